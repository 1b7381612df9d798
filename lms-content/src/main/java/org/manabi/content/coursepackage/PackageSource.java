package org.manabi.content.coursepackage;

import java.util.Optional;
import java.util.Set;

/** Where the files of a package come from: a ZIP upload, or a folder of the bundled library. */
public interface PackageSource {

    /** The content of a file, by its path relative to the package root, or empty if it is absent. */
    Optional<byte[]> read(String path);

    /**
     * Every file the package holds, when the source can say: a ZIP can, a class path folder cannot,
     * and then files the manifest does not name cannot be found.
     */
    Optional<Set<String>> paths();
}
