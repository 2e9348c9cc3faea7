package org.dossier;

import org.dossier.nlp.StageTimes.Stage;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The per-stage profile counts each analysis to the stages it went through. */
@LoadsModels
class StageTimesTest {
    @Test
    void anAnalysisAddsCpuTimeToEveryStageItRuns() throws Exception {
        Analyzer analyzer = SharedAnalyzer.get();
        String text = Files.readString(Path.of("examples/seed-article.txt"));
        Map<Stage, Long> before = analyzer.times().snapshot();
        analyzer.analyze(text, new ArticleInfo(null, "2025-05-15"));
        Map<Stage, Long> after = analyzer.times().snapshot();
        for (Stage s : Stage.values()) {
            long spent = after.get(s) - before.get(s);
            if (s == Stage.JSON) assertEquals(0, spent, "the analyzer writes no JSON");
            else assertTrue(spent > 0, s + " took no time");
        }
        // a 3,500-character article: the parser is the largest stage, as the README's profile says
        long parse = after.get(Stage.PARSE) - before.get(Stage.PARSE);
        for (Stage s : Stage.values()) assertTrue(after.get(s) - before.get(s) <= parse, s + " took longer than the parse");
    }
}
