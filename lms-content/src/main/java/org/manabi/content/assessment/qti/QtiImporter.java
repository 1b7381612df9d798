package org.manabi.content.assessment.qti;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.manabi.content.zip.BoundedZip;

/**
 * Imports QTI 2.1 {@code assessmentItem}s: one XML document, or an IMS content package ZIP with an
 * {@code imsmanifest.xml}. Every item found is reported, imported or refused with its reasons and
 * lines; nothing is stored, and the caller decides whether a partial import is acceptable. The
 * mapping, what is refused and the limits are described in {@code docs/ASSESSMENT-QTI.md}.
 *
 * <p>Safe for hostile input: XML is read without DTDs or entities, a ZIP is read under size,
 * entry-count and ratio limits, unsafe paths are refused, and nothing is fetched from the network
 * or the file system. Thread-safe: it holds only its limits.
 */
public final class QtiImporter {

    private final QtiLimits limits;

    public QtiImporter() {
        this(QtiLimits.defaults());
    }

    public QtiImporter(QtiLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * One {@code assessmentItem} document.
     *
     * @param fileName the name to report it under, as uploaded
     */
    public ImportReport importItem(String fileName, byte[] xml) {
        return new ImportReport(List.of(ItemReader.read(fileName, xml, limits, null, List.of())), List.of());
    }

    /** An IMS content package ZIP, read from the stream (which is not closed). */
    public ImportReport importPackage(InputStream zip) {
        List<QtiProblem> problems = new ArrayList<>();
        Optional<PackageZip.Contents> contents = PackageZip.read(zip, limits, problems);
        if (contents.isEmpty()) {
            return new ImportReport(List.of(), problems);
        }
        return new ImportReport(items(contents.get(), problems), problems);
    }

    /** A ZIP when the bytes start like one, otherwise one item document. */
    public ImportReport importUpload(String fileName, byte[] bytes) {
        if (BoundedZip.looksLikeZip(bytes)) {
            return importPackage(new ByteArrayInputStream(bytes));
        }
        return importItem(fileName, bytes);
    }

    private List<ItemResult> items(PackageZip.Contents contents, List<QtiProblem> problems) {
        Optional<String> manifestPath = manifestPath(contents.paths());
        if (manifestPath.isEmpty()) {
            return withoutManifest(contents);
        }
        byte[] manifestBytes = contents.xmlFiles().get(manifestPath.get());
        Optional<List<Manifest.Entry>> entries = Manifest.read(manifestPath.get(), manifestBytes, limits, problems);
        if (entries.isEmpty()) {
            return List.of();
        }
        List<ItemResult> items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Manifest.Entry entry : entries.get()) {
            if (entry.path() == null) {
                items.add(new ItemResult.Refused(manifestPath.get(), entry.identifier(), List.of(new QtiProblem(
                        manifestPath.get(), entry.line(), "Path", "the resource href " + Xml.shown(entry.href())
                                + " is missing, absolute, a URL or outside the package"))));
                continue;
            }
            if (!seen.add(entry.path())) {
                continue;
            }
            byte[] bytes = contents.xmlFiles().get(entry.path());
            if (bytes == null) {
                String why = contents.paths().contains(entry.path()) ? "is not an XML file" : "is not in the package";
                items.add(new ItemResult.Refused(entry.path(), entry.identifier(), List.of(new QtiProblem(
                        manifestPath.get(), entry.line(), "MissingFile", "the item file " + Xml.shown(entry.path()) + " " + why))));
                continue;
            }
            items.add(ItemReader.read(entry.path(), bytes, limits, entry.title(), entry.tags()));
        }
        return items;
    }

    /** The manifest at the root, or in the one folder a package was zipped with. */
    private static Optional<String> manifestPath(Set<String> paths) {
        if (paths.contains(Manifest.FILE)) {
            return Optional.of(Manifest.FILE);
        }
        List<String> nested = paths.stream()
                .filter(p -> p.endsWith("/" + Manifest.FILE) && p.indexOf('/') == p.length() - Manifest.FILE.length() - 1)
                .toList();
        return nested.size() == 1 ? Optional.of(nested.get(0)) : Optional.empty();
    }

    /**
     * A ZIP of item files without a manifest: every XML file whose root is an assessmentItem is an
     * item; other XML files (tests, schemas) are passed over.
     */
    private List<ItemResult> withoutManifest(PackageZip.Contents contents) {
        List<ItemResult> items = new ArrayList<>();
        contents.xmlFiles().keySet().stream().sorted().forEach(path -> {
            ItemResult result = ItemReader.read(path, contents.xmlFiles().get(path), limits, null, List.of());
            boolean notAnItem = result instanceof ItemResult.Refused refused
                    && refused.reasons().stream().anyMatch(r -> r.code().equals(ItemReader.NOT_AN_ITEM));
            if (!notAnItem) {
                items.add(result);
            }
        });
        return items;
    }
}
