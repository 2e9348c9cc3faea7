package org.dossier.extract.attribution;

import org.dossier.nlp.ParsedText;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A content piece is never bare punctuation: runs of adjacent content tokens that hold no word
 * (the "." after "he said") are dropped, and an attribution whose content is then nothing but
 * punctuation is no attribution.
 */
final class BarePunctuation implements AttributionRule {
    @Override
    public List<FoundAttribution> apply(ParsedText doc, List<FoundAttribution> found) {
        List<FoundAttribution> kept = new ArrayList<>();
        for (FoundAttribution a : found) {
            a = a.withContent(withoutBarePunctuation(doc, a.content()));
            if (a.content().stream().allMatch(t -> doc.token(t).isPunct())) continue;
            kept.add(a);
        }
        return kept;
    }

    /** Drops maximal runs of adjacent content tokens that hold no word. */
    static List<Integer> withoutBarePunctuation(ParsedText doc, List<Integer> content) {
        List<Integer> out = new ArrayList<>();
        for (List<Integer> run : TokenRuns.consecutive(new TreeSet<>(content))) {
            if (run.stream().anyMatch(t -> !doc.token(t).isPunct())) out.addAll(run);
        }
        return out;
    }
}
