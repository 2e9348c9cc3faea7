package org.dossier.cli;

import org.dossier.Analyzer;
import org.dossier.store.Ingester;
import org.dossier.ingest.ArticleReader;
import org.dossier.text.Problems;
import org.dossier.store.CorpusStore;
import org.dossier.text.Plural;
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
                "Reads .txt (metadata from a NAME.meta.json sidecar: url, title, source, published, byline, lang), .html/.htm "
                        + "saved pages, .jsonl (one article a line: id, url, title, source, byline, published, lang, text) and web "
                        + "archives (.warc, .warc.gz). Folders are read recursively; a link that leaves its folder is "
                        + "not followed (a warning names it), a link to a file inside it is read as that file.",
                "Each text's language is detected, unless its record or sidecar has a \"lang\" field (an ISO 639-1 code) "
                        + "or --lang gives one; a record's own field wins. A text in a language Dossier does not read fails, "
                        + "naming the language.",
                "A .txt file without a title in its sidecar takes its first line as the title where that line reads as "
                        + "a headline: at most 150 characters, no final full stop, a blank line after it (--no-title-line: never).",
                "A record whose text is empty or not a string is reported, never stored. A URL that is not http or "
                        + "https, a date that cannot be read and a lang that is not a language code are dropped with a "
                        + "warning; the article is kept.",
                "An article already in the store (same URL or same text) is skipped, so an interrupted run is "
                        + "resumed by running it again: each article is committed whole or not at all."},
        footer = {"", "Examples:", "  dossier ingest news/ --db news.db", "  dossier ingest feed.jsonl crawl.warc.gz",
                "", "Ctrl-C or SIGTERM stops after the articles being analyzed and prints the summary; run the same "
                        + "command again to resume.",
                "", "Exit status: 0 all read; 1 bad usage or the store cannot be written; 2 some inputs failed; "
                        + "130 stopped by Ctrl-C, 143 by SIGTERM."})
final class IngestCommand implements java.util.concurrent.Callable<Integer> {
    /** What a stopped run returns; the JVM, stopped by a signal, exits with 130 (SIGINT) or 143 (SIGTERM) itself. */
    static final int STOPPED = 130;

    private final Supplier<Analyzer> analyzers;

    @Spec
    CommandSpec spec;

    @Mixin
    StoreFile store;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to read.")
    List<Path> paths;

    @Option(names = "--threads", converter = CliValues.Count.class, description = "Articles analyzed at once (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--lang", paramLabel = "CODE", converter = CliValues.Language.class,
            description = "Language of the articles whose input names none, an ISO 639-1 code such as en (default: detected from each text).")
    String lang;

    @Option(names = "--title-line", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Take a plain text's headline line as its title when no sidecar gives one (default: on).")
    boolean titleLine;

    IngestCommand(Supplier<Analyzer> analyzers) {
        this.analyzers = analyzers;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        ArticleReader reader;
        try {
            reader = ArticleReader.of(paths, titleLine, lang);
        } catch (IOException e) {
            err.println("dossier ingest: " + e.getMessage());
            return 1;
        }
        reader.refusedLinks().forEach(link -> err.println("dossier ingest: warning: " + link));
        if (!store.usable(err, "ingest", true)) return 1;
        int total = reader.count();
        err.printf("dossier: %s in %s%s%n", Plural.of(total, "input"), Plural.of(reader.files().size(), "file"),
                reader.otherFiles() > 0 ? " (" + Plural.of(reader.otherFiles(), "file") + " of other types left alone)" : "");
        err.flush();
        Ingester.Summary summary;
        try (StopSignal stop = StopSignal.install()) {
            try (CorpusStore corpus = CorpusStore.open(store.db)) {
                Ingester ingester = new Ingester(() -> {
                    err.println("dossier: loading models...");
                    err.flush();
                    return analyzers.get();
                }, threads);
                Progress progress = new Progress(err, total);
                summary = ingester.run(reader, corpus, progress::done, stop::raised);
                progress.finish();
            } catch (SQLException e) {
                err.println("dossier ingest: cannot write " + store.db + ": " + Problems.inWords(e)
                        + " (articles added before this are kept; run again to resume)");
                return 1;
            }
            printSummary(err, summary);
            if (summary.stopped) {
                err.println("dossier ingest: stopped before the end; run the same command again to resume");
                err.flush();
                return STOPPED;
            }
        }
        return summary.failed.isEmpty() ? 0 : 2;
    }

    private void printSummary(PrintWriter err, Ingester.Summary s) {
        err.printf("dossier: ingested %d, skipped %d already in the store, %s, %d failed, %s; store: %s%n",
                s.ingested, s.duplicates, Plural.of(s.notArticles.size(), "not an article", "not articles"), s.failed.size(),
                Plural.of(s.warnings.size(), "warning"), store.db);
        s.notArticles.forEach(m -> err.println("  not an article: " + m));
        s.failed.forEach(m -> err.println("  failed: " + m));
        s.warnings.forEach(m -> err.println("  warning: " + m));
        err.flush();
    }
}
