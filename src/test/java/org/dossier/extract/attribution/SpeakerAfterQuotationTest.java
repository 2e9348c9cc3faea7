package org.dossier.extract.attribution;

import org.dossier.nlp.HandParsed;
import org.dossier.nlp.ParsedText;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.dossier.extract.attribution.WrittenAttributions.attribution;
import static org.dossier.nlp.HandParsed.words;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** "...," said the rookie defenceman: the parser's object of "said" is its speaker. */
class SpeakerAfterQuotationTest {
    private static final SpeakerAfterQuotation RULE = new SpeakerAfterQuotation();
    private static final ParsedText DOC = HandParsed.parse("""
            “            _          ``    10  punct
            I            I          PRP   4   nsubj
            will         _          MD    4   aux
            have         _          VB    10  ccomp
            a            _          DT    7   det
            little       _          JJ    7   amod
            smile        _          NN    4   obj
            ,            _          ,     10  punct
            ”            _          ''    10  punct
            said         say        VBD   0   root
            the          _          DT    13  det
            rookie       _          NN    13  compound
            defenceman   _          NN    10  obj
            .            _          .     10  punct
            """);

    @Test
    void theNounPhraseAfterTheVerbSpeaks() {
        // the model took the speaker for content, as the parser took it for the object
        FoundAttribution quoted = attribution(DOC, "said", "", "“ I will have a little smile , ”");
        List<Integer> content = new ArrayList<>(quoted.content());
        content.addAll(HandParsed.tokens(DOC, "the rookie defenceman"));
        FoundAttribution said = RULE.fix(DOC, quoted.withContent(content));
        assertEquals("the rookie defenceman", words(DOC, said.source()));
        assertEquals("“ I will have a little smile , ”", words(DOC, said.content()));
    }

    @Test
    void aSourceFoundInPartIsNamedInFull() {
        FoundAttribution said = RULE.fix(DOC, attribution(DOC, "said", "defenceman", "“ I will have a little smile , ”"));
        assertEquals("the rookie defenceman", words(DOC, said.source()));
    }

    @Test
    void whatTheNarrationSaysOfTheSpeakerIsNoContent() {
        ParsedText doc = HandParsed.parse("""
                “            _          ``    5   punct
                Perfect      _          JJ    5   ccomp
                ,            _          ,     5   punct
                ”            _          ''    5   punct
                said         say        VBD   0   root
                Scott        _          NNP   5   nsubj
                ,            _          ,     6   punct
                who          _          WP    9   nsubj
                won          win        VBD   6   acl:relcl
                indoors      _          RB    9   advmod
                .            _          .     5   punct
                """);
        FoundAttribution quoted = attribution(doc, "said", "", "“ Perfect , ”");
        List<Integer> content = new ArrayList<>(quoted.content());
        content.addAll(HandParsed.tokens(doc, "who won indoors"));  // as the model found it
        FoundAttribution said = RULE.fix(doc, quoted.withContent(content));
        assertEquals("Scott", words(doc, said.source()));
        assertEquals("“ Perfect , ”", words(doc, said.content()));
    }
}
