package org.dossier.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.dossier.ingest.SourceArticle;
import org.dossier.model.Analysis;
import org.dossier.model.Attribution;
import org.dossier.model.Entity;
import org.dossier.model.Mention;
import org.dossier.model.Relation;
import org.dossier.model.Stance;
import org.dossier.model.TimeExpression;
import org.sqlite.SQLiteConfig;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The corpus: an SQLite file holding articles, their analyses, corpus-wide entities and
 * statements (schema: {@code org/dossier/store/schema.sql}). Each article is added in one
 * transaction, so a run killed at any point leaves every article either wholly in or wholly out;
 * the next run skips those already in (same URL or same text).
 *
 * <p>One writer at a time; {@link CorpusQueries} may read while it writes.
 */
public final class CorpusStore implements AutoCloseable {
    public static final Path DEFAULT_FILE = Path.of("dossier.db");
    static final String SCHEMA_VERSION = "1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Connection db;
    private final EntityResolver resolver;
    private final Statements statements;

    private CorpusStore(Connection db) {
        this.db = db;
        this.resolver = new EntityResolver(db);
        this.statements = new Statements(db);
    }

    /** Opens the store, creating the file and its tables if needed. */
    public static CorpusStore open(Path file) throws SQLException {
        Connection db = connect(file, false);
        try {
            createSchema(db);
        } catch (SQLException | IOException e) {
            db.close();
            throw e instanceof SQLException s ? s : new SQLException("cannot create the schema: " + e.getMessage(), e);
        }
        return new CorpusStore(db);
    }

    static Connection connect(Path file, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(readOnly);
        config.setBusyTimeout(10_000);
        config.enforceForeignKeys(true);
        if (!readOnly) {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);     // readers do not block the writer
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);  // a committed article survives a killed process
        }
        return config.createConnection("jdbc:sqlite:" + file);
    }

    private static void createSchema(Connection db) throws SQLException, IOException {
        String sql;
        try (InputStream in = Objects.requireNonNull(CorpusStore.class.getResourceAsStream("schema.sql"))) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        db.setAutoCommit(false);
        try (Statement s = db.createStatement()) {
            for (String stmt : sql.replaceAll("(?m)--.*$", "").split(";")) if (!stmt.isBlank()) s.execute(stmt);
            try (ResultSet rs = s.executeQuery("SELECT value FROM meta WHERE key = 'schema_version'")) {
                if (rs.next() && !rs.getString(1).equals(SCHEMA_VERSION)) {
                    throw new SQLException("the store has schema version " + rs.getString(1) + "; this Dossier reads version "
                            + SCHEMA_VERSION);
                }
            }
            s.execute("INSERT OR IGNORE INTO meta (key, value) VALUES ('schema_version', '" + SCHEMA_VERSION + "')");
        }
        db.commit();
    }

    /** The key that makes two texts the same article: SHA-256 of the text with whitespace collapsed. */
    public static String textKey(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.strip().replaceAll("\\s+", " ").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the store already holds this article (same URL, or same text). */
    public boolean contains(SourceArticle a) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("SELECT 1 FROM articles WHERE url = ? OR text_sha256 = ?")) {
            ps.setString(1, a.url());
            ps.setString(2, textKey(a.text()));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Adds an analyzed article and everything found in it, atomically; returns its id. */
    public long add(SourceArticle a, Analysis analysis) throws SQLException {
        db.setAutoCommit(false);
        try {
            long id = insertArticle(a, analysis);
            Set<String> sources = new HashSet<>();
            for (Attribution at : analysis.attributions()) if (at.source() != null && at.source().entity() != null) sources.add(at.source().entity());
            Map<String, Long> entityIds = resolver.resolve(analysis.entities(), sources);
            insertEntities(id, a.published(), analysis.entities(), entityIds);
            insertAttributions(id, a, analysis.attributions(), entityIds);
            insertFacts(id, analysis, entityIds);
            db.commit();
            return id;
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        }
    }

    private long insertArticle(SourceArticle a, Analysis analysis) throws SQLException {
        long id;
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO articles (url, text_sha256, title, publisher, byline, "
                + "published, origin, text, analysis, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, a.url());
            ps.setString(2, textKey(a.text()));
            ps.setString(3, a.title());
            ps.setString(4, a.publisher());
            ps.setString(5, a.byline());
            ps.setString(6, a.published());
            ps.setString(7, a.origin());
            ps.setString(8, a.text());
            ps.setString(9, JSON.writeValueAsString(analysis));
            ps.setString(10, Instant.now().toString());
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                id = rs.getLong(1);
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)")) {
            ps.setLong(1, id);
            ps.setString(2, a.title());
            ps.setString(3, a.text());
            ps.executeUpdate();
        }
        return id;
    }

    private void insertEntities(long article, String published, List<Entity> entities, Map<String, Long> ids) throws SQLException {
        try (PreparedStatement ae = db.prepareStatement("INSERT INTO article_entities (article_id, local_id, entity_id, type, name, published) VALUES (?, ?, ?, ?, ?, ?)");
             PreparedStatement m = db.prepareStatement("INSERT INTO mentions (article_id, local_id, start, end, text) VALUES (?, ?, ?, ?, ?)")) {
            for (Entity e : entities) {
                ae.setLong(1, article);
                ae.setString(2, e.id());
                ae.setObject(3, ids.get(e.id()));
                ae.setString(4, e.type());
                ae.setString(5, e.name());
                ae.setString(6, published);
                ae.addBatch();
                for (Mention mention : e.mentions()) {
                    m.setLong(1, article);
                    m.setString(2, e.id());
                    m.setInt(3, mention.start());
                    m.setInt(4, mention.end());
                    m.setString(5, mention.text());
                    m.addBatch();
                }
            }
            ae.executeBatch();
            m.executeBatch();
        }
        try (PreparedStatement ps = db.prepareStatement("UPDATE entities SET articles = articles + 1 WHERE id = ?")) {
            for (Long id : new LinkedHashSet<>(ids.values())) {
                if (id == null) continue;
                ps.setLong(1, id);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** One relation or stance as its entities' profiles list it. */
    private record Fact(String kind, Long subjectId, String subject, String predicate, Long objectId, String object) {
        String subjectKey() {
            return subjectId == null ? "t:" + subject : subjectId.toString();
        }

        String objectKey() {
            return objectId == null ? "t:" + object : objectId.toString();
        }
    }

    private void insertFacts(long article, Analysis analysis, Map<String, Long> ids) throws SQLException {
        Set<Fact> facts = new LinkedHashSet<>();  // an article stating a fact twice counts once
        for (Relation r : analysis.relations()) {
            Long subject = ids.get(r.subject()), object = r.object() == null ? null : ids.get(r.object());
            if (subject != null) facts.add(new Fact("relation", subject, "", r.predicate(), object, r.objectText()));
        }
        for (Stance st : analysis.stances()) {
            Long holder = st.holder() == null ? null : ids.get(st.holder()), target = st.target() == null ? null : ids.get(st.target());
            facts.add(new Fact("stance", holder, st.holderText(), st.kind() + " (" + st.polarity() + ")", target, st.targetText()));
        }
        for (Fact f : facts) {
            for (Long entity : new LinkedHashSet<>(java.util.Arrays.asList(f.subjectId(), f.objectId()))) {
                if (entity == null) continue;
                exec("INSERT INTO entity_facts (entity_id, kind, subject_key, predicate, object_key, subject_id, subject, object_id, "
                                + "object, articles) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1) ON CONFLICT (entity_id, kind, subject_key, "
                                + "predicate, object_key) DO UPDATE SET articles = articles + 1, subject = min(subject, excluded.subject), "
                                + "object = min(object, excluded.object)",
                        entity, f.kind(), f.subjectKey(), f.predicate(), f.objectKey(), f.subjectId(), f.subject(), f.objectId(), f.object());
            }
        }
        for (Relation r : analysis.relations()) {
            exec("INSERT INTO relations (article_id, subject_id, predicate, object_id, object_text, evidence_start, evidence_end) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?)", article, ids.get(r.subject()), r.predicate(), r.object() == null ? null : ids.get(r.object()),
                    r.objectText(), r.evidence().start(), r.evidence().end());
        }
        for (TimeExpression t : analysis.times()) {
            exec("INSERT INTO times (article_id, start, end, text, value, event) VALUES (?, ?, ?, ?, ?, ?)", article, t.start(), t.end(),
                    t.text(), t.value(), t.event() == null ? null : t.event().text());
        }
        for (Stance st : analysis.stances()) {
            exec("INSERT INTO stances (article_id, holder_id, holder_text, target_id, target_text, polarity, kind, evidence_start, "
                    + "evidence_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", article, st.holder() == null ? null : ids.get(st.holder()),
                    st.holderText(), st.target() == null ? null : ids.get(st.target()), st.targetText(), st.polarity(), st.kind(),
                    st.evidence().start(), st.evidence().end());
        }
    }

    /*
     * The counts below are kept as rebuildCounts() defines them; CorpusStoreTest checks that both agree.
     */
    private void insertAttributions(long article, SourceArticle a, List<Attribution> attributions, Map<String, Long> ids)
            throws SQLException {
        Set<Long> speakers = new LinkedHashSet<>();
        for (Attribution at : attributions) {
            Long speaker = at.source() == null || at.source().entity() == null ? null : ids.get(at.source().entity());
            Report report = report(article, a.published(), at.content().text(), speaker);
            boolean newForSpeaker = speaker != null && !exists("SELECT 1 FROM attributions WHERE statement_id = ? AND article_id = ? "
                    + "AND source_entity_id = ?", report.statement(), article, speaker);
            boolean newForPublisher = a.publisher() != null && speaker != null && !exists("SELECT 1 FROM attributions "
                    + "WHERE statement_id = ? AND publisher = ? AND source_entity_id = ?", report.statement(), a.publisher(), speaker);
            insertAttribution(article, a, at, report.statement(), speaker, ids);
            if (speaker == null) continue;
            speakers.add(speaker);
            exec("UPDATE entities SET reports = reports + ?, statements = statements + ? WHERE id = ?",
                    newForSpeaker ? 1 : 0, report.newToSpeaker() ? 1 : 0, speaker);
            if (report.newToSpeaker()) {
                exec("INSERT INTO entity_months (entity_id, month, statements) VALUES (?, ?, 1) "
                        + "ON CONFLICT (entity_id, month) DO UPDATE SET statements = statements + 1", speaker, report.month());
            }
            if (newForPublisher) {
                exec("INSERT INTO publisher_sources (publisher, entity_id, statements) VALUES (?, ?, 1) "
                        + "ON CONFLICT (publisher, entity_id) DO UPDATE SET statements = statements + 1", a.publisher(), speaker);
            }
        }
        for (Long s : speakers) {
            for (Long o : speakers) {
                if (s.equals(o)) continue;
                exec("INSERT INTO co_quoted (entity_id, other_id, articles) VALUES (?, ?, 1) "
                        + "ON CONFLICT (entity_id, other_id) DO UPDATE SET articles = articles + 1", s, o);
            }
        }
    }

    /**
     * @param newToSpeaker a statement the speaker had not been credited with: new, or known but
     *                     until now credited to nobody
     * @param month        YYYY-MM of the statement's first report, or "unknown"
     */
    private record Report(long statement, boolean newToSpeaker, String month) {}

    /** Finds or creates the statement that content is, and counts this report of it. */
    private Report report(long article, String published, String content, Long speaker) throws SQLException {
        Long known = statements.find(content, speaker);
        if (known == null) return new Report(insertStatement(speaker, content, article, published), speaker != null, month(published));
        // A report is an article carrying the statement, however often it repeats it.
        if (!exists("SELECT 1 FROM attributions WHERE statement_id = ? AND article_id = ?", known, article)) {
            exec("UPDATE statements SET reports = reports + 1 WHERE id = ?", known);
        }
        boolean adopted = speaker != null && exists("SELECT 1 FROM statements WHERE id = ? AND speaker_id IS NULL", known);
        if (adopted) exec("UPDATE statements SET speaker_id = ? WHERE id = ?", speaker, known);
        return new Report(known, adopted, month(string("SELECT first_published FROM statements WHERE id = ?", known)));
    }

    private static String month(String published) {
        return published == null ? "unknown" : published.substring(0, 7);
    }

    /**
     * Recomputes every count the queries read (entity totals, statement reports, quotes per
     * month, co-quoted pairs, sources per publisher) from the articles, mentions and attributions.
     * For stores filled in bulk rather than article by article.
     */
    public void rebuildCounts() throws SQLException {
        db.setAutoCommit(false);
        try (Statement s = db.createStatement()) {
            s.executeUpdate("UPDATE statements SET reports = (SELECT count(DISTINCT article_id) FROM attributions WHERE statement_id = statements.id)");
            s.executeUpdate("UPDATE entities SET "
                    + "articles = (SELECT count(DISTINCT article_id) FROM article_entities WHERE entity_id = entities.id), "
                    + "mentions = (SELECT count(*) FROM article_entities ae JOIN mentions m ON m.article_id = ae.article_id "
                    + "AND m.local_id = ae.local_id WHERE ae.entity_id = entities.id), "
                    + "statements = (SELECT count(*) FROM statements WHERE speaker_id = entities.id), "
                    + "reports = (SELECT count(*) FROM (SELECT DISTINCT statement_id, article_id FROM attributions "
                    + "WHERE source_entity_id = entities.id))");
            s.executeUpdate("DELETE FROM entity_months");
            s.executeUpdate("INSERT INTO entity_months (entity_id, month, statements) SELECT speaker_id, "
                    + "coalesce(substr(first_published, 1, 7), 'unknown'), count(*) FROM statements WHERE speaker_id IS NOT NULL GROUP BY 1, 2");
            s.executeUpdate("DELETE FROM co_quoted");
            s.executeUpdate("INSERT INTO co_quoted (entity_id, other_id, articles) SELECT a.source_entity_id, b.source_entity_id, count(*) "
                    + "FROM (SELECT DISTINCT article_id, source_entity_id FROM attributions WHERE source_entity_id IS NOT NULL) a "
                    + "JOIN (SELECT DISTINCT article_id, source_entity_id FROM attributions WHERE source_entity_id IS NOT NULL) b "
                    + "ON b.article_id = a.article_id AND b.source_entity_id != a.source_entity_id GROUP BY 1, 2");
            s.executeUpdate("DELETE FROM entity_facts");
            String facts = "SELECT DISTINCT article_id, 'relation' AS kind, subject_id, subject_id AS sid, '' AS subject, "
                    + "predicate, object_id, object_text AS object FROM relations WHERE subject_id IS NOT NULL "
                    + "UNION SELECT DISTINCT article_id, 'stance', holder_id, holder_id, holder_text, kind || ' (' || polarity || ')', "
                    + "target_id, target_text FROM stances";
            for (String side : new String[] {"sid", "object_id"}) {
                s.executeUpdate("INSERT INTO entity_facts (entity_id, kind, subject_key, predicate, object_key, subject_id, subject, object_id, "
                        + "object, articles) SELECT " + side + ", kind, coalesce(CAST(subject_id AS TEXT), 't:' || subject), predicate, "
                        + "coalesce(CAST(object_id AS TEXT), 't:' || object), subject_id, min(subject), object_id, min(object), count(*) "
                        + "FROM (" + facts + ") WHERE " + side + " IS NOT NULL" + (side.equals("object_id") ? " AND object_id IS NOT sid" : "")
                        + " GROUP BY 1, 2, 3, 4, 5 ON CONFLICT DO NOTHING");
            }
            s.executeUpdate("DELETE FROM publisher_sources");
            s.executeUpdate("INSERT INTO publisher_sources (publisher, entity_id, statements) SELECT publisher, source_entity_id, "
                    + "count(DISTINCT statement_id) FROM attributions WHERE publisher IS NOT NULL AND source_entity_id IS NOT NULL GROUP BY 1, 2");
            db.commit();
        } catch (SQLException e) {
            db.rollback();
            throw e;
        }
    }

    private long insertStatement(Long speaker, String content, long article, String published) throws SQLException {
        long id;
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO statements (speaker_id, content, first_article_id, "
                + "first_published, reports) VALUES (?, ?, ?, ?, 1)")) {
            ps.setObject(1, speaker);
            ps.setString(2, content);
            ps.setLong(3, article);
            ps.setString(4, published);
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                id = rs.getLong(1);
            }
        }
        exec("INSERT INTO statements_fts (rowid, content) VALUES (?, ?)", id, content);
        return id;
    }

    private void insertAttribution(long article, SourceArticle a, Attribution at, long statement, Long speaker,
                                   Map<String, Long> ids) throws SQLException {
        List<Long> via = new ArrayList<>();
        for (String v : at.via()) if (ids.get(v) != null) via.add(ids.get(v));
        var spans = at.content().spans();
        exec("INSERT INTO attributions (article_id, local_id, statement_id, kind, source_text, source_entity_id, cue, content, "
                        + "content_start, content_end, via, confidence, published, publisher) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                article, at.id(), statement, at.kind(), at.source() == null ? null : at.source().text(), speaker,
                at.cue() == null ? null : at.cue().text(), at.content().text(), spans.get(0).start(),
                spans.get(spans.size() - 1).end(), via.toString().replace(" ", ""), at.confidence(), a.published(), a.publisher());
    }

    private void exec(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = Sql.prepare(db, sql, args)) {
            ps.executeUpdate();
        }
    }

    private String string(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = Sql.prepare(db, sql, args); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private boolean exists(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = Sql.prepare(db, sql, args); ResultSet rs = ps.executeQuery()) {
            return rs.next();
        }
    }

    @Override
    public void close() throws SQLException {
        db.close();
    }
}
