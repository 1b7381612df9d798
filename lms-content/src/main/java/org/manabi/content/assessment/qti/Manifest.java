package org.manabi.content.assessment.qti;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.manabi.content.assessment.qti.Xml.Element;
import org.manabi.content.zip.BoundedZip;

/**
 * The item resources an IMS content package manifest ({@code imsmanifest.xml}) lists, with the
 * title and keywords of their LOM metadata. Tests, sections and web content are not items and are
 * passed over; the items they use are listed as resources of their own.
 */
final class Manifest {

    static final String FILE = "imsmanifest.xml";
    private static final int MAX_TAGS = 20;
    private static final int MAX_TAG_LENGTH = 64;

    /**
     * @param path  the item file in the package, or null when the href is unusable
     * @param href  the href as written, for messages
     */
    record Entry(String identifier, String path, String href, String title, List<String> tags, int line) {
    }

    private Manifest() {
    }

    /** The item entries in manifest order, or empty with a problem added when the manifest is unusable. */
    static Optional<List<Entry>> read(String manifestPath, byte[] bytes, QtiLimits limits, List<QtiProblem> problems) {
        if (bytes.length > limits.maxXmlBytes()) {
            problems.add(new QtiProblem(manifestPath, null, "TooLarge", "larger than " + BoundedZip.size(limits.maxXmlBytes())));
            return Optional.empty();
        }
        Element root;
        try {
            root = Xml.parse(bytes, limits.maxDepth());
        } catch (Xml.Unreadable e) {
            problems.add(e.problem(manifestPath));
            return Optional.empty();
        }
        if (!root.name().equals("manifest")) {
            problems.add(new QtiProblem(manifestPath, root.line(), "InvalidManifest",
                    "the root element is <" + root.name() + ">, not <manifest>"));
            return Optional.empty();
        }
        String base = manifestPath.contains("/") ? manifestPath.substring(0, manifestPath.lastIndexOf('/') + 1) : "";
        base += folder(root.attr("xml:base"));
        List<Entry> entries = new ArrayList<>();
        for (Element resources : root.elements("resources")) {
            String resourcesBase = base + folder(resources.attr("xml:base"));
            for (Element resource : resources.elements("resource")) {
                String type = resource.attr("type") == null ? "" : resource.attr("type");
                if (!type.startsWith("imsqti_item_xml")) {
                    continue;
                }
                String href = resource.attr("href");
                if (href == null) {
                    href = resource.element("file").map(f -> f.attr("href")).orElse(null);
                }
                String resourceBase = resourcesBase + folder(resource.attr("xml:base"));
                String path = href == null ? null : PackagePath.resolve(resourceBase, href).orElse(null);
                Optional<Element> metadata = resource.element("metadata");
                entries.add(new Entry(resource.attr("identifier"), path, href,
                        metadata.flatMap(Manifest::title).orElse(null),
                        metadata.map(Manifest::keywords).orElse(List.of()), resource.line()));
            }
        }
        return Optional.of(entries);
    }

    private static String folder(String xmlBase) {
        if (xmlBase == null || xmlBase.isBlank()) {
            return "";
        }
        return xmlBase.endsWith("/") ? xmlBase : xmlBase + "/";
    }

    private static Optional<String> title(Element metadata) {
        return metadata.descendants().filter(e -> e.name().equals("general"))
                .flatMap(g -> g.elements("title").stream())
                .map(Manifest::languageString)
                .filter(t -> !t.isBlank())
                .findFirst();
    }

    /** LOM {@code general/keyword}, in IMS MD 1.2 ({@code langstring}) or LOM 1.0 ({@code string}) form. */
    private static List<String> keywords(Element metadata) {
        Set<String> tags = new LinkedHashSet<>();
        metadata.descendants().filter(e -> e.name().equals("keyword")).forEach(keyword -> {
            List<Element> strings = keyword.elements().filter(e -> e.name().equals("string") || e.name().equals("langstring")).toList();
            List<String> texts = strings.isEmpty() ? List.of(keyword.text()) : strings.stream().map(Element::text).toList();
            for (String text : texts) {
                String tag = text.strip().replaceAll("\\s+", " ");
                if (!tag.isEmpty() && tag.length() <= MAX_TAG_LENGTH && tag.chars().noneMatch(Character::isISOControl)
                        && tags.size() < MAX_TAGS) {
                    tags.add(tag);
                }
            }
        });
        return List.copyOf(tags);
    }

    private static String languageString(Element element) {
        return element.elements().filter(e -> e.name().equals("string") || e.name().equals("langstring"))
                .map(Element::text).findFirst().orElse(element.text()).strip().replaceAll("\\s+", " ");
    }
}
