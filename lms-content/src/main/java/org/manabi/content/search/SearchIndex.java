package org.manabi.content.search;

import java.util.Collection;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

/**
 * The port to the full-text engine. It speaks only our types; the one implementation, in
 * {@code search.lucene}, is the only code that imports Lucene. Writes become visible to searches
 * after a background refresh (well under a second), never by reopening per query.
 */
public interface SearchIndex {

    /** Adds or replaces documents by id. */
    void upsert(Collection<SearchDocument> documents);

    /** Removes a course and all its lessons. */
    void deleteCourse(long courseId);

    /**
     * Replaces the whole index with {@code documents}, reporting each document written to
     * {@code progress}. Searches keep answering from the old index until the new one is complete.
     */
    void replaceAll(Stream<SearchDocument> documents, LongConsumer progress);

    SearchResults search(SearchQuery query);

    /** Up to {@code limit} (1..20) completions of {@code prefix}, visible to {@code searcher}. */
    List<Suggestion> suggest(String prefix, Searcher searcher, int limit);

    /** How many documents the index holds, for the rebuild screen and health. */
    long size();
}
