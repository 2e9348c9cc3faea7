package org.dossier.eval;

import org.dossier.LoadsModels;
import org.dossier.ReadsSharedData;
import org.dossier.SharedAnalyzer;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The facts against the 20 hand-annotated PolNeAR train articles; floors a little under what the README reports. */
class FactsEvaluationTest {
    private static final Path TEXTS = Path.of("..", "shared", "data", "polnear", "train", "text");

    @LoadsModels
    @ReadsSharedData
    @Test
    void factsScoreAtLeastWhatTheReadmeSays() throws Exception {
        assumeTrue(Files.isDirectory(TEXTS), "needs ../shared/data/polnear");
        Map<String, Prf> scores = FactsEvaluation.evaluate(SharedAnalyzer.get(), Path.of("eval-data", "facts"), TEXTS);
        System.out.println("facts: " + scores);
        assertTrue(scores.get("descriptors").f1() >= 0.55, scores.toString());
        assertTrue(scores.get("relations").f1() >= 0.38, scores.toString());
        assertTrue(scores.get("times").f1() >= 0.75, scores.toString());
        assertTrue(scores.get("stances").f1() >= 0.13, scores.toString());
        assertTrue(scores.get("stances").precision() >= 0.5, "stances are between actors: " + scores);
    }

    @Test
    void namesMatchOnLastWordOrContainment() {
        assertTrue(FactsEvaluation.sameName("Cruz", "Ted Cruz"));
        assertTrue(FactsEvaluation.sameName("Sen. Ted Cruz", "Ted Cruz"));
        assertTrue(FactsEvaluation.sameName("Kiev's", "Kiev"));
        assertTrue(!FactsEvaluation.sameName("Hillary Clinton", "Donald Trump"));
        assertTrue(!FactsEvaluation.sameName("", "Trump"));
    }
}
