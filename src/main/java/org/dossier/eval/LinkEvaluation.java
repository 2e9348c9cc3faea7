package org.dossier.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Scores the linking of mentions into corpus entities against SlavicNER's cross-lingual ids
 * ({@code ../shared/data/slavicner/ner/TOPIC/LANG/FILE.tsv}): pairwise precision and recall of
 * "same entity" over gold name mentions, per type and per pair of languages. A pair is gold when
 * both mentions bear one cross-lingual id, predicted when both were found (same file, same
 * offsets) and exported as one entity. A gold mention that was not found pairs with nothing, so
 * names the analysis missed cost recall; mentions found that are no gold name are not scored.
 * Counted from group sizes, not by listing pairs: a topic has millions of them.
 */
public final class LinkEvaluation {
    private LinkEvaluation() {}

    /** Gold types scored, SlavicNER's code to Dossier's: events and products are not Dossier's entities. */
    public static final Map<String, String> TYPES = Map.of("PER", "PERSON", "ORG", "ORGANIZATION", "LOC", "LOCATION");

    /**
     * A gold name mention.
     *
     * @param file the text's file name in {@code raw/TOPIC/LANG/}, which is unique across topics
     * @param id   the cross-lingual entity id ({@code PER-Theresa-May}): one id, one entity
     */
    public record GoldMention(String topic, String language, String file, int start, int end, String text, String lemma, String type, String id) {}

    /** A mention as exported: the file name its article was read from, and its offsets. */
    public record Found(String file, int start, int end) {}

    /** Pairs of mentions of one type, over one pair of languages ("bg-ru") or "all". */
    public record Row(String type, String languages, long gold, long predicted, long correct) {
        public Prf prf() {
            return Prf.of(correct, predicted, gold);
        }
    }

    /** The .txt file of the text a gold file annotates: {@code x.tsv} annotates {@code x.txt}. */
    public static String textFileOf(String goldFile) {
        return goldFile.replaceFirst("\\.tsv$", "") + ".txt";
    }

    /**
     * The gold mentions of the scored types under {@code root/ner}, for the given topics and
     * languages (all when empty).
     */
    public static List<GoldMention> readGold(Path root, Set<String> topics, Set<String> languages) throws IOException {
        Path ner = root.resolve("ner");
        if (!Files.isDirectory(ner)) throw new IOException(ner + ": no such folder (SlavicNER's ner/TOPIC/LANG/*.tsv)");
        List<GoldMention> out = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(ner)) {
            files = walk.filter(p -> p.toString().endsWith(".tsv")).sorted().toList();
        }
        for (Path f : files) {
            Path rel = ner.relativize(f);
            if (rel.getNameCount() != 3) continue;
            String topic = rel.getName(0).toString(), lang = rel.getName(1).toString();
            if (!topics.isEmpty() && !topics.contains(topic) || !languages.isEmpty() && !languages.contains(lang)) continue;
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                String[] c = line.split("\t");
                if (c.length < 6 || !TYPES.containsKey(c[4])) continue;
                out.add(new GoldMention(topic, lang, textFileOf(f.getFileName().toString()), Integer.parseInt(c[0]), Integer.parseInt(c[1]),
                        c[2], c[3], c[4], c[5]));
            }
        }
        return out;
    }

    /**
     * The pair counts: per gold type, over all pairs ("all"), over pairs of two languages
     * ("cross-language") and per pair of languages.
     *
     * @param entityOf the exported entity of each mention found
     */
    public static List<Row> score(List<GoldMention> gold, Map<Found, Long> entityOf) {
        // group key -> mentions per language, for the gold groups, the predicted groups and their overlap
        Map<List<Object>, Map<String, Long>> goldGroups = new HashMap<>(), predicted = new HashMap<>(), correct = new HashMap<>();
        Set<String> languages = new TreeSet<>();
        for (GoldMention g : gold) {
            languages.add(g.language());
            goldGroups.computeIfAbsent(List.of(g.type(), g.id()), k -> new HashMap<>()).merge(g.language(), 1L, Long::sum);
            Long entity = entityOf.get(new Found(g.file(), g.start(), g.end()));
            if (entity == null) continue;
            predicted.computeIfAbsent(List.of(g.type(), entity), k -> new HashMap<>()).merge(g.language(), 1L, Long::sum);
            correct.computeIfAbsent(List.of(g.type(), g.id(), entity), k -> new HashMap<>()).merge(g.language(), 1L, Long::sum);
        }
        List<String> pairs = new ArrayList<>(List.of("all", "cross-language"));
        List<String> langs = new ArrayList<>(languages);
        for (int i = 0; i < langs.size(); i++) for (int j = i; j < langs.size(); j++) pairs.add(langs.get(i) + "-" + langs.get(j));
        List<Row> rows = new ArrayList<>();
        for (String type : new TreeSet<>(TYPES.keySet())) {
            for (String pair : pairs) {
                rows.add(new Row(type, pair, pairs(goldGroups, type, pair), pairs(predicted, type, pair), pairs(correct, type, pair)));
            }
        }
        return rows;
    }

    /**
     * The worst linking errors, for tuning by hand: the gold entities split over most predicted
     * entities (by pairs lost), then the predicted entities that join most gold ones (by pairs
     * wrongly joined), each as a line of its parts, "lemma (languages: mentions)", biggest first.
     */
    public static List<String> errors(List<GoldMention> gold, Map<Found, Long> entityOf, int limit) {
        Map<List<Object>, Map<Long, List<GoldMention>>> splits = new HashMap<>();  // gold entity -> predicted -> mentions
        Map<Long, Map<List<Object>, List<GoldMention>>> joins = new HashMap<>();  // predicted -> gold entity -> mentions
        for (GoldMention g : gold) {
            Long entity = entityOf.get(new Found(g.file(), g.start(), g.end()));
            if (entity == null) continue;
            List<Object> id = List.of(g.type(), g.id());
            splits.computeIfAbsent(id, k -> new HashMap<>()).computeIfAbsent(entity, k -> new ArrayList<>()).add(g);
            joins.computeIfAbsent(entity, k -> new HashMap<>()).computeIfAbsent(id, k -> new ArrayList<>()).add(g);
        }
        List<Map.Entry<Long, String>> lines = new ArrayList<>();
        splits.forEach((id, parts) -> {
            if (parts.size() > 1) lines.add(Map.entry(lost(parts.values()), "split " + id.get(0) + " " + id.get(1) + ": " + describe(parts.values())));
        });
        joins.forEach((entity, parts) -> {
            if (parts.size() > 1) lines.add(Map.entry(lost(parts.values()), "joined entity " + entity + ": " + describe(parts.values())));
        });
        lines.sort((a, b) -> Long.compare(b.getKey(), a.getKey()));
        return lines.stream().limit(limit).map(e -> e.getKey() + "\t" + e.getValue()).toList();
    }

    /** The pairs between the parts, which one group would hold and the parts do not. */
    private static long lost(java.util.Collection<List<GoldMention>> parts) {
        long total = 0, within = 0;
        for (List<GoldMention> p : parts) {
            total += p.size();
            within += (long) p.size() * (p.size() - 1) / 2;
        }
        return total * (total - 1) / 2 - within;
    }

    private static String describe(java.util.Collection<List<GoldMention>> parts) {
        List<String> out = new ArrayList<>();
        for (List<GoldMention> p : parts.stream().sorted((a, b) -> b.size() - a.size()).toList()) {
            Map<String, Map<String, Integer>> byLemma = new TreeMap<>();
            for (GoldMention g : p) byLemma.computeIfAbsent(g.lemma(), k -> new TreeMap<>()).merge(g.language(), 1, Integer::sum);
            out.add("[" + String.join(", ", byLemma.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList()) + "]");
        }
        return String.join(" | ", out);
    }

    /** The pairs within the groups of one type, over the given pair of languages. */
    private static long pairs(Map<List<Object>, Map<String, Long>> groups, String type, String languages) {
        long n = 0;
        for (Map.Entry<List<Object>, Map<String, Long>> g : groups.entrySet()) {
            if (!g.getKey().get(0).equals(type)) continue;
            Map<String, Long> c = g.getValue();
            long total = c.values().stream().mapToLong(Long::longValue).sum(), same = 0;
            for (long k : c.values()) same += k * (k - 1) / 2;
            if (languages.equals("all")) n += total * (total - 1) / 2;
            else if (languages.equals("cross-language")) n += total * (total - 1) / 2 - same;
            else {
                String[] l = languages.split("-");
                long a = c.getOrDefault(l[0], 0L), b = c.getOrDefault(l[1], 0L);
                n += l[0].equals(l[1]) ? a * (a - 1) / 2 : a * b;
            }
        }
        return n;
    }

    /** The gold mentions grouped by text file, in file order: what an article of each holds. */
    public static Map<String, List<GoldMention>> byFile(List<GoldMention> gold) {
        Map<String, List<GoldMention>> out = new TreeMap<>();
        for (GoldMention g : gold) out.computeIfAbsent(g.topic() + "/" + g.language() + "/" + g.file(), k -> new ArrayList<>()).add(g);
        return out;
    }
}
