package org.dossier.extract.attribution;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.dossier.extract.attribution.WrittenAttributions.cueSourceContent;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The declared chain: its order, and the whole of it on a hand-parsed text. */
class AttributionRulesTest {
    private static final AttributionExtractor EXTRACTOR = new AttributionExtractor(AttributionModel.bundled());

    @Test
    void theRulesRunInTheDeclaredOrder() {
        assertEquals(List.of("model-cues", "fixed-shapes", "duplicate-claims", "section-labels", "headline-reports-nothing", "speaker-after-quotation",
                "relative-pronoun-source", "possessor-of-noun-cue", "demonstrative-content", "dateline-out-of-source",
                "speaker-not-venue", "prize-not-speaker", "reported-subject-not-source", "inverted-source",
                "colon-quotation", "quotations-going-on", "one-owner-per-word", "bare-punctuation",
                "content-as-written", "name-called", "type-from-cue", "purpose-clauses", "things-not-words", "quotations-given-back",
                "run-on-quotes"), EXTRACTOR.ruleNames());
    }

    @Test
    void aDirectQuoteAndTheQuotationRunningOnFromIt() {
        var doc = RunOnQuotesTest.DOC;
        List<FoundAttribution> found = EXTRACTOR.extract(doc);
        assertEquals(List.of("said | McCallum | “ We have waited long enough , ” | SPEECH | -1",
                        " |  | “ The people of this city deserve a train . ” | SPEECH | 0"),
                found.stream().map(a -> cueSourceContent(doc, a) + " | " + a.type() + " | " + a.continues()).toList());
    }
}
