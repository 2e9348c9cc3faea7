package org.dossier.eval;

import org.dossier.Analyzer;
import org.dossier.ArticleInfo;
import org.dossier.lang.Words;
import org.dossier.model.Analysis;
import org.dossier.model.Entity;
import org.dossier.model.Mention;
import org.dossier.nlp.StageTimes;
import org.dossier.text.ArticleFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Names scored against SlavicNER ({@code ../shared/data/slavicner}): for each document of a topic
 * in one language ({@code raw/TOPIC/LANG/*.txt}, gold in {@code ner/TOPIC/LANG/*.tsv}), the names
 * Dossier finds (mentions of PERSON, ORGANIZATION and LOCATION entities; pronouns are no names) are
 * compared with the gold names of types PER, ORG and LOC (a pronoun linked to a person is no name;
 * a GROUP counts as PER, as SlavicNER types "британците", "консерваторов"): a name is right when its span and its
 * type are both exactly the gold one's. Gold events and products (EVT, PRO) are not scored: a
 * name found on such a span or inside one ("Северный поток-2" of "«Северный поток-2»") counts neither way.
 */
public final class NerEvaluation {
    /** The scored types, Dossier's and SlavicNER's. */
    private static final Map<String, String> TYPES = Map.of("PERSON", "PER", "ORGANIZATION", "ORG", "LOCATION", "LOC", "GROUP", "PER");

    /** One name: code-point span and type. */
    public record Name(int start, int end, String type) {}

    /** Counts for one topic (or all), overall and per type, and an example of each error. */
    public static final class Counts {
        public long gold, predicted, correct;
        public final Map<String, long[]> byType = new TreeMap<>();  // gold, predicted, correct
        public long words, cpuNanos;

        void add(Set<Name> goldNames, Set<Name> found) {
            gold += goldNames.size();
            predicted += found.size();
            for (Name g : goldNames) byType.computeIfAbsent(g.type(), k -> new long[3])[0]++;
            for (Name f : found) {
                byType.computeIfAbsent(f.type(), k -> new long[3])[1]++;
                if (goldNames.contains(f)) {
                    correct++;
                    byType.get(f.type())[2]++;
                }
            }
        }

        void add(Counts o) {
            gold += o.gold;
            predicted += o.predicted;
            correct += o.correct;
            words += o.words;
            cpuNanos += o.cpuNanos;
            o.byType.forEach((t, c) -> {
                long[] mine = byType.computeIfAbsent(t, k -> new long[3]);
                for (int i = 0; i < 3; i++) mine[i] += c[i];
            });
        }

        public Prf prf() {
            return Prf.of(correct, predicted, gold);
        }

        /** Words analyzed per second of analysis CPU time (one core). */
        public double wordsPerSecond() {
            return cpuNanos == 0 ? 0 : words * 1e9 / cpuNanos;
        }
    }

    /** A wrong or missed name, for looking at: the document, the text of the span, what was found and what is gold. */
    public record Error(String document, String text, String found, String gold) {}

    private NerEvaluation() {}

    /**
     * Scores each topic; the map has the topics in the order given, then "all".
     *
     * @param errors where wrong and missed names go (null: nowhere)
     */
    public static Map<String, Counts> evaluate(Analyzer analyzer, Path data, String language, List<String> topics, List<Error> errors) throws IOException {
        Map<String, Counts> out = new LinkedHashMap<>();
        Counts all = new Counts();
        Set<String> pronouns = new HashSet<>(Words.of(language).set("male-pronouns"));
        pronouns.addAll(Words.of(language).set("female-pronouns"));
        for (String topic : topics) {
            Path raw = data.resolve("raw").resolve(topic).resolve(language), ner = data.resolve("ner").resolve(topic).resolve(language);
            if (!Files.isDirectory(raw)) throw new IllegalArgumentException(raw + " is not a folder: no topic " + topic + " in " + language);
            Counts c = new Counts();
            List<Path> files;
            try (Stream<Path> s = Files.list(raw)) {
                files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
            }
            for (Path f : files) {
                Path tsv = ner.resolve(f.getFileName().toString() + ".tsv");
                if (!Files.exists(tsv)) tsv = ner.resolve(f.getFileName().toString().replaceAll("\\.txt$", "") + ".tsv");
                if (!Files.exists(tsv)) continue;
                String text;
                try {
                    text = ArticleFiles.read(f);
                } catch (Exception e) {
                    throw new UncheckedIOException(new IOException(f + ": " + e.getMessage()));
                }
                Set<Name> gold = new HashSet<>(), unscored = new HashSet<>();
                for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
                    String[] p = line.split("\t");
                    if (p.length < 5) continue;
                    Name n = new Name(Integer.parseInt(p[0].strip()), Integer.parseInt(p[1].strip()), p[4].strip());
                    if (TYPES.containsValue(n.type())) gold.add(n);
                    else unscored.add(n);
                }
                long t0 = StageTimes.now();
                Analysis a = analyzer.analyze(text, new ArticleInfo(null, null, language));
                c.cpuNanos += StageTimes.now() - t0;
                c.words += text.split("[^\\p{L}\\p{N}]+").length;
                Set<Name> found = new HashSet<>();
                for (Entity e : a.entities()) {
                    String type = TYPES.get(e.type());
                    if (type == null) continue;
                    for (Mention m : e.mentions()) {
                        if (pronouns.contains(m.text().toLowerCase(java.util.Locale.ROOT))) continue;
                        Name n = new Name(m.start(), m.end(), type);
                        if (unscored.stream().anyMatch(u -> u.start() <= n.start() && n.end() <= u.end())) continue;
                        found.add(n);
                    }
                }
                c.add(gold, found);
                if (errors != null) {
                    String doc = topic + "/" + language + "/" + f.getFileName();
                    for (Name n : found) {
                        if (gold.contains(n)) continue;
                        String g = gold.stream().filter(x -> x.start() == n.start() && x.end() == n.end()).map(Name::type).findFirst().orElse("-");
                        errors.add(new Error(doc, slice(text, n), n.type(), g));
                    }
                    for (Name n : gold) {
                        if (found.contains(n) || found.stream().anyMatch(x -> x.start() == n.start() && x.end() == n.end())) continue;
                        errors.add(new Error(doc, slice(text, n), "-", n.type()));
                    }
                }
            }
            out.put(topic, c);
            all.add(c);
        }
        out.put("all", all);
        return out;
    }

    private static String slice(String text, Name n) {
        int s = text.offsetByCodePoints(0, Math.min(n.start(), text.codePointCount(0, text.length())));
        int e = text.offsetByCodePoints(0, Math.min(n.end(), text.codePointCount(0, text.length())));
        return text.substring(s, e);
    }

    /** The errors as lines: "found  gold  text  document", most frequent first, for tuning by hand. */
    public static List<String> summary(List<Error> errors, int limit) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Error e : errors) counts.merge(e.found() + "\t" + e.gold() + "\t" + e.text(), 1, Integer::sum);
        List<Map.Entry<String, Integer>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort((a, b) -> b.getValue() - a.getValue());
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.min(limit, sorted.size()); i++) out.add(sorted.get(i).getValue() + "\t" + sorted.get(i).getKey());
        return out;
    }
}
