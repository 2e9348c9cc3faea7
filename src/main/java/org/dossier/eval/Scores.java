package org.dossier.eval;

import java.util.Locale;

/**
 * Counts summed over all scored articles (micro-average), and the metrics derived from them.
 *
 * @param goldTokens            word tokens inside some gold content
 * @param predictedTokens       word tokens inside some predicted content
 * @param sharedTokens          word tokens inside both
 * @param matched               one-to-one matches (content-token Jaccard &gt;= 0.5)
 * @param matchedWithSource     matches whose sources also agree
 * @param cueCorrect            matches whose cues agree
 * @param goldQuotes            gold attributions whose content contains a double quotation mark
 * @param matchedQuotes         those of them that were matched
 * @param missedOverlapping     unmatched gold attributions that some prediction overlaps, below the bar
 * @param missedOverlappingLonger those of them whose best-overlapping prediction is the longer
 */
public record Scores(int articles, long goldTokens, long predictedTokens, long sharedTokens,
                     int goldAttributions, int predictedAttributions, int matched, int matchedWithSource,
                     int cueCorrect, int goldQuotes, int matchedQuotes, int missedOverlapping,
                     int missedOverlappingLonger) {

    public Prf contentTokens() { return Prf.of(sharedTokens, predictedTokens, goldTokens); }

    public Prf attributions() { return Prf.of(matched, predictedAttributions, goldAttributions); }

    public Prf withSource() { return Prf.of(matchedWithSource, predictedAttributions, goldAttributions); }

    /** Share of matches whose cue agrees. */
    public double cueAccuracy() { return Prf.ratio(cueCorrect, matched); }

    /** Share of gold quotations that were matched. */
    public double quoteRecall() { return Prf.ratio(matchedQuotes, goldQuotes); }

    /** A plain-text table of the counts and metrics. */
    public String table() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-16s %9s %9s %9s %9s %9s %9s%n",
                "metric", "correct", "predicted", "gold", "precision", "recall", "F1"));
        row(b, "content tokens", sharedTokens, predictedTokens, goldTokens, contentTokens());
        row(b, "attributions", matched, predictedAttributions, goldAttributions, attributions());
        row(b, "with source", matchedWithSource, predictedAttributions, goldAttributions, withSource());
        b.append(String.format(Locale.ROOT, "%-16s %9.4f   (%d of %d matches)%n",
                "cue accuracy", cueAccuracy(), cueCorrect, matched));
        b.append(String.format(Locale.ROOT, "%-16s %9.4f   (%d of %d gold quotations matched)%n",
                "quote recall", quoteRecall(), matchedQuotes, goldQuotes));
        int missed = goldAttributions - matched;
        b.append(String.format(Locale.ROOT, "%-16s %9d   (%d share no word with a prediction; %d overlap one below the bar,"
                + " %d of them a longer one)%n", "missed gold", missed, missed - missedOverlapping, missedOverlapping,
                missedOverlappingLonger));
        b.append(String.format(Locale.ROOT, "%-16s %9d%n", "articles", articles));
        return b.toString();
    }

    private static void row(StringBuilder b, String name, long correct, long predicted, long gold, Prf m) {
        b.append(String.format(Locale.ROOT, "%-16s %9d %9d %9d %9.4f %9.4f %9.4f%n",
                name, correct, predicted, gold, m.precision(), m.recall(), m.f1()));
    }
}
