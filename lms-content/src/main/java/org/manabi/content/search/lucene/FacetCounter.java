package org.manabi.content.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts the matching documents by their combination of facet values ({@link Fields#FACET_KEY}:
 * category, level, language and length band in one value). A catalog has few such combinations, so
 * the total and every facet, including each selected facet counted as if it alone were not set,
 * follow from these counts without running the query again.
 *
 * <p>Each segment's combinations are read into an array once and kept until the segment is
 * closed, so counting a match is one array read: reading the doc values for every match was a
 * fifth of the time of a broad search.
 */
final class FacetCounter {

    private final Map<IndexReader.CacheKey, SegmentFacets> segments = new ConcurrentHashMap<>();

    /** The combinations of one segment: by document, the combination's ordinal; by ordinal, its values. */
    private record SegmentFacets(int[] ordinalOf, List<List<String>> values) {
    }

    /** A collector manager for one search: the number of matches for each combination of facet values. */
    CollectorManager<Counting, Map<List<String>, Long>> manager() {
        return new CollectorManager<>() {
            @Override
            public Counting newCollector() {
                return new Counting();
            }

            @Override
            public Map<List<String>, Long> reduce(Collection<Counting> collectors) {
                Map<List<String>, Long> result = new HashMap<>();
                for (Counting collector : collectors) {
                    for (LeafCounts leaf : collector.leaves) {
                        for (int ord = 0; ord < leaf.counts.length; ord++) {
                            if (leaf.counts[ord] > 0 && leaf.facets.values.get(ord) != null) {
                                result.merge(leaf.facets.values.get(ord), leaf.counts[ord], Long::sum);
                            }
                        }
                    }
                }
                return result;
            }
        };
    }

    private SegmentFacets facetsOf(LeafReader reader) throws IOException {
        IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
        if (helper == null) {
            return read(reader);
        }
        SegmentFacets cached = segments.get(helper.getKey());
        if (cached == null) {
            cached = read(reader);
            if (segments.putIfAbsent(helper.getKey(), cached) == null) {
                helper.addClosedListener(segments::remove);
            }
        }
        return cached;
    }

    /** Doc values never change in a segment (this index does not update them in place). */
    private static SegmentFacets read(LeafReader reader) throws IOException {
        SortedDocValues keys = DocValues.getSorted(reader, Fields.FACET_KEY);
        List<List<String>> values = new ArrayList<>(keys.getValueCount());
        for (int ord = 0; ord < keys.getValueCount(); ord++) {
            values.add(Fields.facetValues(keys.lookupOrd(ord).utf8ToString()));
        }
        // A document without the field (none are written so) gets an extra ordinal that is never reported.
        values.add(null);
        int[] ordinalOf = new int[reader.maxDoc()];
        Arrays.fill(ordinalOf, values.size() - 1);
        for (int doc = keys.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = keys.nextDoc()) {
            ordinalOf[doc] = keys.ordValue();
        }
        return new SegmentFacets(ordinalOf, values);
    }

    private record LeafCounts(SegmentFacets facets, long[] counts) {
    }

    final class Counting implements Collector {
        private final List<LeafCounts> leaves = new ArrayList<>();

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            SegmentFacets facets = facetsOf(context.reader());
            long[] counts = new long[facets.values.size()];
            int[] ordinalOf = facets.ordinalOf;
            leaves.add(new LeafCounts(facets, counts));
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) {
                    counts[ordinalOf[doc]]++;
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
