package org.dossier.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.dossier.Analyzer;
import org.dossier.store.CorpusStore;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/**
 * Entry points of {@code dossier spark} and {@code dossier import}; they take plain values, so the
 * command line loads Spark's classes only when one of them runs.
 */
public final class SparkRun {
    private SparkRun() {}

    /**
     * Runs {@link CorpusJob}.
     *
     * @param master    a Spark master URL, or null for the one spark-submit set (else local[*])
     * @param conf      further Spark settings
     * @param language  ISO 639-1 code of the language of records that name none, or null to detect theirs
     * @param analyzers in a local run, the analyzer already loaded in this JVM
     */
    public static CorpusJob.Summary analyze(String master, Map<String, String> conf, String in, String out, int partitions,
                                            String language, Supplier<Analyzer> analyzers, CorpusJob.Listener progress) throws IOException {
        try (SparkSession spark = session(master, conf)) {
            if (spark.sparkContext().isLocal()) Analyzers.install(analyzers.get());
            return new CorpusJob(spark, language).run(in, out, partitions, progress);
        }
    }

    /** One table of an import: rows loaded, and rows the Spark job wrote. */
    public record Loaded(String table, long rows, long written) {}

    /**
     * Loads a CorpusJob's output into a new embedded store.
     *
     * @param warnings called with each value dropped on the way in
     */
    public static List<Loaded> importInto(String dir, Path db, LongConsumer progress, Consumer<String> warnings)
            throws IOException, SQLException {
        try (SparkSession spark = session("local[*]", Map.of()); CorpusStore store = CorpusStore.open(db)) {
            ParquetTables tables = new ParquetTables(spark, dir);
            List<Loaded> out = new ArrayList<>();
            store.importTables(tables, progress, warnings).forEach((t, n) -> out.add(new Loaded(t, n, tables.expected(t))));
            return out;
        }
    }

    private static int localCores(String master) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("local\\[(\\d+)").matcher(master);
        return m.find() ? Integer.parseInt(m.group(1)) : Runtime.getRuntime().availableProcessors();
    }

    static SparkSession session(String master, Map<String, String> conf) {
        SparkConf c = new SparkConf().setAppName("dossier");
        if (master != null) c.setMaster(master);
        else if (!c.contains("spark.master")) c.setMaster("local[*]");
        if (c.get("spark.master").startsWith("local")) {
            c.setIfMissing("spark.ui.enabled", "false");  // nothing to watch in a local run; no port opened
            c.setIfMissing("spark.driver.host", "127.0.0.1");
            c.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
            // Few, large shuffle pieces: on one machine each task costs more than it brings.
            c.setIfMissing("spark.sql.shuffle.partitions", Integer.toString(2 * localCores(c.get("spark.master"))));
        }
        conf.forEach(c::set);
        return SparkSession.builder().config(c).getOrCreate();
    }
}
