package org.dossier.extract.attribution;

import org.dossier.nlp.HandParsed;
import org.dossier.nlp.ParsedText;
import org.junit.jupiter.api.Test;

import static org.dossier.extract.attribution.WrittenAttributions.attribution;
import static org.dossier.nlp.HandParsed.words;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A dateline that opens the paragraph is cut from the source. */
class DatelineOutOfSourceTest {
    private static final DatelineOutOfSource RULE = new DatelineOutOfSource();
    /** As CoreNLP parses it, the dateline "KYIV" the subject and Zelensky in apposition to it. */
    private static final ParsedText DOC = HandParsed.parse("""
            KYIV       KYIV       NNP   10  nsubj
            ,          ,          ,     1   punct
            Feb        Feb        NNP   6   dep
            10         10         CD    3   nummod
            -          -          HYPH  6   punct
            Ukrainian  ukrainian  JJ    7   amod      MISC
            President  President  NNP   9   compound
            Volodymyr  Volodymyr  NNP   9   compound  PERSON
            Zelensky   Zelensky   NNP   1   appos     PERSON
            said       say        VBD   0   root
            the        the        DT    12  det
            talks      talk       NNS   13  nsubj
            failed     fail       VBD   10  ccomp
            .          .          .     10  punct
            """);

    @Test
    void theSourceStartsAfterTheDatelinesDash() {
        FoundAttribution a = attribution(DOC, "said", "KYIV , Feb 10 - Ukrainian President Volodymyr Zelensky", "the talks failed");
        assertEquals("Ukrainian President Volodymyr Zelensky", words(DOC, RULE.fix(DOC, a).source()));
    }

    @Test
    void aDashInASourceThatDoesNotOpenTheParagraphStays() {
        FoundAttribution a = attribution(DOC, "said", "Feb 10 - Ukrainian President Volodymyr Zelensky", "the talks failed");
        assertEquals(a, RULE.fix(DOC, a));
    }
}
