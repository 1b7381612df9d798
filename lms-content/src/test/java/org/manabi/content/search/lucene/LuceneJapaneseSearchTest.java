package org.manabi.content.search.lucene;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.manabi.content.search.lucene.Docs.course;
import static org.manabi.content.search.lucene.Docs.ids;
import static org.manabi.content.search.lucene.Docs.query;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.manabi.content.search.SearchResults;

/** What people type, in every script, against a small catalog where each course is the only answer. */
class LuceneJapaneseSearchTest {

    private LuceneSearchIndex index;

    @BeforeEach
    void indexTheCatalog() {
        index = Docs.indexOf(
                course(1, "情報セキュリティ入門", "パスワードと暗号の基本を学びます。"),
                course(2, "日本語の基礎", "ひらがなとカタカナから始めます。"),
                course(3, "鹿児島の文化", "鹿児島弁と郷土料理を紹介します。"),
                course(4, "JLPT N3 対策", "文法と読解の練習問題。"),
                course(5, "Project management basics", "How to plan and manage a small project."),
                course(6, "介護の能力評価", "介護職員の能力を評価する方法。"),
                course(7, "Cooking at home", "Recipes for busy evenings."));
    }

    @AfterEach
    void close() {
        index.close();
    }

    private List<String> find(String text) {
        return ids(index.search(query(text)));
    }

    @Test
    void aCompoundFindsItsCourse() {
        assertEquals(List.of("course:1"), find("情報セキュリティ"));
        assertEquals(List.of("course:1"), find("セキュリティ"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ＪＬＰＴ", "jlpt", "JLPT", "ｊｌｐｔ"})
    void widthAndCaseDoNotMatter(String typed) {
        assertEquals(List.of("course:4"), find(typed));
    }

    @Test
    void halfWidthKatakanaFindsFullWidth() {
        assertEquals(List.of("course:1"), find("ｾｷｭﾘﾃｨ"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"にほんご", "ニホンゴ", "nihongo"})
    void aReadingFindsTheKanji(String typed) {
        assertEquals(List.of("course:2"), find(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"かごしま", "kagoshima", "かごしまべん", "kagoshimaben"})
    void kagoshimaIsFoundThoughKuromojiSplitsTheKanaDifferently(String typed) {
        assertEquals(List.of("course:3"), find(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"じょうほう", "jouhou", "johou", "joho", "じょうほうせきゅりてぃ"})
    void longVowelsMayBeTypedEitherWay(String typed) {
        assertEquals(List.of("course:1"), find(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"nouryoku", "noryoku", "のうりょく"})
    void nouryokuFindsNoryoku(String typed) {
        assertEquals(List.of("course:6"), find(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"managing", "management", "manage", "Managed"})
    void englishIsStemmed(String typed) {
        assertEquals(List.of("course:5"), find(typed));
    }

    @Test
    void everyWordMustMatch() {
        assertEquals(List.of("course:5"), find("project plan"));
        assertEquals(List.of(), find("project 鹿児島"));
    }

    @Test
    void aTitleMatchRanksAboveABodyMatch() {
        try (LuceneSearchIndex ranked = Docs.indexOf(
                course(1, "料理の基本", "セキュリティについては触れません。長い説明文がここに続きます。"),
                course(2, "セキュリティ", "基本的な内容。"))) {
            assertEquals(List.of("course:2", "course:1"), ids(ranked.search(query("セキュリティ"))));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"project", "project*", "(project", "project AND", "project)", "project~",
            "project OR -", "!project", "project \\", "project/", "project && ||", "\"project management\""})
    void punctuationAndOperatorsAreIgnored(String typed) {
        SearchResults results = assertDoesNotThrow(() -> index.search(query(typed)));
        assertTrue(ids(results).contains("course:5"), typed + " → " + ids(results));
    }

    @ParameterizedTest
    @ValueSource(strings = {"title:project^2", "[a TO z]", "{a TO z}", "a:b:c", "/regex.*/", "\"", "\\", "((((",
            "*:*", "?", "~1", "\u0000", "𠮷野家", "ー", "ｰ", "n'", "-", "nn"})
    void neverThrows(String typed) {
        assertDoesNotThrow(() -> index.search(query(typed)));
    }

    @Test
    void aVeryLongQueryIsCutRatherThanRefused() {
        String words = "project ".repeat(2000) + "セキュリティ".repeat(500);
        assertEquals(List.of("course:5"), assertDoesNotThrow(() -> find(words)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "*", "\"", "AND", ":"})
    void nothingSearchableListsEverythingByTitle(String typed) {
        SearchResults results = index.search(query(typed));
        assertEquals(7, results.total());
        assertEquals("course:7", results.hits().get(0).id(), "Cooking sorts first among the titles");
    }
}
