package org.dossier.extract.attribution;

import org.dossier.nlp.ParsedText;

import java.util.List;

/** A rule that fixes each attribution on its own, whatever the others are. */
interface AttributionFix extends AttributionRule {
    /** The attribution fixed, or the same one when the rule does not apply. */
    FoundAttribution fix(ParsedText doc, FoundAttribution a);

    @Override
    default List<FoundAttribution> apply(ParsedText doc, List<FoundAttribution> found) {
        return found.stream().map(a -> fix(doc, a)).toList();
    }
}
