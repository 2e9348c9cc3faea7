package org.dossier.extract.attribution;

import org.dossier.lang.Words;

import org.dossier.nlp.ParsedText;
import org.dossier.nlp.Sentence;
import org.dossier.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A demonstrative subject points back to the sentence before, which is the content: in "This
 * was revealed to Politico by X", what was revealed is the previous sentence, not "This". Not
 * when the cue has a clause of its own: in "it said that ..." the content is there.
 */
final class DemonstrativeContent implements AttributionFix {
    private static final Set<String> DEMONSTRATIVES = Words.of("en").set("demonstratives");

    @Override
    public FoundAttribution fix(ParsedText doc, FoundAttribution a) {
        int subject = -1;
        for (int k : doc.children(a.anchor())) {
            Token t = doc.token(k);
            if ((t.deprel().equals("nsubj:pass") || t.deprel().equals("nsubj")) && DEMONSTRATIVES.contains(t.text().toLowerCase(Locale.ROOT))
                    && doc.children(k).isEmpty()) subject = k;
        }
        if (subject < 0 || !a.content().contains(subject)) return a;
        for (int k : doc.children(a.anchor())) {
            String d = doc.token(k).deprel();
            if (d.equals("ccomp") || d.equals("parataxis")) return a;  // "it said that ...": the content is there
        }
        Sentence own = doc.sentenceOf(a.anchor());
        if (own.index() == 0 || own.firstToken() != subject && !allPunctBefore(doc, own, subject)) return a;
        Sentence before = doc.sentences().get(own.index() - 1);
        List<Integer> content = new ArrayList<>();
        for (int t = before.firstToken(); t < before.endToken(); t++) content.add(t);
        while (!content.isEmpty() && doc.token(content.get(content.size() - 1)).isPunct()) content.remove(content.size() - 1);
        return content.isEmpty() ? a : a.withContent(content);
    }

    private static boolean allPunctBefore(ParsedText doc, Sentence s, int t) {
        for (int k = s.firstToken(); k < t; k++) if (!doc.token(k).isPunct()) return false;
        return true;
    }
}
