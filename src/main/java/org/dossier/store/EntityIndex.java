package org.dossier.store;

import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

/**
 * The corpus entities {@link EntityResolver} matches against: the store's tables
 * ({@link SqlEntityIndex}) or, for a Spark run, memory ({@link EntityClusters}).
 */
interface EntityIndex {
    /** Entities holding the key, most mentioned first; {@code type} null for any. */
    List<Long> byKey(String key, String type) throws SQLException;

    /** The normalised names the entity went by. */
    List<String> aliasNorms(long entity) throws SQLException;

    String typeOf(long entity) throws SQLException;

    /** How many mentions of the entity the corpus holds so far. */
    int mentions(long entity) throws SQLException;

    /**
     * How many articles mention the entity together with any of the others (entities already
     * resolved in the article at hand), or with what else the index knows of that article.
     */
    int sharedArticles(long entity, Collection<Long> others) throws SQLException;

    long create(String type, String name) throws SQLException;

    /** Adds an article entity's names, keys, descriptors and mentions to a corpus entity. */
    void record(long entity, EntityResolver.Recorded names) throws SQLException;
}
