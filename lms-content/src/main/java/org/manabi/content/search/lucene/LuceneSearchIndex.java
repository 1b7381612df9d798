package org.manabi.content.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.LongConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.manabi.content.japanese.Kana;
import org.manabi.content.search.LengthBucket;
import org.manabi.content.search.SearchDocument;
import org.manabi.content.search.SearchHit;
import org.manabi.content.search.SearchHit.SnippetPart;
import org.manabi.content.search.SearchIndex;
import org.manabi.content.search.SearchQuery;
import org.manabi.content.search.SearchResults;
import org.manabi.content.search.SearchResults.FacetCount;
import org.manabi.content.search.Searcher;
import org.manabi.content.search.Suggestion;

/**
 * The search index on Lucene: one long-lived writer, searches from a {@link SearcherManager}
 * that a background thread refreshes every {@value #REFRESH_MILLIS} ms, and a commit every few
 * seconds so a restart finds what was written. Open it once, share it between threads, and
 * {@link #close()} it when the application stops.
 */
public final class LuceneSearchIndex implements SearchIndex, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LuceneSearchIndex.class.getName());

    static final long REFRESH_MILLIS = 200;
    private static final long COMMIT_MILLIS = 5_000;
    private static final int MAX_SUGGESTIONS = 20;

    private static final Sort BY_TITLE = new Sort(
            new SortField(Fields.TITLE_SORT, SortField.Type.STRING), new SortField(Fields.ID, SortField.Type.STRING));
    private static final Sort COURSES_FIRST_BY_TITLE = new Sort(new SortField(Fields.KIND, SortField.Type.STRING),
            new SortField(Fields.TITLE_SORT, SortField.Type.STRING), new SortField(Fields.ID, SortField.Type.STRING));

    private final Directory directory;
    private final Analysis analysis = new Analysis();
    private final TypedQuery typedQuery = new TypedQuery(analysis);
    private final FacetCounter facetCounter = new FacetCounter();
    private final ScheduledExecutorService background;

    /** Held shared by every write; held alone only to replace a writer after a failed rebuild. */
    private final ReadWriteLock writerLock = new ReentrantReadWriteLock();
    private final ReentrantLock rebuildLock = new ReentrantLock();
    /** Guards {@link #rebuilding} against a refresh or commit that has already checked it. */
    private final Object visibility = new Object();
    private volatile boolean rebuilding;
    private volatile boolean closed;

    private volatile IndexWriter writer;
    private volatile SearcherManager searchers;

    /** The version of the fields and analysis; an index written with another is rebuilt. */
    static final String FORMAT = "3";
    private static final String FORMAT_KEY = "manabi.format";

    /** An index kept in the directory {@code path} (created if missing); it survives restarts. */
    public LuceneSearchIndex(Path path) {
        this(openDirectory(path));
    }

    private LuceneSearchIndex(Directory directory) {
        this.directory = directory;
        try {
            openWriter();
        } catch (IOException e) {
            analysis.close();
            closeQuietly(directory);
            throw new UncheckedIOException("cannot open the search index", e);
        }
        background = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "manabi-search-index");
            thread.setDaemon(true);
            return thread;
        });
        background.scheduleWithFixedDelay(this::refreshQuietly, REFRESH_MILLIS, REFRESH_MILLIS, TimeUnit.MILLISECONDS);
        background.scheduleWithFixedDelay(this::commitQuietly, COMMIT_MILLIS, COMMIT_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Same as the constructor: an index kept in {@code path}. */
    public static LuceneSearchIndex open(Path path) {
        return new LuceneSearchIndex(path);
    }

    /** An index in memory only, for tests and benchmarks. */
    public static LuceneSearchIndex inMemory() {
        return new LuceneSearchIndex(new ByteBuffersDirectory());
    }

    private static String formatOf(IndexWriter writer) {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> entry : data) {
                if (FORMAT_KEY.equals(entry.getKey())) {
                    return entry.getValue();
                }
            }
        }
        return null;
    }

    private static Directory openDirectory(Path path) {
        try {
            return FSDirectory.open(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index at " + path, e);
        }
    }

    private void openWriter() throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(analysis.analyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(64);
        writer = new IndexWriter(directory, config);
        String format = formatOf(writer);
        if (!FORMAT.equals(format)) {
            // Written by another version of the fields: empty it, so the catalog is indexed again
            // (a start-up over an empty index rebuilds it from the database).
            if (format != null || writer.getDocStats().numDocs > 0) {
                LOG.warning(() -> "Search index format " + format + " is not " + FORMAT + "; it will be rebuilt");
            }
            writer.deleteAll();
            writer.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT).entrySet());
            writer.commit();
        }
        searchers = new SearcherManager(writer, null);
    }

    @Override
    public void upsert(Collection<SearchDocument> documents) {
        List<Document> docs = documents.stream().map(d -> Fields.toDocument(d, analysis)).toList();
        write(w -> {
            for (int i = 0; i < docs.size(); i++) {
                Document doc = docs.get(i);
                w.updateDocument(new Term(Fields.ID, doc.get(Fields.ID)), doc);
            }
        });
    }

    @Override
    public void deleteCourse(long courseId) {
        write(w -> w.deleteDocuments(new Term(Fields.COURSE, Long.toString(courseId))));
    }

    /**
     * Rebuilds in the same writer, but with refreshes and commits held back until the last
     * document is in: searchers keep the old point-in-time view, and a crash half-way leaves the
     * last commit (the old index) on disk. If the documents fail, the writer goes back to that
     * commit.
     */
    @Override
    public void replaceAll(Stream<SearchDocument> documents, LongConsumer progress) {
        rebuildLock.lock();
        try {
            writerLock.readLock().lock();
            boolean done = false;
            try {
                writer.commit();
                synchronized (visibility) {
                    rebuilding = true;
                }
                writer.deleteAll();
                long[] count = {0};
                documents.forEach(d -> {
                    Document doc = Fields.toDocument(d, analysis);
                    try {
                        writer.updateDocument(new Term(Fields.ID, d.id()), doc);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    progress.accept(++count[0]);
                });
                writer.commit();
                done = true;
            } catch (IOException e) {
                throw new UncheckedIOException("search index rebuild failed", e);
            } finally {
                writerLock.readLock().unlock();
                if (!done) {
                    rollBack();
                }
                synchronized (visibility) {
                    rebuilding = false;
                }
            }
            refreshNow();
        } finally {
            rebuildLock.unlock();
        }
    }

    private void rollBack() {
        writerLock.writeLock().lock();
        try {
            SearcherManager old = searchers;
            writer.rollback();
            openWriter();
            old.close();
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "search index: cannot reopen after a failed rebuild", e);
        } finally {
            writerLock.writeLock().unlock();
        }
    }

    @Override
    public SearchResults search(SearchQuery query) {
        try {
            return withSearcher(s -> search(s, query));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SearchResults search(IndexSearcher searcher, SearchQuery request) throws IOException {
        TypedQuery.Parsed typed = typedQuery.parse(request.text());
        BooleanQuery.Builder base = new BooleanQuery.Builder()
                .add(typed == null ? new MatchAllDocsQuery() : typed.match(), Occur.MUST);
        Query visible = visibleTo(request.searcher());
        if (visible != null) {
            base.add(visible, Occur.FILTER);
        }
        if (!request.kinds().isEmpty()) {
            base.add(anyOf(Fields.KIND, request.kinds().stream().map(Enum::name).toList()), Occur.FILTER);
        }
        Map<String, Set<String>> selected = new LinkedHashMap<>();
        putSelection(selected, Fields.CATEGORY, request.categories());
        putSelection(selected, Fields.LEVEL, request.levels());
        putSelection(selected, Fields.LANGUAGE, request.languages());
        putSelection(selected, Fields.LENGTH, request.lengths().stream().map(LengthBucket::name).toList());
        Query unfiltered = base.build();
        BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(unfiltered, Occur.MUST);
        selected.forEach((facet, values) -> filtered.add(anyOf(facet, values), Occur.FILTER));

        // Two passes. The first counts every match of the query without the facet filters and
        // without scores, by combination of facet values; the total and all facets follow from
        // those counts. The page needs scores for only the best few, so the second pass may skip
        // blocks that cannot compete.
        Map<List<String>, Long> combinations = searcher.search(new ConstantScoreQuery(unfiltered), facetCounter.manager());
        Counts counts = Counts.of(combinations, selected);

        int wanted = request.offset() + request.limit();
        Query page = filtered.build();
        TopDocs top = typed == null
                ? searcher.search(page, new TopFieldCollectorManager(BY_TITLE, wanted, null, wanted, false))
                : searcher.search(page, new TopScoreDocCollectorManager(wanted, null, wanted, false));

        ScoreDoc[] onPage = top.scoreDocs.length <= request.offset() ? new ScoreDoc[0]
                : Arrays.copyOfRange(top.scoreDocs, request.offset(), top.scoreDocs.length);
        return new SearchResults(counts.total, hits(searcher, typed == null ? null : typed.highlight(), onPage),
                facetCounts(counts.byFacet));
    }

    /**
     * The total and the facet counts from the counts by combination. A combination within every
     * selected facet is in the total and in every facet; one outside exactly one selected facet is
     * counted only in that facet, so each selected facet shows what choosing another of its values
     * would give.
     */
    private record Counts(long total, Map<String, Map<String, Long>> byFacet) {

        static Counts of(Map<List<String>, Long> combinations, Map<String, Set<String>> selected) {
            long total = 0;
            Map<String, Map<String, Long>> byFacet = new HashMap<>();
            for (Map.Entry<List<String>, Long> combination : combinations.entrySet()) {
                List<String> values = combination.getKey();
                long count = combination.getValue();
                int outside = -1;
                int outsideCount = 0;
                for (int f = 0; f < Fields.FACETS.size(); f++) {
                    Set<String> chosen = selected.get(Fields.FACETS.get(f));
                    if (chosen != null && !chosen.contains(values.get(f))) {
                        outside = f;
                        outsideCount++;
                    }
                }
                if (outsideCount == 0) {
                    total += count;
                    for (int f = 0; f < Fields.FACETS.size(); f++) {
                        byFacet.computeIfAbsent(Fields.FACETS.get(f), k -> new HashMap<>())
                                .merge(values.get(f), count, Long::sum);
                    }
                } else if (outsideCount == 1) {
                    byFacet.computeIfAbsent(Fields.FACETS.get(outside), k -> new HashMap<>())
                            .merge(values.get(outside), count, Long::sum);
                }
            }
            return new Counts(total, byFacet);
        }
    }

    private List<SearchHit> hits(IndexSearcher searcher, Query highlight, ScoreDoc[] page) throws IOException {
        StoredFields stored = searcher.storedFields();
        int[] docIds = new int[page.length];
        List<Document> docs = new ArrayList<>(page.length);
        List<String> bodies = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            docIds[i] = page[i].doc;
            Document doc = stored.document(page[i].doc);
            docs.add(doc);
            bodies.add(doc.get(Fields.TEXT));
        }
        List<List<SnippetPart>> snippets = Snippets.of(searcher, analysis.analyzer(), highlight, docIds, bodies);
        List<SearchHit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            Document doc = docs.get(i);
            float score = Float.isNaN(page[i].score) ? 0f : page[i].score;
            hits.add(new SearchHit(doc.get(Fields.ID), Fields.kind(doc.get(Fields.KIND)), longValue(doc, Fields.COURSE_ID),
                    lessonId(doc), doc.get(Fields.COURSE_CODE), doc.get(Fields.TITLE), doc.get(Fields.COURSE_TITLE),
                    doc.get(Fields.CATEGORY), doc.get(Fields.LEVEL), doc.get(Fields.LANGUAGE),
                    doc.getField(Fields.HOURS).numericValue().doubleValue(), snippets.get(i), score));
        }
        return hits;
    }

    private static Map<String, List<FacetCount>> facetCounts(Map<String, Map<String, Long>> counts) {
        Map<String, List<FacetCount>> facets = new HashMap<>();
        for (String facet : Fields.FACETS) {
            facets.put(facet, counts.getOrDefault(facet, Map.of()).entrySet().stream()
                    .map(e -> new FacetCount(e.getKey(), e.getValue()))
                    .sorted(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value))
                    .toList());
        }
        return facets;
    }

    private static void putSelection(Map<String, Set<String>> selected, String field, Collection<String> values) {
        if (!values.isEmpty()) {
            selected.put(field, Set.copyOf(values));
        }
    }

    private static Query anyOf(String field, Collection<String> values) {
        return new TermInSetQuery(field, values.stream().map(BytesRef::new).toList());
    }

    /** Null when the searcher sees everything. */
    private static Query visibleTo(Searcher searcher) {
        if (searcher != null && searcher.seesEverything()) {
            return null;
        }
        BooleanQuery.Builder visible = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.PUBLISHED, Fields.YES)), Occur.SHOULD);
        if (searcher != null && searcher.accountId() != null) {
            visible.add(new TermQuery(new Term(Fields.AUTHOR, searcher.accountId().toString())), Occur.SHOULD);
        }
        return visible.setMinimumNumberShouldMatch(1).build();
    }

    /**
     * Titles that start with {@code prefix}, or whose reading starts with it when it is typed in
     * kana or romaji. Courses come before lessons; a title shared by several documents is offered
     * once.
     */
    @Override
    public List<Suggestion> suggest(String prefix, Searcher searcher, int limit) {
        int wanted = Math.max(1, Math.min(MAX_SUGGESTIONS, limit));
        String key = prefix == null ? "" : Analysis.prefixKey(prefix);
        if (key.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder matches = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.SUGGEST_TITLE, key)), Occur.SHOULD);
        String reading = Kana.isAllKana(key) ? Kana.toKatakana(key)
                : key.chars().allMatch(c -> c >= 'a' && c <= 'z') ? Kana.romajiToKatakana(key, true) : null;
        if (reading != null && !Kana.foldReading(reading).isEmpty()) {
            matches.add(new TermQuery(new Term(Fields.SUGGEST_READING, Kana.foldReading(reading))), Occur.SHOULD);
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(matches.build(), Occur.MUST);
        Query visible = visibleTo(searcher);
        if (visible != null) {
            query.add(visible, Occur.FILTER);
        }
        try {
            return withSearcher(s -> {
                TopDocs top = s.search(query.build(),
                        new TopFieldCollectorManager(COURSES_FIRST_BY_TITLE, wanted * 5, null, 0, false));
                StoredFields stored = s.storedFields();
                Set<String> seen = new HashSet<>();
                List<Suggestion> suggestions = new ArrayList<>();
                for (ScoreDoc hit : top.scoreDocs) {
                    Document doc = stored.document(hit.doc);
                    String title = doc.get(Fields.TITLE);
                    if (seen.add(title)) {
                        suggestions.add(new Suggestion(title, Fields.kind(doc.get(Fields.KIND)),
                                longValue(doc, Fields.COURSE_ID), lessonId(doc)));
                        if (suggestions.size() == wanted) {
                            break;
                        }
                    }
                }
                return suggestions;
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Documents in the index as searches currently see it. */
    @Override
    public long size() {
        try {
            return withSearcher(s -> (long) s.getIndexReader().numDocs());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Makes every write so far visible to searches now, instead of within the next background
     * refresh; for tests and for callers that must read their own write. Does nothing while
     * {@link #replaceAll} is running, since that would show a half-built index.
     */
    public void refreshNow() {
        synchronized (visibility) {
            if (rebuilding || closed) {
                return;
            }
            try {
                searchers.maybeRefreshBlocking();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Writes everything to disk now, instead of within the next background commit. */
    public void commitNow() {
        writerLock.readLock().lock();
        try {
            synchronized (visibility) {
                if (!rebuilding && !closed) {
                    writer.commit();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writerLock.readLock().unlock();
        }
    }

    /** Stops the background thread, commits, and releases the files. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        background.shutdown();
        try {
            background.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        rebuildLock.lock();
        writerLock.writeLock().lock();
        try {
            closed = true;
            searchers.close();
            writer.commit();
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the search index", e);
        } finally {
            writerLock.writeLock().unlock();
            rebuildLock.unlock();
            analysis.close();
            closeQuietly(directory);
        }
    }

    private void refreshQuietly() {
        try {
            synchronized (visibility) {
                if (!rebuilding && !closed) {
                    searchers.maybeRefresh();
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "search index: refresh failed", e);
        }
    }

    private void commitQuietly() {
        try {
            if (writer.hasUncommittedChanges()) {
                commitNow();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "search index: commit failed", e);
        }
    }

    private interface WriterAction {
        void apply(IndexWriter writer) throws IOException;
    }

    private void write(WriterAction action) {
        writerLock.readLock().lock();
        try {
            if (closed) {
                throw new IllegalStateException("the search index is closed");
            }
            action.apply(writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writerLock.readLock().unlock();
        }
    }

    private interface SearcherAction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(SearcherAction<T> action) throws IOException {
        SearcherManager manager = searchers;
        IndexSearcher searcher = manager.acquire();
        try {
            return action.apply(searcher);
        } finally {
            manager.release(searcher);
        }
    }

    private static long longValue(Document doc, String field) {
        return doc.getField(field).numericValue().longValue();
    }

    private static Long lessonId(Document doc) {
        return doc.getField(Fields.LESSON_ID) == null ? null : longValue(doc, Fields.LESSON_ID);
    }

    private static void closeQuietly(Directory directory) {
        try {
            directory.close();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "search index: cannot close the directory", e);
        }
    }
}
