package org.dossier.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.dossier.LoadsModels;
import org.dossier.SharedAnalyzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The JSON API over HTTP: each endpoint against its OpenAPI schema, every error as JSON (Jetty's
 * own too, checked over raw sockets), the security headers, and the limits of POST /api/analyze.
 */
@LoadsModels
class ServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** A name the server is told to answer to, besides its own address and the loopback ones. */
    private static final String ALLOWED_HOST = "dossier.example.org";

    @TempDir
    static Path dir;

    static Path db;
    static DossierServer server;
    static int port;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        db = TestStore.build(dir);
        server = new DossierServer(db, SharedAnalyzer::get, 4, 1);
        port = server.start("127.0.0.1", 0, List.of(ALLOWED_HOST));
        base = "http://127.0.0.1:" + port;
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private record Reply(int status, String type, String body, HttpHeaders headers) {
        JsonNode json() throws Exception {
            return JSON.readTree(body);
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    private static Reply get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).build());
    }

    private static Reply send(HttpRequest request) throws Exception {
        return reply(HTTP.send(request, HttpResponse.BodyHandlers.ofString()));
    }

    private static Reply reply(HttpResponse<String> r) {
        return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r.headers());
    }

    private static HttpRequest analyze(String type, byte[] body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "/api/analyze")).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        return (type == null ? b : b.header("Content-Type", type)).build();
    }

    private static HttpRequest analyze(String json) {
        return analyze("application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Sends bytes as they are, for requests an HTTP client would refuse to write, and reads the
     * answer to the end (the request asks to close, and Jetty closes after a request it refuses).
     */
    private static Reply raw(String request) throws IOException {
        byte[] answer;
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            try (InputStream in = socket.getInputStream()) {
                answer = in.readAllBytes();
            }
        }
        String text = new String(answer, StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        Iterator<String> lines = List.of(text.substring(0, end).split("\r\n")).iterator();
        int status = Integer.parseInt(lines.next().split(" ")[1]);
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        while (lines.hasNext()) {
            String[] h = lines.next().split(":", 2);
            headers.computeIfAbsent(h[0].strip(), k -> new ArrayList<>()).add(h[1].strip());
        }
        HttpHeaders h = HttpHeaders.of(headers, (k, v) -> true);
        return new Reply(status, h.firstValue("Content-Type").orElse(""), text.substring(end + 4), h);
    }

    /** Checks a 200 JSON reply against a schema of the served OpenAPI document. */
    private static JsonNode valid(Reply r, String schema) throws Exception {
        assertEquals(200, r.status(), r.body());
        assertTrue(r.type().startsWith("application/json"), r.type());
        JsonSchema s = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("classpath:org/dossier/serve/openapi.json#" + schema));
        Set<ValidationMessage> errors = s.validate(r.json());
        assertTrue(errors.isEmpty(), schema + ": " + errors + "\n" + r.body());
        return r.json();
    }


    @Test
    void everyEndpointAnswersAsDocumented() throws Exception {
        JsonNode spec = JSON.readTree(get("/api/openapi.json").body());
        assertEquals("3.1.0", spec.get("openapi").asText());

        JsonNode quotes = valid(get("/api/search?q=ceasefire"), "/paths/~1api~1search/get/responses/200/content/application~1json/schema");
        assertTrue(quotes.size() >= 1);
        long statement = quotes.get(0).get("statement").asLong();
        long speaker = quotes.findValue("speakerId").asLong();
        long article = quotes.get(0).get("article").get("id").asLong();

        valid(get("/api/search/articles?q=Kharkiv&since=2025-04-01"), "/paths/~1api~1search~1articles/get/responses/200/content/application~1json/schema");
        JsonNode found = valid(get("/api/entities?name=Zelenskiy"), "/paths/~1api~1entities/get/responses/200/content/application~1json/schema");
        assertEquals(speaker, found.get(0).get("id").asLong(), "a spelling variant finds the speaker");
        JsonNode profile = valid(get("/api/entities/" + speaker), "/components/schemas/Profile");
        assertTrue(profile.get("name").asText().startsWith("Volodymyr Zelensk"));
        assertEquals("speech", profile.get("countedTypes").asText());
        JsonNode allTypes = valid(get("/api/entities/" + speaker + "?types=all"), "/components/schemas/Profile");
        assertEquals("all", allTypes.get("countedTypes").asText());
        assertTrue(allTypes.get("statements").asInt() >= profile.get("statements").asInt());
        valid(get("/api/entities/" + speaker + "/quotes?since=2025-04-01&limit=5"), "/paths/~1api~1entities~1{id}~1quotes/get/responses/200/content/application~1json/schema");
        JsonNode top = valid(get("/api/top-sources?limit=5"), "/paths/~1api~1top-sources/get/responses/200/content/application~1json/schema");
        assertEquals(5, top.size());
        valid(get("/api/top-sources?limit=5&types=all"), "/paths/~1api~1top-sources/get/responses/200/content/application~1json/schema");
        JsonNode speech = valid(get("/api/search?q=ceasefire&type=speech"), "/paths/~1api~1search/get/responses/200/content/application~1json/schema");
        assertTrue(speech.size() > 0);
        for (JsonNode q : speech) assertEquals("speech", q.get("type").asText());
        for (JsonNode q : get("/api/entities/" + speaker + "/quotes?type=thought").json()) assertEquals("thought", q.get("type").asText());
        valid(get("/api/publishers"), "/paths/~1api~1publishers/get/responses/200/content/application~1json/schema");
        JsonNode view = valid(get("/api/articles/" + article), "/components/schemas/ArticleView");
        assertEquals("en", view.get("article").get("language").asText(), "each article carries the language it was read in");
        assertTrue(view.get("analysis").get("attributions").size() > 0);
        assertTrue(view.get("entityIds").size() > 0);
        JsonNode reports = valid(get("/api/statements/" + statement), "/paths/~1api~1statements~1{id}/get/responses/200/content/application~1json/schema");
        assertEquals(2, reports.get("reports").size());

        Reply analyzed = send(analyze("{\"text\": \"\\\"We will win,\\\" Zelensky said.\", \"published\": \"2025-05-15\", \"lang\": \"en\"}"));
        assertEquals(200, analyzed.status(), analyzed.body());
        JsonNode a = analyzed.json();
        assertEquals("2025-05-15", a.get("published").asText());
        assertEquals("en", a.get("language").asText());
        assertEquals("Zelensky", a.get("attributions").get(0).get("source").get("text").asText());
        Reply utf8 = send(analyze("application/json; charset=UTF-8",
                "{\"text\": \"Kara-Murza said the talks were confidential.\", \"title\": null}".getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, utf8.json().get("attributions").size(), utf8.body());
    }

    @Test
    void listsPageOnAndFilterByConfidence() throws Exception {
        String top = "/paths/~1api~1top-sources/get/responses/200/content/application~1json/schema";
        JsonNode first = valid(get("/api/top-sources?limit=6"), top);
        JsonNode next = valid(get("/api/top-sources?limit=3&offset=3"), top);
        for (int i = 0; i < 3; i++) assertEquals(first.get(3 + i).get("id"), next.get(i).get("id"), "top-sources row " + (3 + i));
        String search = "/paths/~1api~1search/get/responses/200/content/application~1json/schema";
        JsonNode all = valid(get("/api/search?q=the&limit=100"), search);
        JsonNode page = valid(get("/api/search?q=the&limit=2&offset=1"), search);
        assertEquals(List.of(all.get(1).get("statement"), all.get(2).get("statement")), List.of(page.get(0).get("statement"), page.get(1).get("statement")));

        double least = Double.MAX_VALUE, most = 0;
        for (JsonNode q : all) {
            least = Math.min(least, q.get("confidence").asDouble());
            most = Math.max(most, q.get("confidence").asDouble());
        }
        assertTrue(least < most, "the quotes differ in confidence");
        double threshold = (least + most) / 2;
        List<Long> expected = new java.util.ArrayList<>();
        for (JsonNode q : all) if (q.get("confidence").asDouble() >= threshold) expected.add(q.get("statement").asLong());
        List<Long> confident = new java.util.ArrayList<>();
        for (JsonNode q : valid(get("/api/search?q=the&limit=100&minConfidence=" + threshold), search)) confident.add(q.get("statement").asLong());
        assertEquals(expected, confident);
        assertError(get("/api/search?q=the&offset=-1"), 400);
        assertError(get("/api/top-sources?offset=x"), 400);
        assertError(get("/api/entities/1/quotes?minConfidence=2"), 400);
    }

    @Test
    void anArticlesAttributionsNameTheirStatements() throws Exception {
        long article = get("/api/search?q=ceasefire").json().get(0).get("article").get("id").asLong();
        JsonNode view = get("/api/articles/" + article).json();
        JsonNode statements = view.get("statementIds");
        for (JsonNode a : view.get("analysis").get("attributions")) {
            long statement = statements.get(a.get("id").asText()).asLong();
            boolean reported = false;
            for (JsonNode r : get("/api/statements/" + statement).json().get("reports")) reported |= r.get("article").get("id").asLong() == article;
            assertTrue(reported, a.get("id") + " is one of statement " + statement + "'s reports");
        }
    }

    @Test
    void errorsAreJsonWithTheirStatusAndNoStackTrace() throws Exception {
        assertError(get("/api/entities/999999"), 404);
        assertError(get("/api/entities/abc"), 400);
        assertError(get("/api/search"), 400);
        assertError(get("/api/search?q=x&limit=0"), 400);
        assertError(get("/api/search?q=x&since=yesterday"), 400);
        assertError(get("/api/search?q=x&type=gossip"), 400);
        assertError(get("/api/no-such-thing"), 404);
        assertError(get("/no-such-page.html"), 404);
        assertError(send(analyze("{not json")), 400);
        byte[] big = new byte[DossierServer.MAX_BODY_BYTES + 10];
        java.util.Arrays.fill(big, (byte) 'a');
        assertError(send(analyze("application/json", big)), 413);
        // Without a length up front (chunked), the cap still holds.
        assertError(send(HttpRequest.newBuilder(URI.create(base + "/api/analyze")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big))).build()), 413);
    }

    @Test
    void jettysOwnRefusalsAreJsonToo() throws Exception {
        Reply uriTooLong = raw("GET /api/search?q=" + "a".repeat(100_000) + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertError(uriTooLong, 414);
        assertSecurityHeaders(uriTooLong);
        assertError(raw("GET /api/publishers HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "b".repeat(100_000) + "\r\nConnection: close\r\n\r\n"), 431);
        assertError(raw("POST /api/analyze HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: 99999999999999999999999999\r\nConnection: close\r\n\r\n{}"), 400);
        assertError(raw("POST /api/analyze HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + (DossierServer.MAX_BODY_BYTES + 1) + "\r\nConnection: close\r\n\r\n{}"), 413);
        assertError(raw("NOT HTTP AT ALL\r\n\r\n"), 400);
        Reply traversal = raw("GET /../../etc/passwd HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertError(traversal, 400);
        assertSecurityHeaders(traversal);
        assertFalse(traversal.body().contains("root:"), traversal.body());
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        for (String path : new String[] {"/", "/entity.html", "/app.js", "/style.css", "/webjars/echarts/5.3.1/dist/echarts.min.js",
                "/api/publishers", "/api/openapi.json", "/api/entities/999999", "/api/nothing", "/nothing.html"}) {
            assertSecurityHeaders(get(path));
        }
        assertSecurityHeaders(send(analyze("text/plain", "text".getBytes(StandardCharsets.UTF_8))));
    }

    private static void assertSecurityHeaders(Reply r) {
        String csp = r.header("Content-Security-Policy");
        assertTrue(csp != null && csp.contains("script-src 'self'") && csp.contains("style-src 'self'")
                && csp.contains("object-src 'none'") && csp.contains("frame-ancestors 'none'") && !csp.contains("unsafe"), r + ": " + csp);
        assertEquals("nosniff", r.header("X-Content-Type-Options"), r.toString());
        assertEquals("no-referrer", r.header("Referrer-Policy"), r.toString());
        assertEquals("DENY", r.header("X-Frame-Options"), r.toString());
    }

    @Test
    void requestsForAnotherHostAre421() throws Exception {
        // Pages, their files, a webjar, the API and a miss alike: a rebound page must read nothing.
        for (String path : List.of("/", "/entity.html", "/app.js", "/webjars/echarts/5.3.1/dist/echarts.min.js", "/api/publishers",
                "/api/search?q=ceasefire", "/nothing.html")) {
            Reply misdirected = raw("GET " + path + " HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
            assertError(misdirected, 421);
            assertSecurityHeaders(misdirected);
        }
        // An absolute URI names the host in place of the header (Jetty itself refuses one that contradicts the header, with 400).
        assertError(raw("GET http://evil.example/api/search?q=ceasefire HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n"), 421);
        assertError(raw("GET http://evil.example/api/search?q=ceasefire HTTP/1.0\r\n\r\n"), 421);
        assertError(raw("GET /api/publishers HTTP/1.1\r\nHost: evil.example:" + port + "\r\nConnection: close\r\n\r\n"), 421);
        for (String host : List.of("localhost:" + port, "127.0.0.1:" + port, "[::1]:" + port, "127.0.0.1", ALLOWED_HOST, ALLOWED_HOST + ":" + port)) {
            Reply r = raw("GET /api/publishers HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
            assertEquals(200, r.status(), host + ": " + r.body());
        }
        assertEquals(200, raw("GET http://localhost:" + port + "/index.html HTTP/1.1\r\nHost: localhost:" + port + "\r\nConnection: close\r\n\r\n").status());
    }

    @Test
    void aWildcardAddressAnswersToEveryAddressOfThisMachine() throws Exception {
        AllowedHosts any = new AllowedHosts("0.0.0.0", List.of()), loopback = new AllowedHosts("127.0.0.1", List.of());
        for (java.net.NetworkInterface nic : java.net.NetworkInterface.networkInterfaces().toList()) {
            for (java.net.InetAddress address : nic.inetAddresses().toList()) {
                String written = address.getHostAddress().replaceFirst("%.*", "");  // as a URL writes it: no scope
                assertTrue(any.allows(written) && any.allows("[" + written + "]"), written);
                assertEquals(address.isLoopbackAddress(), loopback.allows(written), written);
            }
        }
        assertTrue(any.allows("LocalHost") && any.allows("[::1]") && loopback.allows("[0:0:0:0:0:0:0:1]"));
        assertFalse(any.allows("evil.example") || any.allows("[::2]"));
    }

    @Test
    void pagesAndTheirFilesNameTheirCharset() throws Exception {
        for (String path : List.of("/", "/entity.html", "/app.js", "/style.css")) {
            Reply r = get(path);
            assertEquals(200, r.status(), path);
            assertTrue(r.type().toLowerCase(java.util.Locale.ROOT).replace(" ", "").contains(";charset=utf-8"), path + ": " + r.type());
        }
    }

    @Test
    void unknownIdsAre404AndOtherIdsAre400OnEveryIdRoute() throws Exception {
        List<String> routes = new ArrayList<>();
        JSON.readTree(get("/api/openapi.json").body()).get("paths").fieldNames().forEachRemaining(p -> {
            if (p.contains("{id}")) routes.add(p);
        });
        assertEquals(4, routes.size(), routes.toString());
        for (String route : routes) {
            assertError(get(route.replace("{id}", "999999")), 404);
            assertError(get(route.replace("{id}", "abc")), 400);
        }
    }

    @Test
    void wrongMethodsAre405WithTheAllowedOnes() throws Exception {
        Reply getAnalyze = get("/api/analyze");
        assertError(getAnalyze, 405);
        assertEquals("POST", getAnalyze.header("Allow"));
        Reply postSearch = send(HttpRequest.newBuilder(URI.create(base + "/api/search?q=x")).POST(HttpRequest.BodyPublishers.noBody()).build());
        assertError(postSearch, 405);
        assertTrue(postSearch.header("Allow").contains("GET"), postSearch.header("Allow"));
        assertError(send(HttpRequest.newBuilder(URI.create(base + "/api/entities/1")).DELETE().build()), 405);
        for (String page : List.of("/", "/index.html", "/app.js", "/style.css")) {
            Reply postPage = send(HttpRequest.newBuilder(URI.create(base + page)).POST(HttpRequest.BodyPublishers.noBody()).build());
            assertError(postPage, 405);
            assertEquals("GET, HEAD", postPage.header("Allow"), page);
        }
        assertError(send(HttpRequest.newBuilder(URI.create(base + "/no-such-page.html")).POST(HttpRequest.BodyPublishers.noBody()).build()), 404);
    }

    @Test
    void analyzeTakesOnlyJsonOfTheRightShape() throws Exception {
        byte[] text = "{\"text\": \"Kara-Murza said the talks were confidential.\"}".getBytes(StandardCharsets.UTF_8);
        for (String type : new String[] {null, "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
                "application/json; charset=ISO-8859-1", "application/jsonp"}) {
            assertError(send(analyze(type, text)), 415);
        }
        for (String field : new String[] {"text", "title", "published", "lang"}) {
            Reply r = send(analyze("{\"text\": \"Kara-Murza said so.\", \"" + field + "\": 20250101}"));
            assertError(r, 400);
            assertTrue(r.json().get("error").asText().contains(field), r.body());
        }
        assertError(send(analyze("[\"Kara-Murza said so.\"]")), 400);
        assertError(send(analyze("{\"title\": \"no text\"}")), 400);
        assertError(send(analyze("{\"text\": \"Kara-Murza said so.\", \"published\": \"last tuesday\"}")), 400);
        Reply notACode = send(analyze("{\"text\": \"Kara-Murza said so.\", \"lang\": \"english\"}"));
        assertError(notACode, 400);
        assertEquals("lang: 'english' is not an ISO 639-1 language code: for English give en", notACode.json().get("error").asText());
        byte[] latin1 = "{\"text\": \"Caf\u00e9 owners said so.\"}".getBytes(StandardCharsets.ISO_8859_1);
        Reply invalid = send(analyze("application/json", latin1));
        assertError(invalid, 400);
        assertTrue(invalid.json().get("error").asText().contains("UTF-8"), invalid.body());
        Reply tooLong = send(analyze("{\"text\": \"" + "a".repeat(DossierServer.MAX_ANALYZE_CHARS + 1) + "\"}"));
        assertError(tooLong, 413);
        assertTrue(tooLong.json().get("error").asText().contains(String.format("%,d", DossierServer.MAX_ANALYZE_CHARS)), tooLong.body());
        assertEquals(DossierServer.MAX_ANALYZE_CHARS, JSON.readTree(get("/api/openapi.json").body()).at(
                "/paths/~1api~1analyze/post/requestBody/content/application~1json/schema/properties/text/maxLength").asInt(), "the cap as documented");
    }

    @Test
    void analysesBeyondTheSlotsAre503AtOnceWithRetryAfter() throws Exception {
        CountDownLatch inSlot = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (DossierServer busy = TestStore.withBusySlot(db, inSlot, release)) {
            URI analyze = URI.create("http://127.0.0.1:" + busy.start("127.0.0.1", 0) + "/api/analyze");
            // A server that queued the second request would leave it waiting for the first: the timeout makes that a failure.
            HttpRequest request = HttpRequest.newBuilder(analyze).timeout(Duration.ofMinutes(2)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"Kara-Murza said the talks were confidential.\"}")).build();
            CompletableFuture<HttpResponse<String>> first = HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString());
            try {
                assertTrue(inSlot.await(2, TimeUnit.MINUTES), "the first analysis never started");
                Reply refused = send(request);
                assertError(refused, 503);
                assertTrue(Integer.parseInt(refused.header("Retry-After")) > 0, refused.toString());
            } finally {
                release.countDown();  // so that the server can stop even when an assertion failed
            }
            assertEquals(200, first.get().statusCode(), first.get().body());
            assertEquals(200, send(request).status(), "the slot is free again");
        }
    }

    /** The analyzer's refusal of a language is 422 with its words; here the analyzer refuses every text. */
    @Test
    void aTextInALanguageDossierDoesNotReadIs422NamingIt() throws Exception {
        try (DossierServer refusing = new DossierServer(db, () -> {
            throw new org.dossier.lang.UnsupportedLanguageException("de", List.of("en"));
        }, 1, 1)) {
            URI analyze = URI.create("http://127.0.0.1:" + refusing.start("127.0.0.1", 0) + "/api/analyze");
            Reply r = send(HttpRequest.newBuilder(analyze).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"Die Gespräche gingen gut, sagte er.\", \"lang\": \"de\"}")).build());
            assertError(r, 422);
            assertEquals("the text is in German (de); Dossier reads English (en)", r.json().get("error").asText());
        }
    }

    private static void assertError(Reply r, int status) throws Exception {
        assertEquals(status, r.status(), r.body());
        assertTrue(r.type().startsWith("application/json"), r.type());
        assertEquals(status, r.json().get("status").asInt());
        assertFalse(r.json().get("error").asText().isBlank());
        assertFalse(r.body().contains("Exception") || r.body().contains("\tat ") || r.body().contains(".java:"), r.body());
    }

    @Test
    void profilesFollowTheStoreWhenAnIngestWrites() throws Exception {
        long putin = JSON.readTree(get("/api/entities?name=Putin").body()).get(0).get("id").asLong();
        int before = JSON.readTree(get("/api/entities/" + putin).body()).get("articles").asInt();
        assertEquals(before, JSON.readTree(get("/api/entities/" + putin).body()).get("articles").asInt());
        try (org.dossier.store.CorpusStore store = org.dossier.store.CorpusStore.open(dir.resolve("web.db"))) {
            String text = "Vladimir Putin said on Friday that talks could resume in May.";
            store.add(new org.dossier.ingest.SourceArticle("test", "https://x.example/putin-may", "Putin on talks", "Wire", null,
                    "2025-05-02", null, text), SharedAnalyzer.get().analyze(text, org.dossier.ArticleInfo.NONE));
        }
        assertEquals(before + 1, JSON.readTree(get("/api/entities/" + putin).body()).get("articles").asInt(),
                "a served profile is never staler than the store");
    }

    @Test
    void pagesAndFrontEndLibrariesAreServed() throws Exception {
        for (String page : new String[] {"/", "/entity.html", "/article.html", "/analyze.html", "/docs.html", "/statement.html",
                "/webjars/echarts/5.3.1/dist/echarts.min.js", "/webjars/swagger-ui/5.34.1/swagger-ui-bundle.js"}) {
            assertEquals(200, get(page).status(), page);
        }
    }
}
