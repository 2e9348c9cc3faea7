package org.dossier.cli;

import org.dossier.Analyzer;
import org.dossier.text.Plural;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

@Command(name = "spark", mixinStandardHelpOptions = true,
        description = {"Analyze a corpus as an Apache Spark job and write the store's tables as Parquet.",
                "Input: JSONL or Parquet articles with the fields id, url, title, source, published, lang, text (a file or a "
                        + "folder of them). Each text's language is detected unless its lang field (an ISO 639-1 code) or "
                        + "--lang gives it; a record's own field wins.",
                "Output: _dossier.json (the counts, which import checks) and one Parquet folder per table: articles, "
                        + "entities, aliases, name_keys, descriptors, article_entities, mentions, attributions, relations, "
                        + "times, stances; errors (records that could not be analyzed, with the reason: not JSON, a text that "
                        + "is empty or not a string, a failed analysis, a language Dossier does not read); warnings (a URL that "
                        + "is not http or https, a date that cannot be read or a lang that is not a language code, dropped from "
                        + "an article, which is kept). Entities are resolved across the "
                        + "whole corpus. Load the result into a store with `dossier import`.",
                "On a cluster, run the same command through spark-submit with the shaded jar (see the README)."},
        footer = {"", "Examples:", "  dossier spark --master local[2] --in articles.jsonl --out analyzed/",
                "  dossier import analyzed/ --db news.db", "",
                "Exit status: 0 every record analyzed; 1 bad usage or the job failed; 2 some records went to errors."})
final class SparkCommand implements java.util.concurrent.Callable<Integer> {
    private final Supplier<Analyzer> analyzers;

    @Spec
    CommandSpec spec;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master (default: the one spark-submit sets, else local[*]).")
    String master;

    @Option(names = "--in", required = true, paramLabel = "PATH", description = "JSONL or Parquet articles: a file or a folder (any Hadoop path).")
    String in;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "A new folder for the Parquet tables.")
    String out;

    @Option(names = "--lang", paramLabel = "CODE", converter = CliValues.Language.class,
            description = "Language of the records that name none, an ISO 639-1 code such as en (default: detected from each text).")
    String lang;

    @Option(names = "--partitions", description = "Pieces the analysis is cut into (default: about 25 articles each).")
    int partitions;

    @Option(names = "--conf", paramLabel = "KEY=VALUE", description = "A Spark setting; may be repeated.")
    Map<String, String> conf = new LinkedHashMap<>();

    SparkCommand(Supplier<Analyzer> analyzers) {
        this.analyzers = analyzers;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (!SparkCheck.available(err, "spark")) return 1;
        long t0 = System.nanoTime();
        org.dossier.spark.CorpusJob.Summary s;
        try {
            s = org.dossier.spark.SparkRun.analyze(master, conf, in, out, partitions, lang, analyzers, new org.dossier.spark.CorpusJob.Listener() {
                long analysisStart;

                @Override
                public void step(String what) {
                    if (what.startsWith("analyzing")) analysisStart = System.nanoTime();
                    err.printf("dossier spark: %s (%.0f s)%n", what, (System.nanoTime() - t0) / 1e9);
                    err.flush();
                }

                @Override
                public void warning(String what) {
                    err.println("dossier spark: warning: " + what);
                    err.flush();
                }

                @Override
                public void analyzed(long done, long total) {
                    err.printf("  %d/%s analyzed, %.2f articles/s%n", done, Plural.of(total, "article"), done / ((System.nanoTime() - analysisStart) / 1e9));
                    err.flush();
                }
            });
        } catch (IllegalArgumentException e) {
            err.println("dossier spark: " + e.getMessage());
            return 1;
        }
        PrintWriter o = spec.commandLine().getOut();
        o.printf("| records | articles | repeats | errors | warnings | entities | attributions | seconds | articles/s |%n"
                + "|---|---|---|---|---|---|---|---|---|%n");
        o.printf("| %d | %d | %d | %d | %d | %d | %d | %.1f | %.2f |%n", s.records(), s.articles(), s.duplicates(), s.errors(), s.warnings(),
                s.entities(), s.attributions(), s.seconds(), s.articles() / s.seconds());
        o.flush();
        if (s.errors() > 0) {
            err.printf("dossier spark: %s could not be analyzed; the reasons are in %s/errors%n", Plural.of(s.errors(), "record"), out);
        }
        if (s.warnings() > 0) {
            err.printf("dossier spark: %s (a URL that is not http or https, a date that cannot be read or a lang that is not a "
                    + "language code, dropped from an article); "
                    + "they are in %s/warnings%n", Plural.of(s.warnings(), "warning"), out);
        }
        err.flush();
        return s.errors() > 0 ? 2 : 0;
    }
}
