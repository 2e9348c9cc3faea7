package org.dossier.eval;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import org.dossier.model.Analysis;
import org.dossier.model.Attribution;
import org.dossier.model.Span;

/**
 * Scores predicted attributions against gold, article by article, summing counts over all articles.
 *
 * <ul>
 *   <li>Content tokens: the {@link WordTokens} covered by any predicted content against those covered by any gold content.
 *   <li>Attributions: a prediction matches a gold attribution when the Jaccard overlap of their content
 *       tokens is at least 0.5; matching is one-to-one, greedy, best overlap first (ties: agreeing source first,
 *       then gold order, then predicted order).
 *   <li>With source: matches whose sources agree too. Cue accuracy: share of matches whose cues agree.
 *   <li>Quote recall: share of gold attributions whose content holds a double quotation mark that were matched.
 *   <li>Misses: unmatched gold attributions that some prediction overlaps (below the bar), and of those how many
 *       the best-overlapping prediction is longer than; the rest share no word with any prediction.
 * </ul>
 *
 * Sources or cues agree when they share a word token; when the gold one has no word token (a cue ":"),
 * when they share a code point, or both are absent.
 */
public final class Scorer {
    private static final String QUOTES = "\"\u201C\u201D\u201E\u00AB\u00BB\u201F";

    private int articles, goldAttributions, predictedAttributions, matched, matchedWithSource, cueCorrect,
            goldQuotes, matchedQuotes, missedOverlapping, missedOverlappingLonger;
    private long goldTokens, predictedTokens, sharedTokens;

    /** One attribution reduced to what is scored. */
    private record Item(BitSet content, List<Span> source, BitSet sourceTokens, List<Span> cue, BitSet cueTokens) {
        static Item of(WordTokens words, List<Span> source, List<Span> cue, List<Span> content) {
            return new Item(words.covered(content), source, words.covered(source), cue, words.covered(cue));
        }

        static Item of(WordTokens words, GoldAttribution g) {
            return of(words, g.source(), g.cue(), g.content());
        }
    }

    private record Candidate(int gold, int predicted, double jaccard, boolean sourceAgrees) {}

    /** Adds one article; a null analysis counts as predicting nothing. */
    public Scorer add(GoldArticle gold, Analysis predicted) {
        return add(gold, predicted == null || predicted.attributions() == null ? List.of() : predicted.attributions());
    }

    /** Adds one article's predicted attributions. */
    public Scorer add(GoldArticle gold, List<Attribution> predicted) {
        WordTokens words = WordTokens.of(gold.text());
        List<Item> preds = new ArrayList<>();
        for (Attribution p : predicted)
            preds.add(Item.of(words, p.source() == null ? List.of() : orEmpty(p.source().spans()),
                    p.cue() == null ? List.of() : orEmpty(p.cue().spans()),
                    p.content() == null ? List.of() : orEmpty(p.content().spans())));
        return add(gold, words, preds);
    }

    /** Adds one article with another annotator's attributions in the place of predictions. */
    public Scorer addAnnotations(GoldArticle gold, List<GoldAttribution> other) {
        WordTokens words = WordTokens.of(gold.text());
        return add(gold, words, other.stream().map(g -> Item.of(words, g)).toList());
    }

    private Scorer add(GoldArticle gold, WordTokens words, List<Item> preds) {
        int[] codePoints = gold.text().codePoints().toArray();
        List<Item> golds = gold.attributions().stream().map(g -> Item.of(words, g)).toList();

        BitSet goldUnion = new BitSet(), predUnion = new BitSet();
        golds.forEach(g -> goldUnion.or(g.content()));
        preds.forEach(p -> predUnion.or(p.content()));
        BitSet shared = (BitSet) goldUnion.clone();
        shared.and(predUnion);
        articles++;
        goldTokens += goldUnion.cardinality();
        predictedTokens += predUnion.cardinality();
        sharedTokens += shared.cardinality();
        goldAttributions += golds.size();
        predictedAttributions += preds.size();

        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < golds.size(); i++)
            for (int j = 0; j < preds.size(); j++) {
                double jaccard = WordTokens.jaccard(golds.get(i).content(), preds.get(j).content());
                if (jaccard >= 0.5)
                    candidates.add(new Candidate(i, j, jaccard, sourceAgrees(golds.get(i), preds.get(j))));
            }
        candidates.sort(Comparator.comparingDouble(Candidate::jaccard).reversed()
                .thenComparing(Candidate::sourceAgrees, Comparator.reverseOrder())
                .thenComparingInt(Candidate::gold).thenComparingInt(Candidate::predicted));

        boolean[] goldUsed = new boolean[golds.size()], predUsed = new boolean[preds.size()];
        for (Candidate c : candidates) {
            if (goldUsed[c.gold()] || predUsed[c.predicted()]) continue;
            goldUsed[c.gold()] = predUsed[c.predicted()] = true;
            Item g = golds.get(c.gold()), p = preds.get(c.predicted());
            matched++;
            if (c.sourceAgrees()) matchedWithSource++;
            if (agree(g.cueTokens(), g.cue(), p.cueTokens(), p.cue())) cueCorrect++;
        }
        for (int i = 0; i < golds.size(); i++) {
            if (goldUsed[i]) continue;
            BitSet g = golds.get(i).content();
            Item best = preds.stream().filter(p -> p.content().intersects(g))
                    .max(Comparator.comparingDouble(p -> WordTokens.jaccard(g, p.content()))).orElse(null);
            if (best == null) continue;
            missedOverlapping++;
            if (best.content().cardinality() > g.cardinality()) missedOverlappingLonger++;
        }
        for (int i = 0; i < golds.size(); i++)
            if (isQuote(codePoints, gold.attributions().get(i).content())) {
                goldQuotes++;
                if (goldUsed[i]) matchedQuotes++;
            }
        return this;
    }

    /** The counts and metrics so far. */
    public Scores scores() {
        return new Scores(articles, goldTokens, predictedTokens, sharedTokens, goldAttributions, predictedAttributions,
                matched, matchedWithSource, cueCorrect, goldQuotes, matchedQuotes, missedOverlapping, missedOverlappingLonger);
    }

    private static boolean sourceAgrees(Item gold, Item predicted) {
        return agree(gold.sourceTokens(), gold.source(), predicted.sourceTokens(), predicted.source());
    }

    private static boolean agree(BitSet goldTokens, List<Span> goldSpans, BitSet predTokens, List<Span> predSpans) {
        if (!goldTokens.isEmpty()) return goldTokens.intersects(predTokens);
        if (goldSpans.isEmpty()) return predSpans.isEmpty();
        for (Span g : goldSpans)
            for (Span p : predSpans)
                if (g.start() < p.end() && p.start() < g.end()) return true;
        return false;
    }

    private static List<Span> orEmpty(List<Span> spans) {
        return spans == null ? List.of() : spans;
    }

    private static boolean isQuote(int[] codePoints, List<Span> spans) {
        for (Span s : spans)
            for (int i = s.start(); i < Math.min(s.end(), codePoints.length); i++)
                if (QUOTES.indexOf(codePoints[i]) >= 0) return true;
        return false;
    }
}
