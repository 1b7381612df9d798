package org.manabi.content.coursepackage;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * A ZIP read whole into memory under the limits. Sizes are judged on the bytes actually read and
 * inflated, never on what the headers claim, since those are written by whoever made the ZIP.
 * Reading stops at the first limit that is crossed: going on would mean inflating the bomb.
 */
final class ZipPackageSource implements PackageSource {

    private final Map<String, byte[]> files;

    private ZipPackageSource(Map<String, byte[]> files) {
        this.files = files;
    }

    @Override
    public Optional<byte[]> read(String path) {
        return Optional.ofNullable(files.get(path));
    }

    @Override
    public Optional<Set<String>> paths() {
        return Optional.of(files.keySet());
    }

    /** The source, or empty when the ZIP could not be read through; either way problems are added. */
    static Optional<ZipPackageSource> read(InputStream upload, PackageLimits limits, Problems problems) {
        try {
            return new Reading(limits, problems).read(upload);
        } catch (LimitCrossed e) {
            return Optional.empty();
        } catch (ZipException | IllegalArgumentException e) {
            // IllegalArgumentException: an entry name that is not valid UTF-8.
            problems.add(null, null, null, "NotZip", "not a readable ZIP file: " + e.getMessage());
            return Optional.empty();
        } catch (IOException e) {
            problems.add(null, null, null, "NotZip", "the ZIP file could not be read: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Unwinds the reading once a limit has been reported; it carries nothing else. */
    private static final class LimitCrossed extends IOException {
        LimitCrossed() {
            super("limit crossed");
        }
    }

    private static final class Reading {

        private final PackageLimits limits;
        private final Problems problems;
        private final Map<String, byte[]> files = new LinkedHashMap<>();
        private long totalInflated;

        Reading(PackageLimits limits, Problems problems) {
            this.limits = limits;
            this.problems = problems;
        }

        Optional<ZipPackageSource> read(InputStream upload) throws IOException {
            BufferedInputStream buffered = new BufferedInputStream(upload);
            if (!startsLikeZip(buffered)) {
                problems.add(null, null, null, "NotZip", "not a ZIP file");
                return Optional.empty();
            }
            Counting counted = new Counting(buffered);
            ZipInputStream zip = new ZipInputStream(counted, StandardCharsets.UTF_8);
            int entries = 0;
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > limits.maxEntries()) {
                    problems.add(null, null, null, "TooManyEntries", "more than " + limits.maxEntries() + " entries");
                    return Optional.empty();
                }
                String name = entry.getName();
                byte[] content = inflate(zip, counted, name);
                Optional<String> pathProblem = PackagePaths.problem(name);
                if (pathProblem.isPresent()) {
                    problems.add(PackagePaths.printable(name), null, null, "Path", "the path " + pathProblem.get());
                } else if (entry.isDirectory() || PackagePaths.isSystemLitter(name)) {
                    continue;
                } else if (files.containsKey(name)) {
                    problems.add(name, null, null, "Duplicate", "the ZIP holds this name more than once");
                } else {
                    files.put(name, content);
                }
            }
            return Optional.of(new ZipPackageSource(files));
        }

        private byte[] inflate(ZipInputStream zip, Counting counted, String name) throws IOException {
            long limit = isText(name) ? limits.maxTextBytes() : limits.maxEntryBytes();
            long packedAtStart = counted.count;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            long inflated = 0;
            int n;
            while ((n = zip.read(buffer)) > 0) {
                inflated += n;
                totalInflated += n;
                String shown = PackagePaths.printable(name);
                if (inflated > limit) {
                    problems.add(shown, null, null, "TooLarge", "larger than " + mib(limit) + " unpacked");
                    throw new LimitCrossed();
                }
                if (totalInflated > limits.maxTotalBytes()) {
                    problems.add(null, null, null, "TooLarge",
                            "the files together are larger than " + mib(limits.maxTotalBytes()) + " unpacked");
                    throw new LimitCrossed();
                }
                long packed = Math.max(1, counted.count - packedAtStart);
                if (inflated > limits.ratioGraceBytes() && inflated > packed * limits.maxRatio()) {
                    problems.add(shown, null, null, "Bomb",
                            "unpacks to more than " + limits.maxRatio() + " times its packed size");
                    throw new LimitCrossed();
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }

        private boolean isText(String name) {
            return name.equals(CoursePackageReader.MANIFEST) || name.endsWith(".md");
        }

        private static boolean startsLikeZip(BufferedInputStream in) throws IOException {
            in.mark(4);
            byte[] magic = in.readNBytes(4);
            in.reset();
            // A local file header, or the end record of an empty ZIP.
            return Arrays.equals(magic, new byte[] {'P', 'K', 3, 4}) || Arrays.equals(magic, new byte[] {'P', 'K', 5, 6});
        }

        private static String mib(long bytes) {
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
                    problems.add(null, null, null, "TooLarge", "the ZIP file is larger than " + mib(limits.maxZipBytes()));
                    throw new LimitCrossed();
                }
            }
        }
    }
}
