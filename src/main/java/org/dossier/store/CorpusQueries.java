package org.dossier.store;

import org.dossier.Language;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who said what, read from a corpus store: quote search, a person's quotes, entity profiles and
 * the most quoted sources. Every list is one row per statement, however many articles carry it.
 * Read-only; safe to use while an ingest writes.
 */
public final class CorpusQueries implements AutoCloseable {
    private final Connection db;
    private final Map<String, PreparedStatement> prepared = new HashMap<>();

    private CorpusQueries(Connection db) {
        this.db = db;
    }

    /** Opens an existing store for reading. */
    public static CorpusQueries open(Path file) throws SQLException {
        String problem = CorpusStore.problemWith(file, false);
        if (problem != null) throw new SQLException(problem);
        Connection db = CorpusStore.connect(file, true);
        return new CorpusQueries(db);
    }

    /**
     * A statement and the article that first reported it.
     *
     * @param type       what its reports are: speech, thought, evidence, refusal or other
     * @param confidence the highest confidence among its reports
     */
    public record Quote(long statement, Long speakerId, String speaker, String content, int reports,
                        ArticleRef article, String type, double confidence) {}

    /**
     * @param origin   the file (and line or record) the article was read from
     * @param language ISO 639-1 code of the language the article was read in
     */
    public record ArticleRef(long id, String title, String publisher, String published, String url, String origin, String language) {
        /** What to call the article: its title, else its URL, else where it was read from. */
        public String label() {
            return title != null ? title : url != null ? url : origin;
        }
    }

    public record Count(String label, long id, int count) {}

    /**
     * Everything the corpus knows of one entity.
     *
     * @param countedTypes which attributions the statement counts, months, co-quoted entities and
     *                     latest quotes hold: "speech" (what was said or written) or "all"
     */
    public record Profile(long id, String type, String name, List<String> aliases, List<NameInLanguage> names, List<String> descriptors,
                          int articles, int mentions, int statements, int reports, List<Count> quotesByMonth,
                          List<Count> quotedAlongside, List<Fact> relations, List<Fact> stances, List<Quote> latestQuotes,
                          List<ArticleRef> latestArticles, String countedTypes) {}

    /**
     * A relation or stance involving an entity, as "subject predicate object", with how many
     * articles state it.
     *
     * @param predicate a relation (widow_of) or a stance kind and polarity (distrusts, negative)
     */
    public record Fact(Long subjectId, String subject, String predicate, Long objectId, String object, int articles) {}

    public record Source(long id, String name, String type, int statements, int reports, int articles) {}

    /**
     * One corpus entity with every mention of it, for scoring the linking from outside
     * ({@code export-entities}).
     *
     * @param names    language -> name (as each article named the entity) -> articles
     * @param mentions every mention in every article, in article and text order
     */
    public record ExportedEntity(long id, String type, String name, Map<String, Map<String, Integer>> names, List<ExportedMention> mentions) {}

    /** A mention: the article's origin (its file as ingested), language, code-point offsets and text. */
    public record ExportedMention(String article, String language, int start, int end, String text) {}

    /**
     * Every corpus entity with its mentions, in id order, one at a time; unnamed groups, which
     * are no corpus entities, are left out.
     */
    public void exportEntities(java.util.function.Consumer<ExportedEntity> out) throws SQLException {
        Map<Long, Map<String, Map<String, Integer>>> names = new HashMap<>();
        try (ResultSet rs = query("SELECT entity_id, language, name, articles FROM entity_names ORDER BY 1, 2, 4 DESC, 3")) {
            while (rs.next()) {
                names.computeIfAbsent(rs.getLong(1), k -> new java.util.TreeMap<>()).computeIfAbsent(rs.getString(2), k -> new LinkedHashMap<>())
                        .put(rs.getString(3), rs.getInt(4));
            }
        }
        try (ResultSet e = query("SELECT id, type, name FROM entities ORDER BY id");
             PreparedStatement ps = db.prepareStatement("SELECT ae.entity_id, a.origin, a.language, m.start, m.end, m.text FROM mentions m "
                     + "JOIN article_entities ae ON ae.article_id = m.article_id AND ae.local_id = m.local_id JOIN articles a ON a.id = m.article_id "
                     + "WHERE ae.entity_id IS NOT NULL ORDER BY ae.entity_id, m.article_id, m.start");
             ResultSet m = ps.executeQuery()) {
            boolean more = m.next();
            while (e.next()) {
                long id = e.getLong(1);
                List<ExportedMention> mentions = new ArrayList<>();
                while (more && m.getLong(1) < id) more = m.next();
                while (more && m.getLong(1) == id) {
                    mentions.add(new ExportedMention(m.getString(2), m.getString(3), m.getInt(4), m.getInt(5), m.getString(6)));
                    more = m.next();
                }
                out.accept(new ExportedEntity(id, e.getString(2), e.getString(3), names.getOrDefault(id, Map.of()), mentions));
            }
        }
    }

    /** A name an entity bears in the articles of one language ("ru", "Владимир Зеленский"), with how many articles use it. */
    public record NameInLanguage(String language, String name, int articles) {}

    /**
     * An article as stored, for reading it with its attributions.
     *
     * @param analysis  the `analyze` JSON of the article, as stored
     * @param entityIds    the corpus entity of each of the analysis's entity ids ("E3" -> 17), groups left out
     * @param statementIds the statement each of the analysis's attributions reports ("A7" -> 42)
     */
    public record ArticleView(ArticleRef article, String byline, String text,
                              @com.fasterxml.jackson.annotation.JsonRawValue String analysis, Map<String, Long> entityIds,
                              Map<String, Long> statementIds) {}

    /** An article matching a text search, with the matching passage. */
    public record ArticleHit(ArticleRef article, String snippet) {}

    /**
     * One article's report of a statement.
     *
     * @param source as the article wrote it ("he", "the ministry"); null when it names none
     * @param via    names of those the article says relayed it, outermost first
     */
    public record Report(ArticleRef article, String kind, String source, String cue, String content, List<String> via) {}

    /**
     * Filters shared by the quote queries; the strings and the confidence may be null.
     *
     * @param type          an attribution type ("speech", "thought", ...), or null for all
     * @param offset        how many results to skip, for the pages after the first
     * @param minConfidence only statements one of whose reports has at least this confidence, or null for all
     */
    public record Filter(String since, String until, String publisher, int limit, String type, int offset, Double minConfidence) {
        public Filter {
            if (limit <= 0) throw new IllegalArgumentException("limit must be positive");
            if (offset < 0) throw new IllegalArgumentException("offset must not be negative");
        }

        /** The first page, at any confidence. */
        public Filter(String since, String until, String publisher, int limit, String type) {
            this(since, until, publisher, limit, type, 0, null);
        }

        /** All types. */
        public Filter(String since, String until, String publisher, int limit) {
            this(since, until, publisher, limit, null);
        }
    }

    /** The columns of the articles table, as {@code a}, that an {@link ArticleRef} is read from ({@link #articleRef}). */
    private static final String ARTICLE_REF = "a.id, a.title, a.publisher, a.published, a.url, a.origin, a.language";
    private static final int ARTICLE_REF_COLUMNS = 7;

    private static final String QUOTE_COLUMNS = "s.id, s.speaker_id, e.name, s.content, s.reports, " + ARTICLE_REF + ", "
            + "s.type, (SELECT max(r.confidence) FROM attributions r WHERE r.statement_id = s.id) "
            + "FROM statements s LEFT JOIN entities e ON e.id = s.speaker_id JOIN articles a ON a.id = s.first_article_id ";
    private static final String FILTERS = "AND (?1 IS NULL OR s.first_published >= ?1) AND (?2 IS NULL OR s.first_published <= ?2) "
            + "AND (?3 IS NULL OR EXISTS (SELECT 1 FROM attributions r WHERE r.statement_id = s.id AND r.publisher = ?3)) "
            + "AND (?6 IS NULL OR s.type = ?6) "
            + "AND (?8 IS NULL OR EXISTS (SELECT 1 FROM attributions r WHERE r.statement_id = s.id AND r.confidence >= ?8)) ";

    /** How many of the most recently added matches {@link #search} ranks. */
    static final int SEARCH_WINDOW = 2000;

    /**
     * Statements whose content matches {@code text}: all its words, in any order, or the exact
     * phrase when the text is in double quotes. When the text names an entity ("Зеленский",
     * "Zelenskyy"), that entity's statements come first, whatever their language: search finds
     * by entity, not only by words. Best matches (BM25) first, among the
     * {@value #SEARCH_WINDOW} most recently added ones that pass the filters: ranking every
     * match of a common word in a million quotes would take a tenth of a second.
     */
    public List<Quote> search(String text, Filter f) throws SQLException {
        List<Source> named = text.strip().startsWith("\"") ? List.of() : findEntities(text);
        if (named.isEmpty()) return wordMatches(text, f);
        // the statements of the entity the text names, in every language and script, then those holding its words
        Filter firstPages = new Filter(f.since(), f.until(), f.publisher(), f.offset() + f.limit(), f.type(), 0, f.minConfidence());
        Map<Long, Quote> merged = new LinkedHashMap<>();
        for (Quote q : quotesBy(named.get(0).id(), firstPages)) merged.putIfAbsent(q.statement(), q);
        for (Quote q : wordMatches(text, firstPages)) merged.putIfAbsent(q.statement(), q);
        List<Quote> all = new ArrayList<>(merged.values());
        return List.copyOf(all.subList(Math.min(f.offset(), all.size()), Math.min(f.offset() + f.limit(), all.size())));
    }

    /** Statements whose content holds the words of {@code text}: {@link #search} without the entity it may name. */
    private List<Quote> wordMatches(String text, Filter f) throws SQLException {
        String match = ftsQuery(text);
        if (match.isEmpty()) return List.of();
        return quotes("SELECT " + QUOTE_COLUMNS.replace("FROM statements s ", "FROM (SELECT f.rowid AS id, f.rank AS rank "
                + "FROM statements_fts f JOIN statements s ON s.id = f.rowid WHERE statements_fts MATCH ?4 " + FILTERS
                + "ORDER BY f.rowid DESC LIMIT " + SEARCH_WINDOW + ") m JOIN statements s ON s.id = m.id ") + "ORDER BY m.rank LIMIT ?5 OFFSET ?7", f, match);
    }

    /** Articles whose title or text matches {@code text} (same syntax as {@link #search}), best first. */
    public List<ArticleHit> searchArticles(String text, Filter f) throws SQLException {
        String match = ftsQuery(text);
        List<ArticleHit> out = new ArrayList<>();
        if (match.isEmpty()) return out;
        try (ResultSet rs = query("SELECT " + ARTICLE_REF + ", "
                + "snippet(articles_fts, 1, '[', ']', '…', 16) FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid "
                + "WHERE articles_fts MATCH ? AND (? IS NULL OR a.published >= ?) AND (? IS NULL OR a.published <= ?) "
                + "AND (? IS NULL OR a.publisher = ?) ORDER BY articles_fts.rank LIMIT ? OFFSET ?",
                match, f.since(), f.since(), f.until(), f.until(), f.publisher(), f.publisher(), f.limit(), f.offset())) {
            while (rs.next()) {
                out.add(new ArticleHit(articleRef(rs, 1), rs.getString(ARTICLE_REF_COLUMNS + 1)));
            }
        }
        return out;
    }

    /** Every article's report of one statement, earliest first; empty when there is no such statement. */
    public List<Report> reports(long statement) throws SQLException {
        List<Report> out = new ArrayList<>();
        try (ResultSet rs = query("SELECT " + ARTICLE_REF + ", t.kind, t.source_text, "
                + "t.cue, t.content, t.via FROM attributions t JOIN articles a ON a.id = t.article_id WHERE t.statement_id = ? "
                + "ORDER BY a.published, a.id, t.id", statement)) {
            while (rs.next()) {
                List<String> via = new ArrayList<>();
                int n = ARTICLE_REF_COLUMNS;
                for (String id : rs.getString(n + 5).replaceAll("[\\[\\]]", "").split(",")) {
                    if (!id.isBlank()) via.addAll(strings("SELECT name FROM entities WHERE id = ?", Long.parseLong(id)));
                }
                out.add(new Report(articleRef(rs, 1), rs.getString(n + 1), rs.getString(n + 2), rs.getString(n + 3), rs.getString(n + 4), via));
            }
        }
        return out;
    }

    public Optional<ArticleView> article(long id) throws SQLException {
        try (ResultSet rs = query("SELECT " + ARTICLE_REF + ", a.byline, a.text, a.analysis FROM articles a WHERE a.id = ?", id)) {
            if (!rs.next()) return Optional.empty();
            int n = ARTICLE_REF_COLUMNS;
            return Optional.of(new ArticleView(articleRef(rs, 1), rs.getString(n + 1), rs.getString(n + 2), rs.getString(n + 3),
                    ids("SELECT local_id, entity_id FROM article_entities WHERE article_id = ? AND entity_id IS NOT NULL", id),
                    ids("SELECT local_id, statement_id FROM attributions WHERE article_id = ?", id)));
        }
    }

    /** The first column's string mapped to the second's id, in row order. */
    private Map<String, Long> ids(String sql, Object... args) throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        try (ResultSet rs = query(sql, args)) {
            while (rs.next()) out.put(rs.getString(1), rs.getLong(2));
        }
        return out;
    }

    /** A number that changes whenever another connection has changed the store (SQLite's data_version). */
    public long dataVersion() throws SQLException {
        try (ResultSet rs = query("PRAGMA data_version")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** Every publisher in the store, by name. */
    public List<String> publishers() throws SQLException {
        return strings("SELECT DISTINCT publisher FROM articles WHERE publisher IS NOT NULL ORDER BY publisher");
    }

    /** The statement with this id, with the article that first reported it. */
    public Optional<Quote> statement(long id) throws SQLException {
        List<Quote> q = quotes("SELECT " + QUOTE_COLUMNS + "WHERE s.id = ?4 " + FILTERS + "LIMIT ?5 OFFSET ?7", new Filter(null, null, null, 1), id);
        return q.stream().findFirst();
    }

    /** What one entity said, newest first. */
    public List<Quote> quotesBy(long entity, Filter f) throws SQLException {
        return quotes("SELECT " + QUOTE_COLUMNS + "WHERE s.speaker_id = ?4 " + FILTERS
                + "ORDER BY s.first_published DESC, s.id DESC LIMIT ?5 OFFSET ?7", f, entity);
    }

    private List<Quote> quotes(String sql, Filter f, Object key) throws SQLException {
        List<Quote> out = new ArrayList<>();
        try (ResultSet rs = query(sql, f.since(), f.until(), f.publisher(), key, f.limit(), f.type(), f.offset(), f.minConfidence())) {
            while (rs.next()) {
                long speaker = rs.getLong(2);
                Long speakerId = rs.wasNull() ? null : speaker;
                int n = 5 + ARTICLE_REF_COLUMNS;
                out.add(new Quote(rs.getLong(1), speakerId, rs.getString(3), rs.getString(4), rs.getInt(5), articleRef(rs, 6),
                        rs.getString(n + 1), rs.getDouble(n + 2)));
            }
        }
        return out;
    }

    /**
     * The entities that go by {@code name} (any alias, spelling variant or inflected form), most quoted first.
     * Empty when none does.
     */
    public List<Source> findEntities(String name) throws SQLException {
        String norm = Names.normalize(name);
        Set<Long> ids = new LinkedHashSet<>(longs("SELECT entity_id FROM aliases WHERE norm = ?", norm));
        if (ids.isEmpty() && !norm.isEmpty()) {
            for (long id : longs("SELECT entity_id FROM name_keys WHERE key IN (?, ?)", EntityResolver.personKey(name), EntityResolver.nameKey(name))) {
                for (String alias : strings("SELECT norm FROM aliases WHERE entity_id = ?", id)) {
                    if (Names.similar(alias, norm) || Names.similar(alias.substring(alias.lastIndexOf(' ') + 1), norm)) ids.add(id);
                }
            }
        }
        if (ids.isEmpty() && !norm.isEmpty()) ids.addAll(inflectedNames(name));
        if (ids.isEmpty()) return List.of();
        return sources("SELECT id, name, type, statements, reports, articles FROM entities WHERE id IN ("
                + ids.stream().map(String::valueOf).collect(Collectors.joining(",")) + ") ORDER BY statements DESC, mentions DESC");
    }

    /** Whether an entity has this id: a cheap check before queries that would be merely empty. */
    public boolean hasEntity(long id) throws SQLException {
        try (ResultSet rs = query("SELECT 1 FROM entities WHERE id = ?", id)) {
            return rs.next();
        }
    }

    public Optional<Profile> profile(long id) throws SQLException {
        return profile(id, false);
    }

    /**
     * The profile with its statements counted over speech, from the counts kept per article, or,
     * with {@code allTypes}, over attributions of every type, counted from the attributions.
     */
    public Optional<Profile> profile(long id, boolean allTypes) throws SQLException {
        try (ResultSet rs = query("SELECT type, name, articles, mentions, statements, reports FROM entities WHERE id = ?", id)) {
            if (!rs.next()) return Optional.empty();
            int statements = rs.getInt(5), reports = rs.getInt(6);
            List<Count> months, alongside;
            if (!allTypes) {
                months = counts("SELECT month, 0, statements FROM entity_months WHERE entity_id = ? ORDER BY month", id);
                alongside = counts("SELECT e.name, e.id, c.articles FROM co_quoted c JOIN entities e ON e.id = c.other_id "
                        + "WHERE c.entity_id = ? ORDER BY c.articles DESC, e.id LIMIT 10", id);
            } else {
                statements = count("SELECT count(*) FROM statements WHERE speaker_id = ?", id);
                reports = count("SELECT count(*) FROM (SELECT DISTINCT statement_id, article_id FROM attributions WHERE source_entity_id = ?)", id);
                months = counts("SELECT coalesce(substr(first_published, 1, 7), 'unknown'), 0, count(*) FROM statements "
                        + "WHERE speaker_id = ? GROUP BY 1 ORDER BY 1", id);
                alongside = counts("SELECT e.name, e.id, count(DISTINCT b.article_id) FROM attributions a JOIN attributions b "
                        + "ON b.article_id = a.article_id AND b.source_entity_id != a.source_entity_id JOIN entities e ON e.id = b.source_entity_id "
                        + "WHERE a.source_entity_id = ? GROUP BY e.id ORDER BY 3 DESC, e.id LIMIT 10", id);
            }
            return Optional.of(new Profile(id, rs.getString(1), rs.getString(2),
                    strings("SELECT alias FROM aliases WHERE entity_id = ? ORDER BY count DESC, alias LIMIT 20", id),
                    namesByLanguage(id),
                    strings("SELECT descriptor FROM descriptors WHERE entity_id = ? ORDER BY count DESC, descriptor LIMIT 10", id),
                    rs.getInt(3), rs.getInt(4), statements, reports, months, alongside,
                    facts(id, "relation"), facts(id, "stance"),
                    quotesBy(id, new Filter(null, null, null, 5, allTypes ? null : CorpusStore.COUNTED_TYPE)),
                    latestArticles(id), allTypes ? "all" : CorpusStore.COUNTED_TYPE));
        }
    }

    private int count(String sql, Object... args) throws SQLException {
        try (ResultSet rs = query(sql, args)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /**
     * The names the entity bears, language by language, most used first (kept per article in
     * {@code entity_names}): each article names its entities once, in the nominative where the
     * language inflects names.
     */
    private List<NameInLanguage> namesByLanguage(long entity) throws SQLException {
        List<NameInLanguage> out = new ArrayList<>();
        try (ResultSet rs = query("SELECT language, name, articles FROM entity_names WHERE entity_id = ? ORDER BY 1, 3 DESC, 2 LIMIT 40", entity)) {
            while (rs.next()) out.add(new NameInLanguage(rs.getString(1), rs.getString(2), rs.getInt(3)));
        }
        return out;
    }

    /** The entity's ten latest articles; read from the index in date order, an article listed once however many of its entities this is. */
    private List<ArticleRef> latestArticles(long entity) throws SQLException {
        Map<Long, ArticleRef> distinct = new LinkedHashMap<>();
        for (ArticleRef a : articles("SELECT " + ARTICLE_REF + " FROM article_entities ae "
                + "JOIN articles a ON a.id = ae.article_id WHERE ae.entity_id = ? ORDER BY ae.published DESC, ae.article_id DESC LIMIT 30", entity)) {
            if (distinct.size() < 10) distinct.putIfAbsent(a.id(), a);
        }
        return List.copyOf(distinct.values());
    }

    /**
     * The most quoted entities by distinct statements of speech (what they said or wrote), overall
     * or by one publisher.
     */
    public List<Source> topSources(String publisher, int limit) throws SQLException {
        return topSources(publisher, limit, false);
    }

    /** As {@link #topSources(String, int, int, boolean)}, from the first. */
    public List<Source> topSources(String publisher, int limit, boolean allTypes) throws SQLException {
        return topSources(publisher, limit, 0, allTypes);
    }

    /**
     * As {@link #topSources(String, int)}, skipping the first {@code offset}; with {@code allTypes}, beliefs,
     * evidence, refusals and acts count too, counted from the attributions themselves rather than the kept totals.
     */
    public List<Source> topSources(String publisher, int limit, int offset, boolean allTypes) throws SQLException {
        if (allTypes) {
            return sources("SELECT e.id, e.name, e.type, count(DISTINCT t.statement_id), count(DISTINCT t.statement_id || ':' || t.article_id), "
                    + "e.articles FROM attributions t JOIN entities e ON e.id = t.source_entity_id WHERE (?1 IS NULL OR t.publisher = ?1) "
                    + "GROUP BY e.id ORDER BY 4 DESC, e.id LIMIT ?2 OFFSET ?3", publisher, limit, offset);
        }
        if (publisher == null) {
            return sources("SELECT id, name, type, statements, reports, articles FROM entities WHERE statements > 0 "
                    + "ORDER BY statements DESC, id LIMIT ? OFFSET ?", limit, offset);
        }
        return sources("SELECT e.id, e.name, e.type, p.statements, e.reports, e.articles FROM publisher_sources p "
                + "JOIN entities e ON e.id = p.entity_id WHERE p.publisher = ? ORDER BY p.statements DESC, e.id LIMIT ? OFFSET ?", publisher, limit, offset);
    }

    /**
     * Words of the user's text as an FTS5 query: each word quoted (so nothing is read as an
     * operator), all required. A word that a language inflects also matches the words its stem
     * starts ("Путина" finds "Путин" and "Путиным"); an exact phrase matches as written.
     */
    static String ftsQuery(String text) {
        String t = text.strip();
        boolean phrase = t.length() > 1 && t.startsWith("\"") && t.endsWith("\"");
        List<String> words = Statements.wordList(t);
        if (words.isEmpty()) return "";
        if (phrase) return "\"" + String.join(" ", words) + "\"";
        List<String> terms = new ArrayList<>();
        for (String written : t.split("[^\\p{L}\\p{N}\\p{M}]+")) {
            Set<String> stems = searchStems(written);
            for (String w : Statements.wordList(written)) {
                List<String> prefixes = stems.stream().filter(s -> !s.equals(w)).map(s -> "\"" + s + "\"*").toList();
                terms.add(prefixes.isEmpty() ? "\"" + w + "\"" : "(\"" + w + "\" OR " + String.join(" OR ", prefixes) + ")");
            }
        }
        return String.join(" AND ", terms);  // FTS5 joins no parenthesised group to a phrase without the operator
    }

    /** The languages whose stems a search tries: each names none for a word not in its script. */
    private static final List<Language> LANGUAGES = Language.installed();

    /** The stems of a word, as written, in each language that inflects it, split and folded as {@link Statements#wordList} folds words. */
    private static Set<String> searchStems(String written) {
        Set<String> out = new LinkedHashSet<>();
        for (Language l : LANGUAGES) l.searchStem(written).ifPresent(s -> out.addAll(Statements.wordList(s)));
        return out;
    }

    /**
     * Entities with an alias whose last words the name's words, less their case endings, begin:
     * "Путина" finds "Путин", "Кара-Мурзы" "Владимир Кара-Мурза". Aliases are compared romanised, as stored; each word of
     * the alias may add at most {@value #LONGEST_ENDING} letters to its stem (a case ending
     * romanised: "ями" is "yami"), so "Путина" finds no "Путинцева".
     */
    private Set<Long> inflectedNames(String name) throws SQLException {
        Set<Long> ids = new LinkedHashSet<>();
        List<String> written = List.of(name.strip().split("\\s+"));
        for (Language l : LANGUAGES) {
            List<Optional<String>> cut = written.stream().map(l::searchStem).toList();
            if (cut.stream().allMatch(Optional::isEmpty)) continue;
            List<String> stems = new ArrayList<>();
            for (int i = 0; i < written.size(); i++) stems.add(Names.normalize(cut.get(i).orElse(written.get(i))));
            if (stems.stream().anyMatch(String::isEmpty)) continue;
            String first = globEscaped(stems.get(0)) + "*";
            try (ResultSet rs = query("SELECT entity_id, norm FROM aliases WHERE norm GLOB ? OR norm GLOB ?", first, "* " + first)) {
                while (rs.next()) {
                    if (beginsWordByWord(rs.getString(2), stems)) ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    private static final int LONGEST_ENDING = 4;

    /** Whether the alias's last words begin with the stems, one by one: "Путина" finds "Владимир Путин" too. */
    private static boolean beginsWordByWord(String alias, List<String> stems) {
        List<String> words = List.of(alias.split(" "));
        if (words.size() < stems.size()) return false;
        words = words.subList(words.size() - stems.size(), words.size());
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i), stem = stems.get(i);
            if (!w.startsWith(stem) || w.length() - stem.length() > LONGEST_ENDING) return false;
        }
        return true;
    }

    private static String globEscaped(String s) {
        return s.replaceAll("([*?\\[])", "[$1]");
    }

    private List<Source> sources(String sql, Object... args) throws SQLException {
        List<Source> out = new ArrayList<>();
        try (ResultSet rs = query(sql, args)) {
            while (rs.next()) out.add(new Source(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5), rs.getInt(6)));
        }
        return out;
    }

    /** The relations or stances an entity takes part in, most often stated first. */
    private List<Fact> facts(long entity, String kind) throws SQLException {
        List<Fact> out = new ArrayList<>();
        try (ResultSet rs = query("SELECT f.subject_id, coalesce(s.name, f.subject), f.predicate, f.object_id, coalesce(o.name, f.object), "
                + "f.articles FROM entity_facts f LEFT JOIN entities s ON s.id = f.subject_id LEFT JOIN entities o ON o.id = f.object_id "
                + "WHERE f.entity_id = ? AND f.kind = ? ORDER BY f.articles DESC, f.predicate, f.object LIMIT 20", entity, kind)) {
            while (rs.next()) {
                long s = rs.getLong(1);
                Long subject = rs.wasNull() ? null : s;
                long o = rs.getLong(4);
                Long object = rs.wasNull() ? null : o;
                out.add(new Fact(subject, rs.getString(2), rs.getString(3), object, rs.getString(5), rs.getInt(6)));
            }
        }
        return out;
    }

    private List<Count> counts(String sql, Object... args) throws SQLException {
        List<Count> out = new ArrayList<>();
        try (ResultSet rs = query(sql, args)) {
            while (rs.next()) out.add(new Count(rs.getString(1), rs.getLong(2), rs.getInt(3)));
        }
        return out;
    }

    private List<ArticleRef> articles(String sql, Object... args) throws SQLException {
        List<ArticleRef> out = new ArrayList<>();
        try (ResultSet rs = query(sql, args)) {
            while (rs.next()) out.add(articleRef(rs, 1));
        }
        return out;
    }

    /** The {@link ArticleRef} in the {@value #ARTICLE_REF_COLUMNS} columns of {@link #ARTICLE_REF} from column {@code first} on. */
    private static ArticleRef articleRef(ResultSet rs, int first) throws SQLException {
        return new ArticleRef(rs.getLong(first), rs.getString(first + 1), rs.getString(first + 2), rs.getString(first + 3),
                rs.getString(first + 4), rs.getString(first + 5), rs.getString(first + 6));
    }

    private List<String> strings(String sql, Object... args) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = query(sql, args)) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }

    private List<Long> longs(String sql, Object... args) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (ResultSet rs = query(sql, args)) {
            while (rs.next()) out.add(rs.getLong(1));
        }
        return out;
    }

    /**
     * Runs a query through this connection's cache of prepared statements: the queries are few
     * and fixed, and preparing each again would cost a good part of a profile's time. Close the
     * result set, not the statement.
     */
    private ResultSet query(String sql, Object... args) throws SQLException {
        PreparedStatement ps = prepared.get(sql);
        if (ps == null) {
            ps = db.prepareStatement(sql);
            prepared.put(sql, ps);
        }
        ps.clearParameters();
        for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
        return ps.executeQuery();
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement ps : prepared.values()) ps.close();
        db.close();
    }
}
