package org.dossier.extract.attribution;

import org.dossier.nlp.HandParsed;
import org.dossier.nlp.ParsedText;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.dossier.extract.attribution.WrittenAttributions.attribution;
import static org.dossier.nlp.HandParsed.tokens;
import static org.dossier.nlp.HandParsed.words;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A content is one span of the text, cut only by its own source and cue. */
class ContentAsWrittenTest {
    private static final ContentAsWritten RULE = new ContentAsWritten();

    /** A content of the given pieces of words, as the role model might leave it. */
    private static FoundAttribution withPieces(ParsedText doc, String cue, String source, String... pieces) {
        List<Integer> content = new ArrayList<>();
        for (String p : pieces) content.addAll(tokens(doc, p));
        return attribution(doc, cue, source, "").withContent(content);
    }

    @Test
    void wordsSkippedWithinTheSentenceAreFilledIn() {
        ParsedText doc = HandParsed.parse("""
                The       _         DT   2   det
                minister  _         NN   3   nsubj
                said      say       VBD  0   root
                the       _         DT   5   det
                plan      _         NN   3   obj
                to        _         TO   7   mark
                close     _         VB   3   xcomp
                the       _         DT   9   det
                hospital  _         NN   7   obj
                had       have      VBD  13  aux
                never     _         RB   13  advmod
                been      be        VBN  13  aux:pass
                agreed    agree     VBN  7   advcl
                .         .         .    3   punct
                """);
        FoundAttribution a = withPieces(doc, "said", "The minister", "the plan to close", "had never been agreed");
        assertEquals("the plan to close the hospital had never been agreed", words(doc, RULE.fix(doc, a).content()));
    }

    /** “We will fight,” he said ... */
    private static final String WE_WILL_FIGHT = """
            “      “     ``   8   punct
            We     we    PRP  4   nsubj
            will   _     MD   4   aux
            fight  _     VB   8   ccomp
            ,      ,     ,    8   punct
            ”      ”     ''   8   punct
            he     _     PRP  8   nsubj
            said   say   VBD  0   root
            """;
    private static final ParsedText INTERRUPTED = HandParsed.parse(WE_WILL_FIGHT + """
            ,      ,     ,    8   punct
            “      “     ``   8   punct
            and    _     CC   14  cc
            we     _     PRP  14  nsubj
            will   _     MD   14  aux
            win    _     VB   8   conj
            .      .     .    8   punct
            ”      ”     ''   8   punct
            """);

    @Test
    void aQuotationInterruptedBySpeakerAndCueKeepsItsTwoPieces() {
        FoundAttribution a = withPieces(INTERRUPTED, "said", "he", "“ We will fight , ”", "“ and we will win . ”");
        assertEquals(a, RULE.fix(INTERRUPTED, a));
    }

    private static final ParsedText SPLIT = HandParsed.parse(WE_WILL_FIGHT + """
            in         _          IN   11  case
            an         a          DT   11  det
            interview  _          NN   8   obl
            .          .          .    8   punct

            “          “          ``   4   punct
            We         we         PRP  4   nsubj
            will       _          MD   4   aux
            win        _          VB   0   root
            .          .          .    4   punct
            ”          ”          ''   4   punct
            """);

    @Test
    void aQuotationSplitByTheCueAndWhereItWasSaidKeepsItsTwoPieces() {
        FoundAttribution a = withPieces(SPLIT, "said", "he", "“ We will fight , ”", "“ We will win . ”");
        assertEquals(a, RULE.fix(SPLIT, a));
    }

    @Test
    void aSplitQuotationTakesBackItsOwnQuotationMarks() {
        FoundAttribution a = withPieces(SPLIT, "said", "he", "“ We will fight", "We will win . ”");
        assertEquals("“ We will fight , ” “ We will win . ”", words(SPLIT, RULE.fix(SPLIT, a).content()));
    }

    @Test
    void narrationInAnotherSentenceCutsTheContentToItsPartNearestTheCue() {
        ParsedText doc = HandParsed.parse("""
                Smith      Smith     NNP  2  nsubj  PERSON
                said       say       VBD  0  root
                the        _         DT   4  det
                talks      talk      NNS  6  nsubj
                had        have      VBD  6  aux
                failed     fail      VBN  2  ccomp
                .          .         .    2  punct

                Jones      Jones     NNP  2  nsubj  PERSON
                disagreed  disagree  VBD  0  root
                .          .         .    2  punct

                The        _         DT   2  det
                deal       _         NN   4  nsubj
                is         be        VBZ  4  cop
                dead       _         JJ   0  root
                .          .         .    4  punct
                """);
        FoundAttribution a = withPieces(doc, "said", "Smith", "the talks had failed", "The deal is dead");
        assertEquals("the talks had failed", words(doc, RULE.fix(doc, a).content()));
    }
}
