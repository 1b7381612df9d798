package org.manabi.content.search;

import java.util.Set;

/**
 * One search: free text typed the way the user thinks it (kanji, kana, romaji, full- or half-width,
 * English), narrowed by facet values. Empty sets mean "any".
 *
 * @param kinds   which document kinds to return; empty means both
 * @param offset  0-based, at most 10,000
 * @param limit   1 to 100
 */
public record SearchQuery(
        String text,
        Set<String> categories,
        Set<String> levels,
        Set<String> languages,
        Set<LengthBucket> lengths,
        Set<DocumentKind> kinds,
        Searcher searcher,
        int offset,
        int limit) {

    public static final int MAX_OFFSET = 10_000;
    public static final int MAX_LIMIT = 100;

    public SearchQuery {
        text = text == null ? "" : text;
        categories = Set.copyOf(categories);
        levels = Set.copyOf(levels);
        languages = Set.copyOf(languages);
        lengths = Set.copyOf(lengths);
        kinds = Set.copyOf(kinds);
        if (offset < 0 || offset > MAX_OFFSET) {
            throw new IllegalArgumentException("offset must be 0.." + MAX_OFFSET);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT);
        }
    }
}
