package org.dossier.extract.attribution;

import org.dossier.nlp.HandParsed;
import org.dossier.nlp.ParsedText;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.dossier.extract.attribution.QuotedSentences.*;
import static org.dossier.extract.attribution.WrittenAttributions.attribution;
import static org.dossier.nlp.HandParsed.words;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A content gives back the quotations standing alone that are not part of its quote. Parses as CoreNLP makes them. */
class QuotationsGivenBackTest {
    private static final QuotationsGivenBack RULE = new QuotationsGivenBack();

    /** The attribution with these contiguous runs of words as its content. */
    private static FoundAttribution withContent(ParsedText doc, FoundAttribution a, String... runs) {
        List<Integer> content = new ArrayList<>();
        for (String run : runs) content.addAll(HandParsed.tokens(doc, run));
        return a.withContent(content);
    }

    private static final ParsedText AFTER_REPORTED_SPEECH = HandParsed.parse("""
            She          _          PRP   2   nsubj
            added        add        VBD   0   root
            that         _          IN    8   mark
            the          _          DT    5   det
            gap          _          NN    8   nsubj
            in           _          IN    7   case
            pay          _          NN    5   nmod
            remained     remain     VBD   2   ccomp
            .            _          .     2   punct

            “            _          ``    5   punct
            The          _          DT    4   det
            average      _          JJ    4   amod
            woman        _          NN    5   nsubj
            earns        earn       VBZ   0   root
            less         _          JJR   5   obj
            .            _          .     5   punct
            ”            _          ''    5   punct
            """);

    @Test
    void reportedSpeechGivesBackTheQuotationAfterIt() {
        ParsedText doc = AFTER_REPORTED_SPEECH;
        FoundAttribution added = attribution(doc, "added", "She", "that the gap in pay remained . “ The average woman earns less . ”");
        assertEquals("that the gap in pay remained .", words(doc, RULE.fix(doc, added).content()));
    }

    private static final ParsedText NARRATION_BETWEEN = doc(WE_WILL_APPEAL_CLINTON_SAID, SHE_STOOD_BY_THE_SIGN, THIS_FIGHT_IS_NOT_OVER);

    @Test
    void aSentenceOfNarrationBetweenGivesTheQuotationBack() {
        ParsedText doc = NARRATION_BETWEEN;
        FoundAttribution said = withContent(doc, attribution(doc, "said", "Clinton", ""), "“ We will appeal , ”", "“ This fight is not over . ”");
        assertEquals("“ We will appeal , ”", words(doc, RULE.fix(doc, said).content()));
    }

    @Test
    void whatTheCuesSentenceSaysBesidesKeepsTheQuoteWhole() {
        ParsedText doc = doc(WE_WILL_APPEAL_CLINTON_SAID_STANDING, THIS_FIGHT_IS_NOT_OVER);
        FoundAttribution said = withContent(doc, attribution(doc, "said", "Clinton", ""), "“ We will appeal , ”", "“ This fight is not over . ”");
        assertEquals(said, RULE.fix(doc, said));
    }

    @Test
    void aClauseOfAnotherSubjectAfterTheCueGivesTheQuotationBack() {
        ParsedText doc = doc(SAID_AND_HER_HUSBAND_LAUGHED, DO_NOT_FORGET_ME);
        FoundAttribution said = withContent(doc, attribution(doc, "said", "Ebeling", ""), "“ Tell her I promised you a picture , ”", ". “ Do not forget me . ”");
        assertEquals("“ Tell her I promised you a picture , ”", words(doc, RULE.fix(doc, said).content()), "and no bare full stop");
    }

    @Test
    void aQuotationBeforeTheCuesSentenceIsNotItsReportedSpeechs() {
        ParsedText doc = HandParsed.parse("""
                “            _          ``    0   root
                It           _          PRP   5   nsubj
                was          be         VBD   5   cop
                a            _          DT    5   det
                commitment   _          NN    1   dep
                to           _          IN    8   case
                public       _          JJ    8   amod
                service      _          NN    5   nmod
                .            _          .     5   punct
                ”            _          ''    5   punct

                Lord         Lord       NNP   2   compound
                Hattersley   Hattersley NNP   3   nsubj      PERSON
                said         say        VBD   0   root
                his          he         PRP$  6   nmod:poss
                first        _          JJ    6   amod
                reaction     _          NN    8   nsubj
                was          be         VBD   8   cop
                sadness      _          NN    3   ccomp
                .            _          .     3   punct
                """);
        FoundAttribution said = withContent(doc, attribution(doc, "said", "Lord Hattersley", ""),
                "“ It was a commitment to public service . ”", "his first reaction was sadness");
        assertEquals("his first reaction was sadness", words(doc, RULE.fix(doc, said).content()));
    }

    @Test
    void aContentLeftWithNoWordsKeepsTheQuotationWhole() {
        ParsedText doc = HandParsed.parse("""
                Sam          Sam        NNP   2   compound   PERSON
                Lau          Lau        NNP   3   nsubj      PERSON
                said         say        VBD   0   root
                in           _          IN    6   case
                a            _          DT    6   det
                statement    _          NN    3   obl
                .            _          .     3   punct

                “            _          ``    0   root
                There        _          EX    3   expl
                are          be         VBP   1   dep
                no           _          DT    6   det
                paper        _          NN    6   compound
                ballots      ballot     NNS   3   nsubj
                .            _          .     3   punct

                The          _          DT    2   det
                caucus       _          NN    4   nsubj
                was          be         VBD   4   cop
                unique       _          JJ    0   root
                .            _          .     4   punct
                ”            _          ''    4   punct
                """);
        FoundAttribution said = attribution(doc, "said", "Sam Lau", "“ There are no paper ballots .");
        assertEquals("“ There are no paper ballots . The caucus was unique . ”", words(doc, RULE.fix(doc, said).content()));
    }
}
