package org.dossier.extract.attribution;

import org.dossier.nlp.HandParsed;
import org.dossier.nlp.ParsedText;
import org.junit.jupiter.api.Test;

import static org.dossier.extract.attribution.WrittenAttributions.attribution;
import static org.dossier.extract.attribution.WrittenAttributions.cueSourceContent;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** "..., writes Mr Peston": the source after a sentence-final cue. The parse is CoreNLP's, object and all. */
class InvertedSourceTest {
    private static final InvertedSource RULE = new InvertedSource();
    private static final ParsedText DOC = HandParsed.parse("""
            Mr          Mr         NNP   2   compound
            Jones       Jones      NNP   4   nsubj      PERSON
            then        then       RB    4   advmod
            changed     change     VBD   0   root
            his         he         PRP$  6   nmod:poss
            mind        mind       NN    4   obj
            in          in         IN    9   case
            the         the        DT    9   det
            spring      spring     NN    4   obl
            ,           ,          ,     4   punct
            after       after      IN    14  mark
            his         he         PRP$  13  nmod:poss
            allies      ally       NNS   14  nsubj
            intervened  intervene  VBD   4   advcl
            ,           ,          ,     4   punct
            writes      write      VBZ   4   dep
            Mr          Mr         NNP   18  compound
            Peston      Peston     NNP   16  obj        PERSON
            .           .          .     4   punct
            """);

    @Test
    void theNameAfterTheCueIsTheSourceAndTheSubjectGoesBackToTheContent() {
        FoundAttribution a = attribution(DOC, "writes", "Mr Jones", "then changed his mind in the spring");
        assertEquals("writes | Mr Peston | Mr Jones then changed his mind in the spring", cueSourceContent(DOC, RULE.fix(DOC, a)));
    }

    @Test
    void aSourceFoundAfterTheCueStays() {
        FoundAttribution a = attribution(DOC, "writes", "Mr Peston", "Mr Jones then changed his mind in the spring");
        assertEquals(a, RULE.fix(DOC, a));
    }
}
