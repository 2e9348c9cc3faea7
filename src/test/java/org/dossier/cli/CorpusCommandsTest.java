package org.dossier.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ingest the bundled example corpus, then each query, in each output form. */
class CorpusCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    static String db;

    @BeforeAll
    static void ingest() {
        db = dir.resolve("corpus.db").toString();
        CliRun r = CliRun.of("ingest", "examples/corpus", "--db", db);
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("ingested 12, skipped 0"), r.err());
        assertTrue(r.err().contains("12/12 articles"), "progress is shown: " + r.err());
    }

    private static JsonNode json(String... args) throws Exception {
        CliRun r = CliRun.of(args);
        assertEquals(0, r.exit(), r.err());
        return JSON.readTree(r.out());
    }

    @Test
    void reingestingAddsNothing() throws Exception {
        CliRun again = CliRun.of("ingest", "examples/corpus", "--db", db);
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.err().contains("ingested 0, skipped 12"), again.err());

        // The same text under another name and URL is the same article.
        String text = JSON.readTree(Files.readAllLines(Path.of("examples/corpus/articles.jsonl")).get(0)).get("text").asText();
        Path copy = Files.writeString(dir.resolve("copy.txt"), "\n" + text.replace("\n\n", "\n  \n") + "\n");
        Files.writeString(dir.resolve("copy.meta.json"), "{\"url\": \"https://elsewhere.example/copy\"}");
        CliRun txt = CliRun.of("ingest", copy.toString(), "--db", db);
        assertTrue(txt.err().contains("ingested 0, skipped 1"), txt.err());
    }

    @Test
    void syndicatedQuoteIsOneStatementWithAllItsReports() throws Exception {
        // Besides Zelensky's words, the search finds the Daily Herald's "according to Example Wire" report of them.
        JsonNode hits = json("search", "trade our land for a ceasefire", "--db", db, "--json");
        // "..., Zelenskyy told reporters ..., according to Example Wire" is Zelenskyy's statement, relayed, not the wire's
        for (JsonNode h : hits) assertTrue(!h.get("speaker").asText().equals("Example Wire"), hits.toPrettyString());
        List<JsonNode> zelensky = new java.util.ArrayList<>();
        for (JsonNode h : hits) if (h.get("speaker").asText().startsWith("Volodymyr Zelensk")) zelensky.add(h);
        assertEquals(1, zelensky.size(), hits.toPrettyString());
        JsonNode q = zelensky.get(0);
        assertEquals(2, q.get("reports").asInt(), "Example Wire and the Daily Herald both carry it");
        assertEquals("2025-02-10", q.get("article").get("published").asText(), "the first report");

        JsonNode reports = json("statement", q.get("statement").asText(), "--db", db, "--json").get("reports");
        assertEquals(List.of("Example Wire", "Daily Herald"), reports.findValuesAsText("publisher"));
        assertEquals(List.of("2025-02-10", "2025-02-11"), reports.findValuesAsText("published"));
        CliRun table = CliRun.of("statement", q.get("statement").asText(), "--db", db);
        assertTrue(table.out().startsWith("Volodymyr Zelensk") && table.out().contains("Daily Herald"), table.out());
        assertEquals(1, CliRun.of("statement", "999999", "--db", db).exit());

        JsonNode putin = json("search", "\"position of Russia has not changed\"", "--db", db, "--json");
        assertEquals(1, putin.size(), putin.toPrettyString());
        assertEquals("Vladimir Putin", putin.get(0).get("speaker").asText());
        assertEquals(2, putin.get(0).get("reports").asInt());
    }

    @Test
    void onlySpeechCountsAsStatementsUnlessAllTypesAreAsked() throws Exception {
        // "The Kremlin did not comment on the strike" is kept as a refusal, never counted as said
        JsonNode kremlin = json("quotes", "--by", "Kremlin", "--db", db, "--json");
        List<String> types = kremlin.findValuesAsText("type");
        assertTrue(types.contains("refusal"), kremlin.toPrettyString());
        JsonNode speech = json("quotes", "--by", "Kremlin", "--type", "speech", "--db", db, "--json");
        assertEquals(types.size() - java.util.Collections.frequency(types, "refusal"), speech.size());
        int counted = -1, all = -1;
        for (JsonNode s : json("top-sources", "--db", db, "--json", "--limit", "50")) if (s.get("name").asText().equals("Kremlin")) counted = s.get("statements").asInt();
        for (JsonNode s : json("top-sources", "--all-types", "--db", db, "--json", "--limit", "50")) if (s.get("name").asText().equals("Kremlin")) all = s.get("statements").asInt();
        assertEquals(types.size(), all);
        assertEquals(speech.size(), counted);
        // acts are other: "ordered the invasion", "testified before a grand jury"
        for (String act : List.of("grand jury", "invasion")) {
            for (JsonNode h : json("search", act, "--db", db, "--json")) assertEquals("other", h.get("type").asText(), h.toPrettyString());
        }
        assertEquals(1, CliRun.of("quotes", "--by", "Kremlin", "--type", "gossip", "--db", db).exit());
        assertEquals(counted, json("entity", "Kremlin", "--db", db, "--json").get("statements").asInt());
        assertEquals(all, json("entity", "Kremlin", "--all-types", "--db", db, "--json").get("statements").asInt());
    }

    @Test
    void quotesByASpellingVariantWithDates() throws Exception {
        JsonNode all = json("quotes", "--by", "Zelenskiy", "--db", db, "--json");
        List<String> contents = all.findValuesAsText("content");
        assertTrue(contents.stream().anyMatch(c -> c.contains("Every delay costs lives")), contents.toString());
        assertTrue(contents.stream().anyMatch(c -> c.contains("trade our land")), contents.toString());
        JsonNode april = json("quotes", "--by", "Zelenskiy", "--since", "2025-04-01", "--db", db, "--json");
        assertTrue(april.size() >= 1 && april.size() < all.size(), april.toPrettyString());
        for (JsonNode q : april) assertTrue(q.get("article").get("published").asText().compareTo("2025-04-01") >= 0);

        CliRun none = CliRun.of("quotes", "--by", "Nobody Atall", "--db", db);
        assertEquals(1, none.exit());
        assertTrue(none.err().contains("no entity named 'Nobody Atall'"), none.err());
    }

    @Test
    void entityProfileGathersSpellingsAndCompany() throws Exception {
        JsonNode kyiv = json("entity", "Kiev", "--db", db, "--json");
        assertEquals("LOCATION", kyiv.get("type").asText());
        String text = kyiv.get("aliases").toString();
        assertTrue(text.contains("\"Kiev\"") && text.contains("\"Kyiv\""), text);
        assertTrue(kyiv.get("articles").asInt() >= 4, kyiv.toString());

        JsonNode hillary = json("entity", "Hillary", "Clinton", "--db", db, "--json");
        assertTrue(hillary.get("quotedAlongside").toString().contains("Tim Kaine"), hillary.toString());
        assertTrue(hillary.get("statements").asInt() >= 2, hillary.toString());
        assertTrue(hillary.get("quotesByMonth").toString().contains("2016-09"), hillary.toString());

        CliRun table = CliRun.of("entity", "Navalnyy", "--db", db);
        assertEquals(0, table.exit(), table.err());
        assertTrue(table.out().contains("Alexei Navalny") && table.out().contains("Alexey Navalnyy"), table.out());
        String aliases = json("entity", "Navalnyy", "--db", db, "--json").get("aliases").toString();
        assertTrue(!aliases.contains("Navalnaya"), "his widow is another person: " + aliases);
        assertTrue(table.out().contains("Yulia Navalnaya widow_of Alexei Navalny"), "and related to him: " + table.out());
    }

    @Test
    void topSourcesAsCsvAndByPublisher() throws Exception {
        CliRun csv = CliRun.of("top-sources", "--db", db, "--csv");
        assertEquals(0, csv.exit(), csv.err());
        List<String> lines = csv.out().lines().toList();
        assertEquals("rank,entity,type,statements,reports,articles", lines.get(0));
        int previous = Integer.MAX_VALUE;
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            int statements = Integer.parseInt(cells[cells.length - 3]);
            assertTrue(statements <= previous, "ranked by statements: " + csv.out());
            previous = statements;
        }
        assertTrue(csv.out().contains("Zelensk"), csv.out());

        JsonNode capitol = json("top-sources", "--publisher", "Capitol Report", "--db", db, "--json");
        List<String> names = capitol.findValuesAsText("name");
        assertTrue(names.contains("Hillary Clinton"), names.toString());
        assertTrue(!names.contains("Vladimir Putin"), "Capitol Report never quoted Putin: " + names);
    }

    @Test
    void searchArticleTextWithFilters() throws Exception {
        JsonNode hits = json("search", "--articles", "Kharkiv", "--db", db, "--json");
        assertTrue(hits.size() >= 2, hits.toPrettyString());
        for (JsonNode h : hits) assertTrue(h.get("snippet").asText().contains("[Kharkiv]"), h.toString());
        JsonNode april = json("search", "--articles", "Kharkiv", "--since", "2025-04-01", "--db", db, "--json");
        assertEquals(List.of("Missile strike hits Kharkiv"), april.findValuesAsText("title"));
    }

    @Test
    void missingStoreIsAClearError() {
        CliRun r = CliRun.of("search", "anything", "--db", dir.resolve("none.db").toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("no such store"), r.err());
    }
}
