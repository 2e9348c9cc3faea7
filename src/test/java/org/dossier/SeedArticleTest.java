package org.dossier;

import org.dossier.model.Analysis;
import org.dossier.model.Attribution;
import org.dossier.model.Entity;
import org.dossier.model.Mention;
import org.dossier.model.Span;
import org.dossier.text.ArticleFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bundled example article: what a user of the README's first command sees. */
@LoadsModels
class SeedArticleTest {
    private static String text;
    private static Analysis analysis;

    @BeforeAll
    static void analyze() throws Exception {
        text = ArticleFiles.read(Path.of("examples", "seed-article.txt"));
        analysis = SharedAnalyzer.get().analyze(text, new ArticleInfo("Russian opposition talks", "2025-05-15"));
    }

    private static String slice(Span s) {
        int a = text.offsetByCodePoints(0, s.start()), b = text.offsetByCodePoints(0, s.end());
        return text.substring(a, b);
    }

    /** The attribution whose content holds the phrase. */
    private static Attribution withContent(String phrase) {
        Optional<Attribution> a = analysis.attributions().stream()
                .filter(x -> x.content().text().contains(phrase)).findFirst();
        assertTrue(a.isPresent(), "no attribution has content with: " + phrase);
        return a.get();
    }

    private static Entity entity(String id) {
        assertNotNull(id, "source not resolved to an entity");
        return analysis.entities().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    private static void assertSpeaker(String phrase, String speaker) {
        Attribution a = withContent(phrase);
        assertNotNull(a.source(), "no source for: " + phrase);
        assertTrue(entity(a.source().entity()).name().contains(speaker),
                () -> "'" + phrase + "' attributed to " + a.source().text() + " = " + entity(a.source().entity()).name());
    }

    @Test
    void offsetsSliceTheTextTheyClaim() {
        for (Attribution a : analysis.attributions()) {
            List<Span> spans = a.content().spans();
            assertEquals(a.content().text(), String.join(" ", spans.stream().map(SeedArticleTest::slice).toList()));
            if (a.source() != null) assertEquals(a.source().text(),
                    String.join(" ", a.source().spans().stream().map(SeedArticleTest::slice).toList()));
        }
        for (Entity e : analysis.entities())
            for (Mention m : e.mentions()) assertEquals(m.text(), slice(new Span(m.start(), m.end())));
        assertEquals(text.codePointCount(0, text.length()), analysis.length());
    }

    @Test
    void directQuotesGoToTheirSpeakers() {
        Attribution dialogue = withContent("We want this dialogue to reach the highest level");
        assertEquals("direct", dialogue.kind());
        assertSpeaker("We want this dialogue to reach the highest level", "Kara-Murza");
        assertSpeaker("We are not enemies of Ukraine", "Yashin");
        assertSpeaker("easier for non-Russian soldiers to kill Ukrainians", "Kara-Murza");
        // Quoted as what "the comment" said: the comment is the remark just reported.
        assertSpeaker("we are almost the same", "Kara-Murza");
        assertEquals("direct", withContent("we are almost the same").kind());
    }

    @Test
    void indirectSpeechGoesToItsSpeakers() {
        assertSpeaker("the talks with Ukrainian officials were being held confidentially", "Kara-Murza");
        assertSpeaker("Putin should not be allowed to win the war", "Kara-Murza");
        assertSpeaker("his words had been taken out of context", "Kara-Murza");
        assertSpeaker("the EU mediate a possible dialogue", "Yashin");
        assertSpeaker("President Zelensky had given signals of readiness for dialogue", "Yashin");
    }

    @Test
    void accordingToAndGroupSources() {
        Attribution post = withContent("declined an invitation");
        assertTrue(post.source().text().contains("Washington Post"), post.source().text());
        Attribution team = withContent("he was killed on the orders of the Kremlin");
        assertEquals("his team", team.source().text());
        assertEquals("GROUP", entity(team.source().entity()).type());
        Attribution insist = withContent("the war is Putin’s personal project");
        assertTrue(insist.source().text().contains("oppositionists"), insist.source().text());
    }

    @Test
    void noJunk() {
        // a purpose clause ("..., seeking to build a political bridge") is not an attribution
        assertTrue(analysis.attributions().stream().noneMatch(a -> a.cue() != null && a.cue().text().equals("seeking")));
        // "The main obstacle is Kiev's deep distrust of ...": the distrust is Kiev's
        Attribution distrust = analysis.attributions().stream().filter(a -> a.cue() != null && a.cue().text().equals("distrust"))
                .findFirst().orElseThrow();
        assertEquals("Kiev", distrust.source().text());
        // "Navalnaya — who later also declined to attend": "who" is the source, not content
        Attribution attend = analysis.attributions().stream().filter(a -> a.cue() != null && a.cue().text().equals("declined")
                && a.content().text().endsWith("attend") && !a.content().text().contains("invitation")).findFirst().orElseThrow();
        assertEquals("who", attend.source().text());
        assertTrue(entity(attend.source().entity()).name().contains("Navalnaya"));
        // content comes from one place: "adding that ..." does not take Yashin's earlier quotation
        Attribution adding = withContent("President Zelensky had given signals of readiness for dialogue");
        assertEquals("indirect", adding.kind());
        assertTrue(!adding.content().text().contains("enemies"), adding.content().text());
        for (Attribution a : analysis.attributions()) {
            for (Span s : a.content().spans()) assertTrue(slice(s).codePoints().anyMatch(Character::isLetterOrDigit), a.toString());
        }
        // "..., News.bg reports" relays Kara-Murza's statement: not a statement of its own
        assertTrue(analysis.attributions().stream().noneMatch(a -> a.source() != null && a.source().text().equals("News.bg")));
    }

    @Test
    void typesTellQuotesFromBeliefs() {
        assertEquals("speech", withContent("We want this dialogue to reach the highest level").type());
        assertEquals("speech", withContent("he was killed on the orders of the Kremlin").type());
        assertEquals("thought", withContent("the main issue is not only the anti-Putin position").type());
        assertEquals("refusal", withContent("the topic").type());
        Attribution declined = analysis.attributions().stream().filter(a -> a.cue() != null && a.cue().text().equals("declined")
                && a.content().text().startsWith("an invitation")).findFirst().orElseThrow();
        assertEquals("other", declined.type());
    }

    @Test
    void placesThatActAreOrganisations() {
        for (String name : List.of("Politico", "Kremlin", "Kiev")) {
            Entity e = analysis.entities().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
            assertEquals("ORGANIZATION", e.type(), name);
        }
        Entity crimea = analysis.entities().stream().filter(x -> x.name().equals("Crimea")).findFirst().orElseThrow();
        assertEquals("LOCATION", crimea.type());
    }

    @Test
    void opinionsAndNonStatements() {
        Attribution opinion = withContent("the main issue is not only the anti-Putin position");
        assertEquals("their", opinion.source().text());
        Entity many = entity(opinion.source().entity());
        assertEquals("GROUP", many.type());
        assertEquals("many in Ukraine", many.name());
        assertSpeaker("the topic", "Ukrainian Foreign Ministry");
        assertTrue(withContent("the topic").cue().text().contains("commented"));
    }

    @Test
    void mentionsOfOnePersonFormOneEntity() {
        Entity karaMurza = analysis.entities().stream().filter(e -> e.name().equals("Vladimir Kara-Murza")).findFirst().orElseThrow();
        List<String> mentions = karaMurza.mentions().stream().map(Mention::text).toList();
        assertTrue(mentions.contains("Kara-Murza") && mentions.contains("he"), mentions.toString());
        long putins = analysis.entities().stream().filter(e -> e.type().equals("PERSON") && e.name().contains("Putin")).count();
        assertEquals(1, putins, "Putin is one entity");
        Entity zelensky = analysis.entities().stream().filter(e -> e.name().contains("Zelensky") && !e.name().contains("Zelenska"))
                .findFirst().orElseThrow();
        assertTrue(zelensky.mentions().stream().anyMatch(m -> m.text().equals("President Zelensky")), zelensky.toString());
    }

    @Test
    void theOpeningStatementCarriesItsReportingChain() {
        Attribution revealed = analysis.attributions().stream()
                .filter(a -> a.cue() != null && a.cue().text().contains("revealed")).findFirst().orElseThrow();
        assertTrue(entity(revealed.source().entity()).name().contains("Kara-Murza"), revealed.toString());
        // "This was revealed ...": what was revealed is the first sentence's claim
        assertTrue(revealed.content().text().startsWith("Representatives of the Russian opposition in exile are holding informal talks"),
                revealed.content().text());
        assertEquals("speech", revealed.type());
        List<String> via = revealed.via().stream().map(id -> entity(id).name()).toList();
        assertEquals(List.of("News.bg", "Politico"), via);
    }
}
