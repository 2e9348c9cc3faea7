package org.dossier.extract.attribution;

import org.dossier.nlp.HandParsed;
import org.dossier.nlp.ParsedText;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.dossier.extract.attribution.WrittenAttributions.attribution;
import static org.dossier.extract.attribution.WrittenAttributions.cueSourceContent;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** What "call" reports when it gives someone a name in quotation marks: the name, not the one called. */
class NameCalledTest {
    private static final NameCalled RULE = new NameCalled();
    /** "Trump called Cruz the “ultimate hypocrite,” linking to a story ." */
    private static final ParsedText DOC = HandParsed.parse("""
            Trump      Trump      NNP  2   nsubj
            called     call       VBD  0   root
            Cruz       Cruz       NNP  2   obj
            the        the        DT   7   det
            “          “          ``   7   punct
            ultimate   ultimate   JJ   7   amod
            hypocrite  hypocrite  NN   2   obj
            ,          ,          ,    7   punct
            ”          ”          ''   7   punct
            linking    link       VBG  7   acl
            to         to         IN   13  case
            a          a          DT   13  det
            story      story      NN   10  obl
            .          .          .    2   punct
            """);

    @Test
    void theNameGivenIsTheContentWithoutTheClauseAfterIt() {
        FoundAttribution found = attribution(DOC, "called", "Trump", "Cruz");
        assertEquals("called | Trump | the “ ultimate hypocrite , ”", cueSourceContent(DOC, RULE.fix(DOC, found)));
    }

    @Test
    void aContentThatGoesOnPastTheNameIsLeftAsFound() {
        FoundAttribution found = attribution(DOC, "called", "Trump", "Cruz the “ ultimate hypocrite , ” linking to a story");
        assertEquals(found, RULE.fix(DOC, found));
    }
}
