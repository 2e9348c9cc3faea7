package org.dossier.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * How far the gold's own annotators agree, under {@link Scorer}'s metric. On every article that
 * several people annotated, the first file by name is gold, as in {@code eval}, and each later
 * annotator's file is scored against it as if it were a prediction. So is the later annotators'
 * consensus: the attributions a majority of them marked. A system is judged against one
 * annotator's choices, so these scores show how much of a score is within reach at all.
 */
public final class Agreement {
    /** The least number of later annotators for a consensus to mean anything. */
    static final int CONSENSUS_PANEL = 3;

    /** One row of the report: who was scored against the first annotator, and how. */
    public record Row(String who, Scores scores) {}

    private Agreement() {}

    /** Scores every multiply-annotated article of the given gold folders (PolNeAR layout). */
    public static List<Row> measure(List<Path> goldDirs) throws IOException {
        Map<Integer, Scorer> byRank = new TreeMap<>();
        Scorer everyone = new Scorer(), consensus = new Scorer();
        for (Path dir : goldDirs) {
            for (var e : BratReader.allAnnotationFiles(dir).entrySet()) {
                List<Path> files = e.getValue();
                if (files.size() < 2) continue;
                GoldArticle first = BratReader.read(dir, e.getKey(), files.get(0));
                List<List<GoldAttribution>> later = new ArrayList<>();
                for (int k = 1; k < files.size(); k++) {
                    List<GoldAttribution> other = BratReader.read(dir, e.getKey(), files.get(k)).attributions();
                    later.add(other);
                    byRank.computeIfAbsent(k + 1, r -> new Scorer()).addAnnotations(first, other);
                    everyone.addAnnotations(first, other);
                }
                if (later.size() >= CONSENSUS_PANEL) consensus.addAnnotations(first, majority(WordTokens.of(first.text()), later));
            }
        }
        if (byRank.isEmpty()) throw new IOException("no article in " + goldDirs + " has more than one annotation file");
        List<Row> rows = new ArrayList<>();
        byRank.forEach((rank, s) -> rows.add(new Row("annotator " + rank, s.scores())));
        rows.add(new Row("each later annotator", everyone.scores()));
        if (consensus.scores().articles() > 0) rows.add(new Row("majority of later annotators", consensus.scores()));
        return rows;
    }

    /**
     * The attributions that more than half of the annotators marked, each once: one annotator's
     * attribution counts as marked by another when their contents match as {@link Scorer} matches
     * (word-token Jaccard at least 0.5).
     */
    static List<GoldAttribution> majority(WordTokens words, List<List<GoldAttribution>> annotators) {
        List<List<BitSet>> contents = annotators.stream()
                .map(a -> a.stream().map(g -> words.covered(g.content())).toList()).toList();
        List<GoldAttribution> kept = new ArrayList<>();
        List<BitSet> keptContents = new ArrayList<>();
        for (int j = 0; j < annotators.size(); j++) {
            for (int i = 0; i < annotators.get(j).size(); i++) {
                BitSet c = contents.get(j).get(i);
                int votes = 1;
                for (int k = 0; k < annotators.size(); k++)
                    if (k != j && contents.get(k).stream().anyMatch(o -> WordTokens.jaccard(c, o) >= 0.5)) votes++;
                if (2 * votes <= annotators.size() || keptContents.stream().anyMatch(o -> WordTokens.jaccard(c, o) >= 0.5)) continue;
                kept.add(annotators.get(j).get(i));
                keptContents.add(c);
            }
        }
        return kept;
    }

    /** The rows as a table: articles, counts, attribution P/R/F1, with-source F1, content-token F1. */
    public static String table(List<Row> rows) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                "| scored against the first annotator | articles | gold | marked | attribution P | R | F1 | with-source F1 | content-token F1 |%n"
                        + "|---|---:|---:|---:|---:|---:|---:|---:|---:|%n"));
        for (Row r : rows) {
            Scores s = r.scores();
            b.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.3f | %.3f | %.3f | %.3f | %.3f |%n", r.who(),
                    s.articles(), s.goldAttributions(), s.predictedAttributions(), s.attributions().precision(),
                    s.attributions().recall(), s.attributions().f1(), s.withSource().f1(), s.contentTokens().f1()));
        }
        return b.toString();
    }
}
