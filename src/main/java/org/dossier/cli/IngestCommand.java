package org.dossier.cli;

import org.dossier.Analyzer;
import org.dossier.ArticleInfo;
import org.dossier.ingest.ArticleInput;
import org.dossier.ingest.ArticleReader;
import org.dossier.ingest.SourceArticle;
import org.dossier.model.Analysis;
import org.dossier.store.CorpusStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
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
import java.util.function.Supplier;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Analyze articles and add them to the corpus store.",
                "Reads .txt (metadata from a NAME.meta.json sidecar: url, title, source, published, byline), .html/.htm "
                        + "saved pages, .jsonl (one article a line: id, url, title, source, published, text) and web "
                        + "archives (.warc, .warc.gz). Folders are read recursively.",
                "An article already in the store (same URL or same text) is skipped, so an interrupted run is "
                        + "resumed by running it again: each article is committed whole or not at all."},
        footer = {"", "Examples:", "  dossier ingest news/ --db news.db", "  dossier ingest feed.jsonl crawl.warc.gz",
                "", "Exit status: 0 all read; 1 bad usage or the store cannot be written; 2 some inputs failed."})
final class IngestCommand implements java.util.concurrent.Callable<Integer> {
    private final Supplier<Analyzer> analyzers;

    @Spec
    CommandSpec spec;

    @Mixin
    StoreFile store;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to read.")
    List<Path> paths;

    @Option(names = "--threads", description = "Articles analyzed at once (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    IngestCommand(Supplier<Analyzer> analyzers) {
        this.analyzers = analyzers;
    }

    private record Pending(SourceArticle article, Future<Analysis> analysis) {}

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        ArticleReader reader;
        try {
            reader = ArticleReader.of(paths);
        } catch (IOException e) {
            err.println("dossier ingest: " + e.getMessage());
            return 1;
        }
        int[] total = {0};
        reader.forEach(x -> total[0]++);  // a first pass, so that progress can say how much is left
        err.printf("dossier: %d inputs in %d files%s; loading models...%n", total[0], reader.files().size(),
                reader.otherFiles() > 0 ? " (" + reader.otherFiles() + " files of other types left alone)" : "");
        err.flush();
        Analyzer analyzer = analyzers.get();
        Summary summary = new Summary();
        Progress progress = new Progress(err, total[0]);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try (CorpusStore corpus = CorpusStore.open(store.db)) {
            Deque<Pending> pending = new ArrayDeque<>();
            Set<String> thisRun = new HashSet<>();
            SQLException[] fatal = {null};
            reader.forEach(input -> {
                if (fatal[0] != null) return;
                try {
                    if (input.article() == null) {
                        summary.problem(input);
                        progress.done(0);
                        return;
                    }
                    SourceArticle a = input.article();
                    boolean seen = !thisRun.add(CorpusStore.textKey(a.text())) | (a.url() != null && !thisRun.add(a.url()));
                    if (seen || corpus.contains(a)) {
                        summary.duplicates++;
                        progress.done(0);
                        return;
                    }
                    pending.add(new Pending(a, pool.submit(() -> analyzer.analyze(a.text(), new ArticleInfo(a.title(), a.published())))));
                    while (pending.size() > 2 * Math.max(1, threads)) store(corpus, pending.poll(), summary, progress);
                } catch (SQLException e) {
                    fatal[0] = e;
                }
            });
            while (fatal[0] == null && !pending.isEmpty()) {
                try {
                    store(corpus, pending.poll(), summary, progress);
                } catch (SQLException e) {
                    fatal[0] = e;
                }
            }
            if (fatal[0] != null) {
                err.println("dossier ingest: cannot write " + store.db + ": " + fatal[0].getMessage()
                        + " (articles added before this are kept; run again to resume)");
                return 1;
            }
        } catch (SQLException e) {
            err.println("dossier ingest: cannot open " + store.db + ": " + e.getMessage());
            return 1;
        } finally {
            pool.shutdownNow();
        }
        progress.finish();
        summary.print(err, store.db);
        return summary.failed.isEmpty() ? 0 : 2;
    }

    /** Waits for one analysis and commits it; an analysis that failed is reported, a store that fails stops the run. */
    private static void store(CorpusStore corpus, Pending p, Summary summary, Progress progress) throws SQLException {
        Analysis analysis;
        try {
            analysis = p.analysis().get();
        } catch (ExecutionException e) {
            summary.failed.add(p.article().origin() + ": " + e.getCause());
            progress.done(0);
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted");
        }
        corpus.add(p.article(), analysis);
        summary.ingested++;
        progress.done(p.article().text().length());
    }

    private static final class Summary {
        int ingested, duplicates;
        final List<String> notArticles = new ArrayList<>();
        final List<String> failed = new ArrayList<>();

        void problem(ArticleInput input) {
            (input.notAnArticle() ? notArticles : failed).add(input.origin() + ": " + input.problem());
        }

        void print(PrintWriter err, Path db) {
            err.printf("dossier: ingested %d, skipped %d already in the store, %d not articles, %d failed; store: %s%n",
                    ingested, duplicates, notArticles.size(), failed.size(), db);
            notArticles.forEach(m -> err.println("  not an article: " + m));
            failed.forEach(m -> err.println("  failed: " + m));
            err.flush();
        }
    }
}
