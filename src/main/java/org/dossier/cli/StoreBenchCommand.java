package org.dossier.cli;

import org.dossier.Analyzer;
import org.dossier.store.Ingester;
import org.dossier.bench.QueryLatency;
import org.dossier.bench.StoreReplicator;
import org.dossier.ingest.ArticleReader;
import org.dossier.store.CorpusStore;
import org.dossier.text.Plural;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

@Command(name = "bench-store", mixinStandardHelpOptions = true,
        description = {"Benchmark the corpus store: ingest rate over real articles, then query latency.",
                "Query latency (p50/p99) is that of search, entity, quotes and top-sources on a store grown to --attributions "
                        + "by copying those analyses."},
        footer = {"", "Example:", "  dossier bench-store --in ../shared/data/polnear/train/text \\", "      --in ../shared/data/polnear/dev/text"})
final class StoreBenchCommand implements Callable<Integer> {
    private final Supplier<Analyzer> analyzers;

    @Option(names = "--in", paramLabel = "PATH", description = "Articles to ingest (any form `ingest` reads); repeatable.")
    List<Path> in;

    @Option(names = "--db", paramLabel = "FILE", description = "The benchmark store, overwritten (default: ${DEFAULT-VALUE}).")
    Path db = Path.of("target", "bench-store.db");

    @Option(names = "--attributions", description = "Grow the store to at least this many attributions (default: ${DEFAULT-VALUE}).")
    long attributions = 1_000_000;

    @Option(names = "--runs", description = "Timed runs of each query (default: ${DEFAULT-VALUE}).")
    int runs = 500;

    @Option(names = "--threads", converter = CliValues.Count.class, description = "Articles analyzed at once (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--queries-only", description = "Only time the queries, on the store --db already holds.")
    boolean queriesOnly;

    StoreBenchCommand(Supplier<Analyzer> analyzers) {
        this.analyzers = analyzers;
    }

    @Override
    public Integer call() throws Exception {
        StringBuilder table = new StringBuilder();
        if (!queriesOnly) {
            if (in == null || in.isEmpty()) {
                System.err.println("dossier bench-store: give --in PATH (or --queries-only with an existing --db)");
                return 1;
            }
            Files.createDirectories(db.toAbsolutePath().getParent());
            for (String suffix : List.of("", "-wal", "-shm")) Files.deleteIfExists(Path.of(db + suffix));
            ArticleReader reader = ArticleReader.of(in);
            int total = reader.count();
            Ingester ingester = new Ingester(analyzers, threads);
            System.err.println("dossier bench-store: ingesting " + Plural.of(total, "input") + " from " + in + " ...");
            PrintWriter err = new PrintWriter(System.err, true);
            Progress progress = new Progress(err, total);
            long t0 = System.nanoTime();
            Ingester.Summary s;
            try (CorpusStore store = CorpusStore.open(db)) {
                s = ingester.run(reader, store, progress::done, () -> false);
            }
            progress.finish();
            double ingestS = (System.nanoTime() - t0) / 1e9;
            System.err.println("dossier bench-store: growing the store to " + attributions + " attributions ...");
            long t1 = System.nanoTime();
            long held = StoreReplicator.growTo(db, attributions);
            double growS = (System.nanoTime() - t1) / 1e9;
            table.append("| stage | result | seconds | rate |\n|---|---|---|---|\n");
            table.append(String.format("| ingest (read, analyze, resolve, store) | %d articles (%d failed, %d duplicates) | %.1f | %.2f articles/s, %,.0f chars/s |%n",
                    s.ingested, s.failed.size(), s.duplicates, ingestS, s.ingested / ingestS, s.chars / ingestS));
            table.append(String.format("| grow by copying analyses | %,d attributions, %,.0f MB | %.1f | |%n%n",
                    held, Files.size(db) / 1e6, growS));
        }
        System.err.println("dossier bench-store: timing queries ...");
        table.append("| query | runs | p50 ms | p99 ms | max ms |\n|---|---|---|---|---|\n");
        for (QueryLatency.Result r : QueryLatency.measure(db, runs, 42)) {
            table.append(String.format("| %s | %d | %.2f | %.2f | %.2f |%n", r.query(), r.runs(), r.p50(), r.p99(), r.max()));
        }
        System.out.print(table);
        return 0;
    }
}
