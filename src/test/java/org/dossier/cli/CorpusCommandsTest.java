package org.dossier.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dossier.LoadsModels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ingest the bundled example corpus, then each query, in each output form. */
@LoadsModels
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

        // Putin's words in two articles are one statement; another attribution of the second article that
        // holds them too ("what he called ...") is a statement of its own: two reports are never one article's
        JsonNode putin = json("search", "\"position of Russia has not changed\"", "--db", db, "--json");
        List<JsonNode> twice = new java.util.ArrayList<>();
        for (JsonNode h : putin) if (h.get("reports").asInt() > 1) twice.add(h);
        assertEquals(1, twice.size(), putin.toPrettyString());
        assertEquals("Vladimir Putin", twice.get(0).get("speaker").asText());
        assertEquals(2, twice.get(0).get("reports").asInt());
        JsonNode reportsOfIt = json("statement", twice.get(0).get("statement").asText(), "--db", db, "--json").get("reports");
        assertEquals(2, new java.util.HashSet<>(reportsOfIt.findValuesAsText("published")).size(), reportsOfIt.toPrettyString());
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
    void badOptionValuesAreRefusedInWords() throws Exception {
        CliRun since = CliRun.withoutModels("quotes", "--by", "Kremlin", "--since", "2025-99-99", "--db", db);
        assertEquals(2, since.exit(), since.err());
        assertTrue(since.err().contains("--since") && since.err().contains("'2025-99-99' is not a date; use YYYY-MM-DD"), since.err());
        assertTrue(!since.err().contains("Exception") && !since.err().contains("java."), "no Java in it: " + since.err());
        for (String[] args : List.of(new String[] {"top-sources", "--limit", "-5"}, new String[] {"quotes", "--by", "Kremlin", "--limit", "0"},
                new String[] {"search", "Kremlin", "--limit", "x"})) {
            List<String> all = new java.util.ArrayList<>(List.of(args));
            all.addAll(List.of("--db", db));
            CliRun limit = CliRun.withoutModels(all.toArray(String[]::new));
            assertEquals(2, limit.exit(), limit.err());
            assertTrue(limit.err().contains("--limit") && limit.err().contains("is not a count"), limit.err());
        }
        // --all-types is taken by quotes as by entity and top-sources: every type, as without --type.
        assertEquals(json("quotes", "--by", "Kremlin", "--db", db, "--json"), json("quotes", "--by", "Kremlin", "--all-types", "--db", db, "--json"));
        CliRun both = CliRun.withoutModels("quotes", "--by", "Kremlin", "--all-types", "--type", "speech", "--db", db);
        assertEquals(1, both.exit());
        assertTrue(both.err().contains("not both"), both.err());
    }

    @Test
    void plainTextsGetTheirHeadlineAsTitleAndNoServerPathIsStored(@TempDir Path work) throws Exception {
        Path in = Files.createDirectories(work.resolve("news/politics"));
        Files.writeString(in.resolve("talks.txt"), "Minister hails Lisbon talks\n\nThe talks went well, Foreign Minister Anna Lindqvist told reporters on Monday.\n");
        Path outside = Files.writeString(work.resolve("secret.txt"), "The password is hunter2, the administrator said.\n");
        Files.createSymbolicLink(in.resolve("leak.txt"), outside);
        String store = work.resolve("news.db").toString();
        CliRun r = CliRun.of("ingest", work.resolve("news").toString(), "--db", store);
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("ingested 1,"), r.err());
        assertTrue(r.err().contains("warning: " + in.resolve("leak.txt") + ": a link to " + outside.toRealPath()), r.err());
        JsonNode found = json("search", "--articles", "Lisbon", "--db", store, "--json");
        assertEquals(1, found.size(), found.toPrettyString());
        assertEquals("Minister hails Lisbon talks", found.get(0).get("article").get("title").asText(), found.toPrettyString());
        assertEquals("politics/talks.txt", found.get(0).get("article").get("origin").asText(), "relative to the ingested folder");
        assertEquals(0, json("search", "--articles", "hunter2", "--db", store, "--json").size());
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

        // his name in Cyrillic finds what the English texts quote from him, by quotes and by search
        assertEquals(all, json("quotes", "--by", "Зеленский", "--db", db, "--json"));
        JsonNode searched = json("search", "Зеленський", "--db", db, "--json");
        assertTrue(searched.findValuesAsText("content").containsAll(contents.subList(0, Math.min(3, contents.size()))), searched.toPrettyString());

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
    void exportedEntitiesHoldEveryMentionWithItsArticle(@TempDir Path work) throws Exception {
        Path out = work.resolve("entities.jsonl");
        CliRun r = CliRun.withoutModels("export-entities", "--db", db, "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> lines = java.nio.file.Files.readAllLines(out);
        assertTrue(r.err().contains(lines.size() + " entities written"), r.err());
        JsonNode kyiv = null;
        for (String line : lines) {
            JsonNode e = JSON.readTree(line);
            if (e.get("name").asText().equals("Kyiv") || e.get("name").asText().equals("Kiev")) kyiv = e;
        }
        assertNotNull(kyiv, "Kyiv is exported");
        assertTrue(kyiv.get("names").get("en").size() >= 2, "Kiev and Kyiv, each with its articles: " + kyiv.get("names"));
        for (JsonNode m : kyiv.get("mentions")) {
            assertTrue(m.get("article").asText().startsWith("articles.jsonl"), m.toString());
            assertEquals("en", m.get("language").asText());
            assertEquals(m.get("end").asInt() - m.get("start").asInt(), m.get("text").asText().codePointCount(0, m.get("text").asText().length()), m.toString());
        }
        assertTrue(kyiv.get("mentions").size() >= kyiv.get("names").get("en").size(), kyiv.toString());
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

    @Test
    void badRecordsAreReportedAndBadMetadataDroppedWithAWarning() throws Exception {
        String text = JSON.readTree(Files.readAllLines(Path.of("examples/corpus/articles.jsonl")).get(0)).get("text").asText();
        ObjectMapper m = JSON;
        Path feed = Files.write(dir.resolve("bad.jsonl"), List.of(
                m.createObjectNode().put("id", "xss").put("url", "javascript:alert(11)").put("published", "2025/01/06").put("text", text).toString(),
                "{\"id\": \"number\", \"text\": 12345}",
                "{\"id\": \"object\", \"text\": {\"body\": \"x\"}}",
                "{\"id\": \"blank\", \"text\": \"   \"}"));
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Path db = dir.resolve("bad.db");
        CliRun r = CliRun.of("ingest", feed.toString(), empty.toString(), "--db", db.toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("5 inputs in 2 files"), r.err());
        assertTrue(r.err().contains("ingested 1, skipped 0 already in the store, 2 not articles, 2 failed, 2 warnings"), r.err());
        assertTrue(r.err().contains("failed: bad.jsonl:2 (number): \"text\" is a number, not a string"), r.err());
        assertTrue(r.err().contains("failed: bad.jsonl:3 (object): \"text\" is an object, not a string"), r.err());
        assertTrue(r.err().contains("not an article: bad.jsonl:4 (blank): the text is empty"), r.err());
        assertTrue(r.err().contains("not an article: empty.txt: the text is empty"), r.err());
        assertTrue(r.err().contains("warning: bad.jsonl:1 (xss): URL \"javascript:alert(11)\" dropped"), r.err());
        assertTrue(r.err().contains("warning: bad.jsonl:1 (xss): date \"2025/01/06\" not understood"), r.err());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*), max(url), max(published), max(origin) FROM articles")) {
            assertEquals(1, rs.getInt(1), "only the article with a text is stored");
            assertNull(rs.getString(2));
            assertNull(rs.getString(3));
            assertTrue(rs.getString(4).endsWith("(xss)"), rs.getString(4));
        }
    }

    @Test
    void aStoreThatCannotBeUsedFailsBeforeTheModelsLoad() throws Exception {
        Path article = Files.writeString(dir.resolve("one.txt"), "The mayor said the bridge would reopen.");
        Path folder = Files.createDirectories(dir.resolve("folder.db"));
        Path notSqlite = Files.writeString(dir.resolve("notes.db"), "just some notes");
        Path otherSqlite = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + otherSqlite); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE things (x)");
        }
        for (String[] command : List.of(new String[] {"ingest", article.toString()}, new String[] {"search", "bridge"},
                new String[] {"serve", "--port", "0"}, new String[] {"top-sources"})) {
            for (Path store : List.of(folder, notSqlite, otherSqlite)) {
                List<String> args = new java.util.ArrayList<>(List.of(command));
                args.addAll(List.of("--db", store.toString()));
                CliRun r = CliRun.withoutModels(args.toArray(String[]::new));
                assertEquals(1, r.exit(), String.join(" ", args) + ": " + r.err());
                String expected = store == folder ? store + " is a directory, not a Dossier store"
                        : store == notSqlite ? store + " is not a Dossier store (not an SQLite database)"
                        : store + " is an SQLite database but not a Dossier store";
                assertTrue(r.err().startsWith("dossier " + command[0] + ": " + expected), String.join(" ", args) + ": " + r.err());
                assertEquals(1, r.err().lines().count(), "one line: " + r.err());
            }
        }
        assertEquals("just some notes", Files.readString(notSqlite), "left as it was");
    }

    @Test
    void anArticleOverTheAnalyzersCapFailsBeforeTheModelsLoad() throws Exception {
        Path big = Files.writeString(dir.resolve("big.txt"), "Words. ".repeat(org.dossier.text.ArticleLength.MAX_CHARS / 7 + 1));
        Path db = dir.resolve("big.db");
        CliRun r = CliRun.withoutModels("ingest", big.toString(), "--db", db.toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("1 input in 1 file"), r.err());
        assertTrue(r.err().contains("failed: big.txt: text is 2,000,005 characters long; Dossier analyzes articles of up to 2,000,000"),
                r.err());
        CliRun analyze = CliRun.withoutModels("analyze", big.toString());
        assertEquals(1, analyze.exit(), analyze.err());
        assertTrue(analyze.err().contains("text is 2,000,005 characters long"), analyze.err());
    }
}
