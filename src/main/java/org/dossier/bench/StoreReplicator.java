package org.dossier.bench;

import org.dossier.store.CorpusStore;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Grows a corpus store for benchmarks by copying its real analyses under new ids until it holds a
 * target number of attributions. Copies get dates spread over ten years and one of twenty
 * publishers, so that date and publisher filters have something to filter; their statements stay
 * separate statements, as if other articles had said other things, so that full-text search has
 * the target number of quotes to search.
 */
public final class StoreReplicator {
    private StoreReplicator() {}

    /** Copies the store's articles until it holds at least {@code attributions}; returns how many it holds. */
    public static long growTo(Path db, long attributions) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("PRAGMA synchronous = OFF");  // a benchmark store: rebuilt rather than recovered
            long articles = one(s, "SELECT max(id) FROM articles");
            long statements = one(s, "SELECT max(id) FROM statements");
            long base = one(s, "SELECT count(*) FROM attributions");
            long attributionIds = one(s, "SELECT max(id) FROM attributions");
            if (base == 0) throw new SQLException("the store holds no attributions to copy");
            c.setAutoCommit(false);
            s.executeUpdate("UPDATE articles SET published = date('2016-01-01', '+' || (id * 37 % 3650) || ' days'), "
                    + "publisher = 'Publisher ' || (id % 20) WHERE published IS NULL");
            long copies = (attributions + base - 1) / base - 1;
            for (long k = 1; k <= copies; k++) {
                long a = k * articles, st = k * statements, at = k * attributionIds;
                s.executeUpdate("INSERT INTO articles (id, url, text_sha256, title, publisher, byline, published, language, origin, text, analysis, ingested_at) "
                        + "SELECT id + " + a + ", 'bench:' || (id + " + a + "), text_sha256 || '-" + k + "', title, 'Publisher ' || ((id + " + k
                        + ") % 20), byline, date('2016-01-01', '+' || ((id + " + a + ") * 37 % 3650) || ' days'), language, origin, text, analysis, ingested_at "
                        + "FROM articles WHERE id <= " + articles);
                s.executeUpdate("INSERT INTO article_entities SELECT article_id + " + a + ", local_id, entity_id, type, name, NULL "
                        + "FROM article_entities WHERE article_id <= " + articles);
                s.executeUpdate("INSERT INTO mentions SELECT article_id + " + a + ", local_id, start, end, text FROM mentions WHERE article_id <= " + articles);
                s.executeUpdate("INSERT INTO relations SELECT article_id + " + a + ", subject_id, predicate, object_id, object_text, "
                        + "evidence_start, evidence_end FROM relations WHERE article_id <= " + articles);
                s.executeUpdate("INSERT INTO times SELECT article_id + " + a + ", start, end, text, value, event FROM times WHERE article_id <= " + articles);
                s.executeUpdate("INSERT INTO stances SELECT article_id + " + a + ", holder_id, holder_text, target_id, target_text, polarity, "
                        + "kind, evidence_start, evidence_end FROM stances WHERE article_id <= " + articles);
                s.executeUpdate("INSERT INTO statements (id, speaker_id, content, first_article_id, first_published, reports, type) "
                        + "SELECT id + " + st + ", speaker_id, content, first_article_id + " + a + ", NULL, reports, type "
                        + "FROM statements WHERE id <= " + statements);
                s.executeUpdate("INSERT INTO attributions (id, article_id, local_id, statement_id, kind, type, source_text, source_entity_id, cue, "
                        + "content, content_start, content_end, via, confidence, published, publisher) "
                        + "SELECT id + " + at + ", article_id + " + a + ", local_id, statement_id + " + st
                        + ", kind, type, source_text, source_entity_id, cue, content, content_start, content_end, via, confidence, NULL, NULL "
                        + "FROM attributions WHERE id <= " + attributionIds);
                c.commit();
            }
            // The copies' dates and publishers, where the queries read them.
            s.executeUpdate("UPDATE article_entities SET published = (SELECT published FROM articles WHERE id = article_id)");
            s.executeUpdate("UPDATE statements SET first_published = (SELECT published FROM articles WHERE id = first_article_id)");
            s.executeUpdate("UPDATE attributions SET (published, publisher) = (SELECT published, publisher FROM articles WHERE id = article_id)");
            s.executeUpdate("INSERT INTO statements_fts (rowid, content) SELECT id, content FROM statements WHERE id > " + statements);
            s.executeUpdate("INSERT INTO articles_fts (rowid, title, text) SELECT id, title, text FROM articles WHERE id > " + articles);
            c.commit();
        }
        try (CorpusStore store = CorpusStore.open(db)) {
            store.rebuildCounts();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("ANALYZE");  // statistics for the query planner, as a long-lived store would have
            return one(s, "SELECT count(*) FROM attributions");
        }
    }

    private static long one(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
