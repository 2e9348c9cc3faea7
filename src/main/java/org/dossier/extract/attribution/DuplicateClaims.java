package org.dossier.extract.attribution;

import org.dossier.nlp.ParsedText;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Two cues that claim the same content keep the likelier one: "said ... according to" over one
 * statement is one attribution. Nested attributions share words but are no duplicates:
 * "According to the Post, she declined ..." keeps both.
 */
final class DuplicateClaims implements AttributionRule {
    @Override
    public List<FoundAttribution> apply(ParsedText doc, List<FoundAttribution> found) {
        List<FoundAttribution> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingDouble(FoundAttribution::confidence).reversed());
        List<FoundAttribution> kept = new ArrayList<>();
        for (FoundAttribution a : sorted) {
            boolean dup = kept.stream().anyMatch(k -> TokenRuns.jaccard(k.content(), a.content()) > 0.7
                    && !k.content().contains(a.anchor()) && !a.content().contains(k.anchor()));
            if (!dup) kept.add(a);
        }
        kept.sort(Comparator.comparingInt(FoundAttribution::anchor));
        return kept;
    }
}
