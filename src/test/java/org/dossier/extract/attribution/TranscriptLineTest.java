package org.dossier.extract.attribution;

import org.dossier.nlp.HandParsed;
import org.dossier.nlp.ParsedText;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.dossier.extract.attribution.WrittenAttributions.cueSourceContent;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A line of a transcript, "NAME: words", is that name's, quoted or not; the colon is its cue. */
class TranscriptLineTest {
    private static final FixedShapes RULE = new FixedShapes(0.9);

    @Test
    void eachLineIsItsSpeakers() {
        ParsedText doc = HandParsed.parse("""
                "            _          ``    4   punct
                WALLACE      Wallace    NNP   4   nsubj      PERSON
                :            _          :     4   punct
                Do           _          VBP   0   root
                you          _          PRP   6   nsubj
                agree        _          VB    4   ccomp
                ?            _          .     4   punct
                # newpar
                KATE         Kate       NNP   2   compound   PERSON
                BOULDUAN     Boulduan   NNP   0   root       PERSON
                :            _          :     2   punct
                Why          _          WRB   5   advmod
                not          _          RB    5   advmod
                debate       _          VB    2   parataxis
                ?            _          .     2   punct
                """);
        List<FoundAttribution> found = RULE.apply(doc, List.of());
        assertEquals(List.of(": | WALLACE | Do you agree ?", ": | KATE BOULDUAN | Why not debate ?"),
                found.stream().map(a -> cueSourceContent(doc, a)).toList());
    }
}
