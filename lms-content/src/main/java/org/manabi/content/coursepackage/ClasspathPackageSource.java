package org.manabi.content.coursepackage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Set;

/**
 * A package stored unzipped under a resource folder, as the bundled library in content-samples is.
 * The library is part of the build, so a file that cannot be read is a broken build rather than a
 * problem to report, and reading it fails.
 */
public final class ClasspathPackageSource implements PackageSource {

    private final ClassLoader loader;
    private final String root;

    /** @param root the folder that holds {@code manifest.json}, e.g. {@code courses/itp-101} */
    public ClasspathPackageSource(ClassLoader loader, String root) {
        this.loader = loader;
        this.root = root.replaceAll("^/+|/+$", "");
    }

    @Override
    public Optional<byte[]> read(String path) {
        String name = root.isEmpty() ? path : root + "/" + path;
        try (InputStream in = loader.getResourceAsStream(name)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    @Override
    public Optional<Set<String>> paths() {
        return Optional.empty();
    }
}
