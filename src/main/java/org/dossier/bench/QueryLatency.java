package org.dossier.bench;

import org.dossier.store.CorpusQueries;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Latency of the four corpus queries as the command line runs them, on a realistic mix of
 * arguments drawn from the store itself: search words taken from stored quotes, names of the 200
 * most quoted entities (the heaviest profiles), publishers that exist.
 */
public final class QueryLatency {
    /** Percentiles of one query's latency, in milliseconds. */
    public record Result(String query, int runs, double p50, double p99, double max) {}

    private interface Query {
        void run(CorpusQueries q, int i) throws SQLException;
    }

    private QueryLatency() {}

    public static List<Result> measure(Path db, int runs, long seed) throws SQLException {
        Random random = new Random(seed);
        List<String> words = new ArrayList<>(), names = new ArrayList<>(), publishers = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT content FROM statements ORDER BY random() LIMIT " + runs)) {
                while (rs.next()) {
                    List<String> w = Arrays.stream(rs.getString(1).split("[^\\p{L}]+")).filter(x -> x.length() >= 5).toList();
                    if (!w.isEmpty()) words.add(w.get(random.nextInt(w.size())) + (w.size() > 1 && random.nextBoolean() ? " " + w.get(0) : ""));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT name FROM entities ORDER BY statements DESC LIMIT 200")) {
                while (rs.next()) names.add(rs.getString(1));
            }
            try (ResultSet rs = s.executeQuery("SELECT DISTINCT publisher FROM publisher_sources")) {
                while (rs.next()) publishers.add(rs.getString(1));
            }
        }
        if (words.isEmpty() || names.isEmpty()) throw new SQLException("the store holds no quotes to query");
        Map<String, Query> queries = new LinkedHashMap<>();
        queries.put("search TEXT", (q, i) -> q.search(words.get(i % words.size()), new CorpusQueries.Filter(null, null, null, 20)));
        queries.put("search TEXT --publisher P", (q, i) -> q.search(words.get(i % words.size()), new CorpusQueries.Filter(null, null,
                publishers.isEmpty() ? null : publishers.get(random.nextInt(publishers.size())), 20)));
        queries.put("entity NAME (profile)", (q, i) -> q.profile(q.findEntities(names.get(random.nextInt(names.size()))).get(0).id()));
        queries.put("quotes --by NAME [--since]", (q, i) -> q.quotesBy(q.findEntities(names.get(random.nextInt(names.size()))).get(0).id(),
                new CorpusQueries.Filter(i % 2 == 0 ? null : "2020-01-01", null, null, 20)));
        queries.put("top-sources [--publisher]", (q, i) -> q.topSources(i % 2 == 0 || publishers.isEmpty() ? null
                : publishers.get(random.nextInt(publishers.size())), 20));
        List<Result> results = new ArrayList<>();
        try (CorpusQueries q = CorpusQueries.open(db)) {
            for (Map.Entry<String, Query> e : queries.entrySet()) {
                for (int i = 0; i < Math.min(50, runs); i++) e.getValue().run(q, i);  // warm-up: JIT and page cache
                double[] ms = new double[runs];
                for (int i = 0; i < runs; i++) {
                    long t0 = System.nanoTime();
                    e.getValue().run(q, i);
                    ms[i] = (System.nanoTime() - t0) / 1e6;
                }
                Arrays.sort(ms);
                results.add(new Result(e.getKey(), runs, ms[(int) (0.50 * (runs - 1))], ms[(int) Math.ceil(0.99 * (runs - 1))], ms[runs - 1]));
            }
        }
        return results;
    }
}
