package org.dossier.extract.attribution;

import org.dossier.nlp.HandParsed;
import org.dossier.nlp.ParsedText;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.dossier.extract.attribution.WrittenAttributions.cueSourceContent;
import static org.dossier.extract.attribution.WrittenAttributions.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The trained models' cues, sources and contents, on sentences parsed as CoreNLP parses them. */
class ModelCuesTest {
    private static final ModelCues RULE = new ModelCues(AttributionModel.bundled());

    @Test
    void aReportedClauseIsItsSpeakersContent() {
        ParsedText doc = HandParsed.parse("""
                Smith  Smith  NNP  2  nsubj  PERSON
                said   say    VBD  0  root
                that   that   IN   6  mark
                taxes  tax    NNS  6  nsubj
                would  would  MD   6  aux
                rise   rise   VB   2  ccomp
                .      .      .    2  punct
                """);
        assertEquals("said | Smith | that taxes would rise", cueSourceContent(doc, only(RULE.apply(doc, List.of()))));
    }

    @Test
    void aQuotationBeforeHeSaidIsHisContentWhole() {
        ParsedText doc = HandParsed.parse("""
                “      “     ``   8  punct
                Taxes  tax   NNS  4  nsubj
                will   will  MD   4  aux
                rise   rise  VB   8  ccomp
                ,      ,     ,    8  punct
                ”      ”     ''   8  punct
                he     he    PRP  8  nsubj
                said   say   VBD  0  root
                .      .     .    8  punct
                """);
        assertEquals("said | he | “ Taxes will rise , ”", cueSourceContent(doc, only(RULE.apply(doc, List.of()))));
    }

    @Test
    void accordingToIsACueWithItsFixedWord() {
        ParsedText doc = HandParsed.parse("""
                According  accord  VBG  4  case
                to         to      IN   1  fixed
                the        the     DT   4  det
                report     report  NN   8  obl
                ,          ,       ,    8  punct
                taxes      tax     NNS  8  nsubj
                will       will    MD   8  aux
                rise       rise    VB   0  root
                .          .       .    8  punct
                """);
        // the punctuation around the content goes later, with the rule on bare punctuation
        assertEquals("According to | the report | , taxes will rise .", cueSourceContent(doc, only(RULE.apply(doc, List.of()))));
    }

    @Test
    void aSentenceWithoutAReportHasNoAttribution() {
        ParsedText doc = HandParsed.parse("""
                The        the        DT   2  det
                mayor      mayor      NN   3  nsubj
                travelled  travel     VBD  0  root
                to         to         IN   5  case
                Kyiv       Kyiv       NNP  3  obl  LOCATION
                .          .          .    3  punct
                """);
        assertEquals(List.of(), RULE.apply(doc, List.of()));
    }
}
