package org.dossier.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The store's entities, aliases, name keys and descriptors, as {@link EntityResolver} reads and grows them. */
final class SqlEntityIndex implements EntityIndex {
    private final Connection db;

    SqlEntityIndex(Connection db) {
        this.db = db;
    }

    @Override
    public List<Long> byKey(String key, String type) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = Sql.prepare(db, "SELECT e.id FROM name_keys k JOIN entities e ON e.id = k.entity_id "
                + "WHERE k.key = ? AND (? IS NULL OR e.type = ?) ORDER BY e.mentions DESC, e.id", key, type, type);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) ids.add(rs.getLong(1));
        }
        return ids;
    }

    @Override
    public List<String> aliasNorms(long entity) throws SQLException {
        List<String> norms = new ArrayList<>();
        try (PreparedStatement ps = Sql.prepare(db, "SELECT norm FROM aliases WHERE entity_id = ?", entity);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) norms.add(rs.getString(1));
        }
        return norms;
    }

    @Override
    public String typeOf(long entity) throws SQLException {
        try (PreparedStatement ps = Sql.prepare(db, "SELECT type FROM entities WHERE id = ?", entity);
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getString(1) : "";
        }
    }

    @Override
    public int mentions(long entity) throws SQLException {
        try (PreparedStatement ps = Sql.prepare(db, "SELECT mentions FROM entities WHERE id = ?", entity);
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    @Override
    public int sharedArticles(long entity, Collection<Long> others) throws SQLException {
        if (others.isEmpty()) return 0;
        String in = String.join(",", others.stream().map(String::valueOf).toList());
        try (PreparedStatement ps = Sql.prepare(db, "SELECT count(DISTINCT a.article_id) FROM article_entities a "
                + "JOIN article_entities b ON b.article_id = a.article_id WHERE a.entity_id = ? AND b.entity_id IN (" + in + ")", entity);
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    @Override
    public long create(String type, String name) throws SQLException {
        try (PreparedStatement ps = Sql.prepare(db, "INSERT INTO entities (type, name) VALUES (?, ?)", type, name)) {
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Override
    public void record(long id, EntityResolver.Recorded names) throws SQLException {
        try (PreparedStatement alias = db.prepareStatement("INSERT INTO aliases (entity_id, norm, alias, count) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT (entity_id, norm) DO UPDATE SET count = count + excluded.count");
             PreparedStatement key = db.prepareStatement("INSERT OR IGNORE INTO name_keys (key, entity_id) VALUES (?, ?)")) {
            for (Map.Entry<String, String> a : names.aliases().entrySet()) {
                alias.setLong(1, id);
                alias.setString(2, a.getKey());
                alias.setString(3, a.getValue());
                alias.setInt(4, names.counts().get(a.getKey()));
                alias.addBatch();
            }
            for (String k : names.keys()) {
                key.setString(1, k);
                key.setLong(2, id);
                key.addBatch();
            }
            alias.executeBatch();
            key.executeBatch();
        }
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO descriptors (entity_id, descriptor, count) VALUES (?, ?, ?) "
                + "ON CONFLICT (entity_id, descriptor) DO UPDATE SET count = count + excluded.count")) {
            for (Map.Entry<String, Integer> t : names.descriptors().entrySet()) {
                ps.setLong(1, id);
                ps.setString(2, t.getKey());
                ps.setInt(3, t.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = Sql.prepare(db, "UPDATE entities SET mentions = mentions + ?2, name = (SELECT alias FROM aliases "
                + "WHERE entity_id = ?1 ORDER BY instr(norm, ' ') > 0 DESC, count DESC, length(alias) DESC LIMIT 1) WHERE id = ?1",
                id, names.mentions())) {
            ps.executeUpdate();
        }
    }
}
