package org.manabi.content.assessment.qti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.manabi.content.assessment.qti.QtiItemMappingTest.sample;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.manabi.content.assessment.item.ItemBody;

/** Content package ZIPs: the manifest's item resources, their metadata, and per-item outcomes. */
class QtiPackageTest {

    private final QtiImporter importer = new QtiImporter();

    static String manifest(String resources) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
                    xmlns:imsmd="http://ltsc.ieee.org/xsd/LOM" identifier="pkg">
                  <organizations/>
                  <resources>
                %s
                  </resources>
                </manifest>
                """.formatted(resources);
    }

    static String item(String identifier, String href, String metadata) {
        return """
                    <resource identifier="%s" type="imsqti_item_xmlv2p1" href="%s">
                      %s
                      <file href="%s"/>
                    </resource>
                """.formatted(identifier, href, metadata, href);
    }

    private static final String KEYWORDS = """
            <metadata>
              <imsmd:lom>
                <imsmd:general>
                  <imsmd:title><imsmd:string language="ja">学校の読み方</imsmd:string></imsmd:title>
                  <imsmd:keyword><imsmd:string language="ja">N5</imsmd:string></imsmd:keyword>
                  <imsmd:keyword><imsmd:string language="ja">読み方</imsmd:string></imsmd:keyword>
                </imsmd:general>
              </imsmd:lom>
            </metadata>""";

    @Test
    void everyItemOfThePackageIsReportedAndUnsupportedOnesDoNotStopTheOthers() {
        String resources = item("r1", "items/choice-single.xml", KEYWORDS)
                + item("r2", "items/text-entry.xml", "")
                + item("r3", "items/unsupported-hotspot.xml", "")
                + item("r4", "items/missing.xml", "")
                + item("r5", "items/images/map.png", "")
                + "    <resource identifier=\"t\" type=\"imsqti_test_xmlv2p1\" href=\"test.xml\"/>\n"
                + "    <resource identifier=\"img\" type=\"webcontent\" href=\"items/images/map.png\"/>\n";
        byte[] zip = new Zips()
                .add("imsmanifest.xml", manifest(resources))
                .add("items/choice-single.xml", sample("choice-single.xml"))
                .add("items/text-entry.xml", sample("text-entry.xml"))
                .add("items/unsupported-hotspot.xml", sample("unsupported-hotspot.xml"))
                .add("items/images/map.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'})
                .add("test.xml", "<assessmentTest/>")
                .bytes();

        ImportReport report = importer.importPackage(new ByteArrayInputStream(zip));

        assertEquals(List.of(), report.problems());
        assertEquals(5, report.items().size());
        assertFalse(report.complete());
        assertEquals(List.of("items/choice-single.xml", "items/text-entry.xml"),
                report.imported().stream().map(ItemResult::file).toList());
        ItemResult.Imported first = report.imported().get(0);
        assertEquals(List.of("N5", "読み方"), first.tags());
        assertEquals("「学校」の読み方", first.title(), "the item's own title comes before the manifest's");
        assertInstanceOf(ItemBody.FillInBlank.class, report.imported().get(1).body());

        List<ItemResult.Refused> refused = report.refused();
        assertEquals("UnsupportedInteraction", refused.get(0).reasons().get(0).code());
        assertEquals("hotspot", refused.get(0).identifier());
        assertEquals("MissingFile", refused.get(1).reasons().get(0).code());
        assertEquals("r4", refused.get(1).identifier());
        assertEquals("MissingFile", refused.get(2).reasons().get(0).code());
        assertTrue(refused.get(2).reasons().get(0).message().contains("not an XML file"));
    }

    @Test
    void theManifestTitleIsUsedWhenTheItemHasNone() {
        String untitled = new String(sample("extended-text.xml"), java.nio.charset.StandardCharsets.UTF_8)
                .replace(" title=\"自己紹介\"", "");
        byte[] zip = new Zips()
                .add("imsmanifest.xml", manifest(item("r1", "q1.xml", KEYWORDS)))
                .add("q1.xml", untitled)
                .bytes();
        ItemResult.Imported item = importer.importPackage(new ByteArrayInputStream(zip)).imported().get(0);
        assertEquals("学校の読み方", item.title());
    }

    @Test
    void aPackageZippedWithItsFolderIsFound() {
        byte[] zip = new Zips()
                .add("export/imsmanifest.xml", manifest(item("r1", "order.xml", "")))
                .add("export/order.xml", sample("order.xml"))
                .bytes();
        ImportReport report = importer.importPackage(new ByteArrayInputStream(zip));
        assertTrue(report.complete(), report.toString());
        assertEquals("export/order.xml", report.items().get(0).file());
    }

    @Test
    void withoutAManifestEveryAssessmentItemFileIsAnItem() {
        byte[] zip = new Zips()
                .add("b/match.xml", sample("match.xml"))
                .add("a/numeric.xml", sample("numeric.xml"))
                .add("test.xml", "<assessmentTest xmlns=\"http://www.imsglobal.org/xsd/imsqti_v2p1\"/>")
                .add("broken.xml", sample("malformed.xml"))
                .bytes();
        ImportReport report = importer.importPackage(new ByteArrayInputStream(zip));
        assertEquals(List.of("a/numeric.xml", "b/match.xml", "broken.xml"),
                report.items().stream().map(ItemResult::file).toList());
        assertEquals(2, report.imported().size());
        assertEquals("InvalidXml", report.refused().get(0).reasons().get(0).code());
    }

    @Test
    void anUnreadableManifestIsAPackageProblemWithItsLine() {
        byte[] zip = new Zips()
                .add("imsmanifest.xml", "<?xml version=\"1.0\"?>\n<manifest>\n<resources>\n</manifest>")
                .add("q.xml", sample("order.xml"))
                .bytes();
        ImportReport report = importer.importPackage(new ByteArrayInputStream(zip));
        assertEquals(List.of(), report.items());
        assertEquals("imsmanifest.xml", report.problems().get(0).file());
        assertEquals("InvalidXml", report.problems().get(0).code());
        assertEquals(4, report.problems().get(0).line());
    }

    @Test
    void importUploadTellsAZipFromOneDocument() {
        byte[] zip = new Zips().add("imsmanifest.xml", manifest(item("r1", "q.xml", ""))).add("q.xml", sample("order.xml")).bytes();
        assertTrue(importer.importUpload("upload.zip", zip).complete());
        ImportReport single = importer.importUpload("order.xml", sample("order.xml"));
        assertTrue(single.complete());
        assertEquals("order.xml", single.items().get(0).file());
    }
}
