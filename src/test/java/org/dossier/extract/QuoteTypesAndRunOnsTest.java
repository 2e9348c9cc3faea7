package org.dossier.extract;

import org.dossier.ArticleInfo;
import org.dossier.LoadsModels;
import org.dossier.SharedAnalyzer;
import org.dossier.model.Analysis;
import org.dossier.model.Attribution;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Attribution types and quotations that run on, on hand-written news paragraphs. */
@LoadsModels
class QuoteTypesAndRunOnsTest {
    private static Analysis analyze(String text) {
        return SharedAnalyzer.get().analyze(text, ArticleInfo.NONE);
    }

    private static Attribution withContent(Analysis a, String phrase) {
        return a.attributions().stream().filter(x -> x.content().text().contains(phrase)).findFirst()
                .orElseThrow(() -> new AssertionError("no attribution holds '" + phrase + "' in " + a.attributions()));
    }

    @Test
    void eachAttributionIsTypedFromItsCueInContext() {
        Analysis a = analyze("""
                The mayor said the city would build 500 new homes next year.
                Residents believe the plan will raise rents across the district.
                A poll of 1,000 voters found that most people support the new tax.
                The company declined to comment on the report.
                Officials did not comment on the allegations.
                The general ordered the invasion in 2003.
                """);
        assertEquals("speech", withContent(a, "the city would build 500 new homes").type());
        assertEquals("thought", withContent(a, "the plan will raise rents").type());
        assertEquals("evidence", withContent(a, "most people support the new tax").type());
        for (Attribution x : a.attributions()) {
            String cue = x.cue() == null ? "" : x.cue().text();
            if (cue.contains("comment")) assertEquals("refusal", x.type(), x.toString());
            if (cue.contains("ordered")) assertEquals("other", x.type(), x.toString());
        }
        assertTrue(a.attributions().stream().anyMatch(x -> x.type().equals("refusal")), a.attributions().toString());
    }

    @Test
    void aQuotationThatAVerbOfThinkingOrAnsweringClosesIsSpeech() {
        // the tagger takes "answers" after a name for a plural noun; "concludes" is a verb of thinking
        Analysis a = analyze("""
                "Can you name one accomplishment of the party in the past two decades?" he asks.

                "I can point to only two accomplishments. Besides that, not a single accomplishment," Bozell answers.

                "Cruz could win the general election in a landslide," Viguerie concludes.
                """);
        Attribution answer = withContent(a, "only two accomplishments");
        assertEquals("speech", answer.type());
        assertEquals("Bozell", answer.source().text());
        assertEquals("answers", answer.cue().text());
        Attribution conclusion = withContent(a, "in a landslide");
        assertEquals("speech", conclusion.type());
        assertEquals("Viguerie", conclusion.source().text());
    }

    @Test
    void aQuotationInAParagraphOfItsOwnContinuesItsSpeaker() {
        Analysis a = analyze("""
                Surrey Mayor Doug McCallum defended the plan on Tuesday.
                "We have waited long enough for this line," McCallum said.
                "The people of this city deserve a train that runs every five minutes."
                Critics said the cost was too high.
                """);
        Attribution first = withContent(a, "We have waited long enough");
        Attribution runOn = withContent(a, "deserve a train that runs every five minutes");
        assertEquals(first.id(), runOn.continues());
        assertEquals("direct", runOn.kind());
        assertEquals("speech", runOn.type());
        assertNull(runOn.cue());
        assertNotNull(runOn.source());
        assertTrue(runOn.source().spans().isEmpty());
        assertEquals(first.source().entity(), runOn.source().entity());
        // "Critics said" ends the run: its content is not McCallum's
        assertNull(withContent(a, "the cost was too high").continues());
    }

    @Test
    void aQuotationAfterAnIndirectReportRunsOnFromItsSpeaker() {
        Analysis a = analyze("""
                The minister said the talks had failed.
                "Nobody expected this outcome at all."
                """);
        Attribution said = withContent(a, "the talks had failed");
        Attribution runOn = withContent(a, "Nobody expected this outcome");
        assertEquals(said.id(), runOn.continues());
        assertEquals(said.source().entity(), runOn.source().entity());
    }

    @Test
    void quotationsWithNoCueGoToTheLastSpeakerOrToTheOneTheNarrationNames() {
        Analysis a = analyze("""
                Sharks beat the Kings in overtime.

                “I am sure I will have a little smile,” said the rookie defenceman. “But there were a lot of bad things tonight in our game.”

                “He was a great leader for us,” said coach Peter DeBoer of the former captain.

                The blue line was a big boost.

                “You take him for granted a little bit when he is in the lineup.”

                Asked about the trade on Monday, DeBoer said:

                “We will miss him.”

                “He gave us everything he had for six years.”

                Goalie Martin Jones shook his head. “It was never easy to play against him.”
                """);
        // in the same paragraph, with only the speaker and cue between: one quote
        Attribution rookie = withContent(a, "a little smile");
        assertTrue(rookie.content().text().contains("bad things tonight"), rookie.toString());
        assertEquals("the rookie defenceman", rookie.source().text());
        // after a paragraph of narration
        Attribution deBoer = withContent(a, "a great leader for us");
        Attribution afterNarration = withContent(a, "You take him for granted");
        assertEquals(deBoer.id(), afterNarration.continues());
        assertNotNull(deBoer.source().entity());
        assertEquals(deBoer.source().entity(), afterNarration.source().entity());
        // after a colon, then a run of quotation paragraphs
        Attribution colon = withContent(a, "We will miss him");
        assertEquals("said", colon.cue().text());
        assertEquals(deBoer.source().entity(), colon.source().entity());
        assertEquals(colon.id(), withContent(a, "He gave us everything").continues());
        // narration that names someone else
        Attribution jones = withContent(a, "never easy to play against him");
        assertNull(jones.continues());
        assertTrue(jones.source().text().contains("Martin Jones"), jones.toString());
        assertEquals("speech", jones.type());
    }

    @Test
    void aQuotationWithNoSpeakerBeforeItKeepsNone() {
        Analysis a = analyze("""
                Flood warning for the valley.

                “The river keeps rising and the bridge may close tonight.”

                The road north of the town was shut on Monday.
                """);
        Attribution quote = withContent(a, "The river keeps rising");
        assertEquals("speech", quote.type());
        assertEquals("direct", quote.kind());
        assertNull(quote.source());
        assertNull(quote.cue());
        assertNull(quote.continues());
    }

    @Test
    void aQuotationThatOpensAgainAfterASentenceIsOneQuote() {
        Analysis a = analyze("""
                Conservative policy co-ordinator David Cameron added: "If it wasn't so serious it would be funny. "But it is serious - the two most senior people in the government are fighting each other."
                """);
        Attribution added = withContent(a, "If it wasn't so serious");
        assertTrue(added.content().text().contains("the two most senior people"), added.content().text());
        assertTrue(added.source().text().contains("Cameron"));
    }

    @Test
    void aReportOfAReportIsOneStatementRelayed() {
        Analysis a = analyze("""
                "We will not give up our land," Zelenskyy told reporters in Kyiv on Monday, according to Example Wire.
                "Every village we hold is a home to someone."
                """);
        List<Attribution> statements = a.attributions().stream().filter(x -> x.type().equals("speech") && x.continues() == null).toList();
        assertEquals(1, statements.size(), statements.toString());
        Attribution s = statements.get(0);
        assertTrue(s.source().text().contains("Zelenskyy"), s.toString());
        String wire = a.entities().stream().filter(e -> e.name().contains("Example Wire")).findFirst().orElseThrow().id();
        assertTrue(s.via().contains(wire), s.toString());
        // the quotation that runs on is Zelenskyy's too, not the wire's
        Attribution runOn = withContent(a, "Every village we hold");
        assertEquals(s.id(), runOn.continues());
        assertEquals(s.source().entity(), runOn.source().entity());
    }

    @Test
    void aDatelineIsNoPartOfASource() {
        Analysis a = analyze("""
                KYIV, Feb 10 - Ukrainian President Volodymyr Zelensky said on Monday that the front line was holding.
                """);
        Attribution said = withContent(a, "the front line was holding");
        assertTrue(said.source().text().startsWith("Ukrainian President"), said.source().text());
    }
}
