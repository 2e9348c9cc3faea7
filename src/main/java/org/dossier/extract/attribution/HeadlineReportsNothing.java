package org.dossier.extract.attribution;

import org.dossier.nlp.ParsedText;

import java.util.List;

/**
 * A headline reports nothing itself: "Clinton Says Russians Hacked DNC" sums up the report the
 * article then gives, with its source and words, and would make one statement two. Attributions
 * cued in the headline ({@link ParsedText#isHeadline}) go.
 */
final class HeadlineReportsNothing implements AttributionRule {
    @Override
    public List<FoundAttribution> apply(ParsedText doc, List<FoundAttribution> found) {
        return found.stream().filter(a -> !doc.isHeadline(doc.sentenceOf(a.anchor()))).toList();
    }
}
