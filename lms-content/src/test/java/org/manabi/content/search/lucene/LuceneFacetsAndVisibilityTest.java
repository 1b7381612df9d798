package org.manabi.content.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.manabi.content.search.lucene.Docs.course;
import static org.manabi.content.search.lucene.Docs.ids;
import static org.manabi.content.search.lucene.Docs.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.manabi.content.search.DocumentKind;
import org.manabi.content.search.LengthBucket;
import org.manabi.content.search.SearchQuery;
import org.manabi.content.search.SearchResults;
import org.manabi.content.search.SearchResults.FacetCount;
import org.manabi.content.search.Searcher;

class LuceneFacetsAndVisibilityTest {

    private static final long AUTHOR = 7L;

    private LuceneSearchIndex index;

    @BeforeEach
    void indexTheCatalog() {
        index = Docs.indexOf(
                course(1, "日本語 入門", "基礎", "LANGUAGE", "BEGINNER", "ja", 1, true),
                course(2, "日本語 中級", "基礎", "LANGUAGE", "INTERMEDIATE", "ja", 12, true),
                course(3, "介護 入門", "基礎", "CAREGIVING", "BEGINNER", "ja", 5, true),
                course(4, "Caregiving in English", "基礎", "CAREGIVING", "BEGINNER", "en", 50, true),
                course(5, "IT 入門", "基礎", "IT", "ADVANCED", "en", 5, true),
                course(6, "下書きの講座", "基礎 draft", "IT", "BEGINNER", "ja", 5, false, AUTHOR),
                lesson(1, 11, "ひらがな", "基礎 あいうえお"));
    }

    @AfterEach
    void close() {
        index.close();
    }

    private static SearchQuery query(String text, Set<String> categories, Set<String> levels, Set<LengthBucket> lengths,
            Set<DocumentKind> kinds, Searcher searcher) {
        return new SearchQuery(text, categories, levels, Set.of(), lengths, kinds, searcher, 0, 100);
    }

    private static Map<String, Long> counts(SearchResults results, String facet) {
        return results.facets().get(facet).stream().collect(Collectors.toMap(FacetCount::value, FacetCount::count));
    }

    @Test
    void facetsCountEveryVisibleMatch() {
        SearchResults results = index.search(Docs.query("基礎"));
        assertEquals(6, results.total());
        assertEquals(Map.of("LANGUAGE", 3L, "CAREGIVING", 2L, "IT", 1L), counts(results, "category"));
        assertEquals(Map.of("BEGINNER", 4L, "INTERMEDIATE", 1L, "ADVANCED", 1L), counts(results, "level"));
        assertEquals(Map.of("ja", 4L, "en", 2L), counts(results, "language"));
        assertEquals(Map.of("SHORT", 1L, "MEDIUM", 3L, "LONG", 1L, "PROGRAMME", 1L), counts(results, "length"));
        assertEquals(new FacetCount("LANGUAGE", 3), results.facets().get("category").get(0), "largest first");
    }

    @Test
    void aSelectedFacetIsCountedWithoutItsOwnFilterButWithTheOthers() {
        SearchResults results = index.search(query("基礎", Set.of("CAREGIVING"), Set.of("BEGINNER"), Set.of(),
                Set.of(), Docs.LEARNER));
        assertEquals(Set.of("course:3", "course:4"), Set.copyOf(ids(results)));
        assertEquals(2, results.total());
        // Categories: counted over BEGINNER only, every category still offered.
        assertEquals(Map.of("LANGUAGE", 2L, "CAREGIVING", 2L), counts(results, "category"));
        // Levels: counted over CAREGIVING only.
        assertEquals(Map.of("BEGINNER", 2L), counts(results, "level"));
        // Unselected facets: counted over the results themselves.
        assertEquals(Map.of("ja", 1L, "en", 1L), counts(results, "language"));
    }

    @Test
    void twoValuesOfOneFacetWiden() {
        SearchResults results = index.search(query("", Set.of("CAREGIVING", "IT"), Set.of(), Set.of(), Set.of(),
                Docs.LEARNER));
        assertEquals(List.of("course:4", "course:5", "course:3"), ids(results), "sorted by title");
        assertEquals(3L, counts(results, "category").get("LANGUAGE"));
    }

    @Test
    void lengthAndKindFilter() {
        assertEquals(List.of("course:4"), ids(index.search(query("", Set.of(), Set.of(),
                Set.of(LengthBucket.PROGRAMME), Set.of(), Docs.LEARNER))));
        assertEquals(List.of("lesson:11"), ids(index.search(query("基礎", Set.of(), Set.of(), Set.of(),
                Set.of(DocumentKind.LESSON), Docs.LEARNER))));
        assertEquals(5, index.search(query("基礎", Set.of(), Set.of(), Set.of(),
                Set.of(DocumentKind.COURSE), Docs.LEARNER)).total());
    }

    @Test
    void aLearnerNeverSeesADraft() {
        assertEquals(List.of(), ids(index.search(Docs.query("下書き"))));
        assertEquals(List.of(), ids(index.search(Docs.query("draft", Searcher.anonymous()))));
        assertEquals(6, index.search(Docs.query("")).total());
        assertEquals(1L, counts(index.search(Docs.query("")), "category").get("IT"),
                "the draft is not counted in the facets either");
    }

    @Test
    void theAuthorAndAnAdministratorSeeTheDraft() {
        assertEquals(List.of("course:6"), ids(index.search(Docs.query("下書き", new Searcher(AUTHOR, false)))));
        assertEquals(List.of("course:6"), ids(index.search(Docs.query("draft", Docs.ADMIN))));
        assertEquals(7, index.search(Docs.query("", Docs.ADMIN)).total());
    }

    @Test
    void pagesAreSlicesOfOneOrder() {
        List<String> all = ids(index.search(Docs.query("")));
        List<String> paged = new ArrayList<>();
        for (int offset = 0; offset < 8; offset += 2) {
            paged.addAll(ids(index.search(new SearchQuery("", Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
                    Docs.LEARNER, offset, 2))));
        }
        assertEquals(all, paged);
    }
}
