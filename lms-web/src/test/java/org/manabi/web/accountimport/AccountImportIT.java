package org.manabi.web.accountimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.manabi.web.demo.DemoData;
import org.manabi.web.server.DeployedServer;
import org.manabi.web.server.Http;

/** Bulk import through the API: preview, commit, progress, one-time passwords, bad input, and who may. */
class AccountImportIT extends DeployedServer {

    private static final Charset CP932 = Charset.forName("windows-31j");
    private static final String CSV = "text/csv";

    private Http admin;
    private String token;
    /** Every login id of a test starts with this, so tests never meet each other's accounts. */
    private String prefix;

    @BeforeEach
    void signInAsAdministrator() {
        admin = Http.browserLike(base);
        token = Http.json(signIn(admin, "demo-admin")).getString("csrfToken");
        prefix = "t" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void thePreviewListsEveryRowsProblemsAndWritesNothing() {
        String csv = "ログインID,氏名,メール,役割\n"
                + prefix + "-a,山田太郎,yamada@example.jp,受講者\n"
                + prefix + "-a,Copy,,\n"
                + prefix + "-b,<script>alert(1)</script>,,\n"
                + prefix + "-c,Sato,not-mail,\n"
                + prefix + "-d,,,\n"
                + "demo-learner,Taken,,\n"
                + prefix + "-e,Nguyen,,boss\n";
        HttpResponse<String> preview = post("/api/account-imports/preview?fileName=list.csv",
                csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, preview.statusCode(), preview.body());
        JsonObject body = Http.json(preview);
        assertEquals("UTF-8", body.getString("encoding"));
        assertEquals("ログインID", body.getJsonObject("columns").getString("loginId"));
        assertEquals(1, body.getInt("validRows"));
        assertEquals(6, body.getInt("invalidRows"));
        Map<Integer, String> firstError = body.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(row -> !row.getJsonArray("errors").isEmpty())
                .collect(Collectors.toMap(row -> row.getInt("line"), row -> row.getJsonArray("errors")
                        .getJsonObject(0).getString("field") + ":" + row.getJsonArray("errors").getJsonObject(0)
                        .getString("code")));
        assertEquals(Map.of(3, "loginId:DuplicateInFile", 4, "displayName:Markup", 5, "email:Email",
                6, "displayName:Required", 7, "loginId:Taken", 8, "role:Role"), firstError);
        assertEquals(0, accounts(prefix), "a preview writes nothing");
    }

    @Test
    void aCommitIssuesEveryAccountWhoCanThenSignInWithTheirOneTimePassword() throws Exception {
        String csv = "ログインID,氏名,メール,所属\r\n" + prefix + "-1,山田太郎,,介護課\r\n" + prefix
                + "-2,グエン・ヴァン・アン,an@example.jp,\r\n" + prefix + "-3,\"Santos, Maria\",,\r\n";
        byte[] file = csv.getBytes(CP932);
        HttpResponse<String> preview = post("/api/account-imports/preview", file);
        assertEquals("Shift_JIS", Http.json(preview).getString("encoding"), preview.body());

        HttpResponse<String> started = post("/api/account-imports?fileName=" + prefix + ".csv", file);
        assertEquals(202, started.statusCode(), started.body());
        String id = Http.json(started).getString("id");
        assertEquals("/api/account-imports/" + id, started.headers().firstValue("Location").orElseThrow()
                .replaceFirst("^https?://[^/]+", ""));
        JsonObject job = awaitEnd(id);
        assertEquals("DONE", job.getString("state"), job.toString());
        assertEquals(3, job.getInt("created"));
        assertEquals(job.getInt("steps"), job.getInt("done"), "the progress reaches the end");
        assertEquals(3, accounts(prefix));

        HttpResponse<byte[]> credentials = credentials(id);
        assertEquals(200, credentials.statusCode());
        assertTrue(credentials.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
        byte[] bytes = credentials.body();
        assertEquals(List.of(0xEF, 0xBB, 0xBF), List.of(bytes[0] & 0xFF, bytes[1] & 0xFF, bytes[2] & 0xFF),
                "a BOM, so Excel reads UTF-8");
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.contains("山田太郎") && text.contains("\"Santos, Maria\""), text);
        String line = text.lines().filter(l -> l.startsWith(prefix + "-1,")).findFirst().orElseThrow();
        String password = line.substring(line.lastIndexOf(',') + 1);

        Http learner = Http.browserLike(base);
        HttpResponse<String> signedIn = learner.send("POST", "/api/session", "application/json",
                "{\"loginId\":\"" + prefix + "-1\",\"password\":\"" + password + "\"}");
        assertEquals(200, signedIn.statusCode(), signedIn.body());
        assertTrue(Http.json(signedIn).getBoolean("mustChangePassword"));

        assertEquals(410, credentials(id).statusCode(), "the passwords are handed out once");
    }

    @Test
    void aFileWithAnyBadRowWritesNothing() {
        String csv = "login id,name,e-mail\n" + prefix + "-1,Good One,\n" + prefix + "-2,Good Two,\n"
                + prefix + "-3,Bad Mail,x@\n";
        HttpResponse<String> refused = post("/api/account-imports", csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(400, refused.statusCode(), refused.body());
        JsonObject problem = Http.json(refused);
        assertEquals("urn:manabi:problem:import-rows", problem.getString("type"));
        assertEquals("lines[4].email", problem.getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(0, accounts(prefix), "the good rows were not written either");
    }

    @Test
    void badFilesGetAClearProblemAndWriteNothing() {
        byte[] cp932 = ("ログインID,氏名\n" + prefix + "-1,山田太郎\n").getBytes(CP932);
        assertProblem(post("/api/account-imports?encoding=utf-8", cp932), 400, "encoding", "encoding");
        byte[] mixed = concat(("ログインID,氏名\n" + prefix + "-1,山田太郎\n").getBytes(StandardCharsets.UTF_8),
                (prefix + "-2,佐藤花子\n").getBytes(CP932));
        assertProblem(post("/api/account-imports", mixed), 400, "encoding", "encoding");
        assertProblem(post("/api/account-imports?encoding=latin1", cp932), 400, "validation", "encoding");
        assertProblem(post("/api/account-imports", ("login,name\n" + prefix + "-1,\"Yamada\n").getBytes(
                StandardCharsets.UTF_8)), 400, "malformed-csv", "file");
        assertProblem(post("/api/account-imports", "name,mail\nA,a@example.jp\n".getBytes(StandardCharsets.UTF_8)),
                400, "missing-column", "loginIdColumn");
        assertProblem(post("/api/account-imports", new byte[0]), 400, "empty-file", "file");
        assertProblem(post("/api/account-imports", new byte[] {'P', 'K', 3, 4, 1, 2}), 400, "not-csv", "file");
        assertProblem(post("/api/account-imports?cohortId=abc", cp932), 400, "validation", "cohortId");
        assertProblem(post("/api/account-imports?organisationId=999999999", cp932), 400, "validation",
                "organisationId");
        String overlong = "login,name\n" + prefix + "-1," + "長".repeat(201) + "\n";
        HttpResponse<String> tooLong = post("/api/account-imports", overlong.getBytes(StandardCharsets.UTF_8));
        assertEquals("displayName", Http.json(tooLong).getJsonArray("errors").getJsonObject(0).getString("field")
                .replaceFirst("^lines\\[2]\\.", ""), tooLong.body());
        StringBuilder many = new StringBuilder("login,name\n");
        for (int i = 0; i <= 5_000; i++) {
            many.append(prefix).append("-").append(i).append(",N\n");
        }
        assertProblem(post("/api/account-imports/preview", many.toString().getBytes(StandardCharsets.UTF_8)), 400,
                "too-many-rows", "file");
        assertEquals(0, accounts(prefix));
    }

    @Test
    void aFiftyMegabyteBodyIsRefusedQuicklyWithoutBeingHeldInMemory() throws Exception {
        long started = System.nanoTime();
        long size = 50L * 1024 * 1024;
        String declared = rawUpload("/api/account-imports", "Content-Length: " + size, out -> {
            byte[] chunk = filler(64 * 1024);
            for (long sent = 0; sent < size; sent += chunk.length) {
                out.write(chunk);
            }
        });
        assertTrue(declared.startsWith("HTTP/1.1 413"), declared);
        assertTrue(declared.contains("urn:manabi:problem:payload-too-large"), declared);
        String chunked = rawUpload("/api/account-imports/preview", "Transfer-Encoding: chunked", out -> {
            byte[] chunk = filler(64 * 1024);
            byte[] head = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 48; i++) {
                out.write(head);
                out.write(chunk);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        });
        assertTrue(chunked.startsWith("HTTP/1.1 413"), "3 MiB without a length: " + chunked);
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toSeconds() < 20, "refused quickly");
        assertEquals(0, accounts(prefix));
    }

    @Test
    void onlyAdministratorsMayImport() {
        byte[] file = ("login,name\n" + prefix + "-1,A\n").getBytes(StandardCharsets.UTF_8);
        for (String other : List.of("demo-learner", "demo-manager")) {
            Http browser = Http.browserLike(base);
            String otherToken = Http.json(signIn(browser, other)).getString("csrfToken");
            assertEquals(403, browser.sendBody("POST", "/api/account-imports/preview", CSV,
                    BodyPublishers.ofByteArray(file), "X-CSRF-Token", otherToken).statusCode(), other);
            assertEquals(403, browser.sendBody("POST", "/api/account-imports", CSV,
                    BodyPublishers.ofByteArray(file), "X-CSRF-Token", otherToken).statusCode(), other);
            assertEquals(403, browser.get("/api/account-imports/x").statusCode(), other);
        }
        Http anonymous = new Http(base);
        assertEquals(401, anonymous.sendBody("POST", "/api/account-imports", CSV, BodyPublishers.ofByteArray(file))
                .statusCode());
        assertEquals(401, anonymous.get("/api/account-imports/x").statusCode());
        assertEquals(404, admin.get("/api/account-imports/" + UUID.randomUUID()).statusCode());
        assertEquals(0, accounts(prefix));
    }

    private JsonObject awaitEnd(String id) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        List<Integer> seen = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            JsonObject job = Http.json(admin.get("/api/account-imports/" + id));
            seen.add(job.getInt("done"));
            if (!List.of("HASHING", "WRITING").contains(job.getString("state"))) {
                return job;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the import did not end; progress seen " + seen);
    }

    private HttpResponse<byte[]> credentials(String id) {
        return admin.sendForBytes("POST", "/api/account-imports/" + id + "/credentials", "X-CSRF-Token", token);
    }

    private HttpResponse<String> post(String path, byte[] body) {
        return admin.sendBody("POST", path, CSV, BodyPublishers.ofByteArray(body), "X-CSRF-Token", token);
    }

    private int accounts(String loginPrefix) {
        return Http.jsonArray(admin.get("/api/accounts?q=" + loginPrefix + "&limit=500")).size();
    }

    private static void assertProblem(HttpResponse<String> response, int status, String type, String field) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
        JsonObject problem = Http.json(response);
        assertEquals("urn:manabi:problem:" + type, problem.getString("type"), response.body());
        assertEquals(field, problem.getJsonArray("errors").getJsonObject(0).getString("field"), response.body());
    }

    private interface BodyWriter {
        void write(OutputStream out) throws IOException;
    }

    /**
     * Sends a request over a plain socket as the administrator and returns the start of the answer.
     * The body is written on another thread, so a server that answers early (without reading the
     * rest) is seen answering, whatever the client is still sending.
     */
    private String rawUpload(String path, String lengthHeader, BodyWriter body) throws Exception {
        HttpResponse<String> signedIn = signIn(new Http(base), "demo-admin");
        String cookie = signedIn.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
        String csrf = Http.json(signedIn).getString("csrfToken");
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nContent-Type: text/csv\r\n" + lengthHeader + "\r\nCookie: " + cookie
                    + "\r\nX-CSRF-Token: " + csrf + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            Thread writer = new Thread(() -> {
                try {
                    body.write(out);
                    out.flush();
                } catch (IOException closedByServer) {
                    // The server answered and closed the connection: what we are waiting for.
                }
            });
            writer.setDaemon(true);
            writer.start();
            byte[] answer = new byte[2048];
            InputStream in = socket.getInputStream();
            int read = 0;
            for (int n = in.read(answer); n > 0 && read < answer.length; n = in.read(answer, read,
                    answer.length - read)) {
                read += n;
                if (new String(answer, 0, read, StandardCharsets.UTF_8).contains("}")) {
                    break;
                }
            }
            return new String(answer, 0, read, StandardCharsets.UTF_8);
        }
    }

    /** {@code size} bytes of plausible CSV lines. */
    private static byte[] filler(int size) {
        byte[] line = "someone,Someone\n".getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = line[i % line.length];
        }
        return bytes;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static HttpResponse<String> signIn(Http browser, String loginId) {
        return browser.send("POST", "/api/session", "application/json",
                "{\"loginId\":\"" + loginId + "\",\"password\":\"" + DemoData.PASSWORD + "\"}");
    }
}
