package org.dossier.store;

import org.dossier.model.Entity;

import java.io.Serializable;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cross-article entity resolution in memory, by the rules of the store ({@link EntityResolver}),
 * for a Spark run: articles are added in corpus order and their entities become clusters.
 * Entities that share no name key ({@link #keys}) never meet, so a corpus can be cut into groups
 * resolved apart, each by one EntityClusters.
 *
 * <p>A lone surname borne by several people goes, as in the store, to the one seen most with
 * the article's other entities; those outside the group are known here by their name keys.
 */
public final class EntityClusters {
    /** A corpus entity found here: ids count from 1 in order of creation. */
    public record Cluster(long id, String type, String name, int articles, int mentions, Map<String, String> aliases,
                          Map<String, Integer> aliasCounts, Set<String> keys, Map<String, Integer> descriptors) implements Serializable {}

    private final Memory memory = new Memory();
    private final EntityResolver resolver = new EntityResolver(memory);

    /**
     * Resolves one article's entities (those of this group); returns the cluster id of each local
     * entity id, null for unnamed groups.
     *
     * @param sources     local ids of the entities the article quotes
     * @param articleKeys the name keys of all the article's entities, this group's and others'
     */
    public Map<String, Long> add(List<Entity> entities, Set<String> sources, Set<String> articleKeys) {
        memory.article++;
        Set<String> others = new HashSet<>(articleKeys);
        for (Entity e : entities) others.removeAll(keys(e));
        memory.articleKeys.put(memory.article, Set.copyOf(articleKeys));
        memory.context = others;
        try {
            Map<String, Long> ids = resolver.resolve(entities, sources);
            for (Long id : new LinkedHashSet<>(ids.values())) if (id != null) memory.articles.get(id).add(memory.article);
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException(e);  // memory does not fail
        }
    }

    public List<Cluster> clusters() {
        List<Cluster> out = new ArrayList<>();
        for (long id = 1; id <= memory.types.size(); id++) {
            int i = (int) id - 1;
            out.add(new Cluster(id, memory.types.get(i), memory.name(id), memory.articles.get(id).size(), memory.mentions.get(i),
                    memory.aliases.get(i), memory.counts.get(i), memory.keySets.get(i), memory.descriptors.get(i)));
        }
        return out;
    }

    /** Whether the entity becomes a corpus entity at all (unnamed groups do not). */
    public static boolean resolvable(Entity e) {
        return EntityResolver.resolvable(e);
    }

    /** The name keys by which the entity can meet others: those sharing none resolve apart. */
    public static Set<String> keys(Entity e) {
        return EntityResolver.keys(e);
    }

    private static final class Memory implements EntityIndex {
        int article;
        final List<String> types = new ArrayList<>();
        final List<Integer> mentions = new ArrayList<>();
        final List<Map<String, String>> aliases = new ArrayList<>();
        final List<Map<String, Integer>> counts = new ArrayList<>();
        final List<Set<String>> keySets = new ArrayList<>();
        final List<Map<String, Integer>> descriptors = new ArrayList<>();
        final Map<Long, Set<Integer>> articles = new HashMap<>();
        final Map<String, Set<Long>> byKey = new HashMap<>();
        final Map<Integer, Set<String>> articleKeys = new HashMap<>();
        /** Keys of the article's entities outside this group. */
        Set<String> context = Set.of();

        @Override
        public List<Long> byKey(String key, String type) {
            return byKey.getOrDefault(key, Set.of()).stream()
                    .filter(id -> type == null || types.get((int) (id - 1)).equals(type))
                    .sorted(Comparator.comparing((Long id) -> -mentions.get((int) (id - 1))).thenComparing(id -> id))
                    .toList();
        }

        @Override
        public List<String> aliasNorms(long entity) {
            return List.copyOf(aliases.get((int) entity - 1).keySet());
        }

        @Override
        public String typeOf(long entity) {
            return types.get((int) entity - 1);
        }

        @Override
        public int mentions(long entity) {
            return mentions.get((int) entity - 1);
        }

        @Override
        public int sharedArticles(long entity, Collection<Long> others) {
            Set<Integer> shared = new HashSet<>();
            for (Long o : others) for (Integer a : articles.getOrDefault(o, Set.of())) if (articles.get(entity).contains(a)) shared.add(a);
            for (Integer a : articles.get(entity)) {
                if (a != article && articleKeys.get(a).stream().anyMatch(context::contains)) shared.add(a);
            }
            return shared.size();
        }

        @Override
        public long create(String type, String name) {
            types.add(type);
            mentions.add(0);
            aliases.add(new LinkedHashMap<>());
            counts.add(new LinkedHashMap<>());
            keySets.add(new LinkedHashSet<>());
            descriptors.add(new LinkedHashMap<>());
            long id = types.size();
            articles.put(id, new LinkedHashSet<>());
            return id;
        }

        @Override
        public void record(long id, EntityResolver.Recorded names) {
            int i = (int) id - 1;
            names.aliases().forEach(aliases.get(i)::putIfAbsent);
            names.counts().forEach((norm, n) -> counts.get(i).merge(norm, n, Integer::sum));
            for (String k : names.keys()) {
                keySets.get(i).add(k);
                byKey.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(id);
            }
            names.descriptors().forEach((d, n) -> descriptors.get(i).merge(d, n, Integer::sum));
            mentions.set(i, mentions.get(i) + names.mentions());
        }

        /** As the store names an entity: a name of several words first, then the most used, then the longest. */
        String name(long id) {
            int i = (int) id - 1;
            return counts.get(i).keySet().stream().sorted(Comparator.comparing((String norm) -> !norm.contains(" "))
                            .thenComparing(norm -> -counts.get(i).get(norm))
                            .thenComparing(norm -> -aliases.get(i).get(norm).length())
                            .thenComparing(norm -> norm))
                    .map(norm -> aliases.get(i).get(norm)).findFirst().orElseThrow();
        }
    }
}
