package org.dossier.extract.attribution;

import org.dossier.nlp.HandParsed;
import org.dossier.nlp.ParsedText;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.dossier.extract.attribution.WrittenAttributions.attribution;
import static org.dossier.extract.attribution.WrittenAttributions.cueSourceContent;
import static org.dossier.extract.attribution.WrittenAttributions.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Who a passive report is about is not its source. Parses as CoreNLP gives them. */
class ReportedSubjectNotSourceTest {
    private static final ReportedSubjectNotSource RULE = new ReportedSubjectNotSource();

    @Test
    void theReportIsTheContentOfTheSpeakerWhoSaysIt() {
        // CoreNLP hangs the report from the programme: "He told [BBC ... programme [that ... reported ...]]"
        ParsedText doc = HandParsed.parse("""
                He           he           PRP   2   nsubj
                told         tell         VBD   0   root
                BBC          BBC          NNP   4   compound    ORGANIZATION
                Radio        Radio        NNP   8   nmod:poss   ORGANIZATION
                4            4            CD    4   nummod
                's           's           POS   4   case
                Today        today        NN    8   compound
                programme    programme    NN    2   obj
                that         that         WDT   14  dep
                Mr           Mr           NNP   11  compound    PERSON
                Clarke       Clarke       NNP   14  nsubj:pass  PERSON
                had          have         VBD   14  aux
                been         be           VBN   14  aux:pass
                reported     report       VBN   8   ccomp
                to           to           TO    18  mark
                be           be           VB    18  cop
                less         less         RBR   18  advmod
                enthusiastic enthusiastic JJ    14  xcomp
                about        about        IN    21  case
                ID           id           NN    21  compound
                cards        card         NNS   18  obl
                .            .            .     2   punct
                """);
        FoundAttribution a = attribution(doc, "been reported", "Clarke", "to be less enthusiastic about ID cards");
        assertEquals("told | He | that Mr Clarke had been reported to be less enthusiastic about ID cards",
                cueSourceContent(doc, only(RULE.apply(doc, List.of(a)))));
    }

    private static final ParsedText SAID_TO = HandParsed.parse("""
            Mr       Mr       NNP  2  compound    PERSON
            Lund     Lund     NNP  4  nsubj:pass  PERSON
            is       be       VBZ  4  aux:pass
            said     say      VBN  0  root
            to       to       TO   7  mark
            be       be       VB   7  cop
            furious  furious  JJ   4  xcomp
            .        .        .    4  punct
            """);

    @Test
    void withNoSpeakerTheReportHasNoSource() {
        FoundAttribution a = attribution(SAID_TO, "is said", "Mr Lund", "to be furious");
        assertEquals("is said |  | Mr Lund to be furious", cueSourceContent(SAID_TO, only(RULE.apply(SAID_TO, List.of(a)))));
    }

    @Test
    void anInfinitiveThatReportsWordsKeepsItsSpeaker() {
        ParsedText doc = HandParsed.parse("""
                Mr       Mr       NNP  2   compound    PERSON
                Houston  Houston  NNP  4   nsubj:pass  PERSON
                is       be       VBZ  4   aux:pass
                alleged  allege   VBN  0   root
                to       to       TO   7   mark
                have     have     VB   7   aux
                said     say      VBN  4   xcomp
                that     that     IN   11  mark
                taxes    tax      NNS  11  nsubj
                should   should   MD   11  aux
                rise     rise     VB   7   ccomp
                .        .        .    4   punct
                """);
        FoundAttribution a = attribution(doc, "is alleged", "Mr Houston", "to have said that taxes should rise");
        assertEquals(List.of(a), RULE.apply(doc, List.of(a)));
    }
}
