package org.manabi.web.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.manabi.core.testsupport.PostgresTestDatabase;

/**
 * Catalog search at scale, through the HTTP API, against SQL {@code LIKE} over the same rows in the
 * same PostgreSQL database, in one run. Not a test: run it with {@code ./mvnw -Pbench package}
 * (see docs/PERFORMANCE.md). It starts the real server bundle on a fresh database with the
 * generated catalog ({@code manabi.samples.synthetic-courses}), waits until every lesson is
 * searchable, then times the same queries both ways; the ratio is the result.
 */
public final class SearchBenchmark {

    /** Frequent and rare terms of the generated catalog, in the ways people type them. */
    static final List<String> QUERIES = List.of(
            "情報セキュリティ", "介護", "日本語", "簿記", "ハラスメント防止", "敬語", "クラウド", "認知症ケア",
            "かいご", "にほんご", "じょうほう", "kaigo", "nihongo",
            "management", "database design", "cyber security", "customer service",
            "xylocarpa", "桜島大根", "quokkalith", "紫尾山麓");

    private static final String LIKE_FROM = " FROM course_lesson l JOIN course c"
            + " ON c.published_version_id = l.version_id AND c.status = 'PUBLISHED'"
            + " WHERE l.title LIKE ? OR l.body LIKE ?";

    private static final Duration SETTLE = Duration.ofSeconds(20);

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int courses = Integer.getInteger("bench.courses", 1_000);
        int lessonsPerCourse = 100;
        int rounds = Integer.getInteger("bench.rounds", 100);
        int likeRounds = Integer.getInteger("bench.likeRounds", 5);
        Path buildDir = Path.of(System.getProperty("manabi.build.dir", "lms-web/target"));
        Path work = Files.createDirectories(buildDir.resolve("bench"));
        Path jar = buildDir.resolve("manabi.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: the benchmark runs after 'package'");
        }
        try (PostgresTestDatabase database = PostgresTestDatabase.create()) {
            int port = freePort();
            Path dataDir = work.resolve("data-" + System.currentTimeMillis());
            ProcessBuilder server = new ProcessBuilder("java", "-Xmx2g", "-Djava.io.tmpdir=" + work, "-jar",
                    jar.toString(), "--port", String.valueOf(port), "--nohazelcast")
                    .redirectErrorStream(true)
                    .redirectOutput(work.resolve("server.log").toFile());
            server.environment().put("MANABI_DB_URL", database.url());
            server.environment().put("MANABI_DB_USER", database.user());
            server.environment().put("MANABI_DB_PASSWORD", database.password());
            server.environment().put("MANABI_DATA_DIR", dataDir.toString());
            server.environment().put("MANABI_LIBRARY_INSTALL", "false");
            server.environment().put("MANABI_SAMPLES_SYNTHETIC_COURSES", String.valueOf(courses));
            Instant started = Instant.now();
            Process process = server.start();
            try {
                String base = "http://127.0.0.1:" + port;
                HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(5)).build();
                waitFor(client, base + "/health/ready", body -> true, Duration.ofMinutes(5));
                long expected = (long) courses * lessonsPerCourse;
                System.out.printf(Locale.ROOT, "Loading %d courses, %d lessons ...%n", courses, expected);
                waitFor(client, base + "/api/search?kind=LESSON&limit=1",
                        body -> total(body) >= expected, Duration.ofMinutes(90));
                Duration load = Duration.between(started, Instant.now());
                // Let the index's last merges and commit finish, so they are not timed with the queries.
                Thread.sleep(SETTLE.toMillis());
                long serverRss = rssKilobytes(process.pid());
                Result http = timeHttp(base, rounds);
                Result like = timeLike(database, likeRounds);
                String report = report(courses, expected, load, serverRss, directorySize(dataDir.resolve("search")),
                        http, like, rounds, likeRounds);
                System.out.println(report);
                Files.writeString(work.resolve("search-benchmark.md"), report);
            } finally {
                process.destroy();
                process.waitFor();
            }
        }
    }

    /** Latencies in milliseconds, sorted, and each query's own median. */
    record Result(double[] millis, double[] medianByQuery) {

        double percentile(double p) {
            int index = (int) Math.ceil(p / 100.0 * millis.length) - 1;
            return millis[Math.max(0, Math.min(millis.length - 1, index))];
        }
    }

    /**
     * Timed with {@code HttpURLConnection} (a kept-alive connection, read synchronously): the JDK's
     * {@code HttpClient} added about 2 ms of its own to every request here, which is not the server's.
     */
    private static Result timeHttp(String base, int rounds) throws Exception {
        List<URL> requests = new ArrayList<>();
        for (String q : QUERIES) {
            requests.add(URI.create(base + "/api/search?limit=20&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8))
                    .toURL());
        }
        for (int warm = 0; warm < Math.max(10, rounds / 2); warm++) {
            for (URL request : requests) {
                send(request);
            }
        }
        double[][] byQuery = new double[requests.size()][rounds];
        for (int round = 0; round < rounds; round++) {
            for (int q = 0; q < requests.size(); q++) {
                long start = System.nanoTime();
                send(requests.get(q));
                byQuery[q][round] = (System.nanoTime() - start) / 1e6;
            }
        }
        return result(byQuery);
    }

    private static Result timeLike(PostgresTestDatabase database, int rounds) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.url(), database.user(), database.password());
             PreparedStatement page = connection.prepareStatement("SELECT l.id, l.title" + LIKE_FROM
                     + " ORDER BY l.id LIMIT 20");
             PreparedStatement count = connection.prepareStatement("SELECT count(*)" + LIKE_FROM)) {
            for (String query : QUERIES) {
                like(page, count, query);
            }
            double[][] byQuery = new double[QUERIES.size()][rounds];
            for (int round = 0; round < rounds; round++) {
                for (int q = 0; q < QUERIES.size(); q++) {
                    long start = System.nanoTime();
                    like(page, count, QUERIES.get(q));
                    byQuery[q][round] = (System.nanoTime() - start) / 1e6;
                }
            }
            return result(byQuery);
        }
    }

    private static Result result(double[][] byQuery) {
        double[] all = Arrays.stream(byQuery).flatMapToDouble(Arrays::stream).sorted().toArray();
        double[] medians = Arrays.stream(byQuery).mapToDouble(times -> {
            double[] sorted = times.clone();
            Arrays.sort(sorted);
            return sorted[sorted.length / 2];
        }).toArray();
        return new Result(all, medians);
    }

    /** One page and the total, as the search API answers. */
    private static void like(PreparedStatement page, PreparedStatement count, String query) throws SQLException {
        String pattern = "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        for (PreparedStatement statement : List.of(page, count)) {
            statement.setString(1, pattern);
            statement.setString(2, pattern);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    rows.getString(1);
                }
            }
        }
    }

    private static String report(int courses, long lessons, Duration load, long rssKb, long indexBytes, Result http,
            Result like, int rounds, int likeRounds) {
        return String.format(Locale.ROOT, """
                ## Catalog search: HTTP API vs SQL LIKE (%s)

                Catalog: %,d courses, %,d lessons (generated, seed %d), PostgreSQL, server `-Xmx2g`.
                Queries: %d (Japanese kanji, kana and romaji, English, frequent and rare terms), limit 20, with total.

                | | requests | p50 ms | p90 ms | p99 ms | max ms |
                |---|---|---|---|---|---|
                | `GET /api/search` (HTTP, facets, snippets) | %,d | %.2f | %.2f | %.2f | %.2f |
                | SQL `LIKE '%%q%%'` on title and body (page + count) | %,d | %.2f | %.2f | %.2f | %.2f |

                **Ratio (LIKE / search): p50 %.0f×, p99 %.0f×.**

                Load (start, generate, store and index): %d s. Server resident memory after loading: %,d MiB.
                Index on disk: %,d MiB.

                Median by query (ms):

                | query | search | LIKE | ratio |
                |---|---|---|---|
                %s
                """, Instant.now(), courses, lessons, org.manabi.content.library.SyntheticCatalog.DEFAULT_SEED,
                QUERIES.size(), http.millis().length, http.percentile(50), http.percentile(90), http.percentile(99),
                http.percentile(100), like.millis().length, like.percentile(50), like.percentile(90),
                like.percentile(99), like.percentile(100), like.percentile(50) / http.percentile(50),
                like.percentile(99) / http.percentile(99), load.toSeconds(), rssKb / 1024, indexBytes / (1024 * 1024),
                byQuery(http, like));
    }

    private static String byQuery(Result http, Result like) {
        StringBuilder rows = new StringBuilder();
        for (int q = 0; q < QUERIES.size(); q++) {
            rows.append(String.format(Locale.ROOT, "| %s | %.2f | %.1f | %.0f× |%n", QUERIES.get(q),
                    http.medianByQuery()[q], like.medianByQuery()[q], like.medianByQuery()[q] / http.medianByQuery()[q]));
        }
        return rows.toString().strip();
    }

    private static void send(URL request) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) request.openConnection();
        if (connection.getResponseCode() != 200) {
            throw new IllegalStateException(request + " answered " + connection.getResponseCode());
        }
        try (InputStream body = connection.getInputStream()) {
            body.readAllBytes();
        }
    }

    private static void waitFor(HttpClient client, String url, java.util.function.Predicate<String> done,
            Duration limit) throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        long lastReport = 0;
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && done.test(response.body())) {
                    return;
                }
                if (response.statusCode() == 200 && System.currentTimeMillis() - lastReport > 30_000) {
                    lastReport = System.currentTimeMillis();
                    System.out.printf(Locale.ROOT, "  ... %,d searchable%n", total(response.body()));
                }
            } catch (IOException e) {
                // not answering yet
            }
            Thread.sleep(1_000);
        }
        throw new IllegalStateException("Gave up waiting for " + url);
    }

    private static long total(String body) {
        Matcher matcher = Pattern.compile("\"total\"\\s*:\\s*(\\d+)").matcher(body);
        return matcher.find() ? Long.parseLong(matcher.group(1)) : -1;
    }

    private static long rssKilobytes(long pid) {
        try (Stream<String> lines = Files.lines(Path.of("/proc/" + pid + "/status"))) {
            return lines.filter(l -> l.startsWith("VmRSS:"))
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")))
                    .findFirst()
                    .orElse(0L);
        } catch (IOException e) {
            return 0;
        }
    }

    private static long directorySize(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        } catch (IOException e) {
            return 0;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
