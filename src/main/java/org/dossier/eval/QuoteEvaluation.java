package org.dossier.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dossier.Analyzer;
import org.dossier.ArticleInfo;
import org.dossier.model.Analysis;
import org.dossier.model.Attribution;
import org.dossier.model.Entity;
import org.dossier.model.Span;
import org.dossier.text.ArticleFiles;
import org.dossier.text.BadInputException;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Scores the quotes Dossier finds against hand-annotated quotes (eval-data/quotes/GUIDE.md), as
 * quote tools are scored: a gold quote is found when a predicted attribution's content covers more
 * than a share of its content characters, predictions and gold matched one to one, best overlap
 * first. Of the found quotes it counts those whose predicted source span overlaps the gold speaker
 * (or neither has one: quotations that run on), and those whose source resolves to an entity that
 * bears the annotated full name.
 */
public final class QuoteEvaluation {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One gold quote: code-point spans, the speaker's fullest name (or null), its kind. */
    record GoldQuote(List<Span> content, List<Span> speaker, String name, String kind, boolean runOn) {}

    /** One article's gold and what Dossier made of it. */
    record Article(String file, String text, List<GoldQuote> gold, Analysis analysis) {}

    /** Counts at one overlap threshold, for predictions of the given types. */
    /**
     * @param recallByKind   per kind of gold quote (direct, indirect, mixed, run-on): found, gold
     * @param resolvedByForm per form of the gold speaker as written (name, pronoun, description,
     *                       acronym, none): found quotes with a gold name, those resolved to it
     */
    public record Result(String types, double overlap, int gold, int predicted, int found, int speakerMatch,
                         int named, int resolved, Map<String, int[]> recallByKind, Map<String, int[]> resolvedByForm) {
        public Prf prf() {
            return Prf.of(found, predicted, gold);
        }

        public double speakerMatchRate() {
            return Prf.ratio(speakerMatch, found);
        }

        public double resolvedRate() {
            return Prf.ratio(resolved, named);
        }
    }

    private final List<Article> articles;

    private QuoteEvaluation(List<Article> articles) {
        this.articles = articles;
    }

    /** Reads every gold file below {@code gold} and analyzes its article from {@code texts}. */
    public static QuoteEvaluation run(Analyzer analyzer, Path gold, Path texts) throws IOException, BadInputException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(gold)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        if (files.isEmpty()) throw new IOException("no quote annotations (*.json) below " + gold);
        List<Article> articles = new ArrayList<>();
        for (Path f : files) {
            JsonNode g = JSON.readTree(f.toFile());
            String name = g.path("file").asText(null);
            if (name == null) throw new IOException(f + ": no \"file\" field");
            Path textFile = texts.resolve(name);
            if (!Files.isRegularFile(textFile)) throw new IOException(f + ": its article " + textFile + " is missing");
            String text = ArticleFiles.read(textFile);
            List<GoldQuote> quotes = new ArrayList<>();
            for (JsonNode q : g.path("quotes")) {
                quotes.add(new GoldQuote(spans(q.path("content")), spans(q.path("speaker")), q.path("name").isNull() ? null : q.path("name").asText(null),
                        q.path("kind").asText(), q.path("runOn").asBoolean(false)));
            }
            articles.add(new Article(name, text, quotes, analyzer.analyze(text, ArticleInfo.NONE)));
        }
        return new QuoteEvaluation(articles);
    }

    private static List<Span> spans(JsonNode list) {
        List<Span> out = new ArrayList<>();
        if (list.isArray()) for (JsonNode s : list) out.add(new Span(s.get(0).asInt(), s.get(1).asInt()));
        return out;
    }

    public int articles() {
        return articles.size();
    }

    /**
     * Scores the predictions of the given types ("speech"; null for all) at an overlap threshold
     * (0.3: more than 30% of the gold quote's characters covered); {@code misses}, if not null,
     * gets each missed gold quote and each unmatched prediction.
     */
    public Result score(String type, double overlap, PrintStream misses) {
        int gold = 0, predicted = 0, found = 0, speaker = 0, named = 0, resolved = 0;
        Map<String, int[]> byKind = new java.util.TreeMap<>(), byForm = new java.util.TreeMap<>();
        for (Article art : articles) {
            List<Attribution> preds = art.analysis().attributions().stream().filter(a -> type == null || type.equals(a.type())).toList();
            gold += art.gold().size();
            predicted += preds.size();
            List<double[]> pairs = new ArrayList<>();  // coverage, gold index, prediction index
            for (int g = 0; g < art.gold().size(); g++) {
                for (int p = 0; p < preds.size(); p++) {
                    double c = coverage(art.gold().get(g).content(), preds.get(p).content().spans());
                    if (c > overlap) pairs.add(new double[] {c, g, p});
                }
            }
            pairs.sort(Comparator.comparingDouble((double[] x) -> x[0]).reversed());
            boolean[] goldUsed = new boolean[art.gold().size()], predUsed = new boolean[preds.size()];
            Map<String, String> names = new HashMap<>();
            for (Entity e : art.analysis().entities()) names.put(e.id(), e.name());
            for (double[] pair : pairs) {
                int g = (int) pair[1], p = (int) pair[2];
                if (goldUsed[g] || predUsed[p]) continue;
                goldUsed[g] = predUsed[p] = true;
                found++;
                GoldQuote q = art.gold().get(g);
                Attribution a = preds.get(p);
                List<Span> predSpeaker = a.source() == null ? List.of() : a.source().spans();
                if (q.speaker().isEmpty() ? predSpeaker.isEmpty() : overlaps(q.speaker(), predSpeaker)) speaker++;
                else if (misses != null) misses.printf("%s: speaker span %s, predicted %s (content: %s)%n", art.file(), spanText(art.text(), q.speaker()),
                        a.source() == null ? null : a.source().text(), a.content().text());
                if (q.name() != null) {
                    named++;
                    String entity = a.source() == null || a.source().entity() == null ? null : names.get(a.source().entity());
                    boolean right = entity != null && normal(entity).equals(normal(q.name()));
                    int[] f = byForm.computeIfAbsent(speakerForm(art.text(), q), x -> new int[2]);
                    f[0]++;
                    if (right) f[1]++;
                    if (right) resolved++;
                    else if (misses != null) misses.printf("%s: speaker %s resolved to %s (source as written: %s)%n", art.file(), q.name(), entity,
                            a.source() == null ? null : a.source().text());
                }
            }
            for (int g = 0; g < art.gold().size(); g++) {
                GoldQuote q = art.gold().get(g);
                String kind = q.runOn() ? "run-on" : q.kind();
                int[] k = byKind.computeIfAbsent(kind, x -> new int[2]);
                k[1]++;
                if (goldUsed[g]) k[0]++;
                else if (misses != null) misses.printf("%s: missed %s %s%n", art.file(), kind, q.content());
            }
            if (misses != null) {
                for (int p = 0; p < preds.size(); p++) {
                    if (!predUsed[p]) misses.printf("%s: extra %s %s: %s%n", art.file(), preds.get(p).type(), preds.get(p).id(),
                            preds.get(p).content().text());
                }
            }
        }
        return new Result(type == null ? "all" : type, overlap, gold, predicted, found, speaker, named, resolved, byKind, byForm);
    }

    private static final java.util.Set<String> PRONOUNS = java.util.Set.of("he", "she", "it", "they", "i", "we", "you", "who", "his", "her");

    /**
     * How the gold speaker is written: "none" (a run-on, a passive), "pronoun" ("he", "it"),
     * "acronym" ("the ISM"), "name" (holds a capitalised word of the speaker's name), else
     * "description" ("the firm", "The minister", "a spokesman").
     */
    static String speakerForm(String text, GoldQuote q) {
        if (q.speaker().isEmpty()) return "none";
        String written = spanText(text, q.speaker().subList(0, 1)).strip();
        String plain = written.replaceFirst("(?i)^the\\s+", "");
        if (PRONOUNS.contains(plain.toLowerCase(Locale.ROOT))) return "pronoun";
        if (plain.matches("[A-Z&]{2,6}")) return "acronym";
        for (String w : q.name() == null ? new String[0] : q.name().split("\\s+")) {
            if (w.length() > 1 && Character.isUpperCase(w.charAt(0)) && written.matches(".*\\b" + java.util.regex.Pattern.quote(w) + "\\b.*")) return "name";
        }
        return "description";
    }

    /** The text of some spans, apart by " ... "; "none" for no span. */
    private static String spanText(String text, List<Span> spans) {
        if (spans.isEmpty()) return "none";
        return String.join(" ... ", spans.stream()
                .map(s -> text.substring(text.offsetByCodePoints(0, s.start()), text.offsetByCodePoints(0, s.end()))).toList());
    }

    /** Share of the gold spans' code points that the predicted spans cover. */
    static double coverage(List<Span> gold, List<Span> predicted) {
        BitSet g = bits(gold), p = bits(predicted);
        int total = g.cardinality();
        g.and(p);
        return total == 0 ? 0 : (double) g.cardinality() / total;
    }

    private static boolean overlaps(List<Span> a, List<Span> b) {
        return bits(a).intersects(bits(b));
    }

    private static BitSet bits(List<Span> spans) {
        BitSet b = new BitSet();
        for (Span s : spans) if (s.end() > s.start()) b.set(s.start(), s.end());
        return b;
    }

    /** Names compare without case, punctuation, repeated spaces, a leading "the" or titles ("Sir", "Mr", "Lord"). */
    static String normal(String name) {
        String n = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} ]", " ").replaceAll("\\s+", " ").strip();
        if (n.startsWith("the ")) n = n.substring(4);
        String[] words = n.split(" ");
        int i = 0;
        while (i < words.length - 1 && org.dossier.extract.entity.Titles.isTitle(words[i])) i++;
        return String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
    }
}
