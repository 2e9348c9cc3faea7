package org.dossier.store;

import org.dossier.model.Entity;
import org.dossier.model.Mention;
import org.dossier.model.Phrase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds, for each entity of a new article, the corpus entity it is, or makes a new one.
 *
 * <ul>
 *   <li>Names match across spellings ({@link Names#similar}): Zelensky, Zelenskyy, Zelenskiy.</li>
 *   <li>A person's full name joins a corpus person of the same surname whose given names agree
 *       (Volodymyr / Vladimir, or an initial) or who is so far known by surname only; a different
 *       given name (Hillary / Bill Clinton) makes a different person.</li>
 *   <li>A surname alone joins the one person of that surname, or, when there are several, the
 *       one seen most often with the other people and organisations of this article.</li>
 *   <li>Organisations, places and other names join on the whole name; an organisation and a
 *       place may merge (CoreNLP types "the Kremlin" either way). A one-word name typed as a
 *       place or organisation joins the person of that surname when no such place or
 *       organisation is known, or at once when the article quotes it: CoreNLP at times types a
 *       lone surname ("Trump", "Navalnaya") a place.</li>
 *   <li>Unnamed groups ("oppositionists") stay with their article: they are not one group across articles.</li>
 * </ul>
 * Articles are resolved in the order they are added, so a surname seen before any full name
 * goes to whoever first bears it.
 */
final class EntityResolver {
    private final Connection db;

    EntityResolver(Connection db) {
        this.db = db;
    }

    /**
     * The corpus entity id of each article entity (by its local id); groups map to null.
     *
     * @param sources local ids of the entities the article quotes: a one-word "place" that speaks
     *                and bears a known person's surname is that person
     */
    Map<String, Long> resolve(List<Entity> entities, Set<String> sources) throws SQLException {
        Map<String, Long> ids = new LinkedHashMap<>();
        Set<Long> context = new LinkedHashSet<>();
        // Full names first, so that a lone surname can be judged by the company it keeps.
        List<Entity> ordered = new ArrayList<>(entities);
        ordered.sort((a, b) -> Boolean.compare(isLoneSurname(a), isLoneSurname(b)));
        for (Entity e : ordered) {
            if (e.type().equals("GROUP") || Names.words(e.name()).isEmpty()) {
                ids.put(e.id(), null);
                continue;
            }
            Long id;
            if (e.type().equals("PERSON")) {
                id = findPerson(e, context);
            } else {
                // CoreNLP at times types a lone surname a place or an organisation ("Trump", "Navalnaya").
                boolean oneWord = Names.words(e.name()).size() == 1;
                id = oneWord && sources.contains(e.id()) ? findPerson(e, context) : null;
                if (id == null) id = findNamed(e);
                if (id == null && oneWord) id = findPerson(e, context);
            }
            if (id == null) id = create(e);
            record(id, e);
            ids.put(e.id(), id);
            context.add(id);
        }
        return ids;
    }

    private static boolean isLoneSurname(Entity e) {
        return e.type().equals("PERSON") && Names.words(nameOf(e)).size() == 1;
    }

    /** The name without a title: "Mr. Obama" is Obama. */
    private static String nameOf(Entity e) {
        String alias = Names.alias(e.name());
        return alias == null || Names.words(alias).isEmpty() ? e.name() : alias;
    }

    private Long findPerson(Entity e, Set<Long> context) throws SQLException {
        Names.PersonName name = Names.PersonName.of(nameOf(e));
        List<Long> candidates = new ArrayList<>();
        for (Long c : byKey("pl:" + Names.skeleton(name.surname()), "PERSON")) {
            if (!fullNames(c, name.surname()).isEmpty() || hasSurname(c, name.surname())) candidates.add(c);
        }
        if (name.surnameOnly()) {
            if (candidates.size() <= 1) return candidates.isEmpty() ? null : candidates.get(0);
            return bestInContext(candidates, context);
        }
        Long weak = null;
        for (Long c : candidates) {  // most mentioned first
            List<Names.PersonName> known = fullNames(c, name.surname());
            if (known.isEmpty()) {
                if (weak == null) weak = c;
            } else if (known.stream().anyMatch(name::compatible)) {
                return c;
            }
        }
        return weak;
    }

    private Long findNamed(Entity e) throws SQLException {
        String norm = Names.normalize(e.name());
        // Acronyms and abbreviations are spelled one way: CNN is not "Conn.".
        boolean exact = e.name().endsWith(".") || e.name().equals(e.name().toUpperCase(java.util.Locale.ROOT));
        for (Long c : byKey(nameKey(e.name()), null)) {
            if (typeOf(c).equals("PERSON")) continue;
            for (String alias : aliasNorms(c)) if (exact ? alias.equals(norm) : wordsSimilar(alias, norm)) return c;
        }
        return null;
    }

    private static boolean wordsSimilar(String a, String b) {
        String[] wa = a.split(" "), wb = b.split(" ");
        if (wa.length != wb.length) return false;
        for (int i = 0; i < wa.length; i++) if (!Names.similar(wa[i], wb[i])) return false;
        return true;
    }

    /** The entity's names with given names and this surname (spelling variants included). */
    private List<Names.PersonName> fullNames(long entity, String surname) throws SQLException {
        List<Names.PersonName> names = new ArrayList<>();
        for (String alias : aliasNorms(entity)) {
            Names.PersonName p = Names.PersonName.of(alias);
            if (p != null && !p.surnameOnly() && Names.similar(p.surname(), surname)) names.add(p);
        }
        return names;
    }

    /** Whether the entity was called by this surname alone, and it is not one of its given names ("Bryan" Pagliano). */
    private boolean hasSurname(long entity, String surname) throws SQLException {
        List<String> norms = aliasNorms(entity);
        for (String alias : norms) {
            Names.PersonName p = Names.PersonName.of(alias);
            if (p != null && p.given().contains(surname)) return false;
        }
        for (String alias : norms) if (Names.similar(alias, surname)) return true;
        return false;
    }

    /** The candidate that shares the most articles with the entities already resolved in this one. */
    private Long bestInContext(List<Long> candidates, Set<Long> context) throws SQLException {
        Long best = candidates.get(0);
        int bestShared = -1;
        for (Long c : candidates) {
            int shared = context.isEmpty() ? 0 : sharedArticles(c, context);
            if (shared > bestShared) {
                best = c;
                bestShared = shared;
            }
        }
        return best;
    }

    private int sharedArticles(long entity, Collection<Long> others) throws SQLException {
        String in = String.join(",", others.stream().map(String::valueOf).toList());
        try (PreparedStatement ps = db.prepareStatement("SELECT count(DISTINCT a.article_id) FROM article_entities a "
                + "JOIN article_entities b ON b.article_id = a.article_id WHERE a.entity_id = ? AND b.entity_id IN (" + in + ")")) {
            ps.setLong(1, entity);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    /** Entities holding the key, most mentioned first; {@code type} null for any. */
    private List<Long> byKey(String key, String type) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT e.id FROM name_keys k JOIN entities e ON e.id = k.entity_id "
                + "WHERE k.key = ? AND (? IS NULL OR e.type = ?) ORDER BY e.mentions DESC, e.id")) {
            ps.setString(1, key);
            ps.setString(2, type);
            ps.setString(3, type);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    private List<String> aliasNorms(long entity) throws SQLException {
        List<String> norms = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT norm FROM aliases WHERE entity_id = ?")) {
            ps.setLong(1, entity);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) norms.add(rs.getString(1));
            }
        }
        return norms;
    }

    private String typeOf(long entity) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("SELECT type FROM entities WHERE id = ?")) {
            ps.setLong(1, entity);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : "";
            }
        }
    }

    private long create(Entity e) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO entities (type, name) VALUES (?, ?)")) {
            ps.setString(1, e.type());
            ps.setString(2, nameOf(e));
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Adds the article entity's names, keys, descriptors and counts to the corpus entity. */
    private void record(long id, Entity e) throws SQLException {
        String type = typeOf(id);
        Map<String, String> aliases = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Integer> descriptors = new LinkedHashMap<>();
        for (Mention m : e.mentions()) {
            String alias = Names.alias(m.text());
            if (alias != null && !Names.normalize(alias).isEmpty()) {
                aliases.putIfAbsent(Names.normalize(alias), alias);
                counts.merge(Names.normalize(alias), 1, Integer::sum);
            }
        }
        for (Phrase d : e.descriptors()) descriptors.merge(d.text().toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
        aliases.putIfAbsent(Names.normalize(nameOf(e)), nameOf(e));
        counts.putIfAbsent(Names.normalize(nameOf(e)), 0);
        try (PreparedStatement alias = db.prepareStatement("INSERT INTO aliases (entity_id, norm, alias, count) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT (entity_id, norm) DO UPDATE SET count = count + excluded.count");
             PreparedStatement key = db.prepareStatement("INSERT OR IGNORE INTO name_keys (key, entity_id) VALUES (?, ?)")) {
            for (Map.Entry<String, String> a : aliases.entrySet()) {
                alias.setLong(1, id);
                alias.setString(2, a.getKey());
                alias.setString(3, a.getValue());
                alias.setInt(4, counts.get(a.getKey()));
                alias.addBatch();
                key.setString(1, type.equals("PERSON") ? "pl:" + Names.skeleton(Names.PersonName.of(a.getValue()).surname())
                        : nameKey(a.getValue()));
                key.setLong(2, id);
                key.addBatch();
            }
            alias.executeBatch();
            key.executeBatch();
        }
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO descriptors (entity_id, descriptor, count) VALUES (?, ?, ?) "
                + "ON CONFLICT (entity_id, descriptor) DO UPDATE SET count = count + excluded.count")) {
            for (Map.Entry<String, Integer> t : descriptors.entrySet()) {
                ps.setLong(1, id);
                ps.setString(2, t.getKey());
                ps.setInt(3, t.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = db.prepareStatement("UPDATE entities SET mentions = mentions + ?2, name = (SELECT alias FROM aliases "
                + "WHERE entity_id = ?1 ORDER BY instr(norm, ' ') > 0 DESC, count DESC, length(alias) DESC LIMIT 1) WHERE id = ?1")) {
            ps.setLong(1, id);
            ps.setInt(2, e.mentions().size());
            ps.executeUpdate();
        }
    }

    private static String nameKey(String name) {
        return "n:" + String.join(" ", Names.words(name).stream().map(Names::skeleton).toList());
    }
}
