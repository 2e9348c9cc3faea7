package org.dossier.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.dossier.model.Analysis;
import org.dossier.model.Attribution;
import org.dossier.model.Entity;
import org.dossier.store.ArticleRows;
import org.dossier.store.EntityClusters;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.map_from_entries;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.min;

/**
 * Cross-article entity resolution as Spark steps, by the store's rules ({@link EntityClusters}):
 * <ol>
 *   <li>each article entity gets its name keys ({@link EntityClusters#keys});</li>
 *   <li>entities linked through shared keys form groups (connected components, found by
 *       passing the smallest member number along keys until nothing changes);</li>
 *   <li>each group is resolved apart, article after article in corpus order;</li>
 *   <li>the clusters are numbered by first appearance: the corpus entity ids.</li>
 * </ol>
 */
final class EntityResolution {
    /** The entity tables this step writes. */
    static final Set<Class<? extends Record>> TABLES = Set.of(ArticleRows.EntityRow.class, ArticleRows.AliasRow.class,
            ArticleRows.NameKeyRow.class, ArticleRows.DescriptorRow.class);

    /**
     * @param ids    per article ({@code article_id}), the corpus entity of each local entity ({@code ids}: map)
     * @param tables the corpus entity tables
     */
    record Resolved(Dataset<Row> ids, Map<Class<? extends Record>, Dataset<Row>> tables) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    /** An article's entity: its number ({@code ref}: article, then position), and what resolution needs. */
    private static final StructType REFS = new StructType().add("ref", DataTypes.LongType, false)
            .add("article_id", DataTypes.LongType, false).add("local_id", DataTypes.StringType, false)
            .add("entity", DataTypes.StringType, false).add("source", DataTypes.BooleanType, false)
            .add("keys", DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add("article_keys", DataTypes.createArrayType(DataTypes.StringType, false), false);
    /** An entity's cluster within its group ({@code local_id} set), or a cluster's description ({@code cluster} set). */
    private static final StructType CLUSTERED = new StructType().add("grp", DataTypes.LongType, false)
            .add("n", DataTypes.LongType, false).add("article_id", DataTypes.LongType).add("local_id", DataTypes.StringType)
            .add("first", DataTypes.LongType).add("cluster", DataTypes.StringType);
    private static final int POSITION_BITS = 20;

    private final SparkSession spark;

    EntityResolution(SparkSession spark) {
        this.spark = spark;
    }

    /** @param analyses rows with {@code record} (the article id) and {@code analysis} (its JSON) */
    Resolved resolve(Dataset<Row> analyses) {
        Dataset<Row> refs = analyses.select("record", "analysis").flatMap(refs(), Encoders.row(REFS))
                .persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> groups = components(refs.select(col("ref"), explode(col("keys")).as("key")));
        Dataset<Row> clustered = refs.join(groups, "ref").groupByKey((MapFunction<Row, Long>) r -> r.getLong(r.fieldIndex("grp")), Encoders.LONG())
                .flatMapGroups(cluster(), Encoders.row(CLUSTERED)).persist(StorageLevel.MEMORY_AND_DISK());

        // Corpus ids: clusters in order of their first mention.
        Dataset<Row> clusters = clustered.filter(col("cluster").isNotNull());
        JavaRDD<Row> numbered = clusters.javaRDD().sortBy(r -> r.getLong(4), true, Math.max(1, clusters.rdd().getNumPartitions()))
                .zipWithIndex().map(p -> RowFactory.create(p._1().getLong(0), p._1().getLong(1), p._2() + 1, p._1().getString(5)));
        Dataset<Row> ids = spark.createDataFrame(numbered, new StructType().add("grp", DataTypes.LongType).add("n", DataTypes.LongType)
                .add("entity_id", DataTypes.LongType).add("cluster", DataTypes.StringType)).persist(StorageLevel.MEMORY_AND_DISK());

        Dataset<Row> perArticle = clustered.filter(col("local_id").isNotNull()).join(ids.drop("cluster"), new String[] {"grp", "n"}) 
                .groupBy("article_id").agg(map_from_entries(collect_list(struct(col("local_id"), col("entity_id")))).as("ids"));

        Map<Class<? extends Record>, Dataset<Row>> tables = new LinkedHashMap<>();
        for (Class<? extends Record> t : List.of(ArticleRows.EntityRow.class, ArticleRows.AliasRow.class, ArticleRows.NameKeyRow.class,
                ArticleRows.DescriptorRow.class)) {
            tables.put(t, ids.select("entity_id", "cluster").flatMap(entityRows(t), Encoders.row(SparkRows.schema(t))));
        }
        return new Resolved(perArticle, tables);
    }

    private static FlatMapFunction<Row, Row> refs() {
        return r -> {
            long article = r.getLong(0);
            Analysis a = JSON.readValue(r.getString(1), Analysis.class);
            Set<String> sources = new HashSet<>();
            for (Attribution at : a.attributions()) if (at.source() != null && at.source().entity() != null) sources.add(at.source().entity());
            Set<String> articleKeys = new java.util.LinkedHashSet<>();
            for (Entity e : a.entities()) if (EntityClusters.resolvable(e)) articleKeys.addAll(EntityClusters.keys(e));
            List<Row> out = new ArrayList<>();
            for (int i = 0; i < a.entities().size(); i++) {
                Entity e = a.entities().get(i);
                if (!EntityClusters.resolvable(e)) continue;
                out.add(RowFactory.create((article << POSITION_BITS) | i, article, e.id(), JSON.writeValueAsString(e),
                        sources.contains(e.id()), SparkRows.seq(EntityClusters.keys(e)), SparkRows.seq(articleKeys)));
            }
            return out.iterator();
        };
    }

    /**
     * Groups of entities linked by shared keys: each entity's group is the smallest ref it is
     * linked to. Smallest refs pass along keys and back until no group changes.
     */
    private Dataset<Row> components(Dataset<Row> edges) {
        edges = edges.persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> groups = edges.groupBy("ref").agg(min("ref").as("grp"));
        while (true) {
            Dataset<Row> byKey = edges.join(groups, "ref").groupBy("key").agg(min("grp").as("kgrp"));
            Dataset<Row> next = edges.join(byKey, "key").groupBy("ref").agg(min("kgrp").as("grp")).localCheckpoint();
            long changed = next.join(groups.withColumnRenamed("grp", "old"), "ref").filter(col("grp").notEqual(col("old"))).count();
            groups = next;
            if (changed == 0) return groups;
        }
    }

    private static FlatMapGroupsFunction<Long, Row, Row> cluster() {
        return (grp, rows) -> {
            List<Row> members = new ArrayList<>();
            rows.forEachRemaining(members::add);
            members.sort((a, b) -> Long.compare(a.getLong(0), b.getLong(0)));
            EntityClusters clusters = new EntityClusters();
            Map<Long, Long> first = new HashMap<>();
            List<Row> out = new ArrayList<>();
            for (int i = 0; i < members.size(); ) {
                long article = members.get(i).getLong(1);
                List<Entity> entities = new ArrayList<>();
                Set<String> sources = new HashSet<>();
                Set<String> articleKeys = new HashSet<>(members.get(i).<String>getList(6));
                Map<String, Long> refOf = new HashMap<>();
                for (; i < members.size() && members.get(i).getLong(1) == article; i++) {
                    Row m = members.get(i);
                    Entity e = JSON.readValue(m.getString(3), Entity.class);
                    entities.add(e);
                    if (m.getBoolean(4)) sources.add(e.id());
                    refOf.put(e.id(), m.getLong(0));
                }
                for (Map.Entry<String, Long> id : clusters.add(entities, sources, articleKeys).entrySet()) {
                    if (id.getValue() == null) continue;
                    first.merge(id.getValue(), refOf.get(id.getKey()), Math::min);
                    out.add(RowFactory.create(grp, id.getValue(), article, id.getKey(), null, null));
                }
            }
            for (EntityClusters.Cluster c : clusters.clusters()) {
                out.add(RowFactory.create(grp, c.id(), null, null, first.get(c.id()), JSON.writeValueAsString(c)));
            }
            return out.iterator();
        };
    }

    private static FlatMapFunction<Row, Row> entityRows(Class<? extends Record> table) {
        return r -> {
            long id = r.getLong(0);
            EntityClusters.Cluster c = JSON.readValue(r.getString(1), EntityClusters.Cluster.class);
            List<Record> out = new ArrayList<>();
            if (table == ArticleRows.EntityRow.class) out.add(new ArticleRows.EntityRow(id, c.type(), c.name()));
            if (table == ArticleRows.AliasRow.class) c.aliases().forEach((norm, alias) -> out.add(new ArticleRows.AliasRow(id, norm, alias, c.aliasCounts().get(norm))));
            if (table == ArticleRows.NameKeyRow.class) for (String k : c.keys()) out.add(new ArticleRows.NameKeyRow(k, id));
            if (table == ArticleRows.DescriptorRow.class) c.descriptors().forEach((d, n) -> out.add(new ArticleRows.DescriptorRow(id, d, n)));
            return out.stream().map(SparkRows::row).iterator();
        };
    }
}
