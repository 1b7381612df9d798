package org.manabi.web.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every production package says what it is for in a package-info.java. */
class PackageDocumentationTest {

    private static final List<String> MODULES = List.of("lms-core", "lms-content", "lms-video", "lms-web",
            "content-samples");

    @Test
    void everyPackageWithCodeHasAPackageInfo() throws IOException {
        Path root = Path.of(System.getProperty("user.dir")).getParent();
        List<String> undocumented;
        try (Stream<Path> modules = MODULES.stream().map(m -> root.resolve(m).resolve("src/main/java"))) {
            undocumented = modules.filter(Files::isDirectory).flatMap(PackageDocumentationTest::packageDirs)
                    .filter(dir -> !Files.exists(dir.resolve("package-info.java")))
                    .map(dir -> root.relativize(dir).toString())
                    .toList();
        }
        assertTrue(undocumented.isEmpty(), "packages without package-info.java: " + undocumented);
    }

    private static Stream<Path> packageDirs(Path sourceRoot) {
        try (Stream<Path> files = Files.walk(sourceRoot)) {
            return files.filter(file -> file.toString().endsWith(".java")).map(Path::getParent).distinct().toList()
                    .stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
