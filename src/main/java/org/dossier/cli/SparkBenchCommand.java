package org.dossier.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.dossier.Analyzer;
import org.dossier.ArticleInfo;
import org.dossier.text.ArticleFiles;
import org.dossier.text.Plural;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

@Command(name = "bench-spark", mixinStandardHelpOptions = true,
        description = {"Benchmark the Spark job against `analyze --in` on the same articles, in this JVM with the models "
                + "loaded once: analyze --in on 1 and 2 threads, then `dossier spark` on local[1] and local[2].",
                "Prints articles/s, the scaling efficiency from 1 to 2 cores, and what the Spark job costs per article "
                        + "over analyze --in on as many cores (its reading, repeat checks, entity resolution and Parquet output)."},
        footer = {"", "Example:", "  dossier bench-spark --in ../shared/data/polnear/train/text"})
final class SparkBenchCommand implements java.util.concurrent.Callable<Integer> {
    private final Supplier<Analyzer> analyzers;

    @Spec
    CommandSpec spec;

    @Option(names = "--in", required = true, paramLabel = "DIR", description = "A folder of .txt articles.")
    Path in;

    @Option(names = "--limit", converter = CliValues.Count.class, description = "Use only the first N articles (default: all).")
    int limit = Integer.MAX_VALUE;

    @Option(names = "--work", paramLabel = "DIR", description = "Where the runs write (default: a temporary folder, deleted after).")
    Path work;

    SparkBenchCommand(Supplier<Analyzer> analyzers) {
        this.analyzers = analyzers;
    }

    /** Step times of each Spark run, on stderr. */
    private final org.dossier.spark.CorpusJob.Listener STEPS = new org.dossier.spark.CorpusJob.Listener() {
        private long last = System.nanoTime();

        @Override
        public void step(String what) {
            spec.commandLine().getErr().printf("  %s (%.1f s after the last step)%n", what, (System.nanoTime() - last) / 1e9);
            spec.commandLine().getErr().flush();
            last = System.nanoTime();
        }

        @Override
        public void analyzed(long done, long total) {}

        @Override
        public void warning(String what) {}  // the walk over --in said it already
    };

    private record Run(String path, int cores, long articles, double seconds) {
        double rate() {
            return articles / seconds;
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (!SparkCheck.available(err, "bench-spark")) return 1;
        if (!Files.isDirectory(in)) {
            err.println("dossier bench-spark: --in " + in + " is not a folder");
            return 1;
        }
        List<Path> all = ArticleFiles.textsBelow(in, link -> err.println("dossier bench-spark: warning: " + link));
        List<Path> files = all.subList(0, Math.min(limit, all.size()));
        boolean temporary = work == null;
        Path dir = temporary ? Files.createTempDirectory("dossier-bench-spark") : Files.createDirectories(work);
        // The same texts both ways: as .txt files for analyze --in and as JSONL for the Spark job.
        Path txt = Files.createDirectories(dir.resolve("txt"));
        Path jsonl = dir.resolve("articles.jsonl");
        ObjectMapper json = new ObjectMapper();
        try (BufferedWriter w = Files.newBufferedWriter(jsonl)) {
            for (Path f : files) {
                String name = in.relativize(f).toString().replace('/', '_');
                Files.copy(f, txt.resolve(name));
                w.write(json.writeValueAsString(Map.of("id", name, "text", ArticleFiles.read(f))));
                w.newLine();
            }
        }
        err.printf("dossier bench-spark: %s; loading models...%n", Plural.of(files.size(), "article"));
        long t0 = System.nanoTime();
        Analyzer analyzer = analyzers.get();
        double load = (System.nanoTime() - t0) / 1e9;
        for (Path f : files.subList(0, Math.min(10, files.size()))) analyzer.analyze(ArticleFiles.read(f), new ArticleInfo(null, null));

        List<Run> runs = new ArrayList<>();
        for (int cores : new int[] {1, 2}) {
            err.printf("dossier bench-spark: analyze --in, %d thread(s)...%n", cores);
            long t = System.nanoTime();
            int exit = quiet(analyzer).execute("analyze", "--in", txt.toString(), "--out", dir.resolve("json" + cores).toString(),
                    "--threads", Integer.toString(cores));
            if (exit != 0) throw new IllegalStateException("analyze --in failed (exit " + exit + ")");
            runs.add(new Run("analyze --in", cores, files.size(), (System.nanoTime() - t) / 1e9));

            err.printf("dossier bench-spark: spark, local[%d]...%n", cores);
            t = System.nanoTime();
            var summary = org.dossier.spark.SparkRun.analyze("local[" + cores + "]", Map.of(), jsonl.toString(),
                    dir.resolve("spark" + cores).toString(), 0, null, () -> analyzer, STEPS);
            // The job drops repeated texts as ingest does; analyze --in analyzes every file.
            if (summary.articles() + summary.duplicates() != files.size() || summary.errors() > 0) {
                throw new IllegalStateException("the Spark job wrote " + summary.articles() + " articles and " + summary.errors() + " errors");
            }
            runs.add(new Run("spark", cores, summary.articles(), (System.nanoTime() - t) / 1e9));
        }
        PrintWriter o = spec.commandLine().getOut();
        o.printf("| path | cores | articles | seconds | articles/s | scaling 1 -> 2 cores | extra ms/article vs analyze --in |%n");
        o.printf("|---|---|---|---|---|---|---|%n");
        for (Run r : runs) {
            Run one = runs.stream().filter(x -> x.path().equals(r.path()) && x.cores() == 1).findFirst().orElseThrow();
            Run base = runs.stream().filter(x -> x.path().equals("analyze --in") && x.cores() == r.cores()).findFirst().orElseThrow();
            String scaling = r.cores() == 1 ? "" : String.format("%.0f%%", 100 * r.rate() / (r.cores() * one.rate()));
            String extra = r == base ? "" : String.format("%.0f", 1000 * (r.seconds() - base.seconds()) / r.articles());
            o.printf("| %s | %d | %d | %.1f | %.2f | %s | %s |%n", r.path(), r.cores(), r.articles(), r.seconds(), r.rate(), scaling, extra);
        }
        o.printf("%nModels loaded once in %.1f s (not in the times above; a Spark executor loads them once per JVM).%n", load);
        o.flush();
        if (temporary) deleteTree(dir);
        return 0;
    }

    /** The command line with its output swallowed: the bench prints its own. */
    private static CommandLine quiet(Analyzer analyzer) {
        CommandLine cl = Main.commandLine(() -> analyzer);
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(new StringWriter()));
        return cl;
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
