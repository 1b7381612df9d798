package org.manabi.content.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.manabi.content.search.SearchHit.SnippetPart;

/**
 * Snippets of the body around the best match, as parts rather than HTML, so nothing indexed is
 * ever rendered as markup. The match offsets come from the postings (the body is indexed with
 * offsets), so highlighting a page costs no analysis.
 */
final class Snippets {

    static final int LENGTH = 160;
    /** How much text to show before the first match, so the match has some context. */
    private static final int LEAD = 40;
    private static final String ELLIPSIS = "…";

    private Snippets() {
    }

    /** One snippet per doc id, in the same order; a body with no match gives its beginning. */
    static List<List<SnippetPart>> of(IndexSearcher searcher, Analyzer analyzer, Query query, int[] docIds,
            List<String> bodies) throws IOException {
        List<List<SnippetPart>> result = new ArrayList<>(docIds.length);
        Map<Integer, String> bodyOf = new HashMap<>();
        for (int i = 0; i < docIds.length; i++) {
            bodyOf.put(docIds[i], bodies.get(i));
        }
        Object[] found = query == null || docIds.length == 0 ? new Object[docIds.length]
                : new Highlighter(searcher, analyzer, bodyOf).snippets(query, docIds);
        for (int i = 0; i < docIds.length; i++) {
            @SuppressWarnings("unchecked")
            List<SnippetPart> parts = (List<SnippetPart>) found[i];
            result.add(parts != null ? parts : window(bodies.get(i), 0, new int[0], new int[0]));
        }
        return result;
    }

    /**
     * Up to {@link #LENGTH} characters from {@code start}, with the given (sorted, possibly
     * overlapping) match ranges marked and an ellipsis where the text was cut.
     */
    static List<SnippetPart> window(String content, int start, int[] matchStarts, int[] matchEnds) {
        int from = Math.max(0, Math.min(start, content.length()));
        if (from > 0 && Character.isLowSurrogate(content.charAt(from))) {
            from++;
        }
        int to = Math.min(content.length(), from + LENGTH);
        if (to < content.length() && to > from && Character.isHighSurrogate(content.charAt(to - 1))) {
            to--;
        }
        List<SnippetPart> parts = new ArrayList<>();
        if (from > 0) {
            parts.add(new SnippetPart(ELLIPSIS, false));
        }
        int at = from;
        for (int m = 0; m < matchStarts.length; m++) {
            int s = Math.max(matchStarts[m], at);
            int e = Math.min(matchEnds[m], to);
            if (e <= s) {
                continue;
            }
            plain(parts, content.substring(at, s));
            parts.add(new SnippetPart(clean(content.substring(s, e)), true));
            at = e;
        }
        plain(parts, content.substring(at, to));
        if (to < content.length()) {
            parts.add(new SnippetPart(ELLIPSIS, false));
        }
        return parts;
    }

    private static void plain(List<SnippetPart> parts, String text) {
        if (!text.isEmpty()) {
            parts.add(new SnippetPart(clean(text), false));
        }
    }

    /** Line breaks and runs of spaces from the body read badly in a one-line snippet. */
    private static String clean(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static final class Highlighter extends UnifiedHighlighter {

        /** The page's bodies, already read from the stored fields: not read (and decompressed) again. */
        private final Map<Integer, String> bodies;

        Highlighter(IndexSearcher searcher, Analyzer analyzer, Map<Integer, String> bodies) {
            super(UnifiedHighlighter.builder(searcher, analyzer)
                    .withFormatter(new PartsFormatter())
                    .withMaxNoHighlightPassages(0)
                    .withMaxLength(200_000));
            this.bodies = bodies;
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
                throws IOException {
            List<CharSequence[]> values = new ArrayList<>();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                values.add(new CharSequence[] {bodies.getOrDefault(doc, "")});
            }
            return values;
        }

        /**
         * The field's settings from the first segment that has it, instead of merging the field
         * infos of every segment, which the highlighter would do once per search (and the field is
         * indexed alike in every segment).
         */
        @Override
        protected FieldInfo getFieldInfo(String field) {
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                FieldInfo info = leaf.reader().getFieldInfos().fieldInfo(field);
                if (info != null) {
                    return info;
                }
            }
            return null;
        }

        Object[] snippets(Query query, int[] docIds) throws IOException {
            return highlightFieldsAsObjects(new String[] {Fields.TEXT}, query, docIds, new int[] {1})
                    .get(Fields.TEXT);
        }
    }

    private static final class PartsFormatter extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            if (passages.length == 0 || passages[0].getNumMatches() == 0) {
                return null;
            }
            Passage passage = passages[0];
            int count = passage.getNumMatches();
            int[] starts = Arrays.copyOf(passage.getMatchStarts(), count);
            int[] ends = Arrays.copyOf(passage.getMatchEnds(), count);
            int firstMatch = starts[0];
            for (int s : starts) {
                firstMatch = Math.min(firstMatch, s);
            }
            int start = Math.max(passage.getStartOffset(), firstMatch - LEAD);
            sortByStart(starts, ends);
            return window(content, start, starts, ends);
        }

        private static void sortByStart(int[] starts, int[] ends) {
            for (int i = 1; i < starts.length; i++) {
                for (int j = i; j > 0 && starts[j - 1] > starts[j]; j--) {
                    int s = starts[j];
                    starts[j] = starts[j - 1];
                    starts[j - 1] = s;
                    int e = ends[j];
                    ends[j] = ends[j - 1];
                    ends[j - 1] = e;
                }
            }
        }
    }
}
