package org.dossier.extract.attribution;

import org.dossier.model.AttributionType;

import org.dossier.nlp.HandParsed;
import org.dossier.nlp.ParsedText;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.dossier.extract.attribution.WrittenAttributions.attribution;
import static org.dossier.nlp.HandParsed.words;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A paragraph that is only a quotation goes on with the speaker of the quotation before it. */
class RunOnQuotesTest {
    private static final RunOnQuotes RULE = new RunOnQuotes();
    private static final String DOC_TEXT = """
            “         “         ``   10  punct
            We        we        PRP  4   nsubj
            have      have      VBP  4   aux
            waited    wait      VBN  10  ccomp
            long      long      RB   6   advmod
            enough    enough    RB   4   advmod
            ,         ,         ,    10  punct
            ”         ”         ''   10  punct
            McCallum  McCallum  NNP  10  nsubj  PERSON
            said      say       VBD  0   root
            .         .         .    10  punct
            # newpar
            “         “         ``   7   punct
            The       the       DT   3   det
            people    person    NNS  7   nsubj
            of        of        IN   6   case
            this      this      DT   6   det
            city      city      NN   3   nmod
            deserve   deserve   VBP  0   root
            a         a         DT   9   det
            train     train     NN   7   obj
            .         .         .    7   punct
            ”         ”         ''   7   punct
            """;
    static final ParsedText DOC = HandParsed.parse(DOC_TEXT);
    private static final FoundAttribution SAID = attribution(DOC, "said", "McCallum", "“ We have waited long enough , ”");

    @Test
    void aQuotationInAParagraphOfItsOwnContinuesTheSpeaker() {
        List<FoundAttribution> out = RULE.apply(DOC, List.of(SAID.withType(AttributionType.SPEECH)));
        assertEquals(2, out.size(), out.toString());
        FoundAttribution runOn = out.get(1);
        assertEquals("“ The people of this city deserve a train . ”", words(DOC, runOn.content()));
        assertEquals(0, runOn.continues());
        assertEquals(AttributionType.SPEECH, runOn.type());
        assertTrue(runOn.cue().isEmpty() && runOn.source().isEmpty(), "a run-on quotation has neither cue nor source");
    }

    @Test
    void aContentGivesBackARunOnQuotationWithWhatFollowsItSoThatItStaysOneSpan() {
        ParsedText doc = HandParsed.parse(DOC_TEXT + """
                # newpar
                The     the     DT   2  det
                mayor   mayor   NN   3  nsubj
                agreed  agree   VBD  0  root
                .       .       .    3  punct
                """);
        List<Integer> content = new ArrayList<>(HandParsed.tokens(doc, "“ We have waited long enough , ”"));
        content.addAll(HandParsed.tokens(doc, "“ The people of this city deserve a train . ”"));
        content.addAll(HandParsed.tokens(doc, "The mayor agreed ."));
        FoundAttribution said = attribution(doc, "said", "McCallum", "").withContent(content).withType(AttributionType.SPEECH);
        List<FoundAttribution> out = RULE.apply(doc, new QuotationsGivenBack().apply(doc, List.of(said)));
        assertEquals("“ We have waited long enough , ”", words(doc, out.get(0).content()));
        assertEquals("“ The people of this city deserve a train . ”", words(doc, out.get(1).content()));
    }

    @Test
    void aQuotationThatGoesOnInItsParagraphJoinsTheQuoteWithItsMarks() {
        ParsedText doc = HandParsed.parse(DOC_TEXT.replace("# newpar\n", "\n"));  // one paragraph, two sentences
        // the model's content: the words of the quotation, not its marks
        FoundAttribution said = attribution(doc, "said", "McCallum", "We have waited long enough").withType(AttributionType.SPEECH);
        List<FoundAttribution> out = RULE.apply(doc, List.of(said));
        assertEquals(1, out.size(), out.toString());
        assertEquals("“ We have waited long enough , ” “ The people of this city deserve a train . ”", words(doc, out.get(0).content()));
    }

    @Test
    void onlySpeechRunsOn() {
        List<FoundAttribution> thought = List.of(SAID.withType(AttributionType.THOUGHT));
        assertEquals(thought, RULE.apply(DOC, thought));
    }
}
