package org.dossier.cli;

import org.dossier.LoadsModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An ingest killed with SIGKILL part-way resumes on the next run, nothing lost and nothing doubled;
 * one stopped with SIGTERM ends after its current article with the summary.
 */
@LoadsModels
class IngestResumeTest {
    @TempDir
    Path dir;

    @Test
    void killedIngestResumesWithNothingLostOrDoubled() throws Exception {
        Path db = dir.resolve("corpus.db");
        String input = "examples/corpus/articles.jsonl";
        long total = Files.readAllLines(Path.of(input)).stream().filter(l -> !l.isBlank()).count();

        Process child = ingestUntilTheFirstArticleIsIn(input, db);
        child.destroyForcibly();  // SIGKILL: no shutdown hooks, no rollback, mid-write
        child.waitFor();
        long afterKill = count(db, "SELECT count(*) FROM articles");
        assertTrue(afterKill >= 1 && afterKill < total, "killed part-way: " + afterKill + " of " + total + " in; "
                + Files.readString(dir.resolve("child.log")));
        assertEquals("ok", string(db, "PRAGMA integrity_check"));

        CliRun resumed = CliRun.of("ingest", input, "--db", db.toString());
        assertEquals(0, resumed.exit(), resumed.err());
        assertTrue(resumed.err().contains("ingested " + (total - afterKill) + ", skipped " + afterKill), resumed.err());

        assertEquals(total, count(db, "SELECT count(*) FROM articles"));
        assertEquals(total, count(db, "SELECT count(DISTINCT text_sha256) FROM articles"));
        assertEquals(0, count(db, "SELECT count(*) FROM attributions WHERE statement_id NOT IN (SELECT id FROM statements)"));
        assertEquals(0, count(db, "SELECT count(*) FROM statements WHERE id NOT IN (SELECT statement_id FROM attributions)"),
                "no statement left from a rolled-back article");
        assertEquals(count(db, "SELECT count(*) FROM (SELECT DISTINCT statement_id, article_id FROM attributions)"),
                count(db, "SELECT sum(reports) FROM statements"), "report counts match the reports stored");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            for (String fts : List.of("articles_fts", "statements_fts")) {
                s.execute("INSERT INTO " + fts + " (" + fts + ") VALUES ('integrity-check')");  // throws if index and table disagree
            }
        }
    }

    @Test
    void sigtermStopsAfterTheCurrentArticleAndPrintsTheSummary() throws Exception {
        Path db = dir.resolve("corpus.db");
        String input = "examples/corpus/articles.jsonl";
        long total = Files.readAllLines(Path.of(input)).stream().filter(l -> !l.isBlank()).count();

        Process child = ingestUntilTheFirstArticleIsIn(input, db);
        child.destroy();  // SIGTERM
        assertTrue(child.waitFor(3, TimeUnit.MINUTES), "the child ends after its current article");
        String log = Files.readString(dir.resolve("child.log"));
        assertEquals(143, child.exitValue(), log);
        long in = count(db, "SELECT count(*) FROM articles");
        assertTrue(in >= 1 && in < total, in + " of " + total + ": " + log);
        assertTrue(log.contains("dossier: ingested " + in + ", skipped 0 already in the store"), "the summary counts what is in: " + log);
        assertTrue(log.contains("stopped before the end; run the same command again to resume"), log);
    }

    /** An ingest in a child JVM, once it has committed its first article; its output goes to child.log. */
    private Process ingestUntilTheFirstArticleIsIn(String input, Path db) throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx2g",
                "-cp", System.getProperty("java.class.path"), "org.dossier.cli.Main", "ingest", input, "--db", db.toString(),
                "--threads", "1")
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        long committed = 0;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (committed == 0 && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
            if (Files.exists(db)) committed = committedArticles(db);
        }
        return child;
    }

    /** Articles committed so far; 0 while the child is still creating the tables. */
    private static long committedArticles(Path db) {
        try {
            return count(db, "SELECT count(*) FROM articles");
        } catch (Exception e) {
            return 0;
        }
    }

    private static long count(Path db, String sql) throws Exception {
        return Long.parseLong(string(db, sql));
    }

    private static String string(Path db, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
