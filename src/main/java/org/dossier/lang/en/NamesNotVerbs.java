package org.dossier.lang.en;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;

import java.util.List;

/**
 * Corrects the tagger where a first name is also a verb: in {@code ..." said Skip Rutherford, a
 * longtime ...} it tags "Skip" a verb, and the parser then makes "Rutherford" its object and the
 * description after him the speaker. A capitalised word inside a sentence that the name tagger
 * puts in a person's name, right before another word of it, is a proper noun. Runs after the name
 * tagger, before the parser.
 */
final class NamesNotVerbs {
    private NamesNotVerbs() {
    }

    static void annotate(Annotation doc) {
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> words = s.get(CoreAnnotations.TokensAnnotation.class);
            for (int i = 1; i + 1 < words.size(); i++) {
                CoreLabel w = words.get(i), next = words.get(i + 1);
                boolean verbTag = w.tag().startsWith("VB") || w.tag().equals("MD");
                if (verbTag && Character.isUpperCase(w.word().codePointAt(0)) && "PERSON".equals(w.ner()) && "PERSON".equals(next.ner())
                        && next.tag().startsWith("NNP")) w.setTag("NNP");
            }
        }
    }
}
