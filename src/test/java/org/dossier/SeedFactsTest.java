package org.dossier;

import org.dossier.model.Analysis;
import org.dossier.model.Entity;
import org.dossier.model.Phrase;
import org.dossier.model.Relation;
import org.dossier.model.Stance;
import org.dossier.model.TimeExpression;
import org.dossier.text.ArticleFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Descriptors, relations, times and stances of the bundled example, published 2025-05-15. */
@LoadsModels
class SeedFactsTest {
    private static String text;
    private static Analysis analysis;

    @BeforeAll
    static void analyze() throws Exception {
        text = ArticleFiles.read(Path.of("examples", "seed-article.txt"));
        analysis = SharedAnalyzer.get().analyze(text, new ArticleInfo(null, "2025-05-15"));
    }

    private static Entity entity(String name) {
        return analysis.entities().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError(name));
    }

    private static List<String> descriptors(String name) {
        return entity(name).descriptors().stream().map(Phrase::text).toList();
    }

    private static String slice(int start, int end) {
        return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
    }

    @Test
    void descriptorsOfThePeople() {
        assertTrue(descriptors("Vladimir Kara-Murza").containsAll(List.of("journalist and activist", "former political prisoner", "Pulitzer Prize winner")),
                descriptors("Vladimir Kara-Murza").toString());
        assertTrue(descriptors("Ilya Yashin").contains("opposition politician and former prisoner"), descriptors("Ilya Yashin").toString());
        assertTrue(descriptors("Alexei Navalny").contains("opposition leader"), descriptors("Alexei Navalny").toString());
        assertTrue(descriptors("Olena Zelenska").stream().anyMatch(d -> d.endsWith("first lady")), descriptors("Olena Zelenska").toString());
        for (Entity e : analysis.entities()) {
            for (Phrase d : e.descriptors()) assertEquals(d.text(), slice(d.start(), d.end()), "offsets of " + d);
        }
    }

    private static boolean related(String subject, String predicate, String object) {
        String s = entity(subject).id();
        return analysis.relations().stream().anyMatch(r -> r.subject().equals(s) && r.predicate().equals(predicate)
                && r.objectText().equals(object));
    }

    @Test
    void relationsStatedInTheText() {
        assertTrue(related("Yulia Navalnaya", "widow_of", "Alexei Navalny"), analysis.relations().toString());
        assertTrue(related("Vladimir Kara-Murza", "citizen_of", "Russia"), analysis.relations().toString());
        assertTrue(related("Vladimir Kara-Murza", "citizen_of", "United Kingdom"), analysis.relations().toString());
        assertTrue(related("Olena Zelenska", "spouse_of", "Volodymyr Zelensky"), analysis.relations().toString());
        assertTrue(related("Volodymyr Zelensky", "holds_position", "President"), analysis.relations().toString());
        for (Relation r : analysis.relations()) assertTrue(slice(r.evidence().start(), r.evidence().end()).length() > 10);
    }

    private static TimeExpression time(String words) {
        return analysis.times().stream().filter(t -> t.text().equals(words)).findFirst().orElseThrow(() -> new AssertionError(words));
    }

    @Test
    void timesNormalisedAgainstThePublicationDate() {
        assertEquals("2024", time("last year").value());
        assertTrue(time("last year").event().text().contains("released"), time("last year").toString());
        assertEquals("2014", time("2014").value());
        assertTrue(time("2014").event().text().contains("annexation of Crimea"), time("2014").toString());
        assertEquals("2025-04", time("April").value());
        assertEquals("2024", time("2024").value());
        assertTrue(time("2024").event().text().contains("died"), time("2024").toString());
        for (TimeExpression t : analysis.times()) assertEquals(t.text(), slice(t.start(), t.end()));
    }

    @Test
    void withoutAPublicationDateRelativeTimesHaveNoValue() {
        Analysis undated = SharedAnalyzer.get().analyze(text, ArticleInfo.NONE);
        assertEquals(null, undated.times().stream().filter(t -> t.text().equals("last year")).findFirst().orElseThrow().value());
        assertEquals("2014", undated.times().stream().filter(t -> t.text().equals("2014")).findFirst().orElseThrow().value());
    }

    private static boolean stance(String holderWord, String kind, String polarity, String targetWord) {
        return analysis.stances().stream().anyMatch(s -> s.holderText().contains(holderWord) && s.kind().equals(kind)
                && s.polarity().equals(polarity) && s.targetText().contains(targetWord));
    }

    @Test
    void stancesBetweenActors() {
        List<Stance> all = analysis.stances();
        assertTrue(stance("Kiev", "distrusts", "negative", "Russian opposition"), all.toString());
        assertTrue(stance("We", "not_opposes", "positive", "Ukraine"), "Yashin: we are not enemies of Ukraine: " + all);
        String yashin = analysis.entities().stream().filter(e -> e.name().equals("Ilya Yashin")).findFirst().orElseThrow().id();
        assertTrue(all.stream().anyMatch(s -> s.holderText().equals("We") && yashin.equals(s.holder())), "'we' in his quotation is Yashin: " + all);
        assertTrue(stance("Ukrainians", "criticises", "negative", "comment"), all.toString());
        assertTrue(stance("Russian opposition", "opposes", "negative", "Vladimir Putin"), "both sides, each: " + all);
        assertTrue(stance("Ukrainian government", "opposes", "negative", "Vladimir Putin"), all.toString());
    }
}
