package org.dossier.bench;

import org.dossier.LoadsModels;
import org.dossier.model.Analysis;
import org.dossier.model.Attribution;
import org.dossier.model.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** One pipeline for all cases: loading CoreNLP with coref takes tens of seconds. */
@LoadsModels
class CoreNlpQuoteBaselineTest {
    private static CoreNlpQuoteBaseline baseline;

    @BeforeAll
    static void load() { baseline = new CoreNlpQuoteBaseline(); }

    @Test
    void attributesQuoteToSpeaker() { check("", 0); }

    /** The emoji is two UTF-16 chars but one code point: offsets must count it once. */
    @Test
    void offsetsAreCodePoints() { check("\uD83D\uDE00 ", 2); }

    private static void check(String prefix, int quoteStart) {
        String text = prefix + "\"We will win,\" said John Smith.";
        Analysis a = baseline.analyze(text);
        assertEquals(text.codePointCount(0, text.length()), a.length());
        assertEquals(1, a.attributions().size());
        Attribution at = a.attributions().get(0);
        assertEquals("direct", at.kind());
        Span c = at.content().spans().get(0);
        assertEquals(quoteStart, c.start());
        assertEquals("\"We will win,\"", slice(text, c));
        assertEquals(slice(text, c), at.content().text());
        assertNotNull(at.source(), "CoreNLP should find the speaker");
        assertEquals("John Smith", slice(text, at.source().spans().get(0)));
        assertEquals("John Smith", at.source().text());
        assertEquals("John Smith", a.entities().stream()
                .filter(e -> e.id().equals(at.source().entity())).findFirst().orElseThrow().name());
    }

    private static String slice(String text, Span s) {
        return new String(text.codePoints().skip(s.start()).limit(s.length()).toArray(), 0, s.length());
    }
}
