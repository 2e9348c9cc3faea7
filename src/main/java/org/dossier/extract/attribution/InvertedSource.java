package org.dossier.extract.attribution;

import org.dossier.lang.Words;
import org.dossier.nlp.ParsedText;
import org.dossier.nlp.Quotes;
import org.dossier.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * A cue that ends its sentence after a comma names its source right after it: "Mr Blair then
 * changed his mind, writes Mr Peston." The parser often reads the name as the verb's object, and
 * the models then take the reported clause's subject for the source, or none; the phrase after
 * the cue, up to the sentence's end, is the source, and what was taken for it goes back into the
 * content.
 */
final class InvertedSource implements AttributionFix {
    private static final Set<String> SPEECH = Words.of("en").set("speech-cues");

    @Override
    public FoundAttribution fix(ParsedText doc, FoundAttribution a) {
        int c = a.anchor();
        Token cue = doc.token(c);
        // a finite verb after what it reports: "..., writes Mr Peston", not "..., saying he was right"
        if (a.isRunOn() || !cue.pos().matches("VB[DPZ]") || !SPEECH.contains(cue.lemma().toLowerCase(Locale.ROOT)) || !afterComma(doc, c)
                || a.content().isEmpty() || a.content().stream().anyMatch(t -> t > c)) return a;
        int subject = doc.subjectOf(c);
        // a subject before the cue is its own; a source after it, the models found already
        if (subject >= 0 && subject < c || a.source().stream().anyMatch(t -> t > c)) return a;
        List<Integer> after = phraseToSentenceEnd(doc, c);
        if (after.isEmpty()) return a;
        TreeSet<Integer> content = new TreeSet<>(a.content());
        int sentence = cue.sentence();
        for (int t : a.source()) if (t < c && doc.token(t).sentence() == sentence) content.add(t);
        content.removeAll(after);
        return a.withSource(after).withContent(new ArrayList<>(content));
    }

    /** Whether a comma, or a quotation's closing mark after one, comes right before the cue. */
    private static boolean afterComma(ParsedText doc, int c) {
        if (c == 0) return false;
        String before = doc.token(c - 1).text();
        return before.equals(",") || Quotes.isQuoteMark(before) && c > 1 && doc.token(c - 2).text().equals(",");
    }

    /**
     * The noun phrase that hangs from the cue and runs from right after it to its sentence's end
     * (punctuation aside): "Mr Peston" of "writes Mr Peston."; empty when there is none.
     */
    private static List<Integer> phraseToSentenceEnd(ParsedText doc, int c) {
        int end = doc.sentenceOf(c).endToken();
        while (end > c + 1 && doc.token(end - 1).isPunct()) end--;
        for (int k : doc.children(c)) {
            if (k <= c || !doc.token(k).pos().matches("NNPS?|NNS?|PRP") || !doc.token(k).deprel().matches("nsubj|obj|iobj|dep")) continue;
            int[] r = doc.subtreeRange(k);
            if (r[0] != c + 1 || r[1] != end - 1) continue;
            boolean clause = false;
            for (int t = r[0]; t <= r[1]; t++) clause |= doc.token(t).pos().startsWith("VB");
            if (clause) continue;
            List<Integer> phrase = new ArrayList<>();
            for (int t = r[0]; t <= r[1]; t++) phrase.add(t);
            return phrase;
        }
        return List.of();
    }
}
