package org.manabi.content.coursepackage;

import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.manabi.content.zip.BoundedZip;

/**
 * A ZIP read whole into memory under the limits ({@link BoundedZip}): sizes are judged on the
 * bytes actually inflated, and reading stops at the first limit that is crossed.
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
        return BoundedZip.read(upload, limits.zipLimits(), ZipPackageSource::isText, name -> true,
                        (path, code, message) -> problems.add(path, null, null, code, message))
                .map(entries -> new ZipPackageSource(entries.files()));
    }

    private static boolean isText(String name) {
        return name.equals(CoursePackageReader.MANIFEST) || name.endsWith(".md");
    }
}
