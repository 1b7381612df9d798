package org.manabi.content.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DefinitionCheckTest {

    static final OffsetDateTime START = OffsetDateTime.parse("2026-09-01T19:00:00+09:00");

    static CourseDefinition course(List<LessonDefinition> lessons) {
        return new CourseDefinition("ITP-101", "ITパスポート入門", "概要", "ja", Category.CERTIFICATION,
                Level.BEGINNER, List.of("IT"), 6, List.of(), List.of("説明できる"), "Manabi", null,
                List.of(new SectionDefinition("試験のしくみ", lessons)));
    }

    static List<LessonDefinition> everyKind() {
        return List.of(
                LessonDefinition.text("本文", "# 見出し\n\n本文\t です", 15),
                new LessonDefinition(LessonKind.VIDEO, "動画", null, 30, "video-1", null, null, null),
                new LessonDefinition(LessonKind.QUIZ, "テスト", "はじめに", 10, "quiz-1", null, null, null),
                new LessonDefinition(LessonKind.FILE, "用語集", null, 5, null,
                        new LessonFile("glossary.pdf", "application/pdf", new byte[] {1}), null, null),
                new LessonDefinition(LessonKind.LINK, "公式", null, 5, null, null, "https://example.org/", null),
                new LessonDefinition(LessonKind.LIVE, "質問会", null, 60, null, null, "http://meet.example.org/x", START));
    }

    static String codes(CourseDefinition c) {
        return DefinitionCheck.check(c).stream().map(p -> p.path() + ":" + p.code())
                .collect(Collectors.joining(" "));
    }

    static CourseDefinition withLesson(LessonDefinition lesson) {
        return course(List.of(lesson));
    }

    @Test
    void aCompleteCourseOfEveryKindPasses() {
        assertEquals(List.of(), DefinitionCheck.check(course(everyKind())));
    }

    @Test
    void courseFieldsAreChecked() {
        var c = new CourseDefinition("itp 101", " ", "x".repeat(2001), "fr", null, null,
                Collections.nCopies(21, "t"), 0.75, List.of("bad code"), List.of("o".repeat(301)),
                "i".repeat(201), "r".repeat(501), List.of());
        assertEquals("code:Pattern title:Required summary:TooLong language:Enum category:Required level:Required"
                        + " tags:TooMany estimatedHours:Range prerequisites[0]:Pattern objectives[0]:TooLong"
                        + " instructor:TooLong reviewNote:TooLong sections:Required",
                codes(c));
    }

    @Test
    void codeBoundaries() {
        assertEquals("code:Pattern", codes(withCode("-AB")));
        assertEquals("code:Pattern", codes(withCode("A")));
        assertEquals("", codes(withCode("A1")));
        assertEquals("", codes(withCode("A".repeat(40))));
        assertEquals("code:TooLong", codes(withCode("A".repeat(41))));
        assertEquals("code:Required", codes(withCode(null)));
    }

    private static CourseDefinition withCode(String code) {
        var c = course(everyKind());
        return new CourseDefinition(code, c.title(), c.summary(), c.language(), c.category(), c.level(),
                c.tags(), c.estimatedHours(), c.prerequisites(), c.objectives(), c.instructor(), c.reviewNote(),
                c.sections());
    }

    @Test
    void hoursMustBeHalfHoursInRange() {
        for (double ok : new double[] {0.5, 1, 6.5, 1000}) {
            assertEquals("", codes(hours(ok)), "hours " + ok);
        }
        for (double bad : new double[] {0, 0.25, 1000.5, -1, Double.NaN, 6.1}) {
            assertEquals("estimatedHours:Range", codes(hours(bad)), "hours " + bad);
        }
    }

    private static CourseDefinition hours(double h) {
        var c = course(everyKind());
        return new CourseDefinition(c.code(), c.title(), c.summary(), c.language(), c.category(), c.level(),
                c.tags(), h, c.prerequisites(), c.objectives(), c.instructor(), c.reviewNote(), c.sections());
    }

    @Test
    void titlesRefuseMarkupAndControlCharacters() {
        assertEquals("sections[0].lessons[0].title:Pattern",
                codes(withLesson(LessonDefinition.text("<b>x</b>", "body", 5))));
        assertEquals("sections[0].lessons[0].title:Pattern",
                codes(withLesson(LessonDefinition.text("a\nb", "body", 5))));
        assertEquals("sections[0].lessons[0].title:TooLong",
                codes(withLesson(LessonDefinition.text("あ".repeat(201), "body", 5))));
        assertEquals("", codes(withLesson(LessonDefinition.text("あ".repeat(200), "body", 5))));
    }

    @Test
    void minutesAreOneToSixHundred() {
        assertEquals("sections[0].lessons[0].minutes:Range", codes(withLesson(LessonDefinition.text("t", "b", 0))));
        assertEquals("sections[0].lessons[0].minutes:Range", codes(withLesson(LessonDefinition.text("t", "b", 601))));
        assertEquals("", codes(withLesson(LessonDefinition.text("t", "b", 600))));
    }

    @Test
    void textBodyIsRequiredBoundedAndMayHoldNewlinesAndTabsOnly() {
        assertEquals("sections[0].lessons[0].body:Required", codes(withLesson(LessonDefinition.text("t", " \n", 5))));
        assertEquals("sections[0].lessons[0].body:Pattern",
                codes(withLesson(LessonDefinition.text("t", "a\u0000b", 5))));
        assertEquals("sections[0].lessons[0].body:Pattern",
                codes(withLesson(LessonDefinition.text("t", "a\r\nb", 5))));
        assertEquals("", codes(withLesson(LessonDefinition.text("t", "x".repeat(1024 * 1024), 5))));
        assertEquals("sections[0].lessons[0].body:TooLong",
                codes(withLesson(LessonDefinition.text("t", "あ".repeat(350_000), 5))));
    }

    @Test
    void eachKindNeedsItsParts() {
        var lessons = List.of(
                new LessonDefinition(LessonKind.VIDEO, "v", null, 5, " ", null, null, null),
                new LessonDefinition(LessonKind.QUIZ, "q", null, 5, null, null, null, null),
                new LessonDefinition(LessonKind.FILE, "f", null, 5, null, null, null, null),
                new LessonDefinition(LessonKind.LINK, "l", null, 5, null, null, null, null),
                new LessonDefinition(LessonKind.LIVE, "e", null, 5, null, null, null, null));
        assertEquals("sections[0].lessons[0].reference:Required sections[0].lessons[1].reference:Required"
                        + " sections[0].lessons[2].file:Required sections[0].lessons[3].url:Required"
                        + " sections[0].lessons[4].url:Required sections[0].lessons[4].startsAt:Required",
                codes(course(lessons)));
    }

    @Test
    void partsOfOtherKindsAreRefused() {
        var lesson = new LessonDefinition(LessonKind.TEXT, "t", "b", 5, "ref",
                new LessonFile("a.pdf", "application/pdf", new byte[0]), "https://x.org", START);
        assertEquals("sections[0].lessons[0].reference:NotAllowed sections[0].lessons[0].file:NotAllowed"
                + " sections[0].lessons[0].url:NotAllowed sections[0].lessons[0].startsAt:NotAllowed",
                codes(withLesson(lesson)));
    }

    @Test
    void fileNeedsNameMediaTypeAndBoundedContent() {
        var lesson = new LessonDefinition(LessonKind.FILE, "f", null, 5, null,
                new LessonFile("files/a.pdf", "pdf", new byte[20 * 1024 * 1024 + 1]), null, null);
        assertEquals("sections[0].lessons[0].file:Pattern sections[0].lessons[0].mediaType:Pattern"
                + " sections[0].lessons[0].file:TooLarge", codes(withLesson(lesson)));
        var noType = new LessonDefinition(LessonKind.FILE, "f", null, 5, null,
                new LessonFile("a.pdf", null, new byte[1]), null, null);
        assertEquals("sections[0].lessons[0].mediaType:Required", codes(withLesson(noType)));
    }

    @Test
    void urlsMustBeWebAddresses() {
        for (String bad : List.of("javascript:alert(1)", "ftp://x.org/", "data:text/html,x", "https://", "//x.org",
                "not a url", "file:///etc/passwd")) {
            var lesson = new LessonDefinition(LessonKind.LINK, "l", null, 5, null, null, bad, null);
            assertEquals("sections[0].lessons[0].url:Url", codes(withLesson(lesson)), bad);
        }
        var ok = new LessonDefinition(LessonKind.LINK, "l", null, 5, null, null, "HTTPS://Example.org/a?b=c", null);
        assertEquals("", codes(withLesson(ok)));
    }

    @Test
    void introductionsOfOtherKindsAreBounded() {
        var lesson = new LessonDefinition(LessonKind.VIDEO, "v", "x".repeat(10_001), 5, "v1", null, null, null);
        assertEquals("sections[0].lessons[0].body:TooLong", codes(withLesson(lesson)));
    }

    @Test
    void countsOfSectionsAndLessonsAreBounded() {
        var lessons = new ArrayList<LessonDefinition>();
        for (int i = 0; i < 501; i++) {
            lessons.add(LessonDefinition.text("t", "b", 5));
        }
        assertEquals("sections[0].lessons:TooMany", codes(course(lessons)));
        var noLessons = course(List.of());
        assertEquals("sections[0].lessons:Required", codes(noLessons));
    }

    @Test
    void tagsEachOneToForty() {
        var c = course(everyKind());
        var tagged = new CourseDefinition(c.code(), c.title(), c.summary(), c.language(), c.category(), c.level(),
                List.of("ok", "", "x".repeat(41)), c.estimatedHours(), c.prerequisites(), c.objectives(),
                c.instructor(), c.reviewNote(), c.sections());
        assertEquals("tags[1]:Required tags[2]:TooLong", codes(tagged));
        assertTrue(DefinitionCheck.check(tagged).stream().allMatch(p -> !p.message().isBlank()));
    }
}
