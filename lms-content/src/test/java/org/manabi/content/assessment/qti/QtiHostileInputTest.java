package org.manabi.content.assessment.qti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.manabi.content.assessment.qti.QtiItemMappingTest.sample;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a hostile or broken upload gets: refused while reading, nothing outside the upload read. */
class QtiHostileInputTest {

    private static final String NS = "xmlns=\"http://www.imsglobal.org/xsd/imsqti_v2p1\"";

    private final QtiImporter importer = new QtiImporter();

    private static String choiceItem(String promptContent) {
        return """
                <assessmentItem %s identifier="q" title="t" adaptive="false" timeDependent="false">
                  <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier">
                    <correctResponse><value>A</value></correctResponse>
                  </responseDeclaration>
                  <itemBody>
                    <choiceInteraction responseIdentifier="RESPONSE" maxChoices="1">
                      <prompt>%s</prompt>
                      <simpleChoice identifier="A">はい</simpleChoice>
                      <simpleChoice identifier="B">いいえ</simpleChoice>
                    </choiceInteraction>
                  </itemBody>
                </assessmentItem>
                """.formatted(NS, promptContent);
    }

    private static ItemResult.Refused onlyRefused(ImportReport report) {
        assertEquals(1, report.items().size(), report.toString());
        return (ItemResult.Refused) report.items().get(0);
    }

    @Test
    void theSameItemWithoutTrickeryImports() {
        assertTrue(importer.importItem("q.xml", choiceItem("plain").getBytes(StandardCharsets.UTF_8)).complete());
    }

    @Test
    void anExternalEntityPointingAtALocalFileIsNeverRead(@TempDir Path folder) throws IOException {
        Path secret = folder.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-42");
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE assessmentItem [\n<!ENTITY xxe SYSTEM \"" + secret.toUri()
                + "\">\n]>\n" + choiceItem("&xxe;");

        ImportReport report = importer.importItem("xxe.xml", xml.getBytes(StandardCharsets.UTF_8));

        ItemResult.Refused refused = onlyRefused(report);
        assertEquals("Doctype", refused.reasons().get(0).code());
        assertEquals(2, refused.reasons().get(0).line());
        assertFalse(report.toString().contains("TOP-SECRET-42"));
    }

    @Test
    void anExternalDtdAndParameterEntitiesAreRefused(@TempDir Path folder) throws IOException {
        Path dtd = folder.resolve("evil.dtd");
        Files.writeString(dtd, "<!ENTITY leak \"LEAKED-FROM-DTD\">");
        String external = "<?xml version=\"1.0\"?>\n<!DOCTYPE assessmentItem SYSTEM \"" + dtd.toUri() + "\">\n"
                + choiceItem("&leak;");
        String parameter = "<?xml version=\"1.0\"?>\n<!DOCTYPE assessmentItem [<!ENTITY % p SYSTEM \"" + dtd.toUri()
                + "\"> %p;]>\n" + choiceItem("&leak;");
        for (String xml : List.of(external, parameter)) {
            ImportReport report = importer.importItem("dtd.xml", xml.getBytes(StandardCharsets.UTF_8));
            assertEquals("Doctype", onlyRefused(report).reasons().get(0).code());
            assertFalse(report.toString().contains("LEAKED-FROM-DTD"));
        }
    }

    @Test
    void billionLaughsIsRefusedAtOnce() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE assessmentItem [\n<!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            xml.append("<!ENTITY lol").append(i).append(" \"")
                    .append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        xml.append("]>\n").append(choiceItem("&lol9;"));
        ImportReport report = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> importer.importItem("lol.xml", xml.toString().getBytes(StandardCharsets.UTF_8)));
        assertEquals("Doctype", onlyRefused(report).reasons().get(0).code());
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedWithTheirLine() {
        byte[] good = choiceItem("日本語").getBytes(StandardCharsets.UTF_8);
        byte[] bad = Arrays.copyOf(good, good.length);
        int at = new String(good, StandardCharsets.ISO_8859_1).indexOf("<prompt>") + "<prompt>".length();
        bad[at] = (byte) 0xFF;
        ItemResult.Refused refused = onlyRefused(importer.importItem("bad.xml", bad));
        assertEquals("Encoding", refused.reasons().get(0).code());
        assertEquals(7, refused.reasons().get(0).line());
    }

    @Test
    void aDeclaredLegacyEncodingIsDecodedStrictly() {
        Charset shiftJis = Charset.forName("Shift_JIS");
        String xml = "<?xml version=\"1.0\" encoding=\"Shift_JIS\"?>\n" + choiceItem("漢字");
        ImportReport report = importer.importItem("sjis.xml", xml.getBytes(shiftJis));
        assertEquals("漢字", report.imported().get(0).body().prompt());

        String unknown = "<?xml version=\"1.0\" encoding=\"x-no-such-charset\"?>\n" + choiceItem("x");
        assertEquals("Encoding", onlyRefused(importer.importItem("u.xml", unknown.getBytes(StandardCharsets.UTF_8)))
                .reasons().get(0).code());
    }

    @Test
    void anOversizedDocumentIsRefusedBeforeParsing() {
        QtiLimits small = new QtiLimits(1 << 20, 10, 1 << 20, 1 << 20, 1000, 100, 1 << 20, 64);
        byte[] xml = choiceItem("x".repeat(2000)).getBytes(StandardCharsets.UTF_8);
        assertEquals("TooLarge", onlyRefused(new QtiImporter(small).importItem("big.xml", xml)).reasons().get(0).code());
    }

    @Test
    void deepNestingIsRefused() {
        String deep = "<span>".repeat(200) + "x" + "</span>".repeat(200);
        ItemResult.Refused refused = onlyRefused(importer.importItem("deep.xml", choiceItem(deep).getBytes(StandardCharsets.UTF_8)));
        assertEquals("TooDeep", refused.reasons().get(0).code());
    }

    @Test
    void zipSlipEntriesAreIgnoredAndHrefsOutsideThePackageRefused() {
        String resources = QtiPackageTest.item("ok", "items/order.xml", "")
                + QtiPackageTest.item("up", "../evil.xml", "")
                + QtiPackageTest.item("up2", "items/../../evil.xml", "")
                + QtiPackageTest.item("abs", "/etc/passwd", "")
                + QtiPackageTest.item("url", "http://example.org/q.xml", "");
        byte[] zip = new Zips()
                .add("imsmanifest.xml", QtiPackageTest.manifest(resources))
                .add("items/order.xml", sample("order.xml"))
                .add("../evil.xml", sample("choice-single.xml"))
                .add("/abs.xml", sample("choice-single.xml"))
                .add("C:/windows.xml", sample("choice-single.xml"))
                .add("a\\b.xml", sample("choice-single.xml"))
                .bytes();

        ImportReport report = importer.importPackage(new ByteArrayInputStream(zip));

        assertEquals(List.of("../evil.xml", "/abs.xml", "C:/windows.xml", "a\\b.xml"),
                report.problems().stream().map(QtiProblem::file).toList());
        assertTrue(report.problems().stream().allMatch(p -> p.code().equals("Path")));
        assertEquals(1, report.imported().size());
        assertEquals("items/order.xml", report.imported().get(0).file());
        assertEquals(4, report.refused().size());
        assertTrue(report.refused().stream().allMatch(r -> r.reasons().get(0).code().equals("Path")), report.toString());
    }

    @Test
    void aHugeXmlEntryStopsTheReading() {
        QtiLimits limits = new QtiLimits(1 << 20, 100, 4 << 20, 4 << 20, 64 * 1024, 100, 1 << 20, 64);
        byte[] zip = new Zips()
                .add("imsmanifest.xml", QtiPackageTest.manifest(QtiPackageTest.item("r", "q.xml", "")))
                .add("q.xml", choiceItem(" ".repeat(200 * 1024)))
                .bytes();
        ImportReport report = new QtiImporter(limits).importPackage(new ByteArrayInputStream(zip));
        assertEquals(List.of(), report.items());
        assertEquals("TooLarge", report.problems().get(0).code());
        assertEquals("q.xml", report.problems().get(0).file());
    }

    @Test
    void aZipBombIsStoppedByTheRatio() {
        byte[] zip = new Zips()
                .add("imsmanifest.xml", QtiPackageTest.manifest(""))
                .add("media/bomb.bin", new byte[8 << 20])
                .bytes();
        assertTrue(zip.length < 100_000);
        ImportReport report = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> importer.importPackage(new ByteArrayInputStream(zip)));
        assertEquals(List.of(), report.items());
        assertEquals("Bomb", report.problems().get(0).code());
        assertEquals("media/bomb.bin", report.problems().get(0).file());
    }

    @Test
    void theEntryCountTheTotalAndTheZipSizeAreBounded() {
        QtiLimits limits = new QtiLimits(200_000, 5, 100_000, 60_000, 60_000, 1000, 1 << 20, 64);
        Zips many = new Zips();
        for (int i = 0; i < 6; i++) {
            many.add("q" + i + ".xml", "<x/>");
        }
        assertEquals("TooManyEntries:more than 5 entries", firstProblem(limits, many));

        Zips heavy = new Zips();
        for (int i = 0; i < 3; i++) {
            heavy.add("m" + i + ".bin", new byte[50_000]);
        }
        assertEquals("TooLarge:the files together are larger than 100000 bytes unpacked", firstProblem(limits, heavy));

        byte[] random = new byte[300_000];
        new java.util.Random(7).nextBytes(random);
        QtiLimits onlyZipSize = new QtiLimits(200_000, 5, 1 << 20, 1 << 20, 1 << 20, 1000, 1 << 20, 64);
        assertEquals("TooLarge:the ZIP file is larger than 200000 bytes",
                firstProblem(onlyZipSize, new Zips().add("noise.bin", random)));
    }

    private static String firstProblem(QtiLimits limits, Zips zip) {
        ImportReport report = new QtiImporter(limits).importPackage(new ByteArrayInputStream(zip.bytes()));
        assertEquals(List.of(), report.items());
        return report.problems().get(0).code() + ":" + report.problems().get(0).message();
    }

    @Test
    void somethingThatIsNotAZipIsSaidToBeSo() {
        ImportReport report = importer.importPackage(new ByteArrayInputStream("hello".getBytes(StandardCharsets.UTF_8)));
        assertEquals("NotZip", report.problems().get(0).code());
        assertFalse(report.complete());
    }
}
