package org.manabi.content.assessment.qti;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * A content package ZIP read into memory under the limits, the way the course-package reader
 * ({@code org.manabi.content.coursepackage.ZipPackageSource}) does it: sizes are judged on the
 * bytes actually read and inflated, never on the headers; reading stops at the first limit
 * crossed, since going on would mean inflating the bomb; entries with unsafe paths are reported
 * and never kept. Only XML files are kept; media are read through (and counted) but dropped, as
 * media are not imported.
 */
final class BoundedZip {

    /**
     * @param xmlFiles the XML entries by path
     * @param paths    every file entry with an acceptable path
     */
    record Contents(Map<String, byte[]> xmlFiles, Set<String> paths) {
    }

    private final QtiLimits limits;
    private final List<QtiProblem> problems;
    private final Map<String, byte[]> xmlFiles = new LinkedHashMap<>();
    private final Set<String> paths = new LinkedHashSet<>();
    private long totalInflated;

    private BoundedZip(QtiLimits limits, List<QtiProblem> problems) {
        this.limits = limits;
        this.problems = problems;
    }

    /** The contents, or empty when the ZIP could not be read through; either way problems are added. */
    static Optional<Contents> read(InputStream upload, QtiLimits limits, List<QtiProblem> problems) {
        try {
            return new BoundedZip(limits, problems).read(upload);
        } catch (LimitCrossed e) {
            return Optional.empty();
        } catch (ZipException | IllegalArgumentException e) {
            // IllegalArgumentException: an entry name that is not valid UTF-8.
            problems.add(new QtiProblem(null, null, "NotZip", "not a readable ZIP file: " + e.getMessage()));
            return Optional.empty();
        } catch (IOException e) {
            problems.add(new QtiProblem(null, null, "NotZip", "the ZIP file could not be read: " + e.getMessage()));
            return Optional.empty();
        }
    }

    static boolean looksLikeZip(byte[] head) {
        return head.length >= 4 && (Arrays.equals(Arrays.copyOf(head, 4), new byte[] {'P', 'K', 3, 4})
                || Arrays.equals(Arrays.copyOf(head, 4), new byte[] {'P', 'K', 5, 6}));
    }

    /** Unwinds the reading once a limit has been reported; it carries nothing else. */
    private static final class LimitCrossed extends IOException {
        LimitCrossed() {
            super("limit crossed");
        }
    }

    private Optional<Contents> read(InputStream upload) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(upload);
        buffered.mark(4);
        byte[] magic = buffered.readNBytes(4);
        buffered.reset();
        if (!looksLikeZip(magic)) {
            problems.add(new QtiProblem(null, null, "NotZip", "not a ZIP file"));
            return Optional.empty();
        }
        Counting counted = new Counting(buffered);
        ZipInputStream zip = new ZipInputStream(counted, StandardCharsets.UTF_8);
        int entries = 0;
        ZipEntry entry;
        while ((entry = zip.getNextEntry()) != null) {
            if (++entries > limits.maxEntries()) {
                problems.add(new QtiProblem(null, null, "TooManyEntries", "more than " + limits.maxEntries() + " entries"));
                return Optional.empty();
            }
            String name = entry.getName();
            boolean xml = isXml(name);
            byte[] content = inflate(zip, counted, name, xml);
            Optional<String> pathProblem = PackagePath.problem(name);
            if (pathProblem.isPresent()) {
                problems.add(new QtiProblem(Xml.shown(name), null, "Path", "the path " + pathProblem.get()
                        + "; the entry is ignored"));
            } else if (entry.isDirectory()) {
                continue;
            } else if (!paths.add(name)) {
                problems.add(new QtiProblem(name, null, "Duplicate", "the ZIP holds this name more than once"));
            } else if (xml) {
                xmlFiles.put(name, content);
            }
        }
        return Optional.of(new Contents(xmlFiles, paths));
    }

    private static boolean isXml(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".xml");
    }

    private byte[] inflate(ZipInputStream zip, Counting counted, String name, boolean keep) throws IOException {
        long limit = keep ? limits.maxXmlBytes() : limits.maxEntryBytes();
        long packedAtStart = counted.count;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long inflated = 0;
        int n;
        while ((n = zip.read(buffer)) > 0) {
            inflated += n;
            totalInflated += n;
            String shown = Xml.shown(name);
            if (inflated > limit) {
                problems.add(new QtiProblem(shown, null, "TooLarge", "larger than " + bytes(limit) + " unpacked"));
                throw new LimitCrossed();
            }
            if (totalInflated > limits.maxTotalBytes()) {
                problems.add(new QtiProblem(null, null, "TooLarge",
                        "the files together are larger than " + bytes(limits.maxTotalBytes()) + " unpacked"));
                throw new LimitCrossed();
            }
            long packed = Math.max(1, counted.count - packedAtStart);
            if (inflated > limits.ratioGraceBytes() && inflated > packed * limits.maxRatio()) {
                problems.add(new QtiProblem(shown, null, "Bomb",
                        "unpacks to more than " + limits.maxRatio() + " times its packed size"));
                throw new LimitCrossed();
            }
            if (keep) {
                out.write(buffer, 0, n);
            }
        }
        return out.toByteArray();
    }

    static String bytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB" : bytes + " bytes";
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
                problems.add(new QtiProblem(null, null, "TooLarge", "the ZIP file is larger than " + bytes(limits.maxZipBytes())));
                throw new LimitCrossed();
            }
        }
    }
}
