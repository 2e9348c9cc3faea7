package org.dossier.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.dossier.SharedAnalyzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The JSON API over HTTP: each endpoint against its OpenAPI schema, and every error as JSON. */
class ServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path dir;

    static DossierServer server;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        server = new DossierServer(TestStore.build(dir), SharedAnalyzer::get, 4);
        base = "http://127.0.0.1:" + server.start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private record Reply(int status, String type, String body) {
        JsonNode json() throws Exception {
            return JSON.readTree(body);
        }
    }

    private static Reply get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).build());
    }

    private static Reply send(HttpRequest request) throws Exception {
        HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
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
        assertTrue(view.get("analysis").get("attributions").size() > 0);
        assertTrue(view.get("entityIds").size() > 0);
        JsonNode reports = valid(get("/api/statements/" + statement), "/paths/~1api~1statements~1{id}/get/responses/200/content/application~1json/schema");
        assertEquals(2, reports.get("reports").size());

        Reply analyzed = send(HttpRequest.newBuilder(URI.create(base + "/api/analyze")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"\\\"We will win,\\\" Zelensky said.\", \"published\": \"2025-05-15\"}")).build());
        assertEquals(200, analyzed.status(), analyzed.body());
        JsonNode a = analyzed.json();
        assertEquals("2025-05-15", a.get("published").asText());
        assertEquals("Zelensky", a.get("attributions").get(0).get("source").get("text").asText());
        Reply plain = send(HttpRequest.newBuilder(URI.create(base + "/api/analyze")).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("Kara-Murza said the talks were confidential.")).build());
        assertEquals(1, plain.json().get("attributions").size(), plain.body());
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
        assertError(send(HttpRequest.newBuilder(URI.create(base + "/api/analyze")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{not json")).build()), 400);
        byte[] big = new byte[DossierServer.MAX_BODY_BYTES + 10];
        java.util.Arrays.fill(big, (byte) 'a');
        assertError(send(HttpRequest.newBuilder(URI.create(base + "/api/analyze")).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofByteArray(big)).build()), 413);
        // Without a length up front (chunked), the cap still holds.
        assertError(send(HttpRequest.newBuilder(URI.create(base + "/api/analyze")).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big))).build()), 413);
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
                    "2025-05-02", text), SharedAnalyzer.get().analyze(text, org.dossier.ArticleInfo.NONE));
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
