package org.dossier.spark;

import org.dossier.ArticleInfo;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.dossier.ingest.ArticleInput;
import org.dossier.ingest.ArticleReader;
import org.dossier.text.ArticleFiles;
import org.dossier.text.Problems;
import org.dossier.ingest.SourceArticle;
import org.dossier.model.Analysis;
import org.dossier.store.ArticleRows;
import org.dossier.store.CorpusStore;
import org.dossier.text.Plural;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.trim;

/**
 * A corpus analyzed as a Spark job: articles in (JSONL or Parquet with {@code id, url, title,
 * source, published, lang, text}), the store's tables out as Parquet, one folder per table
 * ({@link ArticleRows#TABLES}), plus {@code errors} (each record that gave no analysis: its
 * number in the input, where it came from, and why), {@code warnings} (each value dropped from
 * an article's metadata, as ingest reports them) and a {@code _dossier.json} manifest.
 *
 * <ol>
 *   <li>read, number the records in input order and read each as ingest does
 *       ({@link ArticleReader#fromJsonLine}, {@link ArticleInput#read}), drop repeats (same text or same URL);</li>
 *   <li>analyze each article with the analyzer of its executor ({@link Analyzers}); a failure
 *       becomes a row of {@code errors} and the job goes on;</li>
 *   <li>resolve entities across the corpus ({@link EntityResolution});</li>
 *   <li>write each article's rows ({@link ArticleRows}) and the corpus entities.</li>
 * </ol>
 * {@code dossier import} loads the output into an embedded store.
 */
public final class CorpusJob {
    /** What {@code dossier import} checks for, and what a run reports. */
    public record Summary(long records, long articles, long duplicates, long errors, long warnings, long entities, long attributions,
                          double seconds) {}

    /** What a run tells as it goes. */
    public interface Listener {
        /** A step begins: reading, analyzing, resolving entities, writing. */
        void step(String what);

        /** Articles analyzed so far, of all to analyze; called now and then. */
        void analyzed(long done, long total);

        /** Something in the input that is not read, said once: a link that leaves the input folder. */
        void warning(String what);
    }

    static final String MANIFEST = "_dossier.json";
    /** The output's format, in the manifest: 2 added each article's language. {@code import} reads this one only. */
    static final String FORMAT = "dossier-spark-2";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A Parquet record's fields; a JSONL record is its line, read as ingest reads it. */
    private static final StructType INPUT = new StructType()
            .add("id", DataTypes.StringType).add("url", DataTypes.StringType).add("title", DataTypes.StringType)
            .add("source", DataTypes.StringType).add("byline", DataTypes.StringType).add("published", DataTypes.StringType)
            .add("text", DataTypes.StringType).add("line", DataTypes.StringType).add("lang", DataTypes.StringType);

    /** An input record, numbered; {@code problem} says why it cannot be analyzed. */
    private static final StructType RECORDS = new StructType()
            .add("record", DataTypes.LongType, false).add("origin", DataTypes.StringType).add("url", DataTypes.StringType)
            .add("title", DataTypes.StringType).add("publisher", DataTypes.StringType).add("byline", DataTypes.StringType)
            .add("published", DataTypes.StringType).add("text", DataTypes.StringType).add("text_sha256", DataTypes.StringType)
            .add("problem", DataTypes.StringType).add("warnings", DataTypes.createArrayType(DataTypes.StringType, false))
            .add("language", DataTypes.StringType);

    private static final StructType ANALYZED = RECORDS.add("analysis", DataTypes.StringType);

    private final SparkSession spark;
    private final String language;

    /** @param language ISO 639-1 code of the language of records that name none, or null to detect theirs */
    public CorpusJob(SparkSession spark, String language) {
        this.spark = spark;
        this.language = language;
    }

    /**
     * @param partitions how many pieces the analysis is cut into; 0 for about 25 articles each
     * @throws IllegalArgumentException when the input cannot be read or the output already exists
     */
    public Summary run(String in, String out, int partitions, Listener progress) throws IOException {
        long t0 = System.nanoTime();
        FileSystem fs = new Path(out).getFileSystem(spark.sparkContext().hadoopConfiguration());
        if (fs.exists(new Path(out)) && fs.listStatus(new Path(out)).length > 0) {
            throw new IllegalArgumentException(out + " exists and is not empty; give a new output folder");
        }
        progress.step("reading " + in);
        Dataset<Row> records = numbered(read(in, progress)).persist(StorageLevel.MEMORY_AND_DISK());
        long total = records.count();
        // The first of each text and of each URL is the article; later ones are repeats, as in ingest.
        Dataset<Row> firsts = records.filter(col("problem").isNull())
                .withColumn("first_text", min("record").over(Window.partitionBy("text_sha256")))
                // Records without a URL each get a key of their own, rather than all landing in one piece.
                .withColumn("first_url", min("record").over(Window.partitionBy(coalesce(col("url"), concat(lit("#"), col("record"))))))
                .filter(col("record").equalTo(col("first_text")).and(col("record").equalTo(col("first_url"))))
                .drop("first_text", "first_url");
        long readable = records.filter(col("problem").isNull()).count();
        long unique = firsts.count();
        int pieces = partitions > 0 ? partitions : (int) Math.max(spark.sparkContext().defaultParallelism(), Math.min(100_000, (unique + 24) / 25));

        progress.step(String.format("analyzing %s (%s, %s) in %s", Plural.of(unique, "article"), Plural.of(total, "record"),
                Plural.of(readable - unique, "repeat"), Plural.of(pieces, "piece")));
        LongAccumulator analyzed = spark.sparkContext().longAccumulator("articles analyzed");
        Dataset<Row> analyses = firsts.repartition(pieces)
                .mapPartitions(analyze(analyzed), Encoders.row(ANALYZED))
                .persist(StorageLevel.MEMORY_AND_DISK());
        Thread reporter = reporter(() -> progress.analyzed(analyzed.value(), unique));
        long failed;
        try {
            failed = analyses.filter(col("problem").isNotNull()).count();
        } finally {
            reporter.interrupt();
        }
        progress.analyzed(analyzed.value(), unique);

        progress.step("resolving entities across the corpus");
        Dataset<Row> ok = analyses.filter(col("problem").isNull());
        EntityResolution.Resolved resolved = new EntityResolution(spark).resolve(ok);
        Dataset<Row> perArticle = ok.join(resolved.ids(), ok.col("record").equalTo(resolved.ids().col("article_id")), "left")
                .select(ok.col("*"), resolved.ids().col("ids"));
        Dataset<Row> rows = perArticle.mapPartitions(articleRows(Instant.now().toString()), Encoders.row(ARTICLE_ROWS))
                .persist(StorageLevel.MEMORY_AND_DISK());

        progress.step("writing " + out);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Map.Entry<Class<? extends Record>, String> t : ArticleRows.TABLES.entrySet()) {
            Dataset<Row> table = resolved.tables().containsKey(t.getKey()) ? resolved.tables().get(t.getKey())
                    : rows.select(explode(col(t.getValue())).as("r")).select("r.*");
            table.write().parquet(out + "/" + t.getValue());
            counts.put(t.getValue(), spark.read().parquet(out + "/" + t.getValue()).count());
        }
        Dataset<Row> errors = records.filter(col("problem").isNotNull()).union(analyses.filter(col("problem").isNotNull()).drop("analysis"))
                .select(col("record"), col("origin"), col("problem").as("reason"));
        errors.write().parquet(out + "/errors");
        records.select(col("record"), col("origin"), explode(col("warnings")).as("warning")).write().parquet(out + "/warnings");
        long warnings = spark.read().parquet(out + "/warnings").count();
        Summary summary = new Summary(total, counts.get("articles"), readable - unique, (total - readable) + failed, warnings,
                counts.get("entities"), counts.get("attributions"), (System.nanoTime() - t0) / 1e9);
        try (OutputStream o = fs.create(new Path(out, MANIFEST))) {
            Map<String, Object> manifest = new LinkedHashMap<>();
            manifest.put("format", FORMAT);
            manifest.put("input", in);
            manifest.put("summary", summary);
            manifest.put("rows", counts);
            o.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(manifest).getBytes(StandardCharsets.UTF_8));
        }
        records.unpersist();
        analyses.unpersist();
        rows.unpersist();
        return summary;
    }

    private Dataset<Row> read(String in, Listener progress) throws IOException {
        Path path = new Path(in);
        FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
        if (!fs.exists(path)) throw new IllegalArgumentException(in + " does not exist");
        boolean folder = fs.getFileStatus(path).isDirectory();
        boolean parquet = in.endsWith(".parquet") || (folder
                && Arrays.stream(fs.listStatus(path)).anyMatch(s -> s.getPath().getName().endsWith(".parquet")));
        String[] inputs = folder && fs.getScheme().equals("file") ? localFiles(java.nio.file.Path.of(path.toUri().getPath()), progress)
                : new String[] {in};
        if (inputs.length == 0) throw new IllegalArgumentException(in + " holds no files to read");
        Dataset<Row> raw;
        if (parquet) {
            raw = spark.read().parquet(inputs);
            if (!Arrays.asList(raw.columns()).contains("text")) throw new IllegalArgumentException(in + " has no \"text\" column");
            DataType text = raw.schema().apply("text").dataType();
            if (!text.equals(DataTypes.StringType)) {
                throw new IllegalArgumentException(in + ": its \"text\" column holds " + text.simpleString() + " values, not strings");
            }
            for (String c : INPUT.fieldNames()) {
                raw = Arrays.asList(raw.columns()).contains(c) && !c.equals("line") ? raw.withColumn(c, col(c).cast(DataTypes.StringType))
                        : raw.withColumn(c, lit(null).cast(DataTypes.StringType));
            }
        } else {
            raw = spark.read().text(inputs).filter(trim(col("value")).notEqual("")).withColumnRenamed("value", "line");
            for (String c : INPUT.fieldNames()) if (!c.equals("line")) raw = raw.withColumn(c, lit(null).cast(DataTypes.StringType));
        }
        List<Column> cols = new ArrayList<>();
        for (String c : INPUT.fieldNames()) cols.add(col(c));
        cols.add(input_file_name().as("file"));
        return raw.select(cols.toArray(Column[]::new));
    }

    /**
     * The files of a local input folder that Spark reads (those directly in it, less hidden ones
     * such as {@code _SUCCESS} and {@code .crc}), named one by one so that a link leaving the
     * folder is never read: each is refused with a warning ({@link ArticleFiles#filesBelow}).
     */
    private static String[] localFiles(java.nio.file.Path dir, Listener progress) throws IOException {
        return ArticleFiles.filesBelow(dir, progress::warning).stream()
                .filter(f -> f.getParent().equals(dir) && !f.getFileName().toString().startsWith(".")
                        && !f.getFileName().toString().startsWith("_"))
                .map(java.nio.file.Path::toString).toArray(String[]::new);
    }

    /** Numbers the records from 1 in input order and reads each as ingest reads it. */
    private Dataset<Row> numbered(Dataset<Row> raw) {
        String defaultLanguage = language;  // not the field: the closure must not carry this job
        JavaRDD<Row> rows = raw.javaRDD().zipWithIndex().map(p -> {
            Row r = p._1();
            long n = p._2() + 1;
            String file = r.getString(INPUT.size());
            ArticleInput in = input((file == null || file.isEmpty() ? "record" : fileName(file)) + " #" + n, r)
                    .withLanguageOr(defaultLanguage);
            SourceArticle a = in.article();
            String problem = a != null ? null : in.notAnArticle() ? "not an article: " + in.problem() : in.problem();
            return a == null
                    ? RowFactory.create(n, in.origin(), null, null, null, null, null, null, null, problem, SparkRows.seq(in.warnings()), null)
                    : RowFactory.create(n, a.origin(), a.url(), a.title(), a.publisher(), a.byline(), a.published(), a.text(),
                    CorpusStore.textKey(a.text()), null, SparkRows.seq(in.warnings()), a.language());
        });
        return spark.createDataFrame(rows, RECORDS);
    }

    /**
     * The name of an input file, as Spark gives it ({@code file:/data/in/feed%20a.jsonl}), without
     * its folder: the store keeps it, and web pages must not show a path on this machine.
     */
    static String fileName(String uri) {
        return new Path(uri).getName();
    }

    /** A JSONL line as ingest reads it, or a Parquet record's fields passed through the same checks. */
    private static ArticleInput input(String origin, Row r) {
        if (r.getString(7) != null) return ArticleReader.fromJsonLine(r.getString(7), origin);
        String id = r.getString(0), text = r.getString(6);
        if (id != null) origin = origin + " (" + id + ")";
        if (text == null) return ArticleInput.failed(origin, "no text");
        return ArticleInput.read(origin, r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                r.getString(8), text);
    }

    private static SourceArticle article(Row r) {
        return new SourceArticle(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6),
                r.getString(RECORDS.fieldIndex("language")), r.getString(7));
    }

    private static MapPartitionsFunction<Row, Row> analyze(LongAccumulator analyzed) {
        return rows -> new java.util.Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Row next() {
                Row r = rows.next();
                SourceArticle a = article(r);
                String json = null, problem = null;
                try {
                    Analysis analysis = Analyzers.get().analyze(a.text(), new ArticleInfo(a.title(), a.published(), a.language()));
                    json = JSON.writeValueAsString(analysis);
                } catch (Exception | StackOverflowError e) {  // one bad article must not stop the corpus
                    problem = "analysis failed: " + Problems.inWords(e);
                }
                analyzed.add(1);
                Object[] v = Arrays.copyOf(toArray(r), ANALYZED.size());
                v[RECORDS.fieldIndex("problem")] = problem;
                v[ANALYZED.size() - 1] = json;
                return RowFactory.create(v);
            }
        };
    }

    private static Object[] toArray(Row r) {
        Object[] v = new Object[r.size()];
        for (int i = 0; i < v.length; i++) v[i] = r.get(i);
        return v;
    }

    /** The per-article tables of ArticleRows, as one row per article holding an array per table. */
    private static final StructType ARTICLE_ROWS = articleRowsSchema();

    private static StructType articleRowsSchema() {
        StructType s = new StructType();
        for (Map.Entry<Class<? extends Record>, String> t : ArticleRows.TABLES.entrySet()) {
            if (!EntityResolution.TABLES.contains(t.getKey())) {
                s = s.add(t.getValue(), DataTypes.createArrayType(SparkRows.schema(t.getKey()), false));
            }
        }
        return s;
    }

    private static MapPartitionsFunction<Row, Row> articleRows(String ingestedAt) {
        return rows -> {
            List<Row> out = new ArrayList<>();
            while (rows.hasNext()) {
                Row r = rows.next();
                Analysis analysis = JSON.readValue(r.getString(ANALYZED.size() - 1), Analysis.class);
                Map<String, Long> ids = new HashMap<>();
                Map<String, Long> known = r.isNullAt(r.size() - 1) ? Map.of() : r.getJavaMap(r.size() - 1);
                ids.putAll(known);
                ArticleRows a = ArticleRows.of(r.getLong(0), article(r), analysis, ids, ingestedAt);
                Map<String, List<? extends Record>> byTable = Map.of("articles", List.of(a.article()), "article_entities", a.entities(),
                        "mentions", a.mentions(), "attributions", a.attributions(), "relations", a.relations(), "times", a.times(),
                        "stances", a.stances());
                Object[] v = new Object[ARTICLE_ROWS.size()];
                for (int i = 0; i < v.length; i++) {
                    v[i] = SparkRows.seq(byTable.get(ARTICLE_ROWS.fieldNames()[i]).stream().map(SparkRows::row).toList());
                }
                out.add(RowFactory.create(v));
            }
            return out.iterator();
        };
    }

    private static Thread reporter(Runnable report) {
        Thread t = new Thread(() -> {
            try {
                while (true) {
                    Thread.sleep(5_000);
                    report.run();
                }
            } catch (InterruptedException e) {
                // the analysis is done
            }
        }, "dossier-spark-progress");
        t.setDaemon(true);
        t.start();
        return t;
    }
}
