package org.dossier.extract.attribution;

import org.dossier.nlp.ParsedText;
import org.dossier.nlp.Sentence;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Quotations that stand alone in their sentences, and whether one goes on with a quote before it. */
final class StandingQuotations {
    private StandingQuotations() {}

    /**
     * The first and last sentence of a quotation's words when those sentences hold nothing else but
     * punctuation, else null. A quotation mark that the sentence splitter put in the sentence
     * before or after ({@code 60p." The Department ...}) does not count.
     */
    static int[] sentencesOnlyOf(ParsedText doc, List<Integer> quote) {
        List<Integer> words = quote.stream().filter(t -> !doc.token(t).isPunct()).toList();
        if (words.isEmpty()) return null;
        int first = doc.token(words.get(0)).sentence(), last = doc.token(words.get(words.size() - 1)).sentence();
        for (int s = first; s <= last; s++) {
            Sentence sent = doc.sentences().get(s);
            for (int t = sent.firstToken(); t < sent.endToken(); t++) {
                if (doc.quotationOf(t) != doc.quotationOf(quote.get(0)) && !doc.token(t).isPunct()) return null;
            }
        }
        return new int[] {first, last};
    }

    /**
     * Whether a quotation starting at token {@code t} goes on with the quotation of the
     * attribution's content before it, in one quote: with nothing but punctuation between when the
     * content is all quoted ({@code added: "A." "B."}; not after reported speech), or where the
     * speaker interrupts it, whatever the cue's sentence says besides ({@code "A," Clinton said,
     * standing by the sign. "B."}), but not across a sentence of narration.
     */
    static boolean goesOnAfter(ParsedText doc, FoundAttribution a, int t) {
        List<Integer> before = a.content().stream().filter(k -> k < t && !doc.token(k).isPunct()).toList();
        int lastWord = before.stream().filter(k -> doc.quotationOf(k) >= 0).mapToInt(Integer::intValue).max().orElse(-1);
        if (lastWord < 0 || doc.token(lastWord).paragraph() != doc.token(t).paragraph()) return false;
        if (lastWord < a.anchor() && a.anchor() < t) {
            Set<Integer> frame = new HashSet<>(List.of(doc.token(a.anchor()).sentence()));
            for (int k : a.source()) frame.add(doc.token(k).sentence());
            for (int k = lastWord + 1; k < t; k++) {
                if (!doc.token(k).isPunct() && doc.quotationOf(k) < 0 && !frame.contains(doc.token(k).sentence())) return false;
                // "...," Ebeling said, and her husband cut in. "...": another speaker's clause
                if (doc.token(k).deprel().startsWith("nsubj") && doc.head(k) != a.anchor() && !a.source().contains(k)
                        && LastSpeaker.isMainClause(doc, doc.head(k))) return false;
            }
            return true;
        }
        for (int k = lastWord + 1; k < t; k++) if (!doc.token(k).isPunct() && doc.quotationOf(k) < 0) return false;
        return before.stream().allMatch(k -> doc.quotationOf(k) >= 0);
    }

    /** How many of the tokens are words, not punctuation. */
    static int words(ParsedText doc, List<Integer> tokens) {
        return (int) tokens.stream().filter(t -> !doc.token(t).isPunct()).count();
    }
}
