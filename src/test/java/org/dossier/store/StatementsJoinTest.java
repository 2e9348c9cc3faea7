package org.dossier.store;

import org.dossier.ArticleInfo;
import org.dossier.LoadsModels;
import org.dossier.SharedAnalyzer;
import org.dossier.ingest.SourceArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A statement is one thing one entity said, reported by several articles: hand-written articles in a fresh store. */
@LoadsModels
class StatementsJoinTest {
    @TempDir
    Path dir;

    private static final String CLAIM = "the new tax on fuel would hurt families in rural areas across the country";

    @Test
    void aStatementJoinsOneSpeakersReportsFromDifferentArticles() throws Exception {
        Path db = dir.resolve("s.db");
        try (CorpusStore store = CorpusStore.open(db)) {
            // one article: the same words from Labour, from campaigners (no entity) and from Labour again
            add(store, "a", "Labour said " + CLAIM + ".\n\nCampaigners said " + CLAIM + ".\n\nLater, Labour insisted again that " + CLAIM + ".");
            add(store, "b", "On Monday, Labour said that " + CLAIM + ".");
        }
        try (Connection c = CorpusStore.connect(db, true); Statement s = c.createStatement()) {
            // no statement holds two reports of one article, nor reports of different speakers
            try (ResultSet rs = s.executeQuery("SELECT statement_id, count(*), count(DISTINCT article_id), "
                    + "count(DISTINCT coalesce(source_entity_id, -1)) FROM attributions GROUP BY statement_id")) {
                while (rs.next()) {
                    assertEquals(rs.getInt(2), rs.getInt(3), "statement " + rs.getLong(1) + " has two reports in one article");
                    assertEquals(1, rs.getInt(4), "statement " + rs.getLong(1) + " joins different speakers");
                }
            }
            // Labour's words in the second article are the first article's statement, reported twice
            try (ResultSet rs = s.executeQuery("SELECT max(s.reports) FROM statements s JOIN entities e ON e.id = s.speaker_id "
                    + "WHERE e.name = 'Labour'")) {
                assertTrue(rs.next());
                assertEquals(2, rs.getInt(1));
            }
        }
    }

    private static void add(CorpusStore store, String name, String text) throws Exception {
        SourceArticle a = new SourceArticle(name + ".txt", null, "Fuel tax " + name, "Example News", null, "2005-01-1" + name.length(), "en", text);
        store.add(a, SharedAnalyzer.get().analyze(a.text(), new ArticleInfo(a.title(), a.published())));
    }
}
