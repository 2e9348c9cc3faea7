package org.dossier.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.dossier.Analyzer;
import org.dossier.ArticleInfo;
import org.dossier.bench.CoreNlpQuoteBaseline;
import org.dossier.eval.BratReader;
import org.dossier.eval.GoldArticle;
import org.dossier.eval.Scorer;
import org.dossier.eval.Scores;
import org.dossier.eval.WordTokens;
import org.dossier.model.Analysis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmark Dossier against Stanford CoreNLP's quote pipeline: speed, memory, accuracy.",
                "CoreNLP runs tokenize,ssplit,pos,lemma,ner,depparse,coref,quote with quote attribution; each system "
                        + "runs in a fresh JVM over the same articles, Dossier with the heap it runs with by default; the table "
                        + "compares them."},
        footer = {"", "Example:", "  dossier bench --gold ../shared/data/polnear/dev"})
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--gold", required = true, paramLabel = "DIR",
            description = "Articles in PolNeAR layout (DIR/text, DIR/attributions): timed and scored.")
    Path gold;

    @Option(names = "--limit", description = "Use only the first N articles (default: all).")
    int limit = Integer.MAX_VALUE;

    @Option(names = "--threads", description = "Articles analyzed at once by each system (default: cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--heap", description = "Maximum heap of Dossier's JVM (default: ${DEFAULT-VALUE}, the launcher's default).")
    String heap = "2g";

    @Option(names = "--corenlp-heap", description = "Maximum heap of CoreNLP's JVM (default: ${DEFAULT-VALUE}).")
    String coreNlpHeap = "6g";

    @Option(names = "--skip-corenlp", description = "Measure Dossier only.")
    boolean skipCoreNlp;

    @Option(names = "--system", hidden = true, description = "Internal: run one system in this JVM and print JSON.")
    String system;

    @Override
    public Integer call() throws Exception {
        if (system != null) return runOne();
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.add(child("dossier"));
        if (!skipCoreNlp) rows.add(child("corenlp"));
        System.out.println(table(rows));
        return 0;
    }

    private Map<String, Object> child(String which) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = List.of(java, "-Xmx" + (which.equals("dossier") ? heap : coreNlpHeap), "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "bench", "--gold", gold.toString(), "--limit", Integer.toString(limit),
                "--threads", Integer.toString(threads), "--system", which);
        System.err.println("dossier bench: running " + which + " ...");
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) throw new IllegalStateException(which + " benchmark failed (exit " + p.exitValue() + ")");
        @SuppressWarnings("unchecked")
        Map<String, Object> row = new ObjectMapper().readValue(out.substring(out.lastIndexOf("\n{") + 1), Map.class);
        return row;
    }

    /** Runs one system over the articles in this JVM and prints one JSON line of measurements. */
    private int runOne() throws Exception {
        List<GoldArticle> articles = BratReader.readCorpus(gold);
        if (articles.size() > limit) articles = articles.subList(0, limit);
        long t0 = System.nanoTime();
        Function<String, Analysis> analyze;
        String name;
        if (system.equals("dossier")) {
            Analyzer a = Analyzer.load();
            analyze = text -> a.analyze(text, ArticleInfo.NONE);
            name = "Dossier";
        } else {
            CoreNlpQuoteBaseline b = new CoreNlpQuoteBaseline();
            analyze = b::analyze;
            name = "CoreNLP quote pipeline";
        }
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        for (int i = 0; i < Math.min(3, articles.size()); i++) analyze.apply(articles.get(i).text());  // JIT warm-up
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long words = articles.stream().mapToLong(g -> WordTokens.of(g.text()).size()).sum();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        t0 = System.nanoTime();
        List<Future<Analysis>> futures = new ArrayList<>();
        for (GoldArticle g : articles) futures.add(pool.submit(() -> analyze.apply(g.text())));
        Scorer scorer = new Scorer();
        for (int i = 0; i < articles.size(); i++) scorer.add(articles.get(i), futures.get(i).get());
        double seconds = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        long peak = 0;
        for (MemoryPoolMXBean m : ManagementFactory.getMemoryPoolMXBeans()) {
            if (m.getType() == MemoryType.HEAP) peak += m.getPeakUsage().getUsed();
        }
        Scores s = scorer.scores();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("system", name);
        row.put("articles", articles.size());
        row.put("words", words);
        row.put("loadSeconds", loadSeconds);
        row.put("seconds", seconds);
        row.put("peakHeapMb", peak / (1024.0 * 1024));
        row.put("attributionF1", s.attributions().f1());
        row.put("withSourceF1", s.withSource().f1());
        row.put("contentTokenF1", s.contentTokens().f1());
        row.put("quoteRecall", s.quoteRecall());
        System.out.println();
        System.out.println(new ObjectMapper().writeValueAsString(row));
        return 0;
    }

    private String table(List<Map<String, Object>> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%d articles from %s, %d threads, %d cores; heap cap -Xmx%s for Dossier%s%n%n",
                num(rows.get(0), "articles").intValue(), gold, threads, Runtime.getRuntime().availableProcessors(), heap,
                skipCoreNlp ? "" : ", -Xmx" + coreNlpHeap + " for CoreNLP"));
        sb.append("| system | articles/s | words/s | load s | peak heap MB | attribution F1 | with-source F1 | content-token F1 | quote recall |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Map<String, Object> r : rows) {
            double s = num(r, "seconds");
            sb.append(String.format("| %s | %.2f | %,.0f | %.1f | %,.0f | %.3f | %.3f | %.3f | %.3f |%n", r.get("system"),
                    num(r, "articles") / s, num(r, "words") / s, num(r, "loadSeconds"), num(r, "peakHeapMb"),
                    num(r, "attributionF1"), num(r, "withSourceF1"), num(r, "contentTokenF1"), num(r, "quoteRecall")));
        }
        if (rows.size() == 2) {
            double ratio = (num(rows.get(0), "words") / num(rows.get(0), "seconds"))
                    / (num(rows.get(1), "words") / num(rows.get(1), "seconds"));
            sb.append(String.format("%nDossier throughput / CoreNLP throughput: %.1fx%n", ratio));
        }
        return sb.toString();
    }

    private static Double num(Map<String, Object> row, String key) {
        return ((Number) row.get(key)).doubleValue();
    }
}
