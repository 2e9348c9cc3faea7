package org.dossier;

import org.dossier.eval.BratReader;
import org.dossier.eval.GoldArticle;
import org.dossier.eval.GoldAttribution;
import org.dossier.eval.Scorer;
import org.dossier.eval.Scores;
import org.dossier.eval.WordTokens;
import org.dossier.model.Analysis;
import org.dossier.model.Attribution;
import org.dossier.model.Span;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Real PolNeAR dev articles (read from ../shared, skipped where absent): named gold attributions
 * must be found with their source and cue, and each article as a whole must score reasonably.
 */
@LoadsModels
@ReadsSharedData
class DevArticlesTest {
    private static final Path DEV = Path.of("..", "shared", "data", "polnear", "dev");

    private static GoldArticle gold(String name) throws Exception {
        assumeTrue(Files.isDirectory(DEV), "PolNeAR dev is not available here");
        return BratReader.readArticle(DEV, name);
    }

    private static String slice(String text, List<Span> spans) {
        StringBuilder sb = new StringBuilder();
        for (Span s : spans) sb.append(text, text.offsetByCodePoints(0, s.start()), text.offsetByCodePoints(0, s.end())).append(' ');
        return sb.toString();
    }

    /**
     * Asserts that the gold attribution whose content holds {@code phrase} is predicted: content
     * overlapping by Jaccard >= 0.5 (the evaluation's rule), a source holding {@code source}, a
     * cue holding {@code cue}.
     */
    private static void assertFound(GoldArticle g, Analysis a, String phrase, String source, String cue) {
        GoldAttribution expected = g.attributions().stream()
                .filter(x -> slice(g.text(), x.content()).contains(phrase)).findFirst().orElseThrow();
        assertTrue(slice(g.text(), expected.source()).contains(source), "gold source check");
        WordTokens words = WordTokens.of(g.text());
        BitSet want = words.covered(expected.content());
        Attribution best = null;
        double bestJ = 0;
        for (Attribution p : a.attributions()) {
            double j = WordTokens.jaccard(want, words.covered(p.content().spans()));
            if (j > bestJ) { bestJ = j; best = p; }
        }
        Attribution found = best;
        assertTrue(bestJ >= 0.5, () -> "not found: " + phrase + "; best overlap " + found);
        assertTrue(found.source() != null && found.source().text().contains(source), () -> "source of " + phrase + ": " + found.source());
        assertTrue(found.cue() != null && found.cue().text().contains(cue), () -> "cue of " + phrase + ": " + found.cue());
    }

    private static Scores score(GoldArticle g, Analysis a) {
        return new Scorer().add(g, a).scores();
    }

    @Test
    void flynnOnTrumpsRubbleRemark() throws Exception {
        GoldArticle g = gold("politico_2016-09-08_flynn-says-trump-absolutely-righ");
        Analysis a = SharedAnalyzer.get().analyze(g.text(), ArticleInfo.NONE);
        assertFound(g, a, "Donald Trump was “absolutely right” when he said", "Michael Flynn", "said");
        assertFound(g, a, "Trump has “enormous respect” for the military", "Flynn", "said");
        assertFound(g, a, "that Trump “lashed out at our nation's generals", "Robby Mook", "arguing");
        Scores s = score(g, a);
        assertTrue(s.attributions().f1() >= 0.5, s.table());
    }

    @Test
    void pollArticleWithAccordingTo() throws Exception {
        GoldArticle g = gold("breitbart_2016-09-20_poll-wealthy-voters-abandon-repu");
        Analysis a = SharedAnalyzer.get().analyze(g.text(), ArticleInfo.NONE);
        assertFound(g, a, "Clinton beats Trump by 46 percent to 42 percent", "the poll", "according to");
        assertFound(g, a, "Mitt Romney had a ten-point lead over Obama", "exit polls", "According to");
        assertFound(g, a, "that they were not sure", "Twelve percent", "indicated");
        Scores s = score(g, a);
        assertTrue(s.attributions().f1() >= 0.5, s.table());
    }

    @Test
    void generalsQuotesResolveHeToHam() throws Exception {
        GoldArticle g = gold("west-journal_2016-09-15_retired-general-reveals-demorali");
        Analysis a = SharedAnalyzer.get().analyze(g.text(), ArticleInfo.NONE);
        assertFound(g, a, "it was demoralizing to work for Obama", "he", "told");
        assertFound(g, a, "Sequestration severely handicapped our military", "he", "said");
        assertFound(g, a, "the current administration has shuffled through military leaders", "Ham", "According to");
        Attribution told = a.attributions().stream().filter(x -> x.content().text().contains("demoralizing to work for Obama"))
                .findFirst().orElseThrow();
        String name = a.entities().stream().filter(e -> e.id().equals(told.source().entity())).findFirst().orElseThrow().name();
        assertTrue(name.endsWith("Norman Ham"), name);
        Scores s = score(g, a);
        assertTrue(s.attributions().f1() >= 0.6, s.table());
    }
}
