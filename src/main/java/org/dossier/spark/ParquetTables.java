package org.dossier.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dossier.store.ArticleRows;
import org.dossier.store.CorpusStore;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;

/** The Parquet output of a {@link CorpusJob}, read back table by table for {@code dossier import}. */
final class ParquetTables implements CorpusStore.TableSource {
    private final SparkSession spark;
    private final String dir;
    private final JsonNode manifest;

    /** @throws IllegalArgumentException when {@code dir} is not a finished CorpusJob's output, or one of another format */
    ParquetTables(SparkSession spark, String dir) throws IOException {
        this.spark = spark;
        this.dir = dir;
        Path m = new Path(dir, CorpusJob.MANIFEST);
        FileSystem fs = m.getFileSystem(spark.sparkContext().hadoopConfiguration());
        if (!fs.exists(m)) {
            throw new IllegalArgumentException(dir + " is not the output of a finished `dossier spark` run (no " + CorpusJob.MANIFEST + ")");
        }
        try (InputStream in = fs.open(m)) {
            manifest = new ObjectMapper().readTree(in);
        }
        String format = manifest.path("format").asText();
        if (!format.equals(CorpusJob.FORMAT)) {
            throw new IllegalArgumentException(dir + " is in format " + format + "; this Dossier imports " + CorpusJob.FORMAT
                    + " (each article's language): run `dossier spark` again");
        }
    }

    /** The row count the job wrote for a table. */
    long expected(String table) {
        return manifest.path("rows").path(table).asLong(-1);
    }

    @Override
    public <R extends Record> Iterator<R> rows(Class<R> type) {
        Dataset<Row> table = spark.read().parquet(dir + "/" + ArticleRows.TABLES.get(type));
        // Articles and their attributions in corpus order: the first report of a statement is the earliest article.
        if (type == ArticleRows.ArticleRow.class) table = table.orderBy("id");
        if (type == ArticleRows.AttributionRow.class) table = table.orderBy(col("article_id"), expr("CAST(substr(local_id, 2) AS INT)"));
        Iterator<Row> rows = table.toLocalIterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public R next() {
                return SparkRows.record(type, rows.next());
            }
        };
    }
}
