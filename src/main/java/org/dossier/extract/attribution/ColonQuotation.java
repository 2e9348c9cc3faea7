package org.dossier.extract.attribution;

import org.dossier.lang.Words;
import org.dossier.nlp.ParsedText;
import org.dossier.nlp.Sentence;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A speech verb whose sentence ends with its colon introduces the quotation that opens the next
 * sentence or paragraph: after {@code Asked about the deficit, the senator said:} the paragraph
 * {@code "We will cut spending."} is what was said, whatever the models took, and it is a statement
 * even where they found no cue ({@code The New York Times reports:}). The quotation paragraphs after
 * that one run on ({@link RunOnQuotes}).
 */
final class ColonQuotation implements AttributionRule {
    private static final Set<String> SPEECH = Words.of("en").set("speech-cues");
    /** Dependents that hold a clause said in the cue's own sentence: then the colon introduces no quotation. */
    private static final Set<String> CLAUSES = Set.of("ccomp", "parataxis", "xcomp", "csubj");

    private final double confidence;

    ColonQuotation(double confidence) {
        this.confidence = confidence;
    }

    @Override
    public List<FoundAttribution> apply(ParsedText doc, List<FoundAttribution> found) {
        List<FoundAttribution> out = new ArrayList<>();
        Set<Integer> anchors = new HashSet<>();
        for (FoundAttribution a : found) {
            List<Integer> quotation = a.cue().isEmpty() ? List.of() : quotationAfterColon(doc, a.anchor());
            out.add(quotation.isEmpty() ? a : a.withContent(quotation));
            anchors.add(a.anchor());
        }
        for (Sentence s : doc.sentences()) {
            int verb = doc.head(s.endToken() - 1);
            if (verb < 0 || anchors.contains(verb) || !doc.token(verb).pos().startsWith("VB") || !SPEECH.contains(doc.token(verb).lemma())) continue;
            int subject = doc.subjectOf(verb);
            List<Integer> quotation = quotationAfterColon(doc, verb);
            if (subject < 0 || quotation.isEmpty()) continue;
            int[] r = doc.subtreeRange(subject);
            List<Integer> source = new ArrayList<>();
            for (int t = r[0]; t <= r[1]; t++) source.add(t);
            out.add(new FoundAttribution(verb, List.of(verb), source, quotation, confidence));
        }
        return out;
    }

    /**
     * The quotation opening the sentence after the cue's, when the cue's sentence ends with the
     * cue's colon and holds no clause said; else none.
     */
    private static List<Integer> quotationAfterColon(ParsedText doc, int cue) {
        Sentence s = doc.sentenceOf(cue);
        int colon = s.endToken() - 1;
        if (!doc.token(colon).text().equals(":") || doc.head(colon) != cue || s.index() + 1 >= doc.sentences().size()) return List.of();
        if (doc.children(cue).stream().anyMatch(k -> CLAUSES.contains(doc.token(k).deprel()))) return List.of();
        Sentence next = doc.sentences().get(s.index() + 1);
        int q = doc.quotationOf(next.firstToken());
        if (q < 0 || next.paragraph() - s.paragraph() > 1) return List.of();
        List<Integer> quotation = new ArrayList<>();
        for (int t = next.firstToken(); t < doc.tokens().size() && doc.quotationOf(t) == q; t++) quotation.add(t);
        return quotation;
    }
}
