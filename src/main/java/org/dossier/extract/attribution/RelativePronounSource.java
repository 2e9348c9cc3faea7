package org.dossier.extract.attribution;

import org.dossier.nlp.ParsedText;
import org.dossier.nlp.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * A relative pronoun that is the subject of a cue without a source is its source, not content:
 * in "Navalnaya, who later also declined to attend", "who" speaks for Navalnaya (whom the
 * resolution of sources reaches from the pronoun).
 */
final class RelativePronounSource implements AttributionFix {
    @Override
    public FoundAttribution fix(ParsedText doc, FoundAttribution a) {
        if (!a.source().isEmpty()) return a;
        boolean relative = doc.token(a.anchor()).deprel().equals("acl:relcl");
        for (int k : doc.children(a.anchor())) {
            Token t = doc.token(k);
            // the parser sometimes takes the relative "who" for an object: "Navalnaya — who later also declined"
            boolean subject = t.deprel().startsWith("nsubj") || relative && k < a.anchor() && t.deprel().equals("obj");
            if (subject && (t.pos().equals("WP") || t.pos().equals("WDT"))) {
                List<Integer> content = new ArrayList<>(a.content());
                content.remove(Integer.valueOf(k));
                return a.withSource(List.of(k)).withContent(content);
            }
        }
        return a;
    }
}
