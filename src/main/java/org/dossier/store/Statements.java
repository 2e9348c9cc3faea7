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
import java.util.stream.Collectors;

/**
 * One statement, many reports: finds the statement an attribution repeats, so that wire copy,
 * follow-ups and quotes of quotes count once. Two contents are the same statement when at least
 * {@value #CONTAINMENT} of the shorter one's words are in the longer one (a follow-up often quotes
 * a part), and no two different speakers are named.
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

    /** The id of the statement of this type that {@code content} by {@code speaker} repeats, or null. */
    Long find(String content, Long speaker, String type) throws SQLException {
        Set<String> words = words(content);
        if (words.size() < MIN_WORDS) return null;
        // The longest words are the rarest: they find candidates; the word sets decide.
        String query = words.stream().filter(w -> w.length() >= 4).sorted(Comparator.comparingInt(String::length).reversed()
                .thenComparing(Comparator.naturalOrder())).limit(QUERY_WORDS).map(w -> "\"" + w + "\"").collect(Collectors.joining(" OR "));
        if (query.isEmpty()) return null;
        try (PreparedStatement ps = db.prepareStatement("SELECT s.id, s.content, s.speaker_id FROM statements_fts f "
                + "JOIN statements s ON s.id = f.rowid WHERE statements_fts MATCH ? AND s.type = ? ORDER BY f.rank LIMIT 10")) {
            ps.setString(1, query);
            ps.setString(2, type);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long otherSpeaker = rs.getLong(3);
                    boolean speakerKnown = !rs.wasNull();
                    if (speaker != null && speakerKnown && otherSpeaker != speaker) continue;
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

    /** Lowercase words without accents, in order, split as FTS5's default tokenizer splits them. */
    static List<String> wordList(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        List<String> w = new ArrayList<>();
        for (String t : plain.split("[^\\p{L}\\p{N}]+")) if (!t.isEmpty()) w.add(t);
        return w;
    }

    private static double containment(Set<String> a, Set<String> b) {
        Set<String> small = a.size() <= b.size() ? a : b, large = small == a ? b : a;
        long shared = small.stream().filter(large::contains).count();
        return (double) shared / small.size();
    }
}
