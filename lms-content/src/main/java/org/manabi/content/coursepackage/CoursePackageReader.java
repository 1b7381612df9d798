package org.manabi.content.coursepackage;

import java.io.InputStream;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.manabi.content.catalog.CourseDefinition;
import org.manabi.content.coursepackage.JsonTree.ObjectValue;

/**
 * Reads a course package (docs/COURSE-PACKAGE.md) into a checked course definition, or into every
 * problem found. Nothing is produced from a package with any problem, so an import is all or nothing.
 * Holds no state between calls; one reader can serve concurrent uploads.
 */
public final class CoursePackageReader {

    static final String MANIFEST = "manifest.json";

    private final PackageLimits limits;

    public CoursePackageReader() {
        this(PackageLimits.defaults());
    }

    public CoursePackageReader(PackageLimits limits) {
        this.limits = limits;
    }

    /** Reads an uploaded ZIP. The stream is read no further than the limits allow, and not closed. */
    public PackageResult readZip(InputStream zip) {
        Problems problems = new Problems();
        Optional<ZipPackageSource> source = ZipPackageSource.read(zip, limits, problems);
        if (source.isEmpty()) {
            return new PackageResult.Rejected(problems.sorted());
        }
        return read(source.get(), problems);
    }

    /** Reads a package stored unzipped under a class path folder, such as the bundled library. */
    public PackageResult readClasspath(ClassLoader loader, String root) {
        return read(new ClasspathPackageSource(loader, root));
    }

    public PackageResult read(PackageSource source) {
        return read(source, new Problems());
    }

    private PackageResult read(PackageSource source, Problems problems) {
        Optional<CourseDefinition> course = manifest(source, problems);
        if (course.isPresent() && problems.isEmpty()) {
            return new PackageResult.Accepted(course.get());
        }
        return new PackageResult.Rejected(problems.sorted());
    }

    private Optional<CourseDefinition> manifest(PackageSource source, Problems problems) {
        Optional<byte[]> bytes = source.read(MANIFEST);
        if (bytes.isEmpty()) {
            problems.add(MANIFEST, null, null, "Missing", missingManifestMessage(source));
            return Optional.empty();
        }
        if (bytes.get().length > limits.maxTextBytes()) {
            problems.add(MANIFEST, null, null, "TooLarge", "the manifest may hold at most 1 MiB");
            return Optional.empty();
        }
        TextFiles.Decoded text = TextFiles.decode(bytes.get());
        if (!text.ok()) {
            problems.add(MANIFEST, text.badLine(), null, "Encoding", "is not UTF-8");
            return Optional.empty();
        }
        JsonTree.Parsed parsed;
        try {
            parsed = JsonTree.parse(text.text());
        } catch (JsonTree.SyntaxError e) {
            problems.add(MANIFEST, e.line, null, "Syntax", e.getMessage());
            return Optional.empty();
        }
        for (JsonTree.Member duplicate : parsed.duplicates()) {
            problems.add(MANIFEST, duplicate.line(), duplicate.name(), "Duplicate", "this name appears twice");
        }
        if (!(parsed.root() instanceof ObjectValue root)) {
            problems.add(MANIFEST, parsed.root().line(), null, "Syntax", "the manifest must be a JSON object");
            return Optional.empty();
        }
        ManifestReading.Outcome outcome = ManifestReading.read(root, source, limits, problems);
        if (outcome.course().isPresent()) {
            unlisted(source, outcome.named(), problems);
        }
        return outcome.course();
    }

    private static void unlisted(PackageSource source, Set<String> named, Problems problems) {
        source.paths().ifPresent(paths -> {
            for (String path : new TreeSet<>(paths)) {
                if (!path.equals(MANIFEST) && !named.contains(path)) {
                    problems.add(path, null, null, "Unlisted", "the manifest does not name this file");
                }
            }
        });
    }

    /** A ZIP made by compressing a folder has everything one level down: say so, it is the usual slip. */
    private static String missingManifestMessage(PackageSource source) {
        Optional<String> nested = source.paths().flatMap(paths -> paths.stream()
                .filter(p -> p.endsWith("/" + MANIFEST)).sorted().findFirst());
        return nested.map(p -> "manifest.json must be at the top level of the ZIP, not at " + p)
                .orElse("the package has no manifest.json");
    }
}
