package org.manabi.content.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.manabi.content.search.lucene.Docs.course;
import static org.manabi.content.search.lucene.Docs.ids;
import static org.manabi.content.search.lucene.Docs.lesson;
import static org.manabi.content.search.lucene.Docs.query;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.manabi.content.search.SearchDocument;

class LuceneIndexLifecycleTest {

    @Test
    void upsertReplacesByIdAndIsSeenAfterTheBackgroundRefresh() throws InterruptedException {
        try (LuceneSearchIndex index = Docs.indexOf(course(1, "古い題名", "本文"))) {
            index.upsert(List.of(course(1, "新しい題名", "本文")));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (ids(index.search(query("新しい"))).isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertEquals(List.of("course:1"), ids(index.search(query("新しい"))));
            assertEquals(List.of(), ids(index.search(query("古い"))));
            assertEquals(1, index.size());
        }
    }

    @Test
    void deletingACourseRemovesItsLessons() {
        try (LuceneSearchIndex index = Docs.indexOf(
                course(1, "講座一", "本文"), lesson(1, 11, "第一課", "本文"), lesson(1, 12, "第二課", "本文"),
                course(2, "講座二", "本文"), lesson(2, 21, "第一課", "本文"))) {
            index.deleteCourse(1);
            index.refreshNow();
            assertEquals(List.of("course:2", "lesson:21"), ids(index.search(query("本文"))).stream().sorted().toList());
            assertEquals(2, index.size());
        }
    }

    @Test
    void aRebuildKeepsTheOldResultsUntilItIsComplete() throws Exception {
        try (LuceneSearchIndex index = Docs.indexOf(course(1, "古い講座", "本文"), course(2, "古い講座二", "本文"))) {
            CountDownLatch halfWritten = new CountDownLatch(1);
            CountDownLatch mayFinish = new CountDownLatch(1);
            List<Long> progress = new ArrayList<>();
            Stream<SearchDocument> documents = IntStream.range(0, 100).mapToObj(i -> {
                if (i == 50) {
                    halfWritten.countDown();
                    await(mayFinish);
                }
                return course(100 + i, "新しい講座 " + i, "本文");
            });
            CompletableFuture<Void> rebuild = CompletableFuture.runAsync(() -> index.replaceAll(documents, progress::add));

            assertTrue(halfWritten.await(10, TimeUnit.SECONDS));
            Thread.sleep(3 * LuceneSearchIndex.REFRESH_MILLIS);
            index.refreshNow();
            assertEquals(List.of("course:1", "course:2"), ids(index.search(query("古い"))));
            assertEquals(List.of(), ids(index.search(query("新しい"))));
            assertEquals(2, index.size());

            mayFinish.countDown();
            rebuild.get(30, TimeUnit.SECONDS);
            assertEquals(100, progress.size());
            assertEquals(100L, progress.get(99));
            assertEquals(List.of(), ids(index.search(query("古い"))));
            assertEquals(100, index.search(query("新しい")).total());
            assertEquals(100, index.size());
        }
    }

    @Test
    void aFailedRebuildLeavesTheOldIndex() {
        try (LuceneSearchIndex index = Docs.indexOf(course(1, "古い講座", "本文"))) {
            Stream<SearchDocument> failing = IntStream.range(0, 10).mapToObj(i -> {
                if (i == 5) {
                    throw new IllegalStateException("database went away");
                }
                return course(100 + i, "新しい講座", "本文");
            });
            assertThrows(IllegalStateException.class, () -> index.replaceAll(failing, n -> { }));
            index.refreshNow();
            assertEquals(List.of("course:1"), ids(index.search(query("講座"))));
            index.upsert(List.of(course(2, "次の講座", "本文")));
            index.refreshNow();
            assertEquals(2, index.size(), "the index still takes writes");
        }
    }

    @Test
    void documentsSurviveARestart(@TempDir Path dir) {
        try (LuceneSearchIndex index = LuceneSearchIndex.open(dir)) {
            index.upsert(List.of(course(1, "鹿児島の文化", "本文"), lesson(1, 11, "鹿児島弁", "本文")));
        }
        try (LuceneSearchIndex reopened = new LuceneSearchIndex(dir)) {
            assertEquals(2, reopened.size());
            assertEquals(List.of("lesson:11"), ids(reopened.search(query("かごしまべん"))));
        }
    }

    /** An index written with other fields would answer wrongly: it is emptied, so start-up rebuilds it. */
    @Test
    void anIndexOfAnotherFormatIsEmptiedOnOpening(@TempDir Path dir) throws Exception {
        try (var directory = org.apache.lucene.store.FSDirectory.open(dir);
             var writer = new org.apache.lucene.index.IndexWriter(directory,
                     new org.apache.lucene.index.IndexWriterConfig())) {
            writer.addDocument(List.of(new org.apache.lucene.document.StringField("id", "course:1",
                    org.apache.lucene.document.Field.Store.YES)));
            writer.setLiveCommitData(java.util.Map.of("manabi.format", "0").entrySet());
            writer.commit();
        }
        try (LuceneSearchIndex index = LuceneSearchIndex.open(dir)) {
            assertEquals(0, index.size());
            index.upsert(List.of(course(7, "情報セキュリティ入門", "本文")));
            index.refreshNow();
        }
        try (LuceneSearchIndex index = LuceneSearchIndex.open(dir)) {
            assertEquals(1, index.size(), "an index of the current format is kept");
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
