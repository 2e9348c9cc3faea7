package org.dossier.extract.attribution;

import org.dossier.lang.Words;
import org.dossier.model.AttributionType;
import org.dossier.nlp.ParsedText;
import org.dossier.nlp.Sentence;
import org.dossier.nlp.Token;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whose words a quotation with no cue of its own goes on with: the last speaker quoted, when at
 * most a little narration that names no other speaker stands between. News style leaves the
 * speaker unsaid there: {@code "...," said DeBoer of the former captain.} / {@code The blue-line
 * was a big boost.} / {@code "You take him for granted a little bit ..."} is DeBoer's; after
 * {@code "...," Tom Ebeling said. Betsy Ebeling shook her head.} the quotation is not Tom's.
 */
final class LastSpeaker {
    private static final Words EN = Words.of("en");
    private static final Set<String> MALE = EN.set("male-source-pronouns");
    private static final Set<String> FEMALE = EN.set("female-source-pronouns");
    private static final Set<String> FAMILY = EN.map("family-relations").keySet();
    private static final Set<String> ROLES = EN.set("person-roles");
    /** Sentences of narration that may stand between the speaker's last words and the quotation. */
    private static final int NARRATION = 2;

    private LastSpeaker() {}

    /**
     * The index in {@code found} of the speech attribution (with a speaker, or itself a run-on) that
     * a quotation starting sentence {@code first} goes on with; -1 when there is none near enough,
     * or when the narration between makes someone else its subject.
     */
    static int continued(ParsedText doc, int first, List<FoundAttribution> found) {
        int start = doc.sentences().get(first).firstToken();
        int best = -1, bestEnd = -1;
        for (int i = 0; i < found.size(); i++) {
            FoundAttribution a = found.get(i);
            int end = a.lastToken();
            if (a.type() == AttributionType.SPEECH && end < start && end > bestEnd) {
                best = i;
                bestEnd = end;
            }
        }
        if (best < 0) return -1;
        FoundAttribution speaker = found.get(best);
        while (speaker.isRunOn()) speaker = found.get(speaker.continues());
        if (speaker.source().isEmpty()) return -1;
        Token last = doc.token(bestEnd);
        if (first - last.sentence() - 1 > NARRATION || doc.token(start).paragraph() - last.paragraph() > 2) return -1;
        for (int s = last.sentence() + 1; s < first; s++) {
            if (subjectIsAnother(doc, doc.sentences().get(s), speaker.source())) return -1;
        }
        // "...," Ebeling said, and her husband cut in.
        int tail = mainSubject(doc, doc.sentences().get(last.sentence()));
        if (tail > bestEnd && (isPersonNoun(doc.token(tail)) || isAnother(doc, tail, speaker.source()))) return -1;
        return best;
    }

    /**
     * The person that the narration right before a quotation makes its subject, when that sentence
     * is in the quotation's paragraph or the one before: {@code Betsy Ebeling shook her head.
     * "Tom's much better about it than I am."}; {@code Dr Fox was asked if he would say yes or no.
     * "I'm sure ..."}. The name's words, or the pronoun; none when the subject is no person.
     */
    static List<Integer> namedBefore(ParsedText doc, int first) {
        if (first == 0) return List.of();
        Sentence before = doc.sentences().get(first - 1);
        if (doc.sentences().get(first).paragraph() - before.paragraph() > 1) return List.of();
        int subject = mainSubject(doc, before);
        if (subject < 0) return List.of();
        Token head = doc.token(subject);
        String word = lower(head);
        if (MALE.contains(word) || FEMALE.contains(word)) return List.of(subject);
        Set<Integer> phrase = new HashSet<>();
        if (isName(head) && "PERSON".equals(head.ner())) {
            for (int k : doc.children(subject)) {
                String rel = doc.token(k).deprel();
                if (rel.equals("compound") || rel.startsWith("flat")) phrase.add(k);
            }
        } else if (isPersonNoun(head)) {
            phrase.addAll(doc.subtree(subject));  // "her husband"
        } else {
            return List.of();
        }
        // the words next to the head, none quoted: not "USA, baby," Melanie
        int from = subject, to = subject;
        while (phrase.contains(from - 1) && doc.quotationOf(from - 1) < 0) from--;
        while (phrase.contains(to + 1) && doc.quotationOf(to + 1) < 0) to++;
        List<Integer> out = new ArrayList<>();
        for (int k = from; k <= to; k++) out.add(k);
        return out;
    }

    /**
     * The subject of a sentence's last main clause, outside quotations: of the root or of a clause
     * joined to it ({@code Ebeling said, and her husband cut in}: "husband"); -1 when it has none.
     */
    static int mainSubject(ParsedText doc, Sentence sentence) {
        int subject = -1;
        for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
            if (!isMainClause(doc, t)) continue;
            int k = doc.subjectOf(t);
            if (k >= 0 && doc.quotationOf(k) < 0) subject = k;
        }
        return subject;
    }

    /**
     * Whether a token heads the sentence or a clause joined to its head ("and", a comma), or a verb
     * that the parser only attached as "dep" (a quotation's "Ebeling said" often is) and that no
     * "if" or "that" makes subordinate.
     */
    static boolean isMainClause(ParsedText doc, int t) {
        for (int guard = 0; guard < 20; guard++) {
            String rel = doc.token(t).deprel();
            if (doc.head(t) < 0 || rel.equals("dep") && doc.token(t).pos().startsWith("VB")
                    && doc.children(t).stream().noneMatch(k -> doc.token(k).deprel().equals("mark"))) return true;
            if (!rel.equals("conj") && !rel.equals("parataxis")) return false;
            t = doc.head(t);
        }
        return false;
    }

    /** A noun for a person by family or role ("her husband", "the minister"). */
    private static boolean isPersonNoun(Token t) {
        return t.pos().startsWith("NN") && !isName(t) && (FAMILY.contains(t.lemma()) || ROLES.contains(t.lemma()));
    }

    /**
     * Whether the sentence's main clause has a subject that is not the speaker: a name none of
     * whose words the speaker's name has (nor the other way round), a pronoun of the other sex, or
     * any name when the speaker is written as a pronoun or a description.
     */
    private static boolean subjectIsAnother(ParsedText doc, Sentence sentence, List<Integer> speaker) {
        for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
            if (doc.head(t) >= 0) continue;
            int subject = doc.subjectOf(t);
            return subject >= 0 && isAnother(doc, subject, speaker);
        }
        return false;
    }

    /** Whether a subject is a name that is not the speaker's, or a pronoun of the other sex. */
    private static boolean isAnother(ParsedText doc, int subject, List<Integer> speaker) {
        Set<String> name = nameWords(doc, subject), speakerName = nameWords(doc, doc.rootOf(speaker));
        if (!name.isEmpty()) return speakerName.isEmpty() || !speakerName.containsAll(name) && !name.containsAll(speakerName);
        String pronoun = lower(doc.token(subject));
        String speakerPronoun = speaker.size() == 1 ? lower(doc.token(speaker.get(0))) : "";
        return MALE.contains(pronoun) && FEMALE.contains(speakerPronoun) || FEMALE.contains(pronoun) && MALE.contains(speakerPronoun);
    }

    /** The proper nouns that make the name at a subject's head ("Betsy Ebeling"); none for a common noun or pronoun. */
    private static Set<String> nameWords(ParsedText doc, int head) {
        Set<String> out = new HashSet<>();
        if (!isName(doc.token(head))) return out;
        out.add(lower(doc.token(head)));
        for (int k : doc.children(head)) {
            String rel = doc.token(k).deprel();
            if ((rel.equals("compound") || rel.startsWith("flat")) && isName(doc.token(k))) out.add(lower(doc.token(k)));
        }
        return out;
    }

    private static boolean isName(Token t) {
        return t.pos().startsWith("NNP");
    }

    private static String lower(Token t) {
        return t.text().toLowerCase(Locale.ROOT);
    }
}
