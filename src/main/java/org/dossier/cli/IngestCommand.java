package org.dossier.cli;

import org.dossier.Analyzer;
import org.dossier.Ingester;
import org.dossier.ingest.ArticleReader;
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
import java.util.List;
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
        int total = reader.count();
        err.printf("dossier: %d inputs in %d files%s; loading models...%n", total, reader.files().size(),
                reader.otherFiles() > 0 ? " (" + reader.otherFiles() + " files of other types left alone)" : "");
        err.flush();
        Ingester.Summary summary;
        try (CorpusStore corpus = CorpusStore.open(store.db)) {  // before the models load: a bad --db fails at once
            Ingester ingester = new Ingester(analyzers.get(), threads);
            Progress progress = new Progress(err, total);
            summary = ingester.run(reader, corpus, progress::done);
            progress.finish();
        } catch (SQLException e) {
            err.println("dossier ingest: cannot write " + store.db + ": " + e.getMessage()
                    + " (articles added before this are kept; run again to resume)");
            return 1;
        }
        err.printf("dossier: ingested %d, skipped %d already in the store, %d not articles, %d failed; store: %s%n",
                summary.ingested, summary.duplicates, summary.notArticles.size(), summary.failed.size(), store.db);
        summary.notArticles.forEach(m -> err.println("  not an article: " + m));
        summary.failed.forEach(m -> err.println("  failed: " + m));
        err.flush();
        return summary.failed.isEmpty() ? 0 : 2;
    }
}
