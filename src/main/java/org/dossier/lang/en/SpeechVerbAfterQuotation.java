package org.dossier.lang.en;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import org.dossier.lang.Words;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Corrects the tagger where a quotation's speaker and verb follow it: in {@code ...,” Bozell
 * answers.} it takes "answers" for a plural noun, and the parser then finds no verb and no
 * speaker. A speech verb's present form (by {@code speech-cues.txt}) right after a closing
 * quotation and a name or "he"/"she", at the end of the sentence or before a comma, is a verb.
 * Runs between the tagger and the lemmatiser, so that the lemma and the parse follow.
 */
final class SpeechVerbAfterQuotation {
    private static final Set<String> SPEECH = Words.of("en").set("speech-cues");
    /** How many words the speaker's name may have between the quotation and the verb. */
    private static final int LONGEST_NAME = 3;

    private SpeechVerbAfterQuotation() {
    }

    static void annotate(Annotation doc) {
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) retag(s.get(CoreAnnotations.TokensAnnotation.class));
    }

    private static void retag(List<CoreLabel> words) {
        for (int i = 2; i < words.size(); i++) {
            CoreLabel verb = words.get(i);
            if (!verb.tag().equals("NNS") || !isSpeechVerbForm(verb.word())) continue;
            boolean lastWord = i + 1 == words.size() || words.get(i + 1).tag().equals(".") || words.get(i + 1).tag().equals(",");
            if (lastWord && speakerAfterQuotation(words, i)) verb.setTag("VBZ");
        }
    }

    /** Whether a name of a few words, or "he" or "she", stands between a closing quotation mark and token {@code verb}. */
    private static boolean speakerAfterQuotation(List<CoreLabel> words, int verb) {
        int k = verb - 1;
        if (words.get(k).tag().equals("PRP")) {
            String p = words.get(k).word().toLowerCase(Locale.ROOT);
            if (!p.equals("he") && !p.equals("she")) return false;
            k--;
        } else {
            int first = k;
            while (k >= 0 && words.get(k).tag().equals("NNP") && first - k < LONGEST_NAME) k--;
            if (k == first) return false;
        }
        return k >= 1 && words.get(k).tag().equals("''") && words.get(k - 1).tag().matches("[,.]");
    }

    /** Whether a word ending in -s is the third person of a speech verb: "answers", "notes", "adds". */
    private static boolean isSpeechVerbForm(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (!w.endsWith("s")) return false;
        String stem = w.substring(0, w.length() - 1);
        return SPEECH.contains(stem) || w.endsWith("es") && SPEECH.contains(stem.substring(0, stem.length() - 1));
    }
}
