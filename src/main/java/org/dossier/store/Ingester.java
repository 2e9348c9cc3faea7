package org.dossier.store;

import org.dossier.ArticleInfo;

import org.dossier.Analyzer;

import org.dossier.ingest.ArticleInput;
import org.dossier.ingest.ArticleReader;
import org.dossier.text.Problems;
import org.dossier.ingest.SourceArticle;
import org.dossier.model.Analysis;
import org.dossier.store.CorpusStore;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * Reads articles, analyzes them on several threads and adds them to a corpus store, in input
 * order, each in its own transaction. Articles already in the store (same URL or same text) are
 * skipped before they are analyzed, so rerunning an interrupted ingest resumes it.
 */
public final class Ingester {
    private final Supplier<Analyzer> analyzers;
    private final int threads;
    private Analyzer analyzer;

    /** @param analyzers asked once, for the first article to analyze: a run with nothing to analyze loads no models */
    public Ingester(Supplier<Analyzer> analyzers, int threads) {
        this.analyzers = analyzers;
        this.threads = Math.max(1, threads);
    }

    /** What an ingest did: counts, and a line for each input that gave no article and each value dropped. */
    public static final class Summary {
        public int ingested, duplicates;
        public long chars;
        /** True when a stop was asked for before every input was read. */
        public boolean stopped;
        public final List<String> notArticles = new ArrayList<>();
        public final List<String> failed = new ArrayList<>();
        public final List<String> warnings = new ArrayList<>();
    }

    private record Pending(SourceArticle article, Future<Analysis> analysis) {}

    /**
     * @param done called once per input with the characters analyzed (0 when it was skipped or failed)
     * @param stop asked after each input: once true, no further input is read, analyses not yet
     *             begun are dropped, and those begun are finished and committed
     * @throws SQLException when the store cannot be written; what was added before stays
     */
    public Summary run(ArticleReader reader, CorpusStore store, IntConsumer done, BooleanSupplier stop) throws SQLException {
        Summary summary = new Summary();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Deque<Pending> pending = new ArrayDeque<>();
        Set<String> thisRun = new HashSet<>();
        SQLException[] fatal = {null};
        try {
            reader.forEachWhile(input -> {
                try {
                    accept(input, store, summary, pool, pending, thisRun, done);
                    while (pending.size() > 2 * threads && !stop.getAsBoolean()) add(store, pending.poll(), summary, done);
                } catch (SQLException e) {
                    fatal[0] = e;
                }
                summary.stopped = stop.getAsBoolean();
                return fatal[0] == null && !summary.stopped;
            });
            while (fatal[0] == null && !pending.isEmpty()) {
                // On a stop, analyses not yet begun are left for the next run; those begun are finished and committed.
                if (stop.getAsBoolean() && pending.removeIf(p -> p.analysis().cancel(false))) summary.stopped = true;
                if (!pending.isEmpty()) add(store, pending.poll(), summary, done);
            }
        } finally {
            pool.shutdownNow();
        }
        if (fatal[0] != null) throw fatal[0];
        return summary;
    }

    private void accept(ArticleInput input, CorpusStore store, Summary summary, ExecutorService pool, Deque<Pending> pending,
                        Set<String> thisRun, IntConsumer done) throws SQLException {
        for (String w : input.warnings()) summary.warnings.add(input.origin() + ": " + w);
        if (input.article() == null) {
            (input.notAnArticle() ? summary.notArticles : summary.failed).add(input.origin() + ": " + input.problem());
            done.accept(0);
            return;
        }
        SourceArticle a = input.article();
        boolean seen = !thisRun.add(CorpusStore.textKey(a.text())) | (a.url() != null && !thisRun.add(a.url()));
        if (seen || store.contains(a)) {
            summary.duplicates++;
            done.accept(0);
            return;
        }
        if (analyzer == null) analyzer = analyzers.get();
        Analyzer analyzer = this.analyzer;
        pending.add(new Pending(a, pool.submit(() -> analyzer.analyze(a.text(), new ArticleInfo(a.title(), a.published(), a.language())))));
    }

    /** Waits for one analysis and commits it; a failed analysis is reported, a failed write stops the run. */
    private static void add(CorpusStore store, Pending p, Summary summary, IntConsumer done) throws SQLException {
        Analysis analysis;
        try {
            analysis = p.analysis().get();
        } catch (ExecutionException e) {
            summary.failed.add(p.article().origin() + ": analysis failed: " + Problems.inWords(e.getCause()));
            done.accept(0);
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted");
        }
        store.add(p.article(), analysis);
        summary.ingested++;
        summary.chars += p.article().text().length();
        done.accept(p.article().text().length());
    }
}
