package org.manabi.content.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.manabi.content.search.lucene.Docs.course;
import static org.manabi.content.search.lucene.Docs.lesson;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.manabi.content.search.SearchHit;
import org.manabi.content.search.SearchHit.SnippetPart;
import org.manabi.content.search.Searcher;
import org.manabi.content.search.Suggestion;

class LuceneSnippetAndSuggestTest {

    private static List<SnippetPart> snippetOf(LuceneSearchIndex index, String text) {
        List<SearchHit> hits = index.search(Docs.query(text)).hits();
        assertEquals(1, hits.size(), text);
        return hits.get(0).snippet();
    }

    private static List<String> marked(List<SnippetPart> snippet) {
        return snippet.stream().filter(SnippetPart::match).map(SnippetPart::text).toList();
    }

    private static String whole(List<SnippetPart> snippet) {
        return String.join("", snippet.stream().map(SnippetPart::text).toList());
    }

    @Test
    void aJapaneseSnippetMarksTheMatchFarIntoTheText() {
        String text = "はじめに。".repeat(60) + "この章では暗号の仕組みを学びます。" + "おわりに。".repeat(60);
        try (LuceneSearchIndex index = Docs.indexOf(course(1, "講座", text))) {
            List<SnippetPart> snippet = snippetOf(index, "暗号");
            assertEquals(List.of("暗号"), marked(snippet));
            assertTrue(whole(snippet).length() <= Snippets.LENGTH + 2, whole(snippet));
            assertEquals(new SnippetPart("…", false), snippet.get(0), "cut at the front");
            assertEquals(new SnippetPart("…", false), snippet.get(snippet.size() - 1), "cut at the end");
        }
    }

    @Test
    void anEnglishSnippetMarksTheStemmedWord() {
        try (LuceneSearchIndex index = Docs.indexOf(course(1, "Teams", "We talk about how managers plan.\n\nThen "
                + "about managing people."))) {
            List<SnippetPart> snippet = snippetOf(index, "manage");
            assertFalse(marked(snippet).isEmpty());
            assertTrue(marked(snippet).stream().allMatch(m -> m.startsWith("manag")), marked(snippet).toString());
            assertFalse(whole(snippet).contains("\n"), "line breaks are folded into spaces");
        }
    }

    @Test
    void withoutAMatchInTheBodyTheSnippetIsItsBeginning() {
        String text = "本文は暗号の話です。" + "続き。".repeat(100);
        try (LuceneSearchIndex index = Docs.indexOf(course(1, "セキュリティ", text))) {
            List<SnippetPart> snippet = snippetOf(index, "セキュリティ");
            assertEquals(List.of(), marked(snippet));
            assertTrue(whole(snippet).startsWith("本文は暗号の話です。"));
            List<SnippetPart> browse = index.search(Docs.query("")).hits().get(0).snippet();
            assertTrue(whole(browse).startsWith("本文は"));
        }
    }

    @Test
    void markupInTheTextStaysText() {
        try (LuceneSearchIndex index = Docs.indexOf(course(1, "Web", "Never trust <script>alert(1)</script> input"))) {
            assertTrue(whole(snippetOf(index, "trust")).contains("<script>alert(1)</script>"));
        }
    }

    private static List<String> texts(List<Suggestion> suggestions) {
        return suggestions.stream().map(Suggestion::text).toList();
    }

    @Test
    void suggestsTitlesByKanjiKanaAndRomajiPrefix() {
        try (LuceneSearchIndex index = Docs.indexOf(
                course(1, "日本語の基礎", ""),
                course(2, "日本の歴史", ""),
                course(3, "鹿児島の文化", ""),
                course(4, "Security basics", ""),
                course(5, "情報セキュリティ入門", ""))) {
            assertEquals(List.of("日本の歴史", "日本語の基礎"), texts(index.suggest("日本", Docs.LEARNER, 10)));
            assertEquals(List.of("日本の歴史", "日本語の基礎"), texts(index.suggest("にほ", Docs.LEARNER, 10)));
            assertEquals(List.of("日本語の基礎"), texts(index.suggest("にほんご", Docs.LEARNER, 10)));
            assertEquals(List.of("日本語の基礎"), texts(index.suggest("nihongo", Docs.LEARNER, 10)));
            assertEquals(List.of("鹿児島の文化"), texts(index.suggest("kagos", Docs.LEARNER, 10)));
            assertEquals(List.of("情報セキュリティ入門"), texts(index.suggest("じょうほう", Docs.LEARNER, 10)));
            assertEquals(List.of("Security basics"), texts(index.suggest("ＳＥＣ", Docs.LEARNER, 10)));
            assertEquals(List.of("日本の歴史"), texts(index.suggest("日本", Docs.LEARNER, 1)));
            assertEquals(List.of(), texts(index.suggest("", Docs.LEARNER, 10)));
            assertEquals(List.of(), texts(index.suggest("\"*(", Docs.LEARNER, 10)));
        }
    }

    @Test
    void suggestionsAreVisibleOnesOnceEach() {
        try (LuceneSearchIndex index = Docs.indexOf(
                course(1, "日本語の基礎", "", "LANGUAGE", "BEGINNER", "ja", 5, false, 7L),
                lesson(2, 20, "はじめに", ""),
                lesson(3, 30, "はじめに", ""),
                course(4, "はじめての介護", ""))) {
            assertEquals(List.of(), texts(index.suggest("日本", Docs.LEARNER, 10)));
            assertEquals(List.of("日本語の基礎"), texts(index.suggest("日本", new Searcher(7L, false), 10)));
            assertEquals(List.of("日本語の基礎"), texts(index.suggest("日本", Docs.ADMIN, 10)));
            List<Suggestion> hajime = index.suggest("はじめ", Docs.LEARNER, 10);
            assertEquals(List.of("はじめての介護", "はじめに"), texts(hajime), "courses first, a shared title once");
        }
    }
}
