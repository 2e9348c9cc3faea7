package org.dossier.extract.attribution;

import org.dossier.nlp.HandParsed;
import org.dossier.nlp.ParsedText;

import java.util.List;

/** Attributions given by their words, as a rule before the one under test would have found them. */
final class WrittenAttributions {
    private WrittenAttributions() {}

    /** An untyped attribution; its anchor is the cue's head, and "" is no tokens. */
    static FoundAttribution attribution(ParsedText doc, String cue, String source, String content) {
        List<Integer> cueTokens = tokens(doc, cue);
        return new FoundAttribution(doc.rootOf(cueTokens), cueTokens, tokens(doc, source), tokens(doc, content), 0.9);
    }

    private static List<Integer> tokens(ParsedText doc, String words) {
        return words.isEmpty() ? List.of() : HandParsed.tokens(doc, words);
    }

    /** What a test compares: the cue's, the source's and the content's words, "said | Smith | that taxes rose". */
    static String cueSourceContent(ParsedText doc, FoundAttribution a) {
        return String.join(" | ", HandParsed.words(doc, a.cue()), HandParsed.words(doc, a.source()), HandParsed.words(doc, a.content()));
    }

    /** The only attribution of a list. */
    static FoundAttribution only(List<FoundAttribution> found) {
        if (found.size() != 1) throw new AssertionError("one attribution expected, found " + found);
        return found.get(0);
    }
}
