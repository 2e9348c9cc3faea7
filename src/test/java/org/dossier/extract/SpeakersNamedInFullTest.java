package org.dossier.extract;

import org.dossier.ArticleInfo;
import org.dossier.LoadsModels;
import org.dossier.ReadsSharedData;
import org.dossier.SharedAnalyzer;
import org.dossier.model.Analysis;
import org.dossier.model.Attribution;
import org.dossier.model.Entity;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sources that name nobody themselves resolve to the entity the article named, on hand-written paragraphs. */
@LoadsModels
class SpeakersNamedInFullTest {
    private static Analysis analyze(String text) {
        return SharedAnalyzer.get().analyze(text, ArticleInfo.NONE);
    }

    private static String speaker(Analysis a, String content) {
        Attribution at = a.attributions().stream().filter(x -> x.content().text().contains(content)).findFirst()
                .orElseThrow(() -> new AssertionError("no attribution holds '" + content + "' in " + a.attributions()));
        assertNotNull(at.source(), at.toString());
        if (at.source().entity() == null) return null;
        return a.entities().stream().filter(e -> e.id().equals(at.source().entity())).findFirst().orElseThrow().name();
    }

    @Test
    void britishTitlesWithoutAFullStopJoinTheFullName() {
        Analysis a = analyze("""
                Fiat chief executive Sergio Marchionne took charge of the carmaker on Tuesday.
                Mr Marchionne said the company would return to profit in 2006.
                """);
        assertEquals("Sergio Marchionne", speaker(a, "would return to profit"));
    }

    @Test
    void aSuffixAfterTheSurnameIsPartOfTheName() {
        Analysis a = analyze("""
                "Yes, I support Ted Cruz," Brent Bozell III, founder of the Media Research Center, told reporters on Monday.
                Bozell said the movement needed a candidate who would fight.
                """);
        assertEquals("Brent Bozell III", speaker(a, "needed a candidate"));
    }

    @Test
    void anHonorificMakesAPersonWhateverTheTaggerSays() {
        // the tagger reads this "Mr Straw" as an organisation's name
        Analysis a = analyze("""
                UK Foreign Secretary Jack Straw said an EU arms code was more effective than the current ban.

                Mr Straw said it was wrong to put China under the same embargo as countries such as Zimbabwe and Burma.
                """);
        assertTrue(a.entities().stream().noneMatch(e -> e.name().equals("Mr Straw")), a.entities().toString());
        Entity straw = a.entities().stream().filter(e -> e.name().equals("Jack Straw")).findFirst().orElseThrow();
        assertEquals("PERSON", straw.type());
        assertTrue(straw.mentions().stream().anyMatch(m -> m.text().equals("Mr Straw")), straw.toString());
    }

    @Test
    void aNameInAppositionToARoleIsWhoSpeaks() {
        Analysis a = analyze("""
                Building products group James Hardie has agreed to pay $1.1bn to victims of asbestos-related disease.
                "There is still a long way to go, but we are getting there," said James Hardie chairwoman, Meredith Hellicar.
                """);
        assertEquals("Meredith Hellicar", speaker(a, "a long way to go"));
    }

    @ReadsSharedData
    @Test
    void sheAfterALongQuotationIsItsSpeaker() throws Exception {
        // A BBC article (skipped where ../shared is absent): her quotation runs on through several
        // sentences and opens again, as this copy writes a quotation's paragraphs, before "She added".
        Analysis a = bbc("politics/hewitt-decries-career-sexism.txt");
        assertEquals("Patricia Hewitt", speaker(a, "there was still a gap in pay figures"));
    }

    @Test
    void aSlashJoinsTwoNamesNotOne() {
        Analysis a = analyze("""
                Budget airline Ryanair has placed an order for 70 Boeing 737-800 planes.
                The move brings the Ryanair/Boeing order book up to 225 firm orders.
                The airline said the new jets would replace older ones.
                """);
        assertTrue(a.entities().stream().noneMatch(e -> e.name().contains("/")), a.entities().toString());
        assertEquals("Ryanair", speaker(a, "the new jets would replace older ones"));
    }

    @Test
    void aPlaceThatQualifiesADescriptionIsNotTheSource() {
        Analysis a = analyze("""
                Video game giant Electronic Arts wants to be as big as Hollywood studios.
                The US firm says it wants to compete with companies such as Disney.
                """);
        assertEquals("Electronic Arts", speaker(a, "wants to compete with companies"));
    }

    @Test
    void aNameIntroducedWithAnOrganisationsNounIsAnOrganisation() {
        Analysis a = analyze("""
                Australian building products group James Hardie has agreed to pay $1.1bn to victims of asbestos-related disease.
                The firm said a previous compensation fund was running out of money.
                """);
        Entity hardie = a.entities().stream().filter(e -> e.name().equals("James Hardie")).findFirst().orElseThrow();
        assertEquals("ORGANIZATION", hardie.type());
        assertEquals("James Hardie", speaker(a, "running out of money"));
        // a noun for what someone makes or does describes people too
        Analysis b = analyze("""
                Games maker Peter Molyneux has been made an OBE in the New Year Honours list.
                He said he was surprised and honoured.
                """);
        assertEquals("PERSON", b.entities().stream().filter(e -> e.name().equals("Peter Molyneux")).findFirst().orElseThrow().type());
        assertEquals("Peter Molyneux", speaker(b, "surprised and honoured"));
    }

    @Test
    void aShortFormJoinsTheNameThatAllItsCandidatesHold() {
        Analysis a = analyze("""
                Malcolm Glazer has made a new approach to Manchester United.
                The Independent Manchester United Supporters' Association opposes any takeover.
                United said the board would consider the proposal.
                """);
        assertEquals("Manchester United", speaker(a, "would consider the proposal"));
    }

    @Test
    void aClippedNameJoinsTheFullOne() {
        Analysis a = analyze("""
                The Federal Reserve has raised its key interest rate by a quarter point to 2%.
                The Fed said that inflation pressures remained well contained.
                """);
        assertEquals("Federal Reserve", speaker(a, "inflation pressures remained"));
    }

    @ReadsSharedData
    @Test
    void aPlacesDescriptionOfAnOrganisationIsThatOrganisation() throws Exception {
        // "The UK's biggest mortgage lender" after "the Halifax has said" (BBC; skipped where ../shared is absent)
        Analysis a = bbc("business/house-prices-rebound-says-halifax.txt");
        assertEquals("Halifax", speaker(a, "prices rose 15.1%"));
    }

    @ReadsSharedData
    @Test
    void whereItWasSaidIsNotWhoSaidIt() throws Exception {
        // "Mr Houston was quoted in the Herald newspaper saying: ..." (BBC; skipped where ../shared is absent)
        Analysis a = bbc("politics/ukip-candidate-suspended.txt");
        assertEquals("John Houston", speaker(a, "over-reacted and overshot the runway"));
    }

    private static Analysis bbc(String name) throws Exception {
        Path article = Path.of("../shared/data/bbc-news", name);
        Assumptions.assumeTrue(Files.isRegularFile(article), "the BBC texts are not here");
        return analyze(Files.readString(article));
    }

    @Test
    void aConditionNamedAfterSomeoneIsNotThatPerson() {
        Analysis a = analyze("""
                The adapter is the brainchild of IBM researcher Jim Levine, who developed it after seeing his uncle, \
                who has Parkinson's disease, struggle with a mouse.
                "It's a great example of technology helping people," he said.
                """);
        assertTrue(a.entities().stream().noneMatch(e -> e.name().startsWith("Parkinson")), a.entities().toString());
        assertEquals("Jim Levine", speaker(a, "technology helping people"));
    }

    @Test
    void anAcronymJoinsItsExpansion() {
        Analysis a = analyze("""
                The Institute for Supply Management published its monthly index on Monday.
                The ISM said manufacturing grew for the 19th month in a row.
                """);
        assertEquals("Institute for Supply Management", speaker(a, "manufacturing grew"));
        Entity ism = a.entities().stream().filter(e -> e.name().equals("Institute for Supply Management")).findFirst().orElseThrow();
        assertTrue(ism.mentions().stream().anyMatch(m -> m.text().equals("ISM")), ism.toString());
    }

    @Test
    void theFirmAndItAreTheOrganisationLastMadeSubject() {
        Analysis a = analyze("""
                Ryanair has ordered 70 new planes from Boeing in a deal worth $4bn.
                The airline said the new jets would let it open routes across Europe.
                It added that fares would stay low.
                """);
        assertEquals("Ryanair", speaker(a, "the new jets would let it open routes"));
        assertEquals("Ryanair", speaker(a, "fares would stay low"));
        Entity ryanair = a.entities().stream().filter(e -> e.name().equals("Ryanair")).findFirst().orElseThrow();
        assertTrue(ryanair.mentions().stream().anyMatch(m -> m.text().equals("The airline")), ryanair.toString());
    }

    @Test
    void aDescriptionWithNoNamedOrganisationStaysUnnamed() {
        Analysis a = analyze("""
                Prices rose sharply last month.
                The company said it would raise wages next year.
                """);
        assertNull(speaker(a, "it would raise wages"));
    }

    @Test
    void aRoleDescriptionIsThePersonIntroducedWithThatRole() {
        Analysis a = analyze("""
                Trade and Industry Secretary Patricia Hewitt opened the seminar in London on Tuesday.
                Employers had asked for more time to prepare for the new rules.
                The minister said the cost of the proposals was being evaluated.
                """);
        assertEquals("Patricia Hewitt", speaker(a, "the cost of the proposals was being evaluated"));
        assertTrue(a.entities().stream().noneMatch(e -> e.name().equals("Trade and Industry Secretary")), "a post is no organisation");
    }

    @Test
    void aLedeGivesTheRoleThenTheName() {
        Analysis a = analyze("""
                Maternity pay

                Paid maternity leave should be extended beyond six months, the Trade and Industry Secretary has said.
                Patricia Hewitt said the cost of the proposals was being evaluated.
                """);
        assertEquals("Patricia Hewitt", speaker(a, "should be extended beyond six months"));
    }

    @Test
    void aRoleNoOneWasIntroducedWithStaysUnnamed() {
        Analysis a = analyze("""
                The council met on Monday to discuss the budget. Several residents attended the meeting.
                Councillors debated the plan for three hours. Jane Smith, a local teacher, asked about school funding.
                The minister said the plan would be reviewed.
                """);
        assertNull(speaker(a, "the plan would be reviewed"));
    }

    @Test
    void peopleInAPlaceAreAGroupNotThePlace() {
        Analysis a = analyze("""
                Officials in Kiev said the talks would resume next week. Residents of Kharkov reported new strikes overnight.
                """);
        for (String content : new String[] {"the talks would resume", "new strikes overnight"}) {
            Attribution at = a.attributions().stream().filter(x -> x.content().text().contains(content)).findFirst().orElseThrow();
            Entity e = a.entities().stream().filter(x -> x.id().equals(at.source().entity())).findFirst().orElseThrow();
            assertEquals("GROUP", e.type(), e.toString());
        }
    }

    @Test
    void aNameListedOrPlacedWithPlacesIsAPlace() {
        Analysis a = analyze("""
                Zelensky said European partners had promised more air defence systems for Kharkiv and Odesa.
                """);
        Entity odesa = a.entities().stream().filter(e -> e.name().equals("Odesa")).findFirst().orElseThrow();
        assertEquals("LOCATION", odesa.type());
    }

    @Test
    void aSharedSurnameIsThePersonTheArticleIsAbout() {
        Analysis a = analyze("""
                Jeb Bush said on Thursday that he would not have invaded Iraq.
                His brother, former President George W. Bush, ordered the invasion in 2003. "I would not have gone into Iraq," Jeb Bush told voters.
                George W. Bush has largely stayed out of the race. Bush said he loved his brother but disagreed with him on some issues.
                """);
        assertEquals("Jeb Bush", speaker(a, "he loved his brother"));
    }

    @Test
    void aSpokesmanSpeaksForWhoseSpokesmanHeIs() {
        Analysis a = analyze("""
                Kim Clijsters could play at the Australian Open next month. Her spokesman said the wrist injury had healed.
                """);
        assertEquals("Kim Clijsters", speaker(a, "the wrist injury had healed"));
    }

    @Test
    void heInARunOfQuotationsIsTheSpeakerBeingQuoted() {
        Analysis a = analyze("""
                Lord Goldsmith said the advice had been his own. "I was not put under pressure by anyone," he said.
                The advice was later examined by Christopher Greenwood, a professor of international law.
                "No other minister was involved in any way," he added.
                """);
        assertEquals("Lord Goldsmith", speaker(a, "No other minister was involved"));
    }

    @Test
    void aRoleWithAPrefixIsARole() {
        Analysis a = analyze("""
                The Conservative Party would deal "sympathetically" with any application by Lord Archer to rejoin its ranks, its co-chairman has said.

                Dr Liam Fox told the BBC there was no place for "vindictiveness" in politics.
                """);
        assertEquals("Liam Fox", speaker(a, "would deal"));
    }

    @Test
    void aSundayPaperIsANewspaperNotADate() {
        Analysis a = analyze("""
                The two Irish investors said on Friday that they remained long-term investors in the club.
                The Sunday Telegraph says the board will reject any formal offer.
                """);
        assertEquals("Sunday Telegraph", speaker(a, "the board will reject"));
        Entity paper = a.entities().stream().filter(e -> e.name().equals("Sunday Telegraph")).findFirst().orElseThrow();
        assertEquals("ORGANIZATION", paper.type());
    }

    @Test
    void aShortFormThatSeveralNamesHoldIsTheOneNamedJustBefore() {
        Analysis a = analyze("""
                The European Central Bank has left its rates unchanged since June.
                Wells Fargo Bank economist Sung Won Sohn said the US rise had been expected.
                The Bank of England has kept interest rates on hold at 4.75% for the past three months.
                In a report published on Wednesday, the Bank said that inflation would rise to its 2% target within two years.
                """);
        assertEquals("Bank of England", speaker(a, "inflation would rise"));
    }

    @Test
    void sheAfterASpokeswomanIsTheOrganisationSheSpeaksFor() {
        Analysis a = analyze("""
                Lord Woolf said he did not think there would be difficulties.
                A Department for Constitutional Affairs spokeswoman said Lord Woolf and Lord Falconer agreed about what happened in practice.
                "Their disagreement is about a very narrow point," she said.
                """);
        assertEquals("Department for Constitutional Affairs", speaker(a, "Their disagreement"));
    }

    @Test
    void anUnnamedRoleHolderSpeaksForTheOrganisationThatOwnsTheRole() {
        Analysis a = analyze("""
                The Institute for Supply Management's index rose to 58.6 last month.
                "This completes a strong year for manufacturing," said chairman of the ISM's survey committee.
                """);
        assertEquals("Institute for Supply Management", speaker(a, "a strong year for manufacturing"));
    }

    @Test
    void aPronounSubjectKeepsItsPersonTheTopic() {
        Analysis a = analyze("""
                Former prime minister Jim Callaghan has died at the age of 92.
                His political career was not without controversy.
                When he refused to support prime minister Harold Wilson over trade union reform in 1968, he said: "I am not going to resign."
                """);
        assertEquals("Jim Callaghan", speaker(a, "I am not going to resign"));
    }

    @Test
    void aDocumentSpeaksForItsAuthor() {
        Analysis a = analyze("""
                Network Rail published a white paper on the future of the line on Monday.
                The paper says that services north of Carlisle should be cut by a third.
                Separately, Tesco's statement said that all its stores would stay open over Christmas.
                """);
        assertEquals("Network Rail", speaker(a, "services north of Carlisle"));
        assertEquals("Tesco", speaker(a, "all its stores would stay open"));
    }

    @Test
    void aDocumentWithNoNamedAuthorStaysUnnamed() {
        Analysis a = analyze("""
                Officials were still counting the cost of the floods on Monday.
                A leaked memo says that the defences were never finished.
                """);
        assertNull(speaker(a, "the defences were never finished"));
    }
}
