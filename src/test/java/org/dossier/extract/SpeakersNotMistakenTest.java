package org.dossier.extract;

import org.dossier.ArticleInfo;
import org.dossier.LoadsModels;
import org.dossier.SharedAnalyzer;
import org.dossier.model.Analysis;
import org.dossier.model.Attribution;
import org.dossier.model.Entity;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Wrong speakers of issue 24, each class on a hand-written paragraph: the subject of a report,
 * the organisation a paper reports on, a prize, a role's qualifier, a headline's words, a headline itself.
 */
@LoadsModels
class SpeakersNotMistakenTest {
    private static Analysis analyze(String text) {
        return SharedAnalyzer.get().analyze(text, ArticleInfo.NONE);
    }

    private static Attribution holding(Analysis a, String content) {
        return a.attributions().stream().filter(x -> x.content().text().contains(content)).findFirst()
                .orElseThrow(() -> new AssertionError("no attribution holds '" + content + "' in " + a.attributions()));
    }

    /** The name of the entity the attribution holding {@code content} is resolved to, or null. */
    private static String speaker(Analysis a, String content) {
        Attribution at = holding(a, content);
        if (at.source() == null || at.source().entity() == null) return null;
        return a.entities().stream().filter(e -> e.id().equals(at.source().entity())).findFirst().orElseThrow().name();
    }

    @Test
    void whoAReportIsAboutIsNotItsSource() {
        Analysis a = analyze("""
                Opposition leader Anna Berg has urged the new minister to pause the identity scheme.

                She told BBC Radio 4's Today programme that Mr Lund had been reported to be less enthusiastic about identity cards than his predecessors.
                """);
        assertEquals("Anna Berg", speaker(a, "less enthusiastic about identity cards"));
        Analysis b = analyze("""
                The finance minister, Peter Lund, is thought to favour a cut in interest rates. Mr Lund is said to be less enthusiastic about the cards than his predecessors.
                """);
        for (Attribution at : b.attributions()) {
            String id = at.source() == null ? null : at.source().entity();
            String name = id == null ? null : b.entities().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow().name();
            assertNotEquals("Peter Lund", name, at.toString());
        }
    }

    @Test
    void aPublicationIsItsOwnSource() {
        Analysis a = analyze("""
                The World Bank is to cut its growth forecast for Brazil, the Financial Times reported on Monday.

                The bank will also lower its estimate for Argentina, the newspaper reported.
                """);
        Attribution paper = a.attributions().stream().filter(x -> x.source() != null && x.source().text().equals("the newspaper"))
                .findFirst().orElseThrow(() -> new AssertionError(a.attributions().toString()));
        assertEquals("Financial Times", a.entities().stream().filter(e -> e.id().equals(paper.source().entity())).findFirst()
                .orElseThrow(() -> new AssertionError(paper.toString())).name());
        Analysis b = analyze("""
                The new book claims the minister promised to resign before the election. Mr Jones then changed his mind in the spring, after his allies intervened, writes Mr Peston.
                """);
        assertEquals("Peston", speaker(b, "Mr Jones then changed"));
    }

    @Test
    void aPrizeIsNeverASpeaker() {
        Analysis a = analyze("""
                The actor, who won a Golden Globe and an Academy Award for his role in the film, said he was delighted to be back in London.

                A Golden Globe is said to improve a film's chances at the box office.
                """);
        for (Attribution at : a.attributions()) {
            if (at.source() == null || at.source().entity() == null) continue;
            Entity e = a.entities().stream().filter(x -> x.id().equals(at.source().entity())).findFirst().orElseThrow();
            assertFalse(e.name().contains("Globe") || e.name().contains("Award"), at + " is credited to " + e);
        }
        assertTrue(holding(a, "delighted to be back").source().text().startsWith("The actor"), holding(a, "delighted to be back").toString());
    }

    @Test
    void aRoleResolvesToWhomTheArticleNames() {
        Analysis a = analyze("""
                Home Secretary John Reid has defended the new rules despite criticism from Menzies Campbell.

                The Lib Dem leader said the rules were a threat to civil liberties.
                """);
        assertEquals("Menzies Campbell", speaker(a, "a threat to civil liberties"));
        Analysis b = analyze("""
                Shoppers are turning to online auctions for hard-to-find toys. According to eBay UK there are now more than 200 robot toys for sale on the site.
                """);
        assertEquals("eBay UK", speaker(b, "robot toys for sale"));
    }

    @Test
    void aRoleWithAPlaceIsOnlyThePersonSaidToBeFromIt() {
        Analysis a = analyze("""
                Senator Tom Hale spoke in Des Moines on Monday.

                Marco Diaz, who is third in many polls, stressed defense issues during an appearance in Ames.

                The Florida senator told reporters he feels good about his campaign in Iowa.
                """);
        assertEquals("Marco Diaz", speaker(a, "he feels good about his campaign"));
    }

    @Test
    void aRelativeClauseOrAnAppositionSpeaksForItsName() {
        Analysis a = analyze("""
                "This is one of my friends from school," Tom told Annette Guessford, who answered her door on Sunday and said she planned to vote for the senator.

                "I've been on the front lines of change and progress," said Clinton, the former secretary of State.

                Hillary Clinton will speak in Iowa again next week.
                """);
        assertEquals("Annette Guessford", speaker(a, "she planned to vote for the senator"));
        assertEquals("Hillary Clinton", speaker(a, "on the front lines of change"));
    }

    @Test
    void aRelativeClauseAfterTheSpeakerIsNotTheSpeaker() {
        Analysis a = analyze("""
                State Senate President Steve Sweeney, who also serves as a top official in the state iron workers union, said contractors eventually built a cushion into their bids.
                """);
        Attribution said = holding(a, "contractors eventually built");
        assertTrue(said.source().text().contains("Steve Sweeney"), said.source().text());
        assertEquals("Steve Sweeney", speaker(a, "contractors eventually built"));
    }

    @Test
    void aNameIsOnlyNameWords() {
        // a title-case headline runs names into its verbs; the tagger misses a surname it tagged before
        Analysis a = analyze("""
                Carson Says He Will Stay In The Race

                Ben Carson will stay in the race until the convention, his top aide, Tad Devine, told reporters.
                "We are nowhere near the end game," Devine declared.
                """);
        assertTrue(a.entities().stream().noneMatch(e -> e.name().contains("Says")), a.entities().toString());
        assertTrue(a.attributions().stream().noneMatch(x -> x.content().text().contains("He Will Stay")),
                "a headline sums up the report the article gives: " + a.attributions());
        assertEquals("Tad Devine", speaker(a, "nowhere near the end game"));
    }

    @Test
    void aPronounAfterAnotherPersonNarratedIsThatPersonsNotTheLastSpeakers() {
        Analysis a = analyze("""
                "That was his focus, to get the domestic side right," said John Harlow, a former adviser.

                When it came to the pledge, however, President Martin Cole made no effort to introduce a carbon tax, which he favors but says would never win support in the current Congress.
                """);
        assertEquals("Martin Cole", speaker(a, "would never win support"));
    }

    @Test
    void theRoleAloneIsThePersonWithThatTitleAloneNotAnOrganisationsHolder() {
        Analysis a = analyze("""
                President Martin Cole spent the afternoon playing golf with World Bank President Peter Lund.

                The president said the accord would send a powerful signal to investors.
                """);
        assertEquals("Martin Cole", speaker(a, "a powerful signal"));
    }

    @Test
    void aQuotationSignedByItsSpeakerAndVerbIsFoundWhenItsWordsHoldAVerbOfSpeech() {
        Analysis a = analyze("""
                A voter asked if she might consider appointing her rival.

                "Wow, what a great idea. He may have a few other things to do, but I tell you, that's a great idea," she replied.
                """);
        Attribution reply = holding(a, "what a great idea");
        assertEquals("replied", reply.cue().text());
        assertEquals("she", reply.source().text());
    }

    @Test
    void aFirstNameThatIsAlsoAVerbIsStillTheSpeakersName() {
        Analysis a = analyze("""
                "There were a lot more voters in 2008 who knew her than there are now," said Skip Rutherford, a longtime Clinton loyalist and dean of the law school.
                """);
        assertEquals("Skip Rutherford", speaker(a, "a lot more voters"));
    }

    @Test
    void aCueWithAClauseAfterItReportsThatClauseNotTheQuotationBefore() {
        Analysis a = analyze("""
                In the email, Ash described the move as a "major breach of trust," adding that he would inform all the committee's members.
                """);
        Attribution adding = a.attributions().stream().filter(x -> x.cue() != null && x.cue().text().equals("adding")).findFirst()
                .orElseThrow(() -> new AssertionError(a.attributions().toString()));
        assertEquals("that he would inform all the committee's members", adding.content().text());
        assertTrue(holding(a, "the move").content().text().contains("major breach of trust"), a.attributions().toString());
    }

    @Test
    void aHeadlineInTitleCaseWithAFullStopReportsNothingEither() {
        Analysis a = analyze("""
                Trump Says He Never Pledged To Kill Family Members Of Terrorists.

                Donald Trump said Thursday that he never pledged to kill the family members of terrorists.
                """);
        assertEquals(1, a.attributions().size(), a.attributions().toString());
        assertEquals("Donald Trump", speaker(a, "he never pledged"));
    }

    @Test
    void aSourceWrittenAsANameTheTaggerMissedIsAnEntity() {
        Analysis a = analyze("""
                Estimates of how many billionaires there are vary widely. Wealth-X says there are about 1,800 billionaires in the world.
                """);
        assertEquals("Wealth-X", speaker(a, "about 1,800 billionaires"));
        assertEquals("ORGANIZATION", a.entities().stream().filter(e -> e.name().equals("Wealth-X")).findFirst().orElseThrow().type());
    }
}
