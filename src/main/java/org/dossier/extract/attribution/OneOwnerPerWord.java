package org.dossier.extract.attribution;

import org.dossier.nlp.ParsedText;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Content comes from one place, so that no words are reported twice: a quotation that one
 * attribution's content holds whole stays with that one (taken from another that holds part of
 * it), and another word claimed by two contents that do not nest goes to the attribution whose cue
 * governs it most closely in the tree. Nested attributions ("He said she denied it") keep their
 * shared words.
 */
final class OneOwnerPerWord implements AttributionRule {
    @Override
    public List<FoundAttribution> apply(ParsedText doc, List<FoundAttribution> found) {
        List<List<Integer>> quotations = doc.quotationTokens();
        List<FoundAttribution> out = new ArrayList<>(found);
        for (int i = 0; i < out.size(); i++) {
            FoundAttribution a = out.get(i);
            TreeSet<Integer> content = new TreeSet<>(a.content());
            for (int j = 0; j < out.size(); j++) {
                FoundAttribution b = out.get(j);
                if (i == j || nests(a, b)) continue;
                for (List<Integer> q : quotations) {
                    boolean bWhole = b.content().containsAll(q), aWhole = a.content().containsAll(q);
                    if (bWhole && !aWhole) q.forEach(content::remove);
                }
                for (int t : b.content()) {
                    if (!content.contains(t) || doc.quotationOf(t) >= 0) continue;
                    if (closerCue(doc, t, b.anchor(), a.anchor())) content.remove(t);
                }
            }
            if (content.size() != a.content().size()) out.set(i, a.withContent(new ArrayList<>(content)));
        }
        return out;
    }

    private static boolean nests(FoundAttribution a, FoundAttribution b) {
        return a.content().contains(b.anchor()) || b.content().contains(a.anchor()) || a.anchor() == b.anchor();
    }

    /** Whether cue {@code b} governs token {@code t} more closely than cue {@code a} does. */
    private static boolean closerCue(ParsedText doc, int t, int b, int a) {
        int db = doc.depthBelow(b, t), da = doc.depthBelow(a, t);
        return db >= 0 && (da < 0 || db < da);
    }
}
