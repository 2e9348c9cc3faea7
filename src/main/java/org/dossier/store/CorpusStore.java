package org.dossier.store;

import org.dossier.ingest.ArticleUrls;
import org.dossier.ingest.SourceArticle;
import org.dossier.model.Analysis;
import org.dossier.model.Attribution;
import org.dossier.model.Relation;
import org.dossier.model.Stance;
import org.sqlite.SQLiteConfig;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import java.util.Iterator;
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
    static final String SCHEMA_VERSION = "5";
    /** What the current version added, for the refusal of an older store. */
    private static final String SCHEMA_CHANGE = "name keys that fold transcriptions and Bulgarian articles";
    /** The attribution type whose statements the counts (top sources, profiles, months) count. */
    public static final String COUNTED_TYPE = "speech";

    private final Connection db;
    private final EntityResolver resolver;
    private final Statements statements;

    private CorpusStore(Connection db) {
        this.db = db;
        this.resolver = new EntityResolver(new SqlEntityIndex(db));
        this.statements = new Statements(db);
    }

    /** Opens the store, creating the file and its tables if needed. */
    public static CorpusStore open(Path file) throws SQLException {
        String problem = problemWith(file, true);
        if (problem != null) throw new SQLException(problem);
        Connection db = connect(file, false);
        try {
            createSchema(db);
        } catch (SQLException | IOException e) {
            db.close();
            throw e instanceof SQLException s ? s : new SQLException("cannot create the schema: " + e.getMessage(), e);
        }
        return new CorpusStore(db);
    }

    /**
     * Why a file cannot be used as a store, in words, or null when it can; it reads a few bytes and
     * one row, so commands check it before anything slow, such as loading the models.
     *
     * @param create whether a missing or empty file is fine: it becomes a new store
     */
    public static String problemWith(Path file, boolean create) {
        if (Files.isDirectory(file)) return file + " is a directory, not a Dossier store";
        if (!Files.exists(file)) return create ? null : file + ": no such store (create one with `dossier ingest PATH --db " + file + "`)";
        byte[] header;
        try (InputStream in = Files.newInputStream(file)) {
            header = in.readNBytes(SQLITE_HEADER.length);
        } catch (IOException e) {
            return file + " cannot be read: " + org.dossier.text.Problems.inWords(e);
        }
        if (header.length == 0 && !Files.exists(Path.of(file + "-wal"))) {  // a new store's first pages may wait in its WAL file
            return create ? null : file + " is empty, not a Dossier store";
        }
        if (header.length > 0 && !java.util.Arrays.equals(header, SQLITE_HEADER)) {
            return file + " is not a Dossier store (not an SQLite database)";
        }
        try (Connection db = connect(file, true); Statement s = db.createStatement()) {
            if (!tableExists(s, "meta")) {
                return file + (tableExists(s, "articles") ? " was written by an older Dossier: ingest the articles into a new store"
                        : " is an SQLite database but not a Dossier store (it has none of Dossier's tables)");
            }
            try (ResultSet rs = s.executeQuery("SELECT value FROM meta WHERE key = 'schema_version'")) {
                String version = rs.next() ? rs.getString(1) : null;
                if (!SCHEMA_VERSION.equals(version)) {
                    return file + " has store schema version " + version + "; this Dossier reads version " + SCHEMA_VERSION
                            + " (" + SCHEMA_CHANGE + "): ingest the articles into a new store";
                }
            }
        } catch (SQLException e) {
            return file + " cannot be read as a Dossier store: " + org.dossier.text.Problems.inWords(e);
        }
        return null;
    }

    /** The first bytes of every SQLite 3 database file. */
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private static boolean tableExists(Statement s, String table) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '" + table + "'")) {
            return rs.next();
        }
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
            s.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
            for (String stmt : sql.replaceAll("(?m)--.*$", "").split(";")) if (!stmt.isBlank()) s.execute(stmt);
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
            long id = nextArticleId();
            Set<String> sources = new HashSet<>();
            for (Attribution at : analysis.attributions()) if (at.source() != null && at.source().entity() != null) sources.add(at.source().entity());
            Map<String, Long> entityIds = resolver.resolve(analysis.entities(), sources);
            ArticleRows rows = ArticleRows.of(id, a, analysis, entityIds, Instant.now().toString());
            insertArticle(rows.article());
            for (ArticleRows.ArticleEntityRow r : rows.entities()) insert("article_entities", r);
            for (ArticleRows.MentionRow r : rows.mentions()) insert("mentions", r);
            for (Long e : new LinkedHashSet<>(entityIds.values())) if (e != null) exec("UPDATE entities SET articles = articles + 1 WHERE id = ?", e);
            Set<List<Object>> named = new LinkedHashSet<>();
            for (ArticleRows.ArticleEntityRow r : rows.entities()) if (r.entityId() != null) named.add(List.of(r.entityId(), r.name()));
            for (List<Object> n : named) {
                exec("INSERT INTO entity_names (entity_id, language, name, articles) VALUES (?, ?, ?, 1) "
                        + "ON CONFLICT (entity_id, language, name) DO UPDATE SET articles = articles + 1", n.get(0), rows.article().language(), n.get(1));
            }
            insertAttributions(id, a, rows.attributions());
            insertFacts(analysis, entityIds, rows);
            db.commit();
            return id;
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        }
    }

    private long nextArticleId() throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("SELECT coalesce(max(id), 0) + 1 FROM articles"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void insertArticle(ArticleRows.ArticleRow a) throws SQLException {
        insert("articles", a);
        exec("INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)", a.id(), a.title(), a.text());
    }

    /** Inserts a row record into its table, its components as the columns ({@link Rows}). */
    private void insert(String table, Record row) throws SQLException {
        insert(table, Rows.columns(row.getClass()), java.util.Arrays.asList(Rows.values(row)));
    }

    /** An attribution, with the statement it reports. */
    private void insert(ArticleRows.AttributionRow row, long statement) throws SQLException {
        List<String> columns = new ArrayList<>(Rows.columns(row.getClass()));
        List<Object> values = new ArrayList<>(java.util.Arrays.asList(Rows.values(row)));
        columns.add("statement_id");
        values.add(statement);
        insert("attributions", columns, values);
    }

    private void insert(String table, List<String> columns, List<Object> values) throws SQLException {
        exec("INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES (" + "?, ".repeat(columns.size() - 1) + "?)",
                values.toArray());
    }

    /** The rows of one table of a corpus analyzed elsewhere (a Spark run), in id order. */
    public interface TableSource {
        <R extends Record> Iterator<R> rows(Class<R> type);
    }

    /**
     * Fills an empty store with a corpus analyzed and resolved elsewhere: the tables of
     * {@link ArticleRows#TABLES}, with their ids kept. Statements are matched across articles
     * here, as {@link #add} does, and the counts computed; all in one transaction.
     *
     * An article URL that is not http(s) is dropped ({@link ArticleUrls}), with a warning.
     *
     * @param progress called with the number of articles loaded so far
     * @param warnings called with each article URL dropped, naming the article
     * @return the rows loaded into each table
     * @throws IllegalStateException when the store already holds articles
     */
    public Map<String, Long> importTables(TableSource source, java.util.function.LongConsumer progress,
                                          java.util.function.Consumer<String> warnings) throws SQLException {
        if (exists("SELECT 1 FROM articles")) throw new IllegalStateException("the store already holds articles; import into a new file");
        db.setAutoCommit(false);
        Map<String, Long> loaded = new java.util.LinkedHashMap<>();
        try {
            for (Map.Entry<Class<? extends Record>, String> t : ArticleRows.TABLES.entrySet()) {
                Iterator<? extends Record> rows = source.rows(t.getKey());
                long n = 0;
                while (rows.hasNext()) {
                    Record row = rows.next();
                    n++;
                    if (row instanceof ArticleRows.ArticleRow a) {
                        if (a.url() != null && ArticleUrls.httpOrNull(a.url()) == null) {
                            warnings.accept("article " + a.id() + " (" + a.origin() + "): " + ArticleUrls.dropped(a.url()));
                            a = a.withoutUrl();
                        }
                        insertArticle(a);
                        progress.accept(n);
                    } else if (row instanceof ArticleRows.AttributionRow at) {
                        Report report = report(at.articleId(), at.published(), at.content(), at.sourceEntityId(), at.type());
                        insert(at, report.statement());
                    } else {
                        insert(t.getValue(), row);
                    }
                }
                loaded.put(t.getValue(), n);
            }
            recount();
            db.commit();
            return loaded;
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
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

    private void insertFacts(Analysis analysis, Map<String, Long> ids, ArticleRows rows) throws SQLException {
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
        for (ArticleRows.RelationRow r : rows.relations()) insert("relations", r);
        for (ArticleRows.TimeRow r : rows.times()) insert("times", r);
        for (ArticleRows.StanceRow r : rows.stances()) insert("stances", r);
    }

    /*
     * The counts below are kept as rebuildCounts() defines them; CorpusStoreTest checks that both agree.
     */
    private void insertAttributions(long article, SourceArticle a, List<ArticleRows.AttributionRow> attributions) throws SQLException {
        Set<Long> speakers = new LinkedHashSet<>();
        for (ArticleRows.AttributionRow at : attributions) {
            Long speaker = at.sourceEntityId();
            Report report = report(article, a.published(), at.content(), speaker, at.type());
            boolean newForPublisher = a.publisher() != null && speaker != null && !exists("SELECT 1 FROM attributions "
                    + "WHERE statement_id = ? AND publisher = ? AND source_entity_id = ?", report.statement(), a.publisher(), speaker);
            insert(at, report.statement());
            if (speaker == null || !COUNTED_TYPE.equals(at.type())) continue;  // beliefs, refusals, acts: kept, not counted as said
            speakers.add(speaker);
            // each report of a statement is another article's, so each counts
            exec("UPDATE entities SET reports = reports + 1, statements = statements + ? WHERE id = ?",
                    report.newToSpeaker() ? 1 : 0, speaker);
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
     * @param newToSpeaker a statement new to the corpus with a known speaker: a known one already
     *                     has this speaker, since a statement joins only reports of one entity
     * @param month        YYYY-MM of the statement's first report, or "unknown"
     */
    private record Report(long statement, boolean newToSpeaker, String month) {}

    /** Finds or creates the statement that content is, and counts this report of it: one per article. */
    private Report report(long article, String published, String content, Long speaker, String type) throws SQLException {
        Long known = statements.find(content, speaker, type, article);
        if (known == null) return new Report(insertStatement(speaker, content, article, published, type), speaker != null, month(published));
        exec("UPDATE statements SET reports = reports + 1 WHERE id = ?", known);
        return new Report(known, false, month(string("SELECT first_published FROM statements WHERE id = ?", known)));
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
        try {
            recount();
            db.commit();
        } catch (SQLException e) {
            db.rollback();
            throw e;
        }
    }

    private void recount() throws SQLException {
        try (Statement s = db.createStatement()) {
            s.executeUpdate("UPDATE statements SET reports = (SELECT count(DISTINCT article_id) FROM attributions WHERE statement_id = statements.id)");
            s.executeUpdate("UPDATE entities SET "
                    + "articles = (SELECT count(DISTINCT article_id) FROM article_entities WHERE entity_id = entities.id), "
                    + "mentions = (SELECT count(*) FROM article_entities ae JOIN mentions m ON m.article_id = ae.article_id "
                    + "AND m.local_id = ae.local_id WHERE ae.entity_id = entities.id), "
                    // "+type": the speaker's index, not the type's, which would scan every statement of speech per entity
                    + "statements = (SELECT count(*) FROM statements WHERE speaker_id = entities.id AND +type = 'speech'), "
                    + "reports = (SELECT count(*) FROM (SELECT DISTINCT statement_id, article_id FROM attributions "
                    + "WHERE source_entity_id = entities.id AND +type = 'speech'))");
            s.executeUpdate("DELETE FROM entity_names");
            s.executeUpdate("INSERT INTO entity_names (entity_id, language, name, articles) SELECT ae.entity_id, a.language, ae.name, "
                    + "count(DISTINCT ae.article_id) FROM article_entities ae JOIN articles a ON a.id = ae.article_id WHERE ae.entity_id IS NOT NULL GROUP BY 1, 2, 3");
            s.executeUpdate("DELETE FROM entity_months");
            s.executeUpdate("INSERT INTO entity_months (entity_id, month, statements) SELECT speaker_id, "
                    + "coalesce(substr(first_published, 1, 7), 'unknown'), count(*) FROM statements WHERE speaker_id IS NOT NULL AND type = 'speech' GROUP BY 1, 2");
            s.executeUpdate("DELETE FROM co_quoted");
            // each speech attribution meets its article's others through the article index; as a join of two
            // DISTINCT subqueries, SQLite scanned one whole for each row of the other (hours at a million)
            s.executeUpdate("INSERT INTO co_quoted (entity_id, other_id, articles) SELECT a.source_entity_id, b.source_entity_id, "
                    + "count(DISTINCT a.article_id) FROM attributions a JOIN attributions b ON b.article_id = a.article_id "
                    + "AND b.source_entity_id != a.source_entity_id AND +b.type = 'speech' "
                    + "WHERE a.source_entity_id IS NOT NULL AND +a.type = 'speech' GROUP BY 1, 2");
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
                    + "count(DISTINCT statement_id) FROM attributions WHERE publisher IS NOT NULL AND source_entity_id IS NOT NULL "
                    + "AND type = 'speech' GROUP BY 1, 2");
        }
    }

    private long insertStatement(Long speaker, String content, long article, String published, String type) throws SQLException {
        long id;
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO statements (speaker_id, content, first_article_id, "
                + "first_published, reports, type) VALUES (?, ?, ?, ?, 1, ?)")) {
            ps.setObject(1, speaker);
            ps.setString(2, content);
            ps.setLong(3, article);
            ps.setString(4, published);
            ps.setString(5, type);
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                id = rs.getLong(1);
            }
        }
        exec("INSERT INTO statements_fts (rowid, content) VALUES (?, ?)", id, content);
        return id;
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
