package org.manabi.content.search;

import java.util.List;
import java.util.Map;

/**
 * A page of results, the total, and facet counts over all matches the searcher may see (each facet
 * counted as if its own filter were not set, so the user can widen as well as narrow).
 *
 * @param facets by facet name: {@code category}, {@code level}, {@code language}, {@code length}
 */
public record SearchResults(long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets) {

    public SearchResults {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }

    public record FacetCount(String value, long count) {
    }
}
