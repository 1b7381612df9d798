package org.manabi.content.assessment.qti;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.manabi.content.zip.BoundedZip;

/** A content package ZIP read within the limits ({@link BoundedZip}); only its XML files are kept. */
final class PackageZip {

    /**
     * @param xmlFiles the XML entries by path
     * @param paths    every file entry with an acceptable path
     */
    record Contents(Map<String, byte[]> xmlFiles, Set<String> paths) {
    }

    private PackageZip() {
    }

    /** The contents, or empty when the ZIP could not be read through; either way problems are added. */
    static Optional<Contents> read(InputStream upload, QtiLimits limits, List<QtiProblem> problems) {
        return BoundedZip.read(upload, limits.zipLimits(), PackageZip::isXml, PackageZip::isXml,
                        (path, code, message) -> problems.add(new QtiProblem(path, null, code,
                                "Path".equals(code) ? message + "; the entry is ignored" : message)))
                .map(entries -> {
                    Map<String, byte[]> xml = new LinkedHashMap<>();
                    entries.files().forEach((path, bytes) -> {
                        if (isXml(path)) {
                            xml.put(path, bytes);
                        }
                    });
                    return new Contents(xml, entries.paths());
                });
    }

    private static boolean isXml(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".xml");
    }
}
