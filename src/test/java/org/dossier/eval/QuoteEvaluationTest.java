package org.dossier.eval;

import org.dossier.LoadsModels;
import org.dossier.ReadsSharedData;
import org.dossier.SharedAnalyzer;
import org.dossier.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class QuoteEvaluationTest {
    @TempDir
    Path tmp;

    @Test
    void coverageCountsTheGoldCharactersPredictionsCover() {
        assertEquals(0.5, QuoteEvaluation.coverage(List.of(new Span(0, 10)), List.of(new Span(5, 20))));
        assertEquals(1.0, QuoteEvaluation.coverage(List.of(new Span(0, 4), new Span(10, 14)), List.of(new Span(0, 20))));
        assertEquals(0.0, QuoteEvaluation.coverage(List.of(new Span(0, 4)), List.of(new Span(4, 8))));
        assertEquals(QuoteEvaluation.normal("The Institute for Fiscal Studies"), QuoteEvaluation.normal("institute for fiscal  studies"));
        assertEquals(QuoteEvaluation.normal("Sir Menzies Campbell"), QuoteEvaluation.normal("Menzies Campbell"));
        assertEquals("goldsmith", QuoteEvaluation.normal("Lord Goldsmith"));
    }

    @LoadsModels
    @Test
    void scoresFoundQuotesSpeakersAndNames() throws Exception {
        String text = "Smith speaks\n\nJohn Smith, the mayor, opened the bridge on Monday. \"We will finish the second bridge by May,\" Smith said. "
                + "The sky was grey all day.\n";
        Files.createDirectories(tmp.resolve("text/news"));
        Files.writeString(tmp.resolve("text/news/a.txt"), text);
        int q0 = text.indexOf("\"We will"), q1 = text.indexOf(",\" Smith") + 2, sp = text.indexOf("Smith said");
        int grey = text.indexOf("The sky"), greyEnd = text.indexOf("all day") + 7;
        Files.createDirectories(tmp.resolve("gold/news"));
        Files.writeString(tmp.resolve("gold/news/a.json"), String.format("""
                {"file": "news/a.txt", "quotes": [
                  {"kind": "direct", "runOn": false, "content": [[%d, %d]], "speaker": [[%d, %d]], "cue": null, "name": "John Smith"},
                  {"kind": "indirect", "runOn": false, "content": [[%d, %d]], "speaker": null, "cue": null, "name": null}
                ]}""", q0, q1, sp, sp + 5, grey, greyEnd));
        QuoteEvaluation eval = QuoteEvaluation.run(SharedAnalyzer.get(), tmp.resolve("gold"), tmp.resolve("text"));
        QuoteEvaluation.Result r = eval.score("speech", 0.3, null);
        assertEquals(2, r.gold());
        assertEquals(1, r.found(), "the quotation is found, the plain sentence is no quote");
        assertEquals(1, r.speakerMatch());
        assertEquals(1, r.named());
        assertEquals(1, r.resolved(), "Smith resolves to the entity named John Smith");
        assertEquals(1, r.recallByKind().get("direct")[0]);
        assertEquals(List.of(1, 1), List.of(r.resolvedByForm().get("name")[0], r.resolvedByForm().get("name")[1]), "'Smith' is the name as written");
        assertEquals(0, r.recallByKind().get("indirect")[0]);
    }

    /** The out-of-domain set (eval-data/quotes, BBC texts from ../shared): floors under the README's scores. */
    @LoadsModels
    @ReadsSharedData
    @Test
    void bbcQuotesStayAboveTheirFloors() throws Exception {
        Path texts = Path.of("..", "shared", "data", "bbc-news");
        assumeTrue(Files.isDirectory(texts), "../shared/data/bbc-news is absent");
        QuoteEvaluation eval = QuoteEvaluation.run(SharedAnalyzer.get(), Path.of("eval-data", "quotes"), texts);
        assertTrue(eval.articles() >= 40);
        QuoteEvaluation.Result speech = eval.score("speech", 0.3, null), all = eval.score(null, 0.3, null);
        assertTrue(speech.prf().f1() >= 0.85, "speech quote F1 " + speech.prf());
        assertTrue(speech.speakerMatchRate() >= 0.88, "speaker match " + speech.speakerMatchRate());
        assertTrue(speech.resolvedRate() >= 0.88, "speakers resolved to the named entity " + speech.resolvedRate());
        assertTrue(speech.prf().precision() > all.prf().precision() + 0.15, "typing lifts quote precision: " + speech.prf() + " vs " + all.prf());
    }
}
