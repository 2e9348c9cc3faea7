package org.dossier.store;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Table rows as records: a record's components, in order, are its table's columns (camelCase
 * here, snake_case in the store and in Parquet). The one mapping the store and the Spark job share.
 */
public final class Rows {
    private static final Map<Class<?>, List<String>> COLUMNS = new ConcurrentHashMap<>();

    private Rows() {}

    /** The record's column names, snake_case, in component order. */
    public static List<String> columns(Class<? extends Record> type) {
        return COLUMNS.computeIfAbsent(type, t -> {
            List<String> names = new ArrayList<>();
            for (RecordComponent c : t.getRecordComponents()) names.add(c.getName().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase());
            return List.copyOf(names);
        });
    }

    /** The Java type of each column, in order. */
    public static List<Class<?>> types(Class<? extends Record> type) {
        List<Class<?>> types = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) types.add(c.getType());
        return types;
    }

    public static Object[] values(Record row) {
        RecordComponent[] cs = row.getClass().getRecordComponents();
        Object[] values = new Object[cs.length];
        try {
            for (int i = 0; i < cs.length; i++) values[i] = cs[i].getAccessor().invoke(row);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return values;
    }

    /** The record holding these column values, in order. */
    public static <R extends Record> R of(Class<R> type, Object[] values) {
        RecordComponent[] cs = type.getRecordComponents();
        Class<?>[] params = new Class<?>[cs.length];
        for (int i = 0; i < cs.length; i++) params[i] = cs[i].getType();
        try {
            Constructor<R> c = type.getDeclaredConstructor(params);
            return c.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("cannot make a " + type.getSimpleName() + " of " + java.util.Arrays.toString(values), e);
        }
    }
}
