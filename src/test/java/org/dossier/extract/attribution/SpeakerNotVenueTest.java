package org.dossier.extract.attribution;

import org.dossier.nlp.HandParsed;
import org.dossier.nlp.ParsedText;
import org.junit.jupiter.api.Test;

import static org.dossier.extract.attribution.WrittenAttributions.attribution;
import static org.dossier.nlp.HandParsed.words;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Where words were published is not who said them. */
class SpeakerNotVenueTest {
    private static final SpeakerNotVenue RULE = new SpeakerNotVenue();
    private static final ParsedText DOC = HandParsed.parse("""
            Mr       Mr      NNP  2   compound
            Houston  Houston NNP  4   nsubj:pass  PERSON
            was      be      VBD  4   aux:pass
            quoted   quote   VBN  0   root
            in       in      IN   7   case
            the      the     DT   7   det
            Herald   Herald  NNP  4   obl         ORGANIZATION
            saying   say     VBG  7   acl
            the      the     DT   10  det
            deal     deal    NN   12  nsubj
            was      be      VBD  12  cop
            dead     dead    JJ   8   ccomp
            .        .       .    4   punct
            """);

    @Test
    void aNewspaperAsSourceGivesWayToTheSubjectOfTheClauseAbove() {
        FoundAttribution a = attribution(DOC, "saying", "in the Herald", "Mr Houston was quoted");
        FoundAttribution fixed = RULE.fix(DOC, a);
        assertEquals("Mr Houston", words(DOC, fixed.source()));
        assertEquals("was quoted", words(DOC, fixed.content()), "the speaker leaves the content");
    }

    @Test
    void aSourceThatIsNoVenueStays() {
        FoundAttribution a = attribution(DOC, "saying", "the Herald", "the deal was dead");
        assertEquals(a, RULE.fix(DOC, a));
    }
}
