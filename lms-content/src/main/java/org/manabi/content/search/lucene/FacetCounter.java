package org.manabi.content.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts the values of some single-valued facet fields over the matching documents. Each facet
 * field holds one value per document (category, level, language, length band), so counting is one
 * ordinal lookup per match; Lucene's facet module would add a taxonomy or per-reader state
 * for no gain at this size.
 */
final class FacetCounter implements CollectorManager<FacetCounter.Counting, Map<String, Map<String, Long>>> {

    private final List<String> fields;

    FacetCounter(List<String> fields) {
        this.fields = List.copyOf(fields);
    }

    @Override
    public Counting newCollector() {
        return new Counting();
    }

    @Override
    public Map<String, Map<String, Long>> reduce(Collection<Counting> collectors) throws IOException {
        Map<String, Map<String, Long>> result = new HashMap<>();
        for (String field : fields) {
            result.put(field, new HashMap<>());
        }
        for (Counting collector : collectors) {
            for (LeafCounts leaf : collector.leaves) {
                for (int f = 0; f < fields.size(); f++) {
                    long[] counts = leaf.counts[f];
                    Map<String, Long> target = result.get(fields.get(f));
                    for (int ord = 0; ord < counts.length; ord++) {
                        if (counts[ord] > 0) {
                            target.merge(leaf.values[f].lookupOrd(ord).utf8ToString(), counts[ord], Long::sum);
                        }
                    }
                }
            }
        }
        return result;
    }

    private record LeafCounts(SortedDocValues[] values, long[][] counts) {
    }

    final class Counting implements Collector {
        private final List<LeafCounts> leaves = new ArrayList<>();

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            SortedDocValues[] values = new SortedDocValues[fields.size()];
            long[][] counts = new long[fields.size()][];
            for (int f = 0; f < values.length; f++) {
                values[f] = DocValues.getSorted(context.reader(), fields.get(f));
                counts[f] = new long[values[f].getValueCount()];
            }
            LeafCounts leaf = new LeafCounts(values, counts);
            leaves.add(leaf);
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) throws IOException {
                    for (int f = 0; f < values.length; f++) {
                        if (values[f].advanceExact(doc)) {
                            counts[f][values[f].ordValue()]++;
                        }
                    }
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
