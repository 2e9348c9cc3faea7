package org.dossier.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dossier.Analyzer;
import org.dossier.ArticleInfo;
import org.dossier.model.Analysis;
import org.dossier.model.Entity;
import org.dossier.text.ArticleFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.stream.Stream;

/**
 * Scores descriptors, relations, times and stances against hand annotations
 * (eval-data/facts/GUIDE.md). An item matches a gold item of its kind one-to-one when:
 * descriptors: same entity and same head word (or one description contains the other);
 * relations: same subject, predicate and object; times: overlapping text and the same value;
 * stances: same holder, target and polarity. Names match when one contains the other or their
 * last words are equal ("Cruz", "Ted Cruz").
 */
public final class FactsEvaluation {
    private static final ObjectMapper JSON = new ObjectMapper();
    public static final List<String> KINDS = List.of("descriptors", "relations", "times", "stances");

    private FactsEvaluation() {}

    /** Micro-averaged precision, recall and F1 of each kind over the annotated articles. */
    public static Map<String, Prf> evaluate(Analyzer analyzer, Path gold, Path texts) throws IOException, org.dossier.text.BadInputException {
        Map<String, int[]> counts = new LinkedHashMap<>();  // matched, predicted, gold
        for (String k : KINDS) counts.put(k, new int[3]);
        List<Path> files;
        try (Stream<Path> s = Files.list(gold)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        if (files.isEmpty()) throw new IOException("no annotations (*.json) in " + gold);
        for (Path f : files) {
            JsonNode g = JSON.readTree(f.toFile());
            String text = ArticleFiles.read(texts.resolve(g.get("article").asText()));
            Analysis a = analyzer.analyze(text, new ArticleInfo(null, g.path("published").asText(null)));
            Map<String, String> names = new HashMap<>();
            for (Entity e : a.entities()) names.put(e.id(), e.name());
            Map<String, List<String[]>> predicted = new HashMap<>();
            predicted.put("descriptors", a.entities().stream().flatMap(e -> e.descriptors().stream().map(d -> new String[] {e.name(), d.text()})).toList());
            predicted.put("relations", a.relations().stream().map(r -> new String[] {names.get(r.subject()), r.predicate(),
                    r.object() == null ? r.objectText() : names.get(r.object())}).toList());
            predicted.put("times", a.times().stream().map(t -> new String[] {t.text(), String.valueOf(t.value())}).toList());
            predicted.put("stances", a.stances().stream().map(s -> new String[] {s.holder() == null ? s.holderText() : names.get(s.holder()),
                    s.target() == null ? s.targetText() : names.get(s.target()), s.polarity()}).toList());
            Map<String, List<String[]>> expected = new HashMap<>();
            expected.put("descriptors", items(g, "descriptors", "entity", "descriptor"));
            expected.put("relations", items(g, "relations", "subject", "predicate", "object"));
            expected.put("times", items(g, "times", "text", "value"));
            expected.put("stances", items(g, "stances", "holder", "target", "polarity"));
            Map<String, BiPredicate<String[], String[]>> same = Map.of(
                    "descriptors", (p, q) -> sameName(p[0], q[0]) && sameDescription(p[1], q[1]),
                    "relations", (p, q) -> sameName(p[0], q[0]) && p[1].equals(q[1]) && (sameName(p[2], q[2]) || sameDescription(p[2], q[2])),
                    "times", (p, q) -> overlaps(p[0], q[0]) && p[1].equalsIgnoreCase(q[1]),
                    "stances", (p, q) -> sameName(p[0], q[0]) && sameName(p[1], q[1]) && p[2].equals(q[2]));
            for (String k : KINDS) {
                int[] c = counts.get(k);
                c[0] += matches(predicted.get(k), expected.get(k), same.get(k));
                c[1] += predicted.get(k).size();
                c[2] += expected.get(k).size();
            }
        }
        Map<String, Prf> out = new LinkedHashMap<>();
        counts.forEach((k, c) -> out.put(k, Prf.of(c[0], c[1], c[2])));
        return out;
    }

    private static List<String[]> items(JsonNode g, String kind, String... fields) {
        List<String[]> out = new ArrayList<>();
        for (JsonNode n : g.path(kind)) {
            String[] item = new String[fields.length];
            for (int i = 0; i < fields.length; i++) item[i] = n.path(fields[i]).asText("");
            out.add(item);
        }
        return out;
    }

    /** Greedy one-to-one matching. */
    private static int matches(List<String[]> predicted, List<String[]> gold, BiPredicate<String[], String[]> same) {
        boolean[] used = new boolean[gold.size()];
        int n = 0;
        for (String[] p : predicted) {
            for (int i = 0; i < gold.size(); i++) {
                if (!used[i] && p[0] != null && same.test(p, gold.get(i))) {
                    used[i] = true;
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    static String norm(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("[’']s\\b", "").replaceAll("[^\\p{L}\\p{N} ]+", " ")
                .replaceAll("^(the|a|an) ", "").replaceAll("\\s+", " ").strip();
    }

    static boolean sameName(String a, String b) {
        String x = norm(a), y = norm(b);
        if (x.isEmpty() || y.isEmpty()) return false;
        return x.contains(y) || y.contains(x) || last(x).equals(last(y));
    }

    private static boolean sameDescription(String a, String b) {
        String x = norm(a), y = norm(b);
        if (x.isEmpty() || y.isEmpty()) return false;
        return x.contains(y) || y.contains(x) || last(x).replaceAll("s$", "").equals(last(y).replaceAll("s$", ""));
    }

    private static boolean overlaps(String a, String b) {
        String x = norm(a), y = norm(b);
        return !x.isEmpty() && !y.isEmpty() && (x.contains(y) || y.contains(x));
    }

    private static String last(String s) {
        return s.substring(s.lastIndexOf(' ') + 1);
    }
}
