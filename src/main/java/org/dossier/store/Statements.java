package org.dossier.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One statement, many reports: finds the statement an attribution repeats, so that wire copy,
 * follow-ups and quotes of quotes count once. Two contents are the same statement when at least
 * {@value #CONTAINMENT} of the shorter one's words are in the longer one (a follow-up often quotes
 * a part), their sources resolve to the same entity (or neither resolves), and they are in
 * different articles: two reports in one article are two things said ("Labour said ... the Tories
 * said ..."), whatever their words share.
 */
final class Statements {
    static final double CONTAINMENT = 0.8;
    /** Shorter contents ("the topic") say too little to be matched with another article's. */
    static final int MIN_WORDS = 5;
    private static final int QUERY_WORDS = 8;

    private final Connection db;

    Statements(Connection db) {
        this.db = db;
    }

    /**
     * The id of the statement of this type that {@code content} by {@code speaker} repeats, from
     * an article other than {@code article}, or null.
     */
    Long find(String content, Long speaker, String type, long article) throws SQLException {
        Set<String> words = words(content);
        if (words.size() < MIN_WORDS) return null;
        // The longest words are the rarest: they find candidates; the word sets decide.
        String query = words.stream().filter(w -> w.length() >= 4).sorted(Comparator.comparingInt(String::length).reversed()
                .thenComparing(Comparator.naturalOrder())).limit(QUERY_WORDS).map(w -> "\"" + w + "\"").collect(Collectors.joining(" OR "));
        if (query.isEmpty()) return null;
        try (PreparedStatement ps = db.prepareStatement("SELECT s.id, s.content FROM statements_fts f "
                + "JOIN statements s ON s.id = f.rowid WHERE statements_fts MATCH ? AND s.type = ? AND s.speaker_id IS ? "
                + "AND NOT EXISTS (SELECT 1 FROM attributions t WHERE t.statement_id = s.id AND t.article_id = ?) ORDER BY f.rank LIMIT 10")) {
            ps.setString(1, query);
            ps.setString(2, type);
            ps.setObject(3, speaker);
            ps.setLong(4, article);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Set<String> other = words(rs.getString(2));
                    if (other.size() >= MIN_WORDS && containment(words, other) >= CONTAINMENT) return rs.getLong(1);
                }
            }
        }
        return null;
    }

    static Set<String> words(String text) {
        return new HashSet<>(wordList(text));
    }

    /**
     * Lowercase words, in order, split and folded as FTS5's default tokenizer splits and folds
     * them: Latin letters lose their accents, other scripts keep theirs (й stays й, ї stays ї).
     */
    static List<String> wordList(String text) {
        String plain = LATIN_ACCENT.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("$1").toLowerCase(Locale.ROOT);
        plain = Normalizer.normalize(plain, Normalizer.Form.NFC);
        List<String> w = new ArrayList<>();
        for (String t : plain.split("[^\\p{L}\\p{N}]+")) if (!t.isEmpty()) w.add(t);
        return w;
    }

    /** A Latin letter's accents, after NFKD. */
    private static final Pattern LATIN_ACCENT = Pattern.compile("(\\p{IsLatin})\\p{M}+");

    private static double containment(Set<String> a, Set<String> b) {
        Set<String> small = a.size() <= b.size() ? a : b, large = small == a ? b : a;
        long shared = small.stream().filter(large::contains).count();
        return (double) shared / small.size();
    }
}
