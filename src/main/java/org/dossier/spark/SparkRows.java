package org.dossier.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dossier.store.Rows;

import java.util.List;

/** The store's row records ({@link Rows}) as Spark rows, and back: one schema for SQLite and Parquet. */
final class SparkRows {
    private SparkRows() {}

    static StructType schema(Class<? extends Record> type) {
        StructType schema = new StructType();
        List<String> names = Rows.columns(type);
        List<Class<?>> types = Rows.types(type);
        for (int i = 0; i < names.size(); i++) schema = schema.add(names.get(i), sparkType(types.get(i)), !types.get(i).isPrimitive());
        return schema;
    }

    private static DataType sparkType(Class<?> c) {
        if (c == long.class || c == Long.class) return DataTypes.LongType;
        if (c == int.class || c == Integer.class) return DataTypes.IntegerType;
        if (c == double.class || c == Double.class) return DataTypes.DoubleType;
        if (c == boolean.class || c == Boolean.class) return DataTypes.BooleanType;
        if (c == String.class) return DataTypes.StringType;
        throw new IllegalArgumentException("no Spark type for " + c);
    }

    /** A Java list as the value of an array column. */
    static scala.collection.immutable.Seq<Object> seq(java.util.Collection<?> values) {
        return scala.jdk.javaapi.CollectionConverters.asScala(java.util.List.<Object>copyOf(values)).toList();
    }

    static Row row(Record r) {
        return RowFactory.create(Rows.values(r));
    }

    /** The record of a row read back; its columns are found by name, so their order does not matter. */
    static <R extends Record> R record(Class<R> type, Row row) {
        List<String> names = Rows.columns(type);
        Object[] values = new Object[names.size()];
        for (int i = 0; i < values.length; i++) values[i] = row.get(row.fieldIndex(names.get(i)));
        return Rows.of(type, values);
    }
}
