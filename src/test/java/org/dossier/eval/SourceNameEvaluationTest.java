package org.dossier.eval;

import org.dossier.LoadsModels;
import org.dossier.ReadsSharedData;
import org.dossier.SharedAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

@LoadsModels
class SourceNameEvaluationTest {
    @TempDir
    Path tmp;

    @Test
    void aPronounSourceIsRightWhenItsEntityBearsTheAnnotatedName() throws Exception {
        String text = "Senator John Smith visited the plant on Monday. He said the factory would stay open. "
                + "Experts said the market was weak.\n";
        Files.writeString(tmp.resolve("a.txt"), text);
        int he = text.indexOf("He said"), experts = text.indexOf("Experts");
        Files.writeString(tmp.resolve("gold.json"), String.format("""
                [{"article": "a", "source": [%d, %d], "form": "pronoun", "name": "John Smith"},
                 {"article": "a", "source": [%d, %d], "form": "description", "name": null}]""", he, he + 2, experts, experts + 7));
        Map<String, SourceNameEvaluation.Counts> c = SourceNameEvaluation.run(SharedAnalyzer.get(), tmp.resolve("gold.json"), tmp, null);
        assertEquals(new SourceNameEvaluation.Counts(2, 2, 2), c.get("all"));
        assertEquals(new SourceNameEvaluation.Counts(1, 1, 1), c.get("pronoun, named"));
        assertEquals(new SourceNameEvaluation.Counts(1, 1, 1), c.get("description, unnamed"), "'experts' is forced onto nobody");
    }

    /** The PolNeAR dev sample (eval-data/sources, texts from ../shared): a floor under the README's score. */
    @ReadsSharedData
    @Test
    void polnearDevSourcesStayAboveTheirFloor() throws Exception {
        Path texts = Path.of("..", "shared", "data", "polnear", "dev", "text");
        assumeTrue(Files.isDirectory(texts), "../shared/data/polnear/dev is absent");
        SourceNameEvaluation.Counts all = SourceNameEvaluation.run(SharedAnalyzer.get(),
                Path.of("eval-data", "sources", "polnear-dev.json"), texts, null).get("all");
        assertEquals(100, all.gold());
        assertTrue(all.right() >= 0.68 * all.reached(), all.toString());
    }
}
