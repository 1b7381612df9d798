package org.manabi.content.search.lucene;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.manabi.content.search.DocumentKind;
import org.manabi.content.search.SearchDocument;
import org.manabi.content.search.SearchQuery;

/**
 * Not a test: a rough timing of a rebuild and of queries over a synthetic catalog, half Japanese and
 * half English. Run its {@code main} with the test class path; the argument is the document count.
 */
public final class LuceneSearchBenchmark {

    private static final String[] JA = ("情報 セキュリティ 入門 日本語 基礎 鹿児島 文化 介護 能力 評価 看護 料理 歴史 経済 "
            + "数学 物理 会話 文法 読解 聴解 漢字 ひらがな カタカナ 旅行 仕事 面接 敬語 安全 衛生 建設 農業 製造 品質 管理").split(" ");
    private static final String[] EN = ("security management planning caregiving nursing cooking history economics "
            + "mathematics physics conversation grammar reading listening travel interview safety hygiene "
            + "construction agriculture manufacturing quality teamwork leadership communication basics").split(" ");
    private static final String[] CATEGORIES = {"LANGUAGE", "IT", "CAREGIVING", "BUSINESS", "SAFETY"};
    private static final String[] LEVELS = {"BEGINNER", "INTERMEDIATE", "ADVANCED"};

    private LuceneSearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = Files.createTempDirectory("manabi-search-bench");
        try (LuceneSearchIndex index = LuceneSearchIndex.open(dir)) {
            long start = System.nanoTime();
            index.replaceAll(IntStream.range(0, count).mapToObj(LuceneSearchBenchmark::document), n -> { });
            long indexMillis = (System.nanoTime() - start) / 1_000_000;
            long bytes;
            try (Stream<Path> files = Files.list(dir)) {
                bytes = files.mapToLong(p -> p.toFile().length()).sum();
            }
            System.out.printf("indexed %d documents in %d ms (with commit), %d MB on disk%n", index.size(), indexMillis,
                    bytes / 1_000_000);
            for (String text : List.of("情報セキュリティ", "にほんご", "kagoshima", "jouhou", "managing", "security basics",
                    "", "介護 能力")) {
                time(index, text);
            }
            time(index, "介護", Set.of("CAREGIVING"), Set.of("BEGINNER"));
            long[] suggest = new long[500];
            for (int i = 0; i < suggest.length; i++) {
                long t = System.nanoTime();
                index.suggest(i % 2 == 0 ? "にほ" : "secu", Docs.LEARNER, 10);
                suggest[i] = System.nanoTime() - t;
            }
            report("suggest にほ/secu", suggest, -1);
        }
    }

    private static void time(LuceneSearchIndex index, String text) {
        time(index, text, Set.of(), Set.of());
    }

    private static void time(LuceneSearchIndex index, String text, Set<String> categories, Set<String> levels) {
        SearchQuery query = new SearchQuery(text, categories, levels, Set.of(), Set.of(), Set.of(), Docs.LEARNER, 0, 10);
        long[] nanos = new long[300];
        long total = 0;
        for (int i = 0; i < nanos.length; i++) {
            long t = System.nanoTime();
            total = index.search(query).total();
            nanos[i] = System.nanoTime() - t;
        }
        report("\"" + text + "\"" + (categories.isEmpty() ? "" : " " + categories + levels), nanos, total);
    }

    private static void report(String what, long[] nanos, long total) {
        long[] warm = Arrays.copyOfRange(nanos, nanos.length / 3, nanos.length);
        Arrays.sort(warm);
        System.out.printf("%-40s p50 %.2f ms  p99 %.2f ms  %s%n", what, warm[warm.length / 2] / 1e6,
                warm[warm.length * 99 / 100] / 1e6, total < 0 ? "" : total + " matches");
    }

    private static SearchDocument document(int i) {
        Random random = new Random(i);
        boolean japanese = i % 2 == 0;
        String[] words = japanese ? JA : EN;
        String title = pick(words, random, 3, japanese ? "" : " ");
        StringBuilder text = new StringBuilder();
        for (int s = 0; s < 8; s++) {
            text.append(pick(words, random, 5, japanese ? "の" : " ")).append(japanese ? "を学びます。" : " explained. ");
        }
        boolean lesson = i % 5 != 0;
        long courseId = i / 5;
        return new SearchDocument(lesson ? SearchDocument.lessonId(i) : SearchDocument.courseId(courseId),
                lesson ? DocumentKind.LESSON : DocumentKind.COURSE, courseId, lesson ? (long) i : null, "C" + courseId,
                title, text.toString(), title, CATEGORIES[random.nextInt(CATEGORIES.length)],
                LEVELS[random.nextInt(LEVELS.length)], japanese ? "ja" : "en", List.of(), random.nextInt(60),
                random.nextInt(10) != 0, List.of(random.nextLong(1000)));
    }

    private static String pick(String[] words, Random random, int n, String separator) {
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < n; k++) {
            out.append(k == 0 ? "" : separator).append(words[random.nextInt(words.length)]);
        }
        return out.toString();
    }
}
