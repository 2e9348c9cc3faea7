package org.dossier.extract.attribution;

import org.dossier.nlp.ParsedText;

import java.util.ArrayList;
import java.util.List;

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
    private static List<Integer> withoutBarePunctuation(ParsedText doc, List<Integer> content) {
        List<Integer> sorted = content.stream().sorted().toList();
        List<Integer> out = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            int j = i;
            while (j + 1 < sorted.size() && sorted.get(j + 1) == sorted.get(j) + 1) j++;
            List<Integer> run = sorted.subList(i, j + 1);
            if (run.stream().anyMatch(t -> !doc.token(t).isPunct())) out.addAll(run);
            i = j + 1;
        }
        return out;
    }
}
