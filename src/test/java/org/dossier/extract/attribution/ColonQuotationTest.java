package org.dossier.extract.attribution;

import org.dossier.nlp.HandParsed;
import org.dossier.nlp.ParsedText;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.dossier.extract.attribution.WrittenAttributions.attribution;
import static org.dossier.extract.attribution.WrittenAttributions.cueSourceContent;
import static org.dossier.extract.attribution.WrittenAttributions.only;
import static org.dossier.nlp.HandParsed.words;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A cue that ends its sentence with a colon says the quotation that opens the next paragraph. */
class ColonQuotationTest {
    private static final ColonQuotation RULE = new ColonQuotation(0.9);
    private static final ParsedText DOC = HandParsed.parse("""
            Asked        ask        VBN   8   advcl
            about        _          IN    4   case
            the          _          DT    4   det
            deficit      _          NN    1   obl
            ,            _          ,     8   punct
            the          _          DT    7   det
            senator      _          NN    8   nsubj
            said         say        VBD   0   root
            :            _          :     8   punct
            # newpar
            “            _          ``    4   punct
            We           _          PRP   4   nsubj
            will         _          MD    4   aux
            cut          _          VB    0   root
            spending     _          NN    4   obj
            .            _          .     4   punct
            ”            _          ''    4   punct
            # newpar
            “            _          ``    5   punct
            And          _          CC    5   cc
            we           _          PRP   5   nsubj
            will         _          MD    5   aux
            raise        _          VB    0   root
            taxes        tax        NNS   5   obj
            .            _          .     5   punct
            ”            _          ''    5   punct
            """);

    @Test
    void theQuotationAfterTheColonIsWhatWasSaid() {
        FoundAttribution said = only(RULE.apply(DOC, List.of(attribution(DOC, "said", "the senator", "about"))));
        assertEquals("“ We will cut spending . ”", words(DOC, said.content()));
    }

    @Test
    void aCueThatIsNotTheColonsKeepsItsContent() {
        FoundAttribution asked = attribution(DOC, "Asked", "the senator", "about the deficit");
        List<FoundAttribution> out = RULE.apply(DOC, List.of(asked));
        assertEquals(asked, out.get(0));
    }

    @Test
    void aSpeechVerbBeforeTheColonIsACueWhereTheModelsFoundNone() {
        FoundAttribution said = only(RULE.apply(DOC, List.of()));
        assertEquals("said | the senator | “ We will cut spending . ”", cueSourceContent(DOC, said));
    }
}
