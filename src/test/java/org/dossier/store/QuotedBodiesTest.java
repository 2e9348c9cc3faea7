package org.dossier.store;

import org.dossier.model.Entity;
import org.dossier.model.Mention;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * A one-word body or place that an article quotes or types a person, resolved by
 * {@link EntityClusters} (the store's rules, in memory): a person only where no body or place of
 * that name is better known.
 */
class QuotedBodiesTest {
    private static Entity entity(String id, String type, String name, int mentions) {
        List<Mention> ms = new java.util.ArrayList<>();
        for (int i = 0; i < mentions; i++) ms.add(new Mention(i * 10, i * 10 + name.length(), name));
        return new Entity(id, type, name, ms, List.of());
    }

    private static Map<String, Long> add(EntityClusters clusters, Set<String> sources, Entity... entities) {
        Set<String> keys = new java.util.HashSet<>();
        for (Entity e : entities) keys.addAll(EntityClusters.keys(e));
        return clusters.add(List.of(entities), sources, keys);
    }

    @Test
    void aQuotedCompanyOrOneTypedAPersonIsTheCompanyNotAPersonOneArticleRanTogetherWithItsName() {
        EntityClusters clusters = new EntityClusters();
        long gazprom = add(clusters, Set.of(), entity("E1", "ORGANIZATION", "Газпром", 5)).get("E1");
        // "Нафтогаза Газпром", two companies one article wrote side by side, read as one person
        long runTogether = add(clusters, Set.of(), entity("E1", "PERSON", "Нафтогаз Газпром", 1)).get("E1");
        assertNotEquals(gazprom, runTogether);
        // "Газпром заявил": quoted, and known better as the company
        assertEquals(gazprom, add(clusters, Set.of("E1"), entity("E1", "ORGANIZATION", "Газпром", 2)).get("E1"));
        // and an article that types an airline's name alone a person means the airline, where no one is known by it alone
        long ryanair = add(clusters, Set.of(), entity("E1", "ORGANIZATION", "Райънеър", 4)).get("E1");
        assertEquals(ryanair, add(clusters, Set.of(), entity("E1", "PERSON", "Райънеър", 1)).get("E1"));
        // but a surname borne by a man named in full stays his, though a company of that name is mentioned more
        long jj = add(clusters, Set.of(), entity("E1", "ORGANIZATION", "Джонсон", 6)).get("E1");
        long boris = add(clusters, Set.of(), entity("E1", "PERSON", "Борис Джонсон", 2)).get("E1");
        assertNotEquals(jj, boris);
        assertEquals(boris, add(clusters, Set.of(), entity("E1", "PERSON", "Джонсон", 1)).get("E1"));
        // while a surname typed as a place and quoted is still the person, where no such place is known: "Навальная заявила"
        long navalnaya = add(clusters, Set.of(), entity("E1", "PERSON", "Юлия Навальная", 3)).get("E1");
        assertEquals(navalnaya, add(clusters, Set.of("E1"), entity("E1", "LOCATION", "Навальная", 1)).get("E1"));
    }
}
