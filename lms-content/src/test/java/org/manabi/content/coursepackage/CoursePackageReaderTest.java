package org.manabi.content.coursepackage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.manabi.content.catalog.Category;
import org.manabi.content.catalog.CourseDefinition;
import org.manabi.content.catalog.LessonKind;
import org.manabi.content.catalog.Level;

class CoursePackageReaderTest {

    static final String MANIFEST = """
            {
              "format": "manabi-course/1",
              "code": "ITP-101",
              "title": "ITパスポート入門",
              "summary": "ITパスポート試験の全体像と、よく出る用語を学びます。",
              "language": "ja",
              "category": "CERTIFICATION",
              "level": "BEGINNER",
              "tags": ["IT", "国家試験", "IT Passport"],
              "estimatedHours": 6,
              "prerequisites": [],
              "objectives": ["試験の3分野を説明できる"],
              "instructor": "Manabi",
              "reviewNote": null,
              "sections": [
                {
                  "title": "試験のしくみ",
                  "lessons": [
                    { "kind": "TEXT",  "title": "ITパスポートとは", "file": "lessons/01-about.md", "minutes": 15 },
                    { "kind": "VIDEO", "title": "講義動画", "reference": "video-asset-id", "minutes": 30 },
                    { "kind": "QUIZ",  "title": "確認テスト", "reference": "assessment-id", "minutes": 10 },
                    { "kind": "FILE",  "title": "用語集 (PDF)", "file": "files/glossary.pdf", "mediaType": "application/pdf", "minutes": 5 },
                    { "kind": "LINK",  "title": "試験の公式サイト", "url": "https://www3.jitec.ipa.go.jp/", "minutes": 5 },
                    { "kind": "LIVE",  "title": "質問会", "startsAt": "2026-09-01T19:00:00+09:00", "url": "https://meet.example.org/itp", "minutes": 60 }
                  ]
                }
              ]
            }
            """;
    static final String MARKDOWN = "# ITパスポート\r\n\r\n{試験|しけん}の話。\r\n";
    static final byte[] PDF = {'%', 'P', 'D', 'F', 1, 2, 3};

    static Map<String, byte[]> files(String manifest) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("manifest.json", utf8(manifest));
        files.put("lessons/", new byte[0]);
        files.put("lessons/01-about.md", utf8(MARKDOWN));
        files.put("files/glossary.pdf", PDF);
        return files;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] zip(Map<String, byte[]> files) {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            for (var file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Local headers written by hand, which ZipOutputStream would refuse to write: repeated names, and
     * sizes that lie. ZipInputStream reads local headers only, so no central directory is needed.
     */
    static byte[] rawZip(List<String> names, List<byte[]> contents, long claimedSize) {
        var out = new ByteArrayOutputStream();
        for (int i = 0; i < names.size(); i++) {
            byte[] content = contents.get(i);
            var deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
            deflater.setInput(content);
            deflater.finish();
            var packed = new ByteArrayOutputStream();
            byte[] buffer = new byte[65536];
            while (!deflater.finished()) {
                packed.write(buffer, 0, deflater.deflate(buffer));
            }
            var crc = new CRC32();
            crc.update(content);
            byte[] name = utf8(names.get(i));
            ByteBuffer header = ByteBuffer.allocate(30).order(ByteOrder.LITTLE_ENDIAN);
            header.putInt(0x04034b50).putShort((short) 20).putShort((short) 0x0800).putShort((short) 8)
                    .putInt(0).putInt((int) crc.getValue()).putInt(packed.size())
                    .putInt((int) (claimedSize < 0 ? content.length : claimedSize))
                    .putShort((short) name.length).putShort((short) 0);
            out.writeBytes(header.array());
            out.writeBytes(name);
            out.writeBytes(packed.toByteArray());
        }
        return out.toByteArray();
    }

    static PackageResult read(byte[] zip) {
        return new CoursePackageReader().readZip(new ByteArrayInputStream(zip));
    }

    static List<PackageProblem> problems(PackageResult result) {
        return assertInstanceOf(PackageResult.Rejected.class, result).problems();
    }

    static String summary(PackageResult result) {
        return problems(result).stream()
                .map(p -> p.file() + ":" + p.line() + ":" + p.field() + ":" + p.code())
                .collect(Collectors.joining("\n"));
    }

    static int lineOf(String text, String needle) {
        int at = text.indexOf(needle);
        assertTrue(at >= 0, needle);
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    void aValidPackageIsReadWhole() {
        var result = read(zip(files(MANIFEST)));
        CourseDefinition course = assertInstanceOf(PackageResult.Accepted.class, result, () -> summary(result))
                .definition();
        assertEquals("ITP-101", course.code());
        assertEquals(Category.CERTIFICATION, course.category());
        assertEquals(Level.BEGINNER, course.level());
        assertEquals(List.of("IT", "国家試験", "IT Passport"), course.tags());
        assertEquals(6, course.estimatedHours());
        assertEquals(6, course.lessonCount());
        var lessons = course.sections().get(0).lessons();
        assertEquals("# ITパスポート\n\n{試験|しけん}の話。\n", lessons.get(0).body());
        assertEquals("video-asset-id", lessons.get(1).reference());
        assertEquals(LessonKind.FILE, lessons.get(3).kind());
        assertEquals("glossary.pdf", lessons.get(3).file().name());
        assertEquals("application/pdf", lessons.get(3).file().mediaType());
        assertArrayEquals(PDF, lessons.get(3).file().content());
        assertEquals(OffsetDateTime.parse("2026-09-01T19:00:00+09:00"), lessons.get(5).startsAt());
        assertEquals(60, lessons.get(5).minutes());
    }

    @Test
    void aByteOrderMarkIsAllowed() {
        var files = files(MANIFEST);
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        var withBom = new ByteArrayOutputStream();
        withBom.writeBytes(bom);
        withBom.writeBytes(utf8(MANIFEST));
        files.put("manifest.json", withBom.toByteArray());
        assertInstanceOf(PackageResult.Accepted.class, read(zip(files)));
    }

    @Test
    void hostilePathsAreRefused() {
        var files = files(MANIFEST);
        files.put("../evil", utf8("x"));
        files.put("/etc/x", utf8("x"));
        files.put("lessons\\win.md", utf8("x"));
        files.put("C:/boot.ini", utf8("x"));
        files.put("a/../../b", utf8("x"));
        files.put("bad\u0001name", utf8("x"));
        var problems = problems(read(zip(files)));
        assertEquals(List.of("../evil", "/etc/x", "C:/boot.ini", "a/../../b", "bad\uFFFDname", "lessons\\win.md"),
                problems.stream().map(PackageProblem::file).toList());
        assertTrue(problems.stream().allMatch(p -> p.code().equals("Path")), () -> problems.toString());
    }

    @Test
    void repeatedNamesAreRefused() {
        byte[] manifest = utf8(MANIFEST);
        var zip = rawZip(List.of("manifest.json", "lessons/01-about.md", "files/glossary.pdf", "files/glossary.pdf"),
                List.of(manifest, utf8(MARKDOWN), PDF, utf8("other")), -1);
        assertEquals("files/glossary.pdf:null:null:Duplicate", summary(read(zip)));
    }

    @Test
    void aZipBombIsStoppedEarly() {
        var zip = zip(Map.of("manifest.json", utf8(MANIFEST), "files/zeros.bin", new byte[50 * 1024 * 1024]));
        assertTrue(zip.length < 200_000, "the bomb is small packed: " + zip.length);
        assertEquals("files/zeros.bin:null:null:Bomb", summary(read(zip)));
    }

    @Test
    void sizesAreJudgedOnInflatedBytesNotOnWhatTheHeaderClaims() {
        byte[] big = new byte[3 * 1024 * 1024];
        var zip = rawZip(List.of("files/big.bin"), List.of(big), 100);
        var noRatio = new PackageLimits(20L << 20, 2000, 100L << 20, 1L << 20, 1L << 20, Integer.MAX_VALUE, 1L << 20);
        var result = new CoursePackageReader(noRatio).readZip(new ByteArrayInputStream(zip));
        assertEquals("files/big.bin:null:null:TooLarge", summary(result));
    }

    @Test
    void theTotalUnpackedSizeIsBounded() {
        var limits = new PackageLimits(20L << 20, 2000, 2L << 20, 1L << 20, 1L << 20, 100, 1L << 20);
        var files = files(MANIFEST);
        for (int i = 0; i < 3; i++) {
            files.put("files/part" + i, random(900_000));
        }
        var result = new CoursePackageReader(limits).readZip(new ByteArrayInputStream(zip(files)));
        assertEquals("null:null:null:TooLarge", summary(result));
    }

    @Test
    void theZipItselfIsBounded() {
        var limits = new PackageLimits(10_000, 2000, 100L << 20, 20L << 20, 1L << 20, 100, 1L << 20);
        var files = files(MANIFEST);
        files.put("files/noise", random(50_000));
        var result = new CoursePackageReader(limits).readZip(new ByteArrayInputStream(zip(files)));
        assertEquals("null:null:null:TooLarge", summary(result));
    }

    @Test
    void tooManyEntriesAreRefused() {
        var limits = new PackageLimits(20L << 20, 5, 100L << 20, 20L << 20, 1L << 20, 100, 1L << 20);
        var files = files(MANIFEST);
        for (int i = 0; i < 10; i++) {
            files.put("files/f" + i, utf8("x"));
        }
        var result = new CoursePackageReader(limits).readZip(new ByteArrayInputStream(zip(files)));
        assertEquals("null:null:null:TooManyEntries", summary(result));
    }

    @Test
    void somethingElseIsNotAZip() {
        assertEquals("null:null:null:NotZip", summary(read(utf8("{\"format\": \"manabi-course/1\"}"))));
        assertEquals("null:null:null:NotZip", summary(read(new byte[0])));
    }

    @Test
    void markdownThatIsNotUtf8IsReportedAtItsLine() {
        var files = files(MANIFEST);
        files.put("lessons/01-about.md", "# 見出し\n\n本文です。\n".getBytes(Charset.forName("Shift_JIS")));
        assertEquals("lessons/01-about.md:1:null:Encoding", summary(read(zip(files))));
        var later = new ByteArrayOutputStream();
        later.writeBytes(utf8("# 見出し\n\nふつう\n"));
        later.writeBytes("漢字\n".getBytes(Charset.forName("Shift_JIS")));
        files.put("lessons/01-about.md", later.toByteArray());
        assertEquals("lessons/01-about.md:4:null:Encoding", summary(read(zip(files))));
    }

    @Test
    void missingAndUnlistedFilesAreReported() {
        var files = files(MANIFEST);
        files.remove("files/glossary.pdf");
        files.put("files/secret.exe", utf8("MZ"));
        int line = lineOf(MANIFEST, "files/glossary.pdf");
        assertEquals("files/secret.exe:null:null:Unlisted\n"
                + "manifest.json:" + line + ":sections[0].lessons[3].file:Missing", summary(read(zip(files))));
    }

    @Test
    void whatMacOsAndWindowsAddToAZipIsIgnored() {
        var files = files(MANIFEST);
        files.put("__MACOSX/._manifest.json", new byte[] {0, 5, 22, 7});
        files.put("__MACOSX/lessons/._01-about.md", new byte[] {0, 5, 22, 7});
        files.put(".DS_Store", new byte[] {0, 0, 0, 1});
        files.put("lessons/Thumbs.db", new byte[] {1});
        assertInstanceOf(PackageResult.Accepted.class, read(zip(files)), () -> summary(read(zip(files))));
    }

    @Test
    void aManifestOneLevelDownIsExplained() {
        var result = read(zip(Map.of("ITP-101/manifest.json", utf8(MANIFEST))));
        var problem = problems(result).stream().filter(p -> p.code().equals("Missing")).findFirst().orElseThrow();
        assertTrue(problem.message().contains("ITP-101/manifest.json"), problem.message());
    }

    @Test
    void badJsonIsReportedAtItsLine() {
        String broken = MANIFEST.replace("\"language\": \"ja\",", "\"language\": \"ja\"");
        var problems = problems(read(zip(files(broken))));
        assertEquals(1, problems.size(), problems::toString);
        assertEquals("Syntax", problems.get(0).code());
        assertEquals(lineOf(broken, "\"category\""), problems.get(0).line());
    }

    @Test
    void aLaterFormatIsRefused() {
        assertEquals("manifest.json:2:format:UnsupportedFormat",
                summary(read(zip(files(MANIFEST.replace("manabi-course/1", "manabi-course/2"))))));
    }

    @Test
    void everyProblemIsReportedTogetherAtItsLine() {
        String manifest = MANIFEST
                .replace("\"CERTIFICATION\"", "\"COOKING\"")
                .replace("https://www3.jitec.ipa.go.jp/", "javascript:alert(1)")
                .replace("\"minutes\": 30", "\"minutes\": \"30\"")
                .replace("\"instructor\": \"Manabi\"", "\"instuctor\": \"Manabi\"")
                .replace("2026-09-01T19:00:00+09:00", "next Monday")
                .replace("\"title\": \"試験のしくみ\"", "\"title\": \"<b>試験</b>\"");
        var files = files(manifest);
        files.put("lessons/01-about.md", "本文\n".getBytes(Charset.forName("Shift_JIS")));
        files.put("notes.txt", utf8("x"));
        assertEquals(String.join("\n",
                        "lessons/01-about.md:1:null:Encoding",
                        "manifest.json:" + lineOf(manifest, "COOKING") + ":category:Enum",
                        "manifest.json:" + lineOf(manifest, "instuctor") + ":instuctor:Unknown",
                        "manifest.json:" + lineOf(manifest, "<b>") + ":sections[0].title:Pattern",
                        "manifest.json:" + lineOf(manifest, "\"30\"") + ":sections[0].lessons[1].minutes:Type",
                        "manifest.json:" + lineOf(manifest, "javascript:") + ":sections[0].lessons[4].url:Url",
                        "manifest.json:" + lineOf(manifest, "next Monday") + ":sections[0].lessons[5].startsAt:Date",
                        "notes.txt:null:null:Unlisted"),
                summary(read(zip(files))));
    }

    @Test
    void missingFieldsPointAtTheirObject() {
        String manifest = MANIFEST.replace("\"kind\": \"LINK\",  \"title\": \"試験の公式サイト\", \"url\": \"https://www3.jitec.ipa.go.jp/\", ",
                "\"kind\": \"LINK\",  \"title\": \"試験の公式サイト\", ");
        int line = lineOf(manifest, "試験の公式サイト");
        assertEquals("manifest.json:" + line + ":sections[0].lessons[4].url:Required", summary(read(zip(files(manifest)))));
    }

    @Test
    void fieldsAKindDoesNotTakeAreRefused() {
        String manifest = MANIFEST.replace("\"reference\": \"video-asset-id\"",
                "\"reference\": \"video-asset-id\", \"file\": \"files/glossary.pdf\"");
        assertEquals("manifest.json:" + lineOf(manifest, "video-asset-id") + ":sections[0].lessons[1].file:NotAllowed",
                summary(read(zip(files(manifest)))));
    }

    @Test
    void aPackageIsReadFromAClasspathFolder() {
        var reader = new CoursePackageReader();
        var result = reader.readClasspath(getClass().getClassLoader(), "coursepackage/sample");
        var course = assertInstanceOf(PackageResult.Accepted.class, result, () -> summary(result)).definition();
        assertEquals("SAMPLE-1", course.code());
        assertEquals("# あいさつ\n\n{今日|きょう}は。\n", course.sections().get(0).lessons().get(0).body());
        assertEquals("manifest.json:null:null:Missing",
                summary(reader.readClasspath(getClass().getClassLoader(), "coursepackage/absent")));
    }

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new java.util.Random(42).nextBytes(bytes);
        return bytes;
    }
}
