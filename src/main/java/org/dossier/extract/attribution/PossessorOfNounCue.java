package org.dossier.extract.attribution;

import org.dossier.nlp.ParsedText;

import java.util.ArrayList;
import java.util.List;

/**
 * A noun cue with an owner has that owner as source: "Kiev's deep distrust of ..." is Kiev's.
 * The role model, trained mostly on verbs, often leaves the owner out or in the content.
 */
final class PossessorOfNounCue implements AttributionFix {
    @Override
    public FoundAttribution fix(ParsedText doc, FoundAttribution a) {
        if (!doc.token(a.anchor()).pos().startsWith("NN")) return a;
        for (int k : doc.children(a.anchor())) {
            if (!doc.token(k).deprel().equals("nmod:poss")) continue;
            int[] r = doc.subtreeRange(k);
            List<Integer> owner = new ArrayList<>();
            for (int t = r[0]; t <= r[1]; t++) if (!doc.token(t).pos().equals("POS")) owner.add(t);
            if (owner.equals(a.source())) return a;
            return a.withSourceOutOfContent(owner);
        }
        return a;
    }
}
