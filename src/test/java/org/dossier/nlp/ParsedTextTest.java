package org.dossier.nlp;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.dossier.nlp.HandParsed.token;
import static org.dossier.nlp.HandParsed.tokens;
import static org.dossier.nlp.HandParsed.words;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Walking the dependency tree of a hand-parsed text: heads, subtrees, roots of phrases, subjects and case markers. */
class ParsedTextTest {
    /** As CoreNLP parses it. */
    private static final ParsedText DOC = HandParsed.parse("""
            The         the        DT   2   det
            plan        plan       NN   4   nsubj:pass
            was         be         VBD  4   aux:pass
            criticized  criticize  VBN  0   root
            by          by         IN   6   case
            officials   official   NNS  4   obl
            in          in         IN   8   case
            Kyiv        Kyiv       NNP  6   nmod       LOCATION
            who         who        WP   10  nsubj
            said        say        VBD  6   acl:relcl
            it          it         PRP  10  obj
            would       would      MD   13  aux
            fail        fail       VB   10  dep
            .           .          .    4   punct
            """);

    @Test
    void theTextIsTheWordsAsProseWithOffsetsIntoIt() {
        assertEquals("The plan was criticized by officials in Kyiv who said it would fail.", DOC.text());
        for (Token t : DOC.tokens()) assertEquals(t.text(), DOC.slice(t.start(), t.end()));
        assertEquals(List.of(token(DOC, "plan"), token(DOC, "was"), token(DOC, "officials"), token(DOC, ".")),
                DOC.children(token(DOC, "criticized")));
    }

    @Test
    void headsAndSubtrees() {
        int officials = token(DOC, "officials");
        assertEquals(token(DOC, "criticized"), DOC.head(officials));
        assertEquals(-1, DOC.head(token(DOC, "criticized")));
        assertEquals("by officials in Kyiv who said it would fail", words(DOC, DOC.subtree(officials)));
        assertEquals("by officials in Kyiv", words(DOC, DOC.subtreeWithout(officials, token(DOC, "said"))));
        assertEquals(List.of(4, 12), List.of(DOC.subtreeRange(officials)[0], DOC.subtreeRange(officials)[1]));
    }

    @Test
    void theRootOfAPhraseIsItsTokenWhoseHeadIsOutside() {
        assertEquals(token(DOC, "officials"), DOC.rootOf(tokens(DOC, "officials in Kyiv")));
        assertEquals(token(DOC, "said"), DOC.rootOf(tokens(DOC, "who said it would fail")));
        assertEquals(token(DOC, "plan"), DOC.rootOf(0, 2));
    }

    @Test
    void depthAndDominance() {
        int criticized = token(DOC, "criticized"), fail = token(DOC, "fail");
        assertEquals(3, DOC.depthBelow(criticized, fail));  // fail < said < officials < criticized
        assertEquals(0, DOC.depthBelow(fail, fail));
        assertEquals(-1, DOC.depthBelow(fail, criticized));
        assertEquals("fail said officials criticized", words(DOC, DOC.pathToRoot(fail)));
        assertTrue(DOC.dominates(criticized, fail));
        assertFalse(DOC.dominates(fail, criticized));
    }

    @Test
    void subjectsAndCaseMarkers() {
        assertEquals(token(DOC, "plan"), DOC.subjectOf(token(DOC, "criticized")));  // nsubj:pass counts
        assertEquals(token(DOC, "who"), DOC.subjectOf(token(DOC, "said")));
        assertEquals(-1, DOC.subjectOf(token(DOC, "officials")));
        assertTrue(DOC.hasCase(token(DOC, "officials"), "BY"));
        assertTrue(DOC.hasCase(token(DOC, "Kyiv"), java.util.Set.of("in", "on", "at")));
        assertFalse(DOC.hasCase(token(DOC, "Kyiv"), "by"));
    }

    @Test
    void paragraphsAndQuotations() {
        ParsedText doc = HandParsed.parse("""
                “        “        ``   4  punct
                We       we       PRP  2  nsubj
                waited   wait     VBD  4  ccomp
                ,        ,        ,    4  punct
                ”        ”        ''   4  punct
                he       he       PRP  4  nsubj
                said     say      VBD  0  root
                .        .        .    4  punct
                # newpar
                "        "        ``   2  punct
                Enough   enough   RB   0  root
                .        .        .    2  punct
                "        "        ''   2  punct
                """);
        assertEquals("“We waited,” he said.\n\n\"Enough.\"", doc.text());
        assertEquals(List.of(0, 1), List.of(doc.sentences().get(0).paragraph(), doc.sentences().get(1).paragraph()));
        assertEquals(List.of("“ We waited , ”", "\" Enough . \""), doc.quotationTokens().stream().map(q -> words(doc, q)).toList());
    }
}
