package org.dossier.cli;

import org.dossier.bench.LoadTest;
import org.dossier.serve.DossierServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "bench-serve", mixinStandardHelpOptions = true,
        description = {"Load benchmark of `serve`: throughput, p50/p99 latency and errors.",
                "Concurrent keep-alive clients query the entity-profile and search endpoints of a server started on this store. "
                        + "Profiles: first visits of every entity (none cached, until they run out or time is up), then the 200 "
                        + "most quoted again and again (served from the profile cache); search words come from stored quotes."},
        footer = {"", "Example (after bench-store has built its 1M-attribution store):",
                "  dossier bench-serve --db target/bench-store.db"})
final class ServeBenchCommand implements Callable<Integer> {
    @Option(names = "--db", paramLabel = "FILE", description = "The store to serve (default: ${DEFAULT-VALUE}).")
    Path db = Path.of("target", "bench-store.db");

    @Option(names = "--clients", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients = 16;

    @Option(names = "--seconds", description = "Seconds per scenario, after a 5-second warm-up (default: ${DEFAULT-VALUE}).")
    int seconds = 20;

    @Option(names = "--connections", description = "Store connections of the server (default: ${DEFAULT-VALUE}).")
    int connections = 8;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(db)) {
            System.err.println("dossier bench-serve: no store at " + db + " (run `dossier bench-store` first, or give --db)");
            return 1;
        }
        List<String> profiles = new ArrayList<>(), anyProfiles = new ArrayList<>(), searches = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT id FROM entities ORDER BY statements DESC LIMIT 200")) {
                while (rs.next()) profiles.add("/api/entities/" + rs.getLong(1));
            }
            try (ResultSet rs = s.executeQuery("SELECT id FROM entities")) {
                while (rs.next()) anyProfiles.add("/api/entities/" + rs.getLong(1));
            }
            try (ResultSet rs = s.executeQuery("SELECT content FROM statements ORDER BY random() LIMIT 500")) {
                while (rs.next()) {
                    for (String w : rs.getString(1).split("[^\\p{L}]+")) {
                        if (w.length() >= 5) {
                            searches.add("/api/search?q=" + URLEncoder.encode(w, StandardCharsets.UTF_8));
                            break;
                        }
                    }
                }
            }
        }
        try (DossierServer server = new DossierServer(db, () -> {
            throw new IllegalStateException("analysis is not part of this benchmark");
        }, connections, 1)) {
            String base = "http://127.0.0.1:" + server.start("127.0.0.1", 0);
            StringBuilder table = new StringBuilder(String.format("%s, %d clients, %d s per scenario, %d cores%n%n", db, clients, seconds,
                    Runtime.getRuntime().availableProcessors()));
            table.append("| endpoint | requests | requests/s | p50 ms | p99 ms | max ms | errors |\n|---|---|---|---|---|---|---|\n");
            System.err.println("dossier bench-serve: warming up ...");
            LoadTest.run("warm-up", base, searches, false, clients, Duration.ofSeconds(5));
            java.util.Collections.shuffle(anyProfiles, new java.util.Random(42));
            List<LoadTest.Result> results = new ArrayList<>();
            System.err.println("dossier bench-serve: profiles, first visits ...");
            results.add(LoadTest.run("GET /api/entities/{id}, first visits (" + anyProfiles.size() + " entities, uncached)",
                    base, anyProfiles, true, clients, Duration.ofSeconds(seconds)));
            System.err.println("dossier bench-serve: profiles of the 200 most quoted ...");
            results.add(LoadTest.run("GET /api/entities/{id}, 200 most quoted, again and again", base, profiles, false, clients,
                    Duration.ofSeconds(seconds)));
            System.err.println("dossier bench-serve: search ...");
            results.add(LoadTest.run("GET /api/search?q=WORD", base, searches, false, clients, Duration.ofSeconds(seconds)));
            for (LoadTest.Result r : results) {
                table.append(String.format("| %s | %,d | %,.0f | %.2f | %.2f | %.2f | %d |%n", r.scenario(), r.requests(), r.perSecond(),
                        r.p50(), r.p99(), r.max(), r.errors()));
            }
            System.out.print(table);
        }
        return 0;
    }
}
