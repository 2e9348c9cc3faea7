package org.dossier.store;

import org.dossier.ArticleInfo;
import org.dossier.LoadsModels;
import org.dossier.SharedAnalyzer;
import org.dossier.ingest.ArticleReader;
import org.dossier.ingest.SourceArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How well entities merge across articles, measured on the bundled example corpus against its
 * hand-written gold (examples/corpus/entities-gold.tsv): spelling variants (Zelensky / Zelenskyy
 * / Zelenskiy, Kiev / Kyiv, Navalny / Navalnyy, Kharkiv / Kharkov), titles and surnames, and
 * different people with one surname (Hillary / Bill Clinton, Jeb / George W. Bush, Navalny /
 * Navalnaya). Scored over pairs of names in different articles: precision is the share of merged
 * pairs that are one entity, recall the share of same-entity pairs that were merged.
 * Prints the scores: {@code mvn -B -q test -Dtest=EntityMergeTest}.
 */
@LoadsModels
class EntityMergeTest {
    @TempDir
    Path dir;

    private record GoldName(String article, String name, String entity) {}

    @Test
    void mergesAcrossArticlesWithHighPrecisionAndRecall() throws Exception {
        Path db = dir.resolve("merge.db");
        Map<String, Long> articleIds = new HashMap<>();
        try (CorpusStore store = CorpusStore.open(db)) {
            List<SourceArticle> articles = new ArrayList<>();
            ArticleReader.of(List.of(Path.of("examples/corpus"))).forEach(in -> articles.add(in.article()));
            for (SourceArticle a : articles) {
                long id = store.add(a, SharedAnalyzer.get().analyze(a.text(), new ArticleInfo(a.title(), a.published(), a.language())));
                articleIds.put(a.origin().replaceAll(".*\\((.*)\\)$", "$1"), id);
            }
        }
        List<GoldName> gold = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("examples/corpus/entities-gold.tsv"))) {
            if (line.startsWith("#") || line.startsWith("article\t") || line.isBlank()) continue;
            String[] f = line.split("\t");
            gold.add(new GoldName(f[0], f[1], f[2]));
        }
        List<Long> predicted = new ArrayList<>();
        try (Connection c = CorpusStore.connect(db, true)) {
            for (GoldName g : gold) predicted.add(entityOf(c, articleIds.get(g.article()), g.name()));
        }
        long tp = 0, merged = 0, same = 0;
        for (int i = 0; i < gold.size(); i++) {
            for (int j = i + 1; j < gold.size(); j++) {
                if (gold.get(i).article().equals(gold.get(j).article())) continue;
                boolean isSame = gold.get(i).entity().equals(gold.get(j).entity());
                boolean isMerged = predicted.get(i) != null && predicted.get(i).equals(predicted.get(j));
                if (isSame) same++;
                if (isMerged) merged++;
                if (isSame && isMerged) tp++;
            }
        }
        double p = (double) tp / merged, r = (double) tp / same, f1 = 2 * p * r / (p + r);
        System.out.printf("%nentity merging across articles (examples/corpus, %d names, %d same-entity pairs)%n", gold.size(), same);
        System.out.printf("| precision | recall | F1 |%n|---|---|---|%n| %.3f | %.3f | %.3f |%n", p, r, f1);
        for (int i = 0; i < gold.size(); i++) if (predicted.get(i) == null) System.out.println("  not found: " + gold.get(i));
        assertTrue(p >= 0.95, "precision " + p);
        assertTrue(r >= 0.85, "recall " + r);
    }

    /** The corpus entity of the article entity that has a mention written {@code name} (titles aside). */
    private static Long entityOf(Connection c, long article, String name) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("SELECT ae.entity_id FROM article_entities ae JOIN mentions m "
                + "ON m.article_id = ae.article_id AND m.local_id = ae.local_id WHERE ae.article_id = ? "
                + "AND (m.text = ? OR m.text LIKE ?) AND ae.entity_id IS NOT NULL LIMIT 1")) {
            ps.setLong(1, article);
            ps.setString(2, name);
            ps.setString(3, "% " + name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }
}
