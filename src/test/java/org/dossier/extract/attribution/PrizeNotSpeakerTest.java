package org.dossier.extract.attribution;

import org.dossier.nlp.HandParsed;
import org.dossier.nlp.ParsedText;
import org.junit.jupiter.api.Test;

import static org.dossier.extract.attribution.WrittenAttributions.attribution;
import static org.dossier.nlp.HandParsed.words;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A prize is never who speaks. */
class PrizeNotSpeakerTest {
    private static final PrizeNotSpeaker RULE = new PrizeNotSpeaker();
    private static final ParsedText DOC = HandParsed.parse("""
            The        the        DT   2   det
            actor      actor      NN   13  nsubj
            ,          ,          ,    2   punct
            who        who        WP   5   nsubj
            won        win        VBD  2   acl:relcl
            a          a          DT   8   det
            Golden     Golden     NNP  8   compound   MISC
            Globe      Globe      NNP  5   obj        MISC
            for        for        IN   11  case
            the        the        DT   11  det
            role       role       NN   5   obl
            ,          ,          ,    2   punct
            said       say        VBD  0   root
            he         he         PRP  16  nsubj
            was        be         VBD  16  cop
            delighted  delighted  JJ   13  ccomp
            .          .          .    13  punct
            """);

    @Test
    void aPrizeAsSourceGivesWayToTheSubjectOfTheCue() {
        FoundAttribution a = attribution(DOC, "said", "a Golden Globe for the role", "he was delighted");
        String source = words(DOC, RULE.fix(DOC, a).source());
        assertTrue(source.startsWith("The actor"), source);
    }

    @Test
    void aSourceThatIsNoPrizeStays() {
        FoundAttribution a = attribution(DOC, "said", "The actor", "he was delighted");
        assertEquals(a, RULE.fix(DOC, a));
    }
}
