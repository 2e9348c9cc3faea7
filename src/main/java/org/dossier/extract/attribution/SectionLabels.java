package org.dossier.extract.attribution;

import org.dossier.extract.entity.NameGenders;
import org.dossier.nlp.ParsedText;
import org.dossier.nlp.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A section label is not a speaker: "ENERGY: U.S. crude oil rose 2 cents", "READ MORE: ...",
 * "CORRECTION: ...". Words in capitals that open a sentence before a colon are a transcript's
 * speaker when they name someone: a name the tagger knows, a name the article writes as one
 * elsewhere ("TAPPER:" for Jake Tapper), a first name or the word after one anywhere in the
 * article ("KATE BOULDUAN:", then "BOULDUAN:"), a person or a group ("REPORTER:", "AUDIENCE:")
 * or a single letter ("Q:"). Otherwise they label what follows, and the attribution they would
 * be the source of goes.
 */
final class SectionLabels implements AttributionRule {
    private static final Set<String> SPEAKER_CLASSES = Set.of("person", "group");

    @Override
    public List<FoundAttribution> apply(ParsedText doc, List<FoundAttribution> found) {
        return found.stream().filter(a -> !isSectionLabel(doc, a)).toList();
    }

    private static boolean isSectionLabel(ParsedText doc, FoundAttribution a) {
        if (!doc.token(a.anchor()).pos().equals(":") || a.source().isEmpty()) return false;
        int first = doc.sentenceOf(a.anchor()).firstToken();
        while (first < a.anchor() && doc.token(first).isPunct()) first++;
        List<Integer> label = a.source().stream().sorted().toList();
        if (label.get(0) != first || label.get(label.size() - 1) >= a.anchor()) return false;
        for (int t : label) {
            Token w = doc.token(t);
            if (w.isPunct()) continue;
            if (!isCapitals(w.text()) || !w.ner().equals("O") || w.text().codePointCount(0, w.text().length()) == 1
                    || NameGenders.isFirstName(w.text()) || namedElsewhere(doc, t, label)) return false;
        }
        Token head = doc.token(doc.rootOf(label));
        return !SPEAKER_CLASSES.contains(CueLexicon.lexicalClass(head.lemma(), "NN"));
    }

    private static boolean isCapitals(String word) {
        return word.chars().anyMatch(Character::isLetter) && word.equals(word.toUpperCase(Locale.ROOT));
    }

    /**
     * Whether the article writes the label's word as a name outside the label ("Jake Tapper"), or
     * anywhere right after a first name ("KATE BOULDUAN").
     */
    private static boolean namedElsewhere(ParsedText doc, int word, List<Integer> label) {
        String text = doc.token(word).text();
        for (Token t : doc.tokens()) {
            if (!t.text().equalsIgnoreCase(text)) continue;
            if (!label.contains(t.index()) && t.pos().startsWith("NNP") && !isCapitals(t.text())) return true;
            if (t.index() > 0 && NameGenders.isFirstName(doc.token(t.index() - 1).text())) return true;
        }
        return false;
    }
}
