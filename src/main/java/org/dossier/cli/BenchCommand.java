package org.dossier.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.dossier.Analyzer;
import org.dossier.ArticleInfo;
import org.dossier.nlp.StageTimes;
import org.dossier.nlp.StageTimes.Stage;
import org.dossier.bench.CoreNlpQuoteBaseline;
import org.dossier.eval.BratReader;
import org.dossier.eval.GoldArticle;
import org.dossier.eval.Scorer;
import org.dossier.eval.Scores;
import org.dossier.eval.WordTokens;
import org.dossier.model.Analysis;
import org.dossier.text.ArticleFiles;
import org.dossier.text.BadInputException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmark Dossier against Stanford CoreNLP's quote pipeline: speed, memory, accuracy, and where Dossier's time goes.",
                "CoreNLP runs tokenize,ssplit,pos,lemma,ner,depparse,coref,quote with statistical coreference and quote "
                        + "attribution (fine-grained NER off, as in Dossier). Each system runs as a fresh process, with the JVM "
                        + "options this one runs with, over the same articles, writing one JSON file per article as `analyze --in` "
                        + "does. The first table gives whole-process wall time (JVM start, model loading, analysis, output) and "
                        + "steady-state throughput (after the first few articles, while the JIT warms up); the second, Dossier's "
                        + "CPU time per stage; the third, Dossier's words per CPU second in each language it detected."},
        footer = {"", "Examples:", "  dossier bench --gold ../shared/data/polnear/dev",
                "  dossier bench --text ../shared/data/bbc-news --skip-corenlp",
                "  dossier bench --text ../shared/data/slavicner/raw/brexit --skip-corenlp   (Russian, Ukrainian, Bulgarian)"})
final class BenchCommand implements Callable<Integer> {
    /** Articles finished before steady-state throughput is timed: the JIT compiles the hot code meanwhile. */
    private static final int WARM_UP = 3;
    /** spaCy's small English pipeline (tagger, parser, NER) on one CPU core, as spaCy publishes it; not measured here. */
    private static final int SPACY_WORDS_PER_CORE = 10_000;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Corpus corpus;

    /** What is analysed: a scored gold corpus, or any folder of texts for throughput alone. */
    static final class Corpus {
        @Option(names = "--gold", required = true, paramLabel = "DIR",
                description = "Articles in PolNeAR layout (DIR/text, DIR/attributions): timed and scored.")
        Path gold;

        @Option(names = "--text", required = true, paramLabel = "DIR",
                description = "Every *.txt below DIR (e.g. the 2,095 BBC articles): timed, not scored.")
        Path text;

        Path dir() {
            return gold != null ? gold : text;
        }

        List<String> option() {
            return gold != null ? List.of("--gold", gold.toString()) : List.of("--text", text.toString());
        }
    }

    @Option(names = "--limit", converter = CliValues.Count.class, description = "Use only the first N articles (default: all).")
    int limit = Integer.MAX_VALUE;

    @Option(names = "--threads", converter = CliValues.Count.class, description = "Articles analyzed at once by each system (default: cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--heap", description = "Maximum heap of Dossier's JVM (default: ${DEFAULT-VALUE}, the launcher's default).")
    String heap = "2g";

    @Option(names = "--corenlp-heap", description = "Maximum heap of CoreNLP's JVM (default: ${DEFAULT-VALUE}).")
    String coreNlpHeap = "6g";

    @Option(names = "--skip-corenlp", description = "Measure Dossier only.")
    boolean skipCoreNlp;

    @Option(names = "--system", hidden = true, description = "Internal: run one system in this JVM and print JSON.")
    String system;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (system != null) return runOne();
        if (!Files.isDirectory(corpus.dir())) {
            spec.commandLine().getErr().println("dossier bench: " + corpus.dir() + " is not a folder");
            return 1;
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.add(child("dossier"));
        if (!skipCoreNlp) rows.add(child("corenlp"));
        spec.commandLine().getOut().println(table(rows));
        spec.commandLine().getOut().flush();
        return 0;
    }

    /**
     * The JIT options the launcher tunes for Dossier's batches, as it names them in this system
     * property: CoreNLP runs as its own users run it, without them.
     */
    private static final List<String> DOSSIER_JIT = List.of(System.getProperty("dossier.jit", "").split(" "));

    /** Runs one system as a fresh process, as a user would, and adds its whole wall time to what it reports. */
    private Map<String, Object> child(String which) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx" + (which.equals("dossier") ? heap : coreNlpHeap)));
        // the launcher's JVM options (GC, class-data sharing), less the heap cap set above, any
        // archive dump and, for CoreNLP, the compiler tuning the launcher ships for Dossier
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (arg.startsWith("-Xmx") || arg.startsWith("-XX:ArchiveClassesAtExit")) continue;
            if (!which.equals("dossier") && DOSSIER_JIT.contains(arg)) continue;
            cmd.add(arg);
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "bench"));
        cmd.addAll(corpus.option());
        cmd.addAll(List.of("--limit", Integer.toString(limit), "--threads", Integer.toString(threads), "--system", which));
        spec.commandLine().getErr().println("dossier bench: running " + which + " ...");
        spec.commandLine().getErr().flush();
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) throw new IllegalStateException(which + " benchmark failed (exit " + p.exitValue() + ")");
        double wall = (System.nanoTime() - t0) / 1e9;
        @SuppressWarnings("unchecked")
        Map<String, Object> row = new ObjectMapper().readValue(out.substring(out.lastIndexOf("\n{") + 1), Map.class);
        row.put("wallSeconds", wall);
        return row;
    }

    /** Runs one system over the articles in this JVM, writing each analysis as JSON, and prints one JSON line of measurements. */
    private int runOne() throws Exception {
        List<GoldArticle> all = corpus.gold != null ? BratReader.readCorpus(corpus.gold) : unannotated(corpus.text);
        List<GoldArticle> articles = all.size() > limit ? all.subList(0, limit) : all;
        long t0 = System.nanoTime();
        Function<String, Analysis> analyze;
        StageTimes stages;
        String name;
        if (system.equals("dossier")) {
            Analyzer a = Analyzer.load();
            analyze = text -> a.analyze(text, ArticleInfo.NONE);
            stages = a.times();
            name = "Dossier";
        } else {
            CoreNlpQuoteBaseline b = new CoreNlpQuoteBaseline();
            analyze = b::analyze;
            stages = new StageTimes();
            name = "CoreNLP quote pipeline";
        }
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        long[] words = articles.stream().mapToLong(g -> WordTokens.of(g.text()).size()).toArray();
        Path out = Files.createTempDirectory("dossier-bench");
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<Analysis>> futures = new ArrayList<>();
        long[] finished = new long[articles.size()];  // when the k-th article to finish had its JSON written
        int[] order = new int[articles.size()];       // which article that was
        AtomicInteger done = new AtomicInteger();
        Map<String, long[]> byLanguage = new TreeMap<>();  // language -> articles, words, CPU nanoseconds of analysis
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < articles.size(); i++) {
            int article = i;
            futures.add(pool.submit(() -> {
                long cpu0 = cpu.getCurrentThreadCpuTime();
                Analysis a = analyze.apply(articles.get(article).text());
                long cpuNanos = cpu.getCurrentThreadCpuTime() - cpu0;
                synchronized (byLanguage) {
                    long[] sums = byLanguage.computeIfAbsent(String.valueOf(a.language()), k -> new long[3]);
                    sums[0]++;
                    sums[1] += words[article];
                    sums[2] += cpuNanos;
                }
                long t = StageTimes.now();
                Files.writeString(out.resolve(article + ".json"), Json.MAPPER.writeValueAsString(a));
                stages.add(Stage.JSON, t);
                synchronized (finished) {
                    int k = done.getAndIncrement();
                    finished[k] = System.nanoTime();
                    order[k] = article;
                }
                return a;
            }));
        }
        Scorer scorer = new Scorer();
        for (int i = 0; i < articles.size(); i++) {
            Analysis a = futures.get(i).get();
            if (corpus.gold != null) scorer.add(articles.get(i), a);
        }
        pool.shutdown();
        try (var files = Files.list(out)) {
            for (Path f : files.toList()) Files.delete(f);
        }
        Files.delete(out);
        int warm = Math.min(WARM_UP, articles.size() / 4);
        long peak = 0;
        for (MemoryPoolMXBean m : ManagementFactory.getMemoryPoolMXBeans()) {
            if (m.getType() == MemoryType.HEAP) peak += m.getPeakUsage().getUsed();
        }
        Scores s = scorer.scores();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("system", name);
        row.put("articles", articles.size());
        row.put("words", LongStream.of(words).sum());
        row.put("loadSeconds", loadSeconds);
        row.put("analysisSeconds", (finished[articles.size() - 1] - start) / 1e9);
        // steady state: the articles that finished after the warm-up ones
        row.put("steadyArticles", articles.size() - warm);
        row.put("steadyWords", IntStream.of(order).skip(warm).mapToLong(i -> words[i]).sum());
        row.put("steadySeconds", (finished[articles.size() - 1] - (warm == 0 ? start : finished[warm - 1])) / 1e9);
        row.put("peakHeapMb", peak / (1024.0 * 1024));
        if (corpus.gold != null) {
            row.put("attributionF1", s.attributions().f1());
            row.put("withSourceF1", s.withSource().f1());
            row.put("contentTokenF1", s.contentTokens().f1());
            row.put("quoteRecall", s.quoteRecall());
        }
        Map<String, Long> stageNanos = new LinkedHashMap<>();
        stages.snapshot().forEach((stage, n) -> stageNanos.put(stage.label(), n));
        row.put("stageNanos", stageNanos);
        if (system.equals("dossier")) row.put("languages", byLanguage);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println();
        stdout.println(new ObjectMapper().writeValueAsString(row));
        stdout.flush();
        return 0;
    }

    private String table(List<Map<String, Object>> rows) {
        int cores = Math.min(threads, Runtime.getRuntime().availableProcessors());
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%d articles from %s, %d threads, %d cores; heap cap -Xmx%s for Dossier%s%n%n",
                num(rows.get(0), "articles").intValue(), corpus.dir(), threads, Runtime.getRuntime().availableProcessors(), heap,
                skipCoreNlp ? "" : ", -Xmx" + coreNlpHeap + " for CoreNLP"));
        sb.append("| system | whole process s | load s | steady articles/s | steady words/s | words/s per core | peak heap MB "
                + "| attribution F1 | with-source F1 | content-token F1 | quote recall |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Map<String, Object> r : rows) {
            double perSecond = steadyArticlesPerSecond(r);
            double wordsPerSecond = num(r, "steadyWords") / num(r, "steadySeconds");
            sb.append(String.format("| %s | %.1f | %.1f | %.2f | %,.0f | %,.0f | %,.0f | %s | %s | %s | %s |%n", r.get("system"),
                    num(r, "wallSeconds"), num(r, "loadSeconds"), perSecond, wordsPerSecond, wordsPerSecond / cores,
                    num(r, "peakHeapMb"), score(r, "attributionF1"), score(r, "withSourceF1"), score(r, "contentTokenF1"), score(r, "quoteRecall")));
        }
        if (rows.size() == 2) {
            sb.append(String.format("%nWhole process, CoreNLP time / Dossier time: %.1fx%n", num(rows.get(1), "wallSeconds") / num(rows.get(0), "wallSeconds")));
            sb.append(String.format("Steady throughput, Dossier / CoreNLP: %.1fx%n", steadyArticlesPerSecond(rows.get(0)) / steadyArticlesPerSecond(rows.get(1))));
        }
        sb.append(String.format("spaCy's small English pipeline, as published (not measured here): about %,d words/s per core%n", SPACY_WORDS_PER_CORE));
        sb.append(profile(rows.get(0)));
        sb.append(perLanguage(rows.get(0)));
        return sb.toString();
    }

    private static double steadyArticlesPerSecond(Map<String, Object> r) {
        return num(r, "steadyArticles") / num(r, "steadySeconds");
    }

    /**
     * Dossier's words per CPU second of the analysing thread, in each language it detected: what
     * one core reads of each, whatever the mix of the folder. Loading and JSON writing excluded;
     * the JIT's warm-up is counted, so a short run reads low.
     */
    private static String perLanguage(Map<String, Object> dossier) {
        @SuppressWarnings("unchecked")
        Map<String, List<Number>> languages = (Map<String, List<Number>>) dossier.get("languages");
        StringBuilder sb = new StringBuilder(String.format("%nDossier's words per CPU second, by the language it read (the analysing threads; load and output excluded):%n%n"));
        sb.append("| language | articles | words | CPU s | words/s per core |\n|---|---:|---:|---:|---:|\n");
        languages.forEach((language, n) -> sb.append(String.format("| %s | %d | %,d | %.1f | %,.0f |%n", language, n.get(0).longValue(),
                n.get(1).longValue(), n.get(2).doubleValue() / 1e9, n.get(1).doubleValue() / (n.get(2).doubleValue() / 1e9))));
        return sb.toString();
    }

    /** Dossier's CPU time per stage, per article. */
    private static String profile(Map<String, Object> dossier) {
        @SuppressWarnings("unchecked")
        Map<String, Number> nanos = (Map<String, Number>) dossier.get("stageNanos");
        double total = nanos.values().stream().mapToDouble(Number::doubleValue).sum();
        double articles = num(dossier, "articles");
        StringBuilder sb = new StringBuilder(String.format("%nWhere Dossier's analysis time goes (CPU time of the analysing threads, all %d articles):%n%n",
                (int) articles));
        sb.append("| stage | ms per article | share |\n|---|---:|---:|\n");
        nanos.forEach((stage, n) -> sb.append(String.format("| %s | %.1f | %.1f%% |%n", stage, n.doubleValue() / 1e6 / articles, 100 * n.doubleValue() / total)));
        sb.append(String.format("| all | %.1f | 100%% |%n", total / 1e6 / articles));
        return sb.toString();
    }

    /** A score to three places, or "-" where the corpus has no annotations. */
    private static String score(Map<String, Object> row, String key) {
        return row.containsKey(key) ? String.format("%.3f", num(row, key)) : "-";
    }

    /** Every *.txt below {@code dir}, in name order, as articles without annotations. */
    private static List<GoldArticle> unannotated(Path dir) throws Exception {
        List<GoldArticle> out = new ArrayList<>();
        for (Path f : ArticleFiles.textsBelow(dir, link -> System.err.println("dossier bench: warning: " + link))) out.add(new GoldArticle(dir.relativize(f).toString(), ArticleFiles.read(f), List.of()));
        if (out.isEmpty()) throw new BadInputException(dir, "no *.txt files below it");
        return out;
    }

    private static Double num(Map<String, Object> row, String key) {
        return ((Number) row.get(key)).doubleValue();
    }
}
