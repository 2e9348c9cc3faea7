package org.dossier.extract.attribution;

import org.dossier.model.AttributionType;

import org.dossier.nlp.HandParsed;
import org.dossier.nlp.ParsedText;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.dossier.extract.attribution.WrittenAttributions.attribution;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** "..., seeking to build a bridge" says what someone wants, not what they said. */
class PurposeClausesTest {
    private static final PurposeClauses RULE = new PurposeClauses();
    private static final ParsedText DOC = HandParsed.parse("""
            He         he      PRP  2   nsubj
            travelled  travel  VBD  0   root
            to         to      IN   4   case
            Kyiv       Kyiv    NNP  2   obl    LOCATION
            ,          ,       ,    2   punct
            seeking    seek    VBG  2   dep
            to         to      TO   8   mark
            build      build   VB   6   xcomp
            a          a       DT   10  det
            bridge     bridge  NN   8   obj
            .          .       .    2   punct
            """);
    private static final FoundAttribution SEEKING = attribution(DOC, "seeking", "He", "to build a bridge");

    @Test
    void aParticipleOfPurposeIsNoAttribution() {
        assertEquals(List.of(), RULE.apply(DOC, List.of(SEEKING.withType(AttributionType.THOUGHT))));
    }

    @Test
    void speechStays() {
        List<FoundAttribution> speech = List.of(SEEKING.withType(AttributionType.SPEECH));
        assertEquals(speech, RULE.apply(DOC, speech));
    }
}
