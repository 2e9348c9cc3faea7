package org.dossier.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.stream.IntStream;
import org.dossier.ReadsSharedData;
import org.dossier.model.Analysis;
import org.dossier.model.Attribution;
import org.dossier.model.Segments;
import org.dossier.model.Source;
import org.dossier.model.Span;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScorerTest {
    private static final double EPS = 1e-12;
    @TempDir Path tmp;

    /**
     * Predictions for article A (offsets in code points). B.json is missing, C.json is not gold.
     * P1 "taxes will rise" (J 3/4 with gold 1), P2 the whole quote (J 1 with gold 1, wrong source, no cue),
     * P3 "growth is strong" (J 3/6 with gold 2), P4 "it is weak" with cue ":" but no source.
     */
    private static final String A_JSON = """
            {"dossierVersion": "test", "title": null, "published": null, "length": 122, "entities": [],
             "unknownField": 1,
             "attributions": [
              {"id": "P1", "kind": "indirect", "source": {"spans": [{"start": 2, "end": 7}], "text": "Smith", "entity": null},
               "cue": {"spans": [{"start": 8, "end": 12}], "text": "said"},
               "content": {"spans": [{"start": 14, "end": 29}], "text": "taxes will rise"}, "via": [], "confidence": 0.5},
              {"id": "P2", "kind": "direct", "source": {"spans": [{"start": 43, "end": 48}], "text": "Jones", "entity": null},
               "cue": null,
               "content": {"spans": [{"start": 13, "end": 35}], "text": "\\"taxes will rise soon\\""}, "via": [], "confidence": 0.5},
              {"id": "P3", "kind": "indirect", "source": {"spans": [{"start": 43, "end": 48}], "text": "Jones", "entity": null},
               "cue": {"spans": [{"start": 49, "end": 56}], "text": "claimed"},
               "content": {"spans": [{"start": 62, "end": 78}], "text": "growth is strong"}, "via": [], "confidence": 0.5},
              {"id": "P4", "kind": "indirect", "source": null,
               "cue": {"spans": [{"start": 109, "end": 110}], "text": ":"},
               "content": {"spans": [{"start": 111, "end": 121}], "text": "it is weak"}, "via": [], "confidence": 0.5}
             ]}
            """;

    @Test
    void wordTokensAreLetterOrDigitRunsInCodePoints() {
        WordTokens w = WordTokens.of("😀 Smith, said: 42x a😀b 𝐀𝐁c");
        List<Span> tokens = IntStream.range(0, w.size()).mapToObj(w::token).toList();
        assertEquals(List.of(new Span(2, 7), new Span(9, 13), new Span(15, 18), new Span(19, 20), new Span(21, 22),
                new Span(23, 26)), tokens);
        BitSet covered = w.covered(List.of(new Span(6, 10), new Span(13, 15), new Span(20, 20)));
        assertEquals(BitSet.valueOf(new long[] {0b11}), covered); // punctuation-only and empty spans cover nothing
    }

    @Test
    void scoresHandMadeCorpus() throws IOException {
        Path gold = TestCorpus.write(tmp.resolve("gold"));
        Path pred = Files.createDirectories(tmp.resolve("pred"));
        Files.writeString(pred.resolve("A.json"), A_JSON);
        Files.writeString(pred.resolve("C.json"), "{\"attributions\": []}");

        EvalReport report = Evaluation.evaluate(gold, pred);
        assertEquals(List.of("B"), report.missing());
        Scores s = report.scores();
        assertEquals(new Scores(2, 19, 10, 10, 5, 4, 3, 1, 2, 2, 1, 0, 0), s);  // B's two misses overlap nothing

        // content tokens: gold 13 in A + 6 in B, predicted 10, all inside gold
        assertPrf(1.0, 10.0 / 19, 20.0 / 29, s.contentTokens());
        // one-to-one: P2 takes gold 1 (J 1 beats P1's 3/4), P3 gold 2 (J 1/2), P4 gold 3; P1 unmatched
        assertPrf(3.0 / 4, 3.0 / 5, 2.0 / 3, s.attributions());
        // only P3 has the right source: P2 names Jones for Smith, P4 none for Critics
        assertPrf(1.0 / 4, 1.0 / 5, 2.0 / 9, s.withSource());
        // P2 has no cue for "said"; P4's ":" overlaps the gold ":" in code points
        assertEquals(2.0 / 3, s.cueAccuracy(), EPS);
        // quotes: A's gold 1 matched, B's “costs are high” missed
        assertEquals(1.0 / 2, s.quoteRecall(), EPS);

        String table = report.table();
        assertTrue(table.contains("attributions") && table.contains("0.6667") && table.contains("missing"), table);
    }

    @Test
    void jaccardBelowHalfDoesNotMatch() throws IOException {
        GoldArticle a = BratReader.readArticle(TestCorpus.write(tmp), "A");
        // "growth is" covers 2 of gold 2's 6 tokens: J 1/3
        Attribution p = new Attribution("P", "indirect", "speech", null, null, new Segments(List.of(new Span(62, 71)), "growth is"),
                List.of(), 1, null);
        Scores s = new Scorer().add(a, List.of(p)).scores();
        assertEquals(0, s.matched());
        assertEquals(2, s.sharedTokens());
        assertEquals(1, s.missedOverlapping());  // gold 2, overlapped by a shorter prediction
        assertEquals(0, s.missedOverlappingLonger());
        assertTrue(s.table().contains("(2 share no word with a prediction; 1 overlap one below the bar, 0 of them a longer one)"), s.table());
    }

    @Test
    void refusesPredictionDirectoryWithoutAnyPrediction() throws IOException {
        Path gold = TestCorpus.write(tmp.resolve("gold"));
        Path pred = Files.createDirectories(tmp.resolve("pred"));
        Files.writeString(pred.resolve("C.json"), "{}");
        IOException e = assertThrows(IOException.class, () -> Evaluation.evaluate(gold, pred));
        assertTrue(e.getMessage().contains("none of the 2"), e.getMessage());
        assertThrows(IOException.class, () -> Evaluation.evaluate(gold, tmp.resolve("absent")));
    }

    @ReadsSharedData
    @Test
    void devGoldAgainstItselfScoresPerfectly() throws IOException {
        Path dev = Path.of("..", "shared", "data", "polnear", "dev");
        Assumptions.assumeTrue(Files.isDirectory(dev));
        Path pred = Files.createDirectories(tmp.resolve("pred"));
        ObjectMapper json = new ObjectMapper();
        for (GoldArticle g : BratReader.readCorpus(dev)) {
            List<Attribution> attributions = new ArrayList<>();
            for (GoldAttribution x : g.attributions())
                attributions.add(new Attribution("A" + attributions.size(), "indirect", "speech",
                        x.source().isEmpty() ? null : new Source(x.source(), "", null),
                        x.cue().isEmpty() ? null : new Segments(x.cue(), ""), new Segments(x.content(), ""), List.of(), 1, null));
            json.writeValue(pred.resolve(g.name() + ".json").toFile(), new Analysis("gold", "en", null, null,
                    g.text().codePointCount(0, g.text().length()), List.of(), attributions, List.of(), List.of(), List.of()));
        }
        EvalReport report = Evaluation.evaluate(dev, pred);
        Scores s = report.scores();
        assertEquals(List.of(), report.missing());
        assertEquals(84, s.articles());
        for (Prf m : List.of(s.contentTokens(), s.attributions(), s.withSource())) assertPrf(1, 1, 1, m);
        assertEquals(1.0, s.cueAccuracy(), EPS);
        assertEquals(1.0, s.quoteRecall(), EPS);
        assertTrue(s.goldQuotes() > 0);
    }

    private static void assertPrf(double p, double r, double f1, Prf m) {
        assertEquals(p, m.precision(), EPS, "precision");
        assertEquals(r, m.recall(), EPS, "recall");
        assertEquals(f1, m.f1(), EPS, "F1");
    }
}
