package org.dossier.extract.attribution;

import org.dossier.lang.Words;
import org.dossier.nlp.ParsedText;
import org.dossier.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * After its quotation, a speech verb's sentence holds the speaker and what the narration says of
 * them, not more of the quote. The noun phrase right after the verb is the speaker, whatever the
 * parser made of it (often the verb's object when it is no name): in {@code "...," said the
 * rookie defenceman.} the defenceman speaks, and in {@code said Nortel president and chief
 * executive Bill Owens} all of it names him, not the part the model found. The phrase ends before
 * a preposition or a comma ({@code said DeBoer of the former captain}). What follows in the
 * sentence, outside quotation marks, is no part of the content ({@code said Scott, who won in
 * 6.46secs}; {@code Trump warned in Everett, Wash., recently}).
 */
final class SpeakerAfterQuotation implements AttributionFix {
    /** Speech cues, and thought cues that report words when they close a quotation ("“...,” Bozell concludes"). */
    private static final Set<String> SPEECH = Words.of("en").set("speech-cues"), QUOTING_THOUGHT = Words.of("en").set("quoting-thought-cues");

    @Override
    public FoundAttribution fix(ParsedText doc, FoundAttribution a) {
        int cue = a.anchor();
        String lemma = doc.token(cue).lemma();
        if (a.cue().size() != 1 || !doc.token(cue).pos().startsWith("VB") || !SPEECH.contains(lemma) && !QUOTING_THOUGHT.contains(lemma)
                || doc.quotationOf(cue) >= 0 || !quotedJustBefore(doc, a)) return a;
        int end = doc.sentenceOf(cue).endToken();
        List<Integer> content = new ArrayList<>(a.content());
        content.removeIf(t -> t > cue && t < end && doc.quotationOf(t) < 0);  // the speaker, what is said of them, the full stop
        List<Integer> speaker = cue > 0 && doc.quotationOf(cue - 1) >= 0 ? speakerAfter(doc, cue, end) : List.of();
        boolean named = !speaker.isEmpty() && (a.source().isEmpty() || speaker.containsAll(a.source()));
        FoundAttribution out = named ? a.withSource(speaker) : a;
        return content.equals(a.content()) ? out : out.withContent(content);
    }

    /**
     * Whether the content holds a quotation that closes before the cue in the cue's sentence, with
     * only the source and punctuation between ({@code "...," he said}, {@code "...," Trump warned}).
     */
    private static boolean quotedJustBefore(ParsedText doc, FoundAttribution a) {
        int cue = a.anchor(), start = doc.sentenceOf(cue).firstToken();
        for (int t = cue - 1; t >= start; t--) {
            int quotation = doc.quotationOf(t), close = t;
            if (quotation >= 0) return a.content().stream().anyMatch(c -> c <= close && doc.quotationOf(c) == quotation);
            if (!doc.token(t).isPunct() && !a.source().contains(t)) return false;
        }
        return false;
    }

    /** The noun phrase from right after the cue, or none when a clause starts there. */
    private static List<Integer> speakerAfter(ParsedText doc, int cue, int end) {
        List<Integer> speaker = new ArrayList<>();
        for (int t = cue + 1; t < end; t++) {
            Token k = doc.token(t);
            if (k.pos().equals("IN") || k.pos().equals("TO") || k.isPunct() || doc.quotationOf(t) >= 0) break;
            if (k.pos().startsWith("VB") || k.pos().startsWith("W")) return List.of();  // a clause, not a name
            speaker.add(t);
        }
        if (speaker.isEmpty() || !doc.token(speaker.get(speaker.size() - 1)).pos().startsWith("NN")) return List.of();
        return speaker;
    }
}
