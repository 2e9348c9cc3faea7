package org.dossier.store;

import org.dossier.ArticleInfo;
import org.dossier.LoadsModels;
import org.dossier.SharedAnalyzer;
import org.dossier.ingest.ArticleReader;
import org.dossier.ingest.SourceArticle;
import org.dossier.model.Analysis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@LoadsModels
class CorpusStoreTest {
    @TempDir
    Path dir;

    private static final List<String> COUNTS = List.of(
            "SELECT id, articles, mentions, statements, reports FROM entities ORDER BY id",
            "SELECT id, reports FROM statements ORDER BY id",
            "SELECT * FROM entity_months ORDER BY 1, 2",
            "SELECT * FROM entity_names ORDER BY 1, 2, 3",
            "SELECT * FROM co_quoted ORDER BY 1, 2",
            "SELECT * FROM publisher_sources ORDER BY 1, 2",
            "SELECT * FROM entity_facts ORDER BY 1, 2, 3, 4, 5");

    /** The counts kept article by article are the ones a full recount gives. */
    @Test
    void countsKeptWhileAddingEqualAFullRecount() throws Exception {
        Path db = dir.resolve("c.db");
        List<List<String>> kept;
        try (CorpusStore store = CorpusStore.open(db)) {
            List<SourceArticle> articles = new ArrayList<>();
            ArticleReader.of(List.of(Path.of("examples/corpus"))).forEach(in -> articles.add(in.article()));
            for (SourceArticle a : articles) store.add(a, SharedAnalyzer.get().analyze(a.text(), new ArticleInfo(a.title(), a.published(), a.language())));
            kept = snapshot(db);
            store.rebuildCounts();
        }
        List<List<String>> recounted = snapshot(db);
        assertTrue(kept.get(0).size() > 30 && kept.get(3).size() > 5, "the corpus gives something to count: " + kept);
        for (int i = 0; i < COUNTS.size(); i++) assertEquals(recounted.get(i), kept.get(i), COUNTS.get(i));
    }

    @Test
    void anArticlesLanguageIsStoredAndReadBack() throws Exception {
        Path db = dir.resolve("lang.db");
        String text = "Зеленський заявив, що переговори тривають.";
        long id;
        try (CorpusStore store = CorpusStore.open(db)) {
            Analysis analysis = new Analysis("test", "uk", null, null, text.codePointCount(0, text.length()),
                    List.of(), List.of(), List.of(), List.of(), List.of());
            id = store.add(new SourceArticle("uk.txt", null, null, null, null, null, "uk", text), analysis);
        }
        try (CorpusQueries q = CorpusQueries.open(db)) {
            assertEquals("uk", q.article(id).orElseThrow().article().language());
        }
    }

    /** A store of the previous schema version (before each article's language) is refused, in words, not opened. */
    @Test
    void aStoreOfAnOlderSchemaIsRefusedClearly() throws Exception {
        Path db = dir.resolve("old.db");
        CorpusStore.open(db).close();
        // made as a version-2 store was: without the language column, and marked 2
        try (Connection c = CorpusStore.connect(db, false); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE articles DROP COLUMN language");
            s.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'");
        }
        String expected = db + " has store schema version 2; this Dossier reads version 5 (name keys that fold transcriptions and Bulgarian articles): "
                + "ingest the articles into a new store";
        assertEquals(expected, CorpusStore.problemWith(db, true));
        assertEquals(expected, assertThrows(SQLException.class, () -> CorpusStore.open(db)).getMessage());
    }

    private static List<List<String>> snapshot(Path db) throws Exception {
        List<List<String>> out = new ArrayList<>();
        try (Connection c = CorpusStore.connect(db, true); Statement s = c.createStatement()) {
            for (String q : COUNTS) {
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = s.executeQuery(q)) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder b = new StringBuilder();
                        for (int i = 1; i <= n; i++) b.append(rs.getString(i)).append('|');
                        rows.add(b.toString());
                    }
                }
                out.add(rows);
            }
        }
        return out;
    }
}
