package org.dossier.lang.en;

import org.dossier.LoadsModels;
import org.dossier.SharedAnalyzer;
import org.dossier.model.Analysis;
import org.dossier.model.Attribution;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.dossier.ArticleInfo.NONE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Punctuation of US news that CoreNLP would take for a sentence's end. */
class SentenceBreaksTest {
    private static Attribution only(String text, String cue) {
        Analysis a = SharedAnalyzer.get().analyze(text, NONE);
        List<Attribution> withCue = a.attributions().stream().filter(x -> x.cue().text().equals(cue)).toList();
        assertEquals(1, withCue.size(), a.attributions().toString());
        return withCue.get(0);
    }

    @Test
    void coreNlpReadsAMaskOfTheSameLength() {
        String text = "Sen. Graham (R-S.C.) said: “Why?” he asked. ''Go,'' she said.";
        assertEquals("Sen. Graham (R-xxxx) said: “Why,” he asked. ``Go,'' she said.", NlpPipeline.masked(text));
    }

    @LoadsModels
    @Test
    void aPartyAndStateTagDoesNotEndTheSentence() {
        Attribution a = only("Sen. Lindsey Graham (R-S.C.) told reporters on Thursday that the deal was dead.", "told");
        assertTrue(a.source().text().contains("Graham"), a.toString());
        assertTrue(a.content().text().endsWith("the deal was dead"), a.toString());
    }

    @LoadsModels
    @Test
    void aQuotedQuestionGoesOnWithItsCue() {
        Attribution a = only("“Why would anyone wait for the vote?” she asked the committee.", "asked");
        assertEquals("she", a.source().text());
        assertTrue(a.content().text().contains("Why would anyone wait for the vote?"), a.toString());
    }

    @LoadsModels
    @Test
    void doubledApostrophesQuoteAndKeepTheirText() {
        Attribution a = only("''We will not wait,'' Mr. Biden said.", "said");
        assertEquals("''We will not wait,''", a.content().text());
    }
}
