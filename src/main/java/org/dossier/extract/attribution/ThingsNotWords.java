package org.dossier.extract.attribution;

import org.dossier.lang.Words;
import org.dossier.model.AttributionType;
import org.dossier.nlp.ParsedText;
import org.dossier.nlp.Token;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Speech reports words. A speech verb whose whole content, after it, is a thing it acts on, with
 * neither a clause that is said nor a quotation, is the act and not a statement; it is typed
 * other. The things: a message handled as an object ("issued a wind advisory", "filed a motion
 * to strike", "wrote her first cookbook", "disclosed a $300-million claim", "described in his
 * 1998 autobiography", "denied the accusations"), the one addressed ("thanked him for allowing her
 * family to come"), a clause of circumstance ("Edmonton responded when Jones recorded his first
 * goal"), and whatever "add" takes ("They added yet another goal"). A noun that is no message
 * may stand for what was said and stays speech ("announced plans to merge", "proposed the
 * creation of an agency"), as does what something is called ("named Leeds as a target"), and
 * "added that ...", "asked if ...", "said the plan was dead", "..., he added", "called it “a
 * disgrace”", "issued a statement saying ...", "urged ministers to act", and a content that does
 * not hang from its cue in the parse.
 */
final class ThingsNotWords implements AttributionFix {
    private static final Words EN = Words.of("en");
    private static final Set<String> OBJECT_IS_WORDS = EN.set("object-is-words-cues");
    private static final Set<String> OBJECT_IS_THING = EN.set("thing-object-cues");
    private static final Set<String> CONTENT_MARKS = EN.set("content-marks");
    /** Relations of a clause that is said: "said the plan was dead", "a statement saying ...". */
    private static final Set<String> SAID_CLAUSES = Set.of("ccomp", "parataxis", "csubj");
    /** Relations of a clause whose verb, when finite, is said, whatever the parser called it: "admitted his kicking played a part". */
    private static final Set<String> MISREAD_CLAUSES = Set.of("acl", "dep", "acl:relcl");
    /**
     * Words that neither say nor name anything: function words, which a content cut short may hold
     * without their head ("her first cookbook in"), and the verb's adverbs ("added yet another goal").
     */
    private static final Set<String> BARE_WORDS = Set.of("case", "det", "cc", "mark", "aux", "cop", "punct", "advmod");
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
    private static final Set<String> SPEAKER_CLASSES = Set.of("person", "group");

    @Override
    public FoundAttribution fix(ParsedText doc, FoundAttribution a) {
        Token cue = doc.token(a.anchor());
        String verb = cue.lemma().toLowerCase(Locale.ROOT);
        if (a.type() != AttributionType.SPEECH || a.isRunOn() || !cue.pos().startsWith("VB") || OBJECT_IS_WORDS.contains(verb)) return a;
        Set<Integer> content = new HashSet<>(a.content());
        List<Integer> tops = a.content().stream().filter(t -> !content.contains(doc.head(t))
                && !BARE_WORDS.contains(doc.token(t).deprel()) && !doc.token(t).isPunct()).toList();
        if (tops.isEmpty()) return a;
        for (int t : a.content()) {
            if (doc.quotationOf(t) >= 0 && !doc.token(t).isPunct() || isSaid(doc, t)) return a;
        }
        for (int top : tops) {
            // a content before its cue is what was said, not its object: "Change was important, he argued"
            if (doc.head(top) != a.anchor() || top < a.anchor() || !isThing(doc, top, tops, OBJECT_IS_THING.contains(verb))) return a;
        }
        return a.withType(AttributionType.OTHER);
    }

    /**
     * An object or oblique that is a message, someone addressed or a time ("in 2010"), or any
     * when the verb only ever acts on things; a clause of circumstance; an infinitive that goes
     * with such an object ("filed a motion to strike", not "urged ministers to act").
     */
    private static boolean isThing(ParsedText doc, int t, List<Integer> tops, boolean anyObject) {
        String rel = doc.token(t).deprel();
        if (isNominal(rel)) return anyObject || isMessage(doc, t) || isSomeone(doc, t) || isTime(doc, t);
        if (rel.equals("advcl")) return doc.children(t).stream().anyMatch(k -> isSubordinator(doc, k));
        return rel.equals("xcomp") && hasMark(doc, t, "to")
                && tops.stream().anyMatch(k -> doc.token(k).deprel().equals("obj") && !isSomeone(doc, k) && (anyObject || isMessage(doc, k)));
    }

    private static boolean isNominal(String rel) {
        return rel.equals("obj") || rel.equals("iobj") || rel.equals("obl") || rel.startsWith("obl:");
    }

    /** A noun for a message, a document or words as a thing (WordNet's noun.communication): "advisory", "motion", "claim". */
    private static boolean isMessage(ParsedText doc, int t) {
        Token w = doc.token(t);
        return w.pos().startsWith("NN") && !w.pos().startsWith("NNP") && "communication".equals(CueLexicon.lexicalClass(w.lemma(), w.pos()));
    }

    /** Someone: a pronoun, a name, a person or a group ("thanked him", "urged ministers"). */
    private static boolean isSomeone(ParsedText doc, int t) {
        Token w = doc.token(t);
        return w.pos().equals("PRP") || w.pos().startsWith("NNP") || SPEAKER_CLASSES.contains(CueLexicon.lexicalClass(w.lemma(), w.pos()));
    }

    /** A time or a number: "last week", "in 2010". */
    private static boolean isTime(ParsedText doc, int t) {
        return doc.token(t).deprel().equals("obl:tmod") || doc.token(t).pos().equals("CD");
    }

    /** A word that opens a clause of circumstance: "when", "as", "after", "by", "for"; not "that" or "if". */
    private static boolean isSubordinator(ParsedText doc, int k) {
        Token w = doc.token(k);
        boolean opens = w.deprel().equals("mark") || w.deprel().equals("advmod") && w.pos().equals("WRB");
        return opens && !CONTENT_MARKS.contains(w.text().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a content word heads or opens a clause that is said: a complement clause, a word
     * that opens one ("that", "if", "why"), a colon that introduces one, what something is said
     * to be ("named Leeds as a target"), or a finite verb the parser hung from a noun ("admitted
     * his wayward kicking played a big part").
     */
    private static boolean isSaid(ParsedText doc, int t) {
        Token w = doc.token(t);
        if (SAID_CLAUSES.contains(w.deprel()) || w.pos().equals(":")) return true;
        if (doc.hasCase(t, "as")) return true;  // what something is said to be: "named Leeds as a target", "described it as a disaster"
        if ((w.deprel().equals("mark") || w.pos().equals("IN") || w.pos().equals("WRB")) && CONTENT_MARKS.contains(w.text().toLowerCase(Locale.ROOT))) return true;
        return MISREAD_CLAUSES.contains(w.deprel()) && isFinite(doc, t) && !isRelativeClause(doc, t);
    }

    private static boolean isFinite(ParsedText doc, int t) {
        if (FINITE.contains(doc.token(t).pos())) return true;
        return doc.children(t).stream().anyMatch(k -> (doc.token(k).deprel().startsWith("aux") || doc.token(k).deprel().equals("cop"))
                && FINITE.contains(doc.token(k).pos()));
    }

    /** A relative clause that a relative word opens: "a bulletin that patched eight holes", "candidates who could have run". */
    private static boolean isRelativeClause(ParsedText doc, int t) {
        return doc.token(t).deprel().equals("acl:relcl") && doc.children(t).stream().anyMatch(k -> {
            String pos = doc.token(k).pos();
            return pos.equals("WDT") || pos.equals("WP") || pos.equals("WP$") || pos.equals("WRB");
        });
    }

    private static boolean hasMark(ParsedText doc, int t, String word) {
        return doc.children(t).stream().anyMatch(k -> doc.token(k).deprel().equals("mark") && doc.token(k).text().equalsIgnoreCase(word));
    }
}
