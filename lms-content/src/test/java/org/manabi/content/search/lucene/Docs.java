package org.manabi.content.search.lucene;

import java.util.List;
import java.util.Set;
import org.manabi.content.search.DocumentKind;
import org.manabi.content.search.SearchDocument;
import org.manabi.content.search.SearchHit;
import org.manabi.content.search.SearchQuery;
import org.manabi.content.search.SearchResults;
import org.manabi.content.search.Searcher;

/** Small builders for search documents and queries, so each test says only what it is about. */
final class Docs {

    static final Searcher LEARNER = new Searcher(100L, false);
    static final Searcher ADMIN = new Searcher(1L, true);

    private Docs() {
    }

    static SearchDocument course(long id, String title, String text) {
        return course(id, title, text, "LANGUAGE", "BEGINNER", "ja", 5, true);
    }

    static SearchDocument course(long id, String title, String text, String category, String level, String language,
            double hours, boolean published, Long... authors) {
        return new SearchDocument(SearchDocument.courseId(id), DocumentKind.COURSE, id, null, "C" + id, title, text,
                title, category, level, language, List.of(), hours, published, List.of(authors));
    }

    static SearchDocument lesson(long courseId, long lessonId, String title, String text) {
        return new SearchDocument(SearchDocument.lessonId(lessonId), DocumentKind.LESSON, courseId, lessonId,
                "C" + courseId, title, text, "Course " + courseId, "LANGUAGE", "BEGINNER", "ja", List.of(), 5, true,
                List.of());
    }

    static SearchQuery query(String text) {
        return query(text, LEARNER);
    }

    static SearchQuery query(String text, Searcher searcher) {
        return new SearchQuery(text, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), searcher, 0, 100);
    }

    static List<String> ids(SearchResults results) {
        return results.hits().stream().map(SearchHit::id).toList();
    }

    static LuceneSearchIndex indexOf(SearchDocument... documents) {
        LuceneSearchIndex index = LuceneSearchIndex.inMemory();
        index.upsert(List.of(documents));
        index.refreshNow();
        return index;
    }
}
