package org.dossier.extract.attribution;

import org.dossier.model.AttributionType;
import org.dossier.nlp.ParsedText;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.dossier.extract.attribution.QuotedSentences.*;
import static org.dossier.extract.attribution.WrittenAttributions.attribution;
import static org.dossier.nlp.HandParsed.words;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Quotations that no cue claims ({@link RunOnQuotes}, {@link LastSpeaker}): the last speaker's,
 * unless the narration names another one; with none, the quotation stays without a speaker.
 */
class FloatingQuotationsTest {
    private static final RunOnQuotes RULE = new RunOnQuotes();

    private static FoundAttribution speech(ParsedText doc, String cue, String source, String content) {
        return attribution(doc, cue, source, content).withType(AttributionType.SPEECH);
    }

    private static FoundAttribution withContent(ParsedText doc, List<FoundAttribution> found, String content) {
        return found.stream().filter(a -> words(doc, a.content()).contains(content)).findFirst()
                .orElseThrow(() -> new AssertionError("no content holds '" + content + "' in " + found));
    }

    @Test
    void aQuotationAfterAParagraphOfNarrationRunsOnFromTheLastSpeaker() {
        ParsedText doc = doc(THE_BRIDGE_SAID_LOPEZ, NEW_PARAGRAPH, THE_PROJECT_RAN_LATE, NEW_PARAGRAPH, NOBODY_IS_HAPPIER);
        List<FoundAttribution> out = RULE.apply(doc, List.of(speech(doc, "said", "Mayor Ana Lopez", "“ The bridge will open in May , ”")));
        FoundAttribution runOn = withContent(doc, out, "Nobody is happier");
        assertEquals(0, runOn.continues());
        assertTrue(runOn.cue().isEmpty() && runOn.source().isEmpty(), runOn.toString());
    }

    @Test
    void narrationThatMakesAnotherPersonItsSubjectGivesThemTheQuotation() {
        ParsedText doc = doc(WE_LOST_SAID_TOM_BAKER, MARY_BAKER_SHOOK_HER_HEAD, IT_WAS_NEVER_OURS);
        List<FoundAttribution> out = RULE.apply(doc, List.of(speech(doc, "said", "Tom Baker", "“ We lost the vote , ”")));
        FoundAttribution hers = withContent(doc, out, "It was never ours");
        assertEquals(-1, hers.continues(), "not Tom Baker's");
        assertEquals("Mary Baker", words(doc, hers.source()));
        assertTrue(hers.cue().isEmpty());
        assertEquals(AttributionType.SPEECH, hers.type());
    }

    @Test
    void aClauseAfterTheCueWithAnotherPersonAsSubjectGivesThemTheQuotation() {
        ParsedText doc = doc(SAID_AND_HER_HUSBAND_LAUGHED, DO_NOT_FORGET_ME);
        List<FoundAttribution> out = RULE.apply(doc, List.of(speech(doc, "said", "Ebeling", "“ Tell her I promised you a picture , ”")));
        FoundAttribution his = withContent(doc, out, "Do not forget me");
        assertEquals(-1, his.continues(), "not Ebeling's");
        assertEquals("her husband", words(doc, his.source()));
    }

    @Test
    void aQuotationAfterOnlyTheCueJoinsTheQuoteBefore() {
        ParsedText doc = doc(WE_WILL_APPEAL_CLINTON_SAID, THIS_FIGHT_IS_NOT_OVER);
        List<FoundAttribution> out = RULE.apply(doc, List.of(speech(doc, "said", "Clinton", "“ We will appeal , ”")));
        assertEquals(1, out.size(), out.toString());
        assertEquals("“ We will appeal , ” “ This fight is not over . ”", words(doc, out.get(0).content()));
    }

    @Test
    void aQuotationAfterASentenceOfNarrationRunsOn() {
        ParsedText doc = doc(WE_WILL_APPEAL_CLINTON_SAID, SHE_STOOD_BY_THE_SIGN, THIS_FIGHT_IS_NOT_OVER);
        List<FoundAttribution> out = RULE.apply(doc, List.of(speech(doc, "said", "Clinton", "“ We will appeal , ”")));
        assertEquals(0, withContent(doc, out, "This fight is not over").continues());
    }

    @Test
    void aQuotationWithNoSpeakerBeforeItKeepsNone() {
        ParsedText doc = doc(THE_RIVER_KEEPS_RISING, NEW_PARAGRAPH, THE_PROJECT_RAN_LATE);
        FoundAttribution quote = withContent(doc, RULE.apply(doc, List.of()), "The river keeps rising");
        assertEquals(-1, quote.continues());
        assertTrue(quote.source().isEmpty() && quote.cue().isEmpty(), quote.toString());
        assertEquals(AttributionType.SPEECH, quote.type());
    }

    @Test
    void aQuotationLeftOpenGoesOnIntoTheNextParagraphsQuote() {
        ParsedText doc = doc(I_KNEW_THERE_HAD_TO_BE, NEW_PARAGRAPH, THE_NUMBER_WILL_GROW_HE_SAID);
        List<FoundAttribution> out = RULE.apply(doc, List.of(speech(doc, "said", "he", "“ The number of users will grow , ”")));
        assertEquals(1, out.size(), out.toString());
        assertEquals("“ I knew there had to be a better way . “ The number of users will grow , ”", words(doc, out.get(0).content()));
    }
}
