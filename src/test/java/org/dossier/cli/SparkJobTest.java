package org.dossier.cli;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dossier.LoadsModels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Spark job in local mode against the single-machine path on the same articles: the bundled
 * corpus (one article with a javascript: URL and a date that cannot be read), plus a repeat, a
 * line that is not JSON, a record without text, one whose text is a number and one whose text is blank.
 */
@LoadsModels
class SparkJobTest {
    @TempDir
    static Path dir;

    static Path input, sparkDb, ingestDb;
    static CliRun spark;

    @BeforeAll
    static void runBoth() throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(Path.of("examples/corpus/articles.jsonl")));
        lines.add(lines.get(3).replaceFirst("\"id\": \"[^\"]*\"", "\"id\": \"again\"").replaceFirst("\"url\": \"[^\"]*\"", "\"url\": \"https://mirror.example/x\""));
        lines.add("{\"id\": \"broken\", \"text\": \"unterminated");
        lines.add("{\"id\": \"empty\", \"title\": \"no body\"}");
        lines.set(5, lines.get(5).replaceFirst("\"url\": \"[^\"]*\"", "\"url\": \"javascript:alert(11)\"")
                .replaceFirst("\"published\": \"[^\"]*\"", "\"published\": \"2025/01/06\", \"lang\": \"english\""));
        lines.add("{\"id\": \"number\", \"text\": 12345}");
        lines.add("{\"id\": \"blank\", \"text\": \" \"}");
        input = Files.write(Files.createDirectories(dir.resolve("in")).resolve("in.jsonl"), lines);
        // A link that leaves the input folder is not read: the counts below hold only in.jsonl's records.
        Path outside = Files.write(dir.resolve("outside.jsonl"), List.of(lines.get(0).replaceFirst("\"id\": \"[^\"]*\"", "\"id\": \"leak\"")
                .replaceFirst("\"text\": \"", "\"text\": \"Leaked. ")));
        Files.createSymbolicLink(dir.resolve("in/leak.jsonl"), outside);
        spark = CliRun.of("spark", "--master", "local[2]", "--in", dir.resolve("in").toString(), "--out", dir.resolve("out").toString());
        sparkDb = dir.resolve("spark.db");
        ingestDb = dir.resolve("ingest.db");
        CliRun ingest = CliRun.of("ingest", input.toString(), "--db", ingestDb.toString());
        assertEquals(2, ingest.exit(), ingest.err());
    }

    @Test
    void jobReportsArticlesRepeatsAndErrors() throws Exception {
        assertEquals(2, spark.exit(), spark.err());  // some records failed, the job completed
        assertTrue(spark.out().contains("| 17 | 12 | 1 | 4 | 3 |"), spark.out());
        assertTrue(spark.err().contains("warning: " + dir.resolve("in/leak.jsonl") + ": a link to " + dir.resolve("outside.jsonl").toRealPath()),
                spark.err());
        try (SparkSession s = SparkSession.builder().master("local[1]").config("spark.ui.enabled", "false").getOrCreate()) {
            Set<String> reasons = new TreeSet<>();
            for (Row r : s.read().parquet(dir.resolve("out/errors").toString()).collectAsList()) {
                assertTrue(r.getAs("origin").toString().startsWith("in.jsonl #"), "no path on this machine: " + r.getAs("origin"));
                reasons.add(r.getAs("origin").toString().replaceAll(".*[ (#]", "") + ": " + r.<String>getAs("reason").replaceFirst("^(not JSON)\\b.*", "$1"));
            }
            assertEquals(Set.of("14: not JSON",
                    "empty): no \"text\" field", "number): \"text\" is a number, not a string", "blank): not an article: the text is empty"),
                    reasons);
            List<String> warnings = new ArrayList<>();
            for (Row r : s.read().parquet(dir.resolve("out/warnings").toString()).orderBy("warning").collectAsList()) {
                warnings.add(r.getLong(0) + ": " + r.getAs("warning"));
            }
            assertEquals(List.of("6: URL \"javascript:alert(11)\" dropped: only http and https addresses are kept",
                    "6: date \"2025/01/06\" not understood (use YYYY-MM-DD); kept empty",
                    "6: lang \"english\" dropped: not an ISO 639-1 language code: for English give en"), warnings);
            List<Row> languages = s.read().parquet(dir.resolve("out/articles").toString()).groupBy("language").count().collectAsList();
            assertEquals("[[en,12]]", languages.toString(), "each article's language, as the store has it");
        }
    }

    @Test
    void importedStoreHoldsWhatIngestWould() throws Exception {
        CliRun imported = CliRun.of("import", dir.resolve("out").toString(), "--db", sparkDb.toString());
        assertEquals(0, imported.exit(), imported.err() + imported.out());
        assertTrue(imported.out().contains("| attributions | 45 | 45 |"), imported.out());

        String attributions = "SELECT a.url, t.local_id, t.kind, t.type, t.source_text, t.cue, t.content, t.content_start, t.content_end, "
                + "t.confidence, t.publisher, t.published FROM attributions t JOIN articles a ON a.id = t.article_id ORDER BY 1, 2";
        List<String> expected = rows(ingestDb, attributions);
        assertEquals(45, expected.size());
        assertEquals(expected, rows(sparkDb, attributions));
        String languages = "SELECT url, language FROM articles ORDER BY 1";
        assertEquals(rows(ingestDb, languages), rows(sparkDb, languages));

        // The same corpus entities: each entity as the set of article mentions resolved to it.
        String partition = "SELECT group_concat(a.url || '#' || ae.local_id, ' ') FROM (SELECT * FROM article_entities "
                + "ORDER BY article_id, local_id) ae JOIN articles a ON a.id = ae.article_id WHERE entity_id IS NOT NULL GROUP BY entity_id";
        assertEquals(new TreeSet<>(rows(ingestDb, partition)), new TreeSet<>(rows(sparkDb, partition)));

        // Statements, counts and facts as ingest keeps them, seen through the queries.
        String speakers = "SELECT e.name, e.articles, e.mentions, e.statements, e.reports FROM entities e ORDER BY 1, 2, 3";
        assertEquals(rows(ingestDb, speakers), rows(sparkDb, speakers));
        for (String q : List.of("top-sources", "quotes --by Zelensky")) {
            List<String> args = new ArrayList<>(List.of(q.split(" ")));
            CliRun a = CliRun.of(concat(args, "--db", ingestDb.toString())), b = CliRun.of(concat(args, "--db", sparkDb.toString()));
            assertEquals(0, b.exit(), b.err());
            assertTrue(b.out().lines().count() > 3, b.out());
            assertEquals(a.out(), b.out(), q);
        }
    }

    @Test
    void importDropsAnArticleUrlThatIsNotHttp() throws Exception {
        Path copy = dir.resolve("out-edited");
        try (var files = Files.walk(dir.resolve("out"))) {
            for (Path f : files.toList()) {
                if (!f.toString().contains("/articles")) Files.copy(f, copy.resolve(dir.resolve("out").relativize(f).toString()));
            }
        }
        try (SparkSession s = SparkSession.builder().master("local[1]").config("spark.ui.enabled", "false").getOrCreate()) {
            s.read().parquet(dir.resolve("out/articles").toString())
                    .withColumn("url", org.apache.spark.sql.functions.when(org.apache.spark.sql.functions.col("id").equalTo(1),
                            "data:text/html,<script>alert(1)</script>").otherwise(org.apache.spark.sql.functions.col("url")))
                    .write().parquet(copy.resolve("articles").toString());
        }
        Path db = dir.resolve("edited.db");
        CliRun imported = CliRun.of("import", copy.toString(), "--db", db.toString());
        assertEquals(0, imported.exit(), imported.err());
        assertTrue(imported.err().contains("1 warning"), imported.err());
        assertTrue(imported.err().contains("warning: article 1 (") && imported.err().contains("URL \"data:text/html,<script>alert(1)</script>\" dropped"),
                imported.err());
        assertEquals(List.of("null|"), rows(db, "SELECT url FROM articles WHERE id = 1"));
    }

    @Test
    void ingestIntoAnImportedStoreResolvesAgainstItsEntities() throws Exception {
        Path db = dir.resolve("grown.db");
        assertEquals(0, CliRun.of("import", dir.resolve("out").toString(), "--db", db.toString()).exit());
        String zelensky = "SELECT count(*), min(id) FROM entities WHERE name LIKE '%Zelensk%'";
        List<String> before = rows(db, zelensky);
        Path more = Files.writeString(dir.resolve("more.jsonl"), "{\"id\": \"new\", \"published\": \"2025-06-01\", \"text\": "
                + "\"Ukrainian President Volodymyr Zelenskyy said on Sunday that talks would resume. \\\"We are ready,\\\" Zelenskyy said.\"}\n");
        CliRun ingest = CliRun.of("ingest", more.toString(), "--db", db.toString());
        assertEquals(0, ingest.exit(), ingest.err());
        assertTrue(ingest.err().contains("ingested 1"), ingest.err());
        assertEquals(before, rows(db, zelensky));  // the same Zelensky, not a new one
        assertEquals(List.of("1|"), rows(db, "SELECT count(*) FROM article_entities ae JOIN articles a ON a.id = ae.article_id "
                + "WHERE a.origin LIKE '%(new)' AND ae.entity_id = (SELECT min(id) FROM entities WHERE name LIKE '%Zelensk%')"));
    }

    @Test
    void readsParquetArticles() throws Exception {
        Path parquet = dir.resolve("articles.parquet");
        try (SparkSession s = SparkSession.builder().master("local[1]").config("spark.ui.enabled", "false").getOrCreate()) {
            // Two articles, with the date as a DATE column rather than text, and a lang that is not a language code.
            s.read().json(Path.of("examples/corpus/articles.jsonl").toString()).limit(2)
                    .withColumn("published", org.apache.spark.sql.functions.to_date(org.apache.spark.sql.functions.col("published")))
                    .withColumn("lang", org.apache.spark.sql.functions.lit("english"))
                    .write().parquet(parquet.toString());
        }
        CliRun r = CliRun.of("spark", "--master", "local[1]", "--in", parquet.toString(), "--out", dir.resolve("pq").toString(), "--lang", "en");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("| 2 | 2 | 0 | 0 | 2 |"), "the lang column is read: " + r.out());
        CliRun imported = CliRun.of("import", dir.resolve("pq").toString(), "--db", dir.resolve("pq.db").toString());
        assertEquals(0, imported.exit(), imported.err());
        assertEquals(List.of("2025-02-10|"), rows(dir.resolve("pq.db"), "SELECT min(published) FROM articles"));
    }

    @Test
    void importRefusesAnExistingStoreAndAFolderThatIsNotAJobOutput() throws Exception {
        CliRun notJob = CliRun.of("import", dir.toString(), "--db", dir.resolve("x.db").toString());
        assertEquals(1, notJob.exit());
        assertTrue(notJob.err().contains("not the output of a finished `dossier spark` run"), notJob.err());
        CliRun existing = CliRun.of("import", dir.resolve("out").toString(), "--db", ingestDb.toString());
        assertEquals(1, existing.exit());
        assertTrue(existing.err().contains("already exists"), existing.err());
        Path older = Files.createDirectories(dir.resolve("older"));
        Files.writeString(older.resolve("_dossier.json"), Files.readString(dir.resolve("out/_dossier.json"))
                .replace("dossier-spark-2", "dossier-spark-1"));
        CliRun old = CliRun.of("import", older.toString(), "--db", dir.resolve("older.db").toString());
        assertEquals(1, old.exit());
        assertTrue(old.err().contains(older + " is in format dossier-spark-1; this Dossier imports dossier-spark-2 (each article's "
                + "language): run `dossier spark` again"), old.err());
        CliRun again = CliRun.of("spark", "--master", "local[1]", "--in", input.toString(), "--out", dir.resolve("out").toString());
        assertEquals(1, again.exit());
        assertTrue(again.err().contains("is not empty"), again.err());
    }

    private static String[] concat(List<String> args, String... more) {
        List<String> all = new ArrayList<>(args);
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    private static List<String> rows(Path db, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= n; i++) b.append(rs.getString(i)).append('|');
                out.add(b.toString());
            }
        }
        return out;
    }
}
