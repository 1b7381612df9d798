package org.manabi.content.zip;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Reads an uploaded ZIP in one pass within limits. Sizes are judged on the bytes actually
 * inflated, not on what the headers claim; the upload itself is counted as it is read, so a huge
 * upload stops at the ZIP limit. The first limit crossed ends the reading; a bad path or a repeated
 * name is reported and that entry left out. Operating-system litter ({@link ZipPaths#isSystemLitter})
 * is skipped.
 *
 * <p>Problem codes: {@code NotZip}, {@code TooManyEntries}, {@code TooLarge}, {@code Bomb} (for the
 * whole reading), {@code Path} and {@code Duplicate} (for one entry).
 */
public final class BoundedZip {

    /**
     * @param maxTextBytes    the limit for an entry that {@code isText} picks (parsed in memory)
     * @param maxRatio        how many times its packed size an entry may inflate to ...
     * @param ratioGraceBytes ... once it is larger than this
     */
    public record Limits(long maxZipBytes, int maxEntries, long maxTotalBytes, long maxEntryBytes, long maxTextBytes,
                         int maxRatio, long ratioGraceBytes) {
    }

    /** Where problems are reported; {@code path} is null for the ZIP as a whole, else printable. */
    public interface Problems {
        void add(String path, String code, String message);
    }

    /**
     * What was read.
     *
     * @param files every acceptable file entry by path, with its bytes where {@code keep} chose it
     *              (an empty array otherwise)
     */
    public record Entries(Map<String, byte[]> files) {

        public Set<String> paths() {
            return files.keySet();
        }
    }

    private final Limits limits;
    private final Problems problems;
    private final Predicate<String> isText;
    private final Predicate<String> keep;
    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private final Set<String> seen = new LinkedHashSet<>();
    private long totalInflated;

    private BoundedZip(Limits limits, Problems problems, Predicate<String> isText, Predicate<String> keep) {
        this.limits = limits;
        this.problems = problems;
        this.isText = isText;
        this.keep = keep;
    }

    /**
     * The entries, or empty when the ZIP could not be read through; either way problems are added.
     *
     * @param isText the entries held to {@link Limits#maxTextBytes()}
     * @param keep   the entries whose bytes are kept; the others are inflated (and counted) only
     */
    public static Optional<Entries> read(InputStream upload, Limits limits, Predicate<String> isText,
                                         Predicate<String> keep, Problems problems) {
        try {
            return new BoundedZip(limits, problems, isText, keep).read(upload);
        } catch (LimitCrossed e) {
            return Optional.empty();
        } catch (ZipException | IllegalArgumentException e) {
            // IllegalArgumentException: an entry name that is not valid UTF-8.
            problems.add(null, "NotZip", "not a readable ZIP file: " + e.getMessage());
            return Optional.empty();
        } catch (IOException e) {
            problems.add(null, "NotZip", "the ZIP file could not be read: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** A local file header, or the end record of an empty ZIP. */
    public static boolean looksLikeZip(byte[] head) {
        return head.length >= 4 && (Arrays.equals(Arrays.copyOf(head, 4), new byte[] {'P', 'K', 3, 4})
                || Arrays.equals(Arrays.copyOf(head, 4), new byte[] {'P', 'K', 5, 6}));
    }

    /** "20 MiB" for whole mebibytes, else the bytes. */
    public static String size(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB" : bytes + " bytes";
    }

    /** Unwinds the reading once a limit has been reported; it carries nothing else. */
    private static final class LimitCrossed extends IOException {
        LimitCrossed() {
            super("limit crossed");
        }
    }

    private Optional<Entries> read(InputStream upload) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(upload);
        buffered.mark(4);
        byte[] magic = buffered.readNBytes(4);
        buffered.reset();
        if (!looksLikeZip(magic)) {
            problems.add(null, "NotZip", "not a ZIP file");
            return Optional.empty();
        }
        Counting counted = new Counting(buffered);
        ZipInputStream zip = new ZipInputStream(counted, StandardCharsets.UTF_8);
        int entries = 0;
        ZipEntry entry;
        while ((entry = zip.getNextEntry()) != null) {
            if (++entries > limits.maxEntries()) {
                problems.add(null, "TooManyEntries", "more than " + limits.maxEntries() + " entries");
                return Optional.empty();
            }
            String name = entry.getName();
            byte[] content = inflate(zip, counted, name);
            Optional<String> pathProblem = ZipPaths.problem(name);
            if (pathProblem.isPresent()) {
                problems.add(ZipPaths.printable(name), "Path", "the path " + pathProblem.get());
            } else if (entry.isDirectory() || ZipPaths.isSystemLitter(name)) {
                continue;
            } else if (!seen.add(name)) {
                problems.add(name, "Duplicate", "the ZIP holds this name more than once");
            } else {
                files.put(name, content);
            }
        }
        return Optional.of(new Entries(files));
    }

    private byte[] inflate(ZipInputStream zip, Counting counted, String name) throws IOException {
        long limit = isText.test(name) ? limits.maxTextBytes() : limits.maxEntryBytes();
        boolean kept = keep.test(name);
        long packedAtStart = counted.count;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long inflated = 0;
        int n;
        while ((n = zip.read(buffer)) > 0) {
            inflated += n;
            totalInflated += n;
            if (inflated > limit) {
                problems.add(ZipPaths.printable(name), "TooLarge", "larger than " + size(limit) + " unpacked");
                throw new LimitCrossed();
            }
            if (totalInflated > limits.maxTotalBytes()) {
                problems.add(null, "TooLarge",
                        "the files together are larger than " + size(limits.maxTotalBytes()) + " unpacked");
                throw new LimitCrossed();
            }
            long packed = Math.max(1, counted.count - packedAtStart);
            if (inflated > limits.ratioGraceBytes() && inflated > packed * limits.maxRatio()) {
                problems.add(ZipPaths.printable(name), "Bomb",
                        "unpacks to more than " + limits.maxRatio() + " times its packed size");
                throw new LimitCrossed();
            }
            if (kept) {
                out.write(buffer, 0, n);
            }
        }
        return out.toByteArray();
    }

    /** Counts the packed bytes the ZIP reader takes, and stops the upload at the ZIP size limit. */
    private final class Counting extends FilterInputStream {

        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            counted(skipped);
            return skipped;
        }

        private void counted(long n) throws LimitCrossed {
            count += n;
            if (count > limits.maxZipBytes()) {
                problems.add(null, "TooLarge", "the ZIP file is larger than " + size(limits.maxZipBytes()));
                throw new LimitCrossed();
            }
        }
    }
}
