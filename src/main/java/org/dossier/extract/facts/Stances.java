package org.dossier.extract.facts;

import org.dossier.lang.Words;
import org.dossier.nlp.ParsedText;
import org.dossier.nlp.Token;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Who is for or against whom: verbs ("Ukrainians criticized the remarks", "Fiorina endorsed
 * Cruz") with their subject and object, passives with their agent, and nouns with their
 * possessor or the subject of their clause ("Kiev's deep distrust of the opposition", "united in
 * their opposition to Putin", "we are not enemies of Ukraine"). A negation flips the polarity.
 */
final class Stances {
    /** A stance a word states: its kind ("opposes") and polarity; the word lists name the constants. */
    private enum Cue {
        OPPOSES("negative"), CRITICISES("negative"), ATTACKS("negative"), DISTRUSTS("negative"), MOCKS("negative"),
        SUPPORTS("positive"), ENDORSES("positive"), PRAISES("positive"), DEFENDS("positive");

        private final String polarity;

        Cue(String polarity) {
            this.polarity = polarity;
        }

        String kind() {
            return name().toLowerCase(Locale.ROOT);
        }

        String polarity() {
            return polarity;
        }
    }

    private static final Words EN = Words.of("en");
    private static final Map<String, Cue> VERBS = cues(EN.map("stance-verbs"));
    /** Nouns, with the prepositions that introduce their target. */
    private static final Map<String, Cue> NOUNS = cues(EN.map("stance-nouns"));
    private static final Set<String> TARGET_CASES = EN.set("stance-target-prepositions");
    private static final Set<String> NEGATIONS = EN.set("negations");
    private static final Set<String> RELATIVES = EN.set("relative-pronouns");
    private static final Set<String> POSSESSIVE_PRONOUNS = EN.set("possessive-pronouns");

    private static Map<String, Cue> cues(Map<String, String> words) {
        Map<String, Cue> out = new LinkedHashMap<>();
        words.forEach((word, cue) -> out.put(word, Cue.valueOf(cue)));
        return out;
    }

    private Stances() {}

    static List<FoundFacts.Stance> extract(ParsedText doc, EntityIndex entities) {
        Set<FoundFacts.Stance> out = new LinkedHashSet<>();
        for (Token t : doc.tokens()) {
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            Cue cue = t.pos().startsWith("VB") ? VERBS.get(lemma) : t.pos().startsWith("NN") ? NOUNS.get(lemma) : null;
            if (cue == null) continue;
            int holder = -1, target = -1;
            boolean verb = t.pos().startsWith("VB");
            for (int c : doc.children(t.index())) {
                Token ct = doc.token(c);
                String rel = ct.deprel();
                if (verb) {
                    if (rel.equals("nsubj")) holder = c;
                    else if (rel.equals("obj") || rel.equals("nsubj:pass")) target = c;
                    else if (rel.equals("obl:agent") || (rel.equals("obl") && doc.hasCase(c, "by"))) holder = c;
                } else {
                    if (rel.equals("nmod:poss") || rel.equals("nsubj")) holder = c;
                    else if (rel.equals("nmod") && TARGET_CASES.stream().anyMatch(p -> doc.hasCase(c, p))) target = c;
                }
            }
            boolean knownHolder = holder >= 0 && entityIn(doc, entities, holder) >= 0;  // "his" may be a mention of Rubio
            if (!verb && !knownHolder && (holder < 0 || POSSESSIVE_PRONOUNS.contains(doc.token(holder).text().toLowerCase(Locale.ROOT)))) {
                int subject = clauseSubject(doc, t.index());  // "united in their opposition to Putin": who is united
                if (subject >= 0) holder = subject;
            }
            if (!verb && holder < 0) holder = describedBy(doc, t.index());  // "Jonah Goldberg, a critic of Trump"
            if (verb && holder < 0) holder = sharedSubject(doc, t.index());  // "went on to attack Khan", "praised Obama and defended Biden"
            if (holder < 0 || target < 0) continue;
            if (verb && RELATIVES.contains(doc.token(holder).text().toLowerCase(Locale.ROOT)) && doc.token(t.index()).deprel().equals("acl:relcl")) {
                holder = doc.token(t.index()).head();  // "Sanders, who opposes ...": Sanders
            }
            if (entityIn(doc, entities, target) < 0) target = owner(doc, target, entities);  // "slammed Trump's plan": Trump
            // A stance is between actors (people, organisations, places, groups), or towards what one said; not "the bill" or "that".
            if (!isActor(doc, entities, target) && !SAYINGS.contains(doc.token(target).lemma().toLowerCase(Locale.ROOT))) continue;
            boolean negated = doc.children(t.index()).stream().anyMatch(c -> NEGATIONS.contains(doc.token(c).text().toLowerCase(Locale.ROOT)));
            String polarity = negated ? (cue.polarity().equals("negative") ? "positive" : "negative") : cue.polarity();
            int[] g = Phrases.of(doc, target, entities, -1);
            if (g == null) continue;
            for (int member : members(doc, holder)) {
                int[] h = member == holder ? Phrases.of(doc, holder, entities, -1) : single(doc, member, entities);
                if (h == null || !isActor(doc, entities, member) || entityIn(doc, entities, member) == entityIn(doc, entities, target)) continue;
                out.add(new FoundFacts.Stance(entityIn(doc, entities, member), h, entityIn(doc, entities, target), g, polarity,
                        (negated ? "not_" : "") + cue.kind(), t.sentence()));
            }
        }
        return new ArrayList<>(out);
    }

    /**
     * Who a holder stands for: "both sides - the Ukrainian government and the Russian opposition -"
     * are the government and the opposition, each holding the stance; any other holder is itself.
     */
    private static List<Integer> members(ParsedText doc, int holder) {
        for (int a : doc.children(holder)) {
            if (!doc.token(a).deprel().equals("appos")) continue;
            List<Integer> members = new ArrayList<>(List.of(a));
            for (int c : doc.children(a)) if (doc.token(c).deprel().equals("conj")) members.add(c);
            return members;
        }
        return List.of(holder);
    }

    /** One conjunct's phrase, without the conjuncts after it. */
    private static int[] single(ParsedText doc, int member, EntityIndex entities) {
        int[] r = Phrases.of(doc, member, entities, -1);
        if (r == null) return null;
        for (int c : doc.children(member)) {
            String rel = doc.token(c).deprel();
            if (c > member && (rel.equals("cc") || rel.equals("conj"))) return new int[] {r[0], Math.min(r[1], doc.subtreeRange(c)[0])};
        }
        return r;
    }

    /** Nouns for groups of people, which can hold or be the target of a stance without a name. */
    private static final Set<String> GROUP_NOUNS = EN.set("group-nouns");
    private static final Set<String> PERSONAL_PRONOUNS = EN.set("actor-pronouns");
    /** What someone said: criticising "the comment" is a stance towards its speaker. */
    private static final Set<String> SAYINGS = EN.set("saying-nouns");

    /** Whether a phrase head is someone: a named entity, a group noun ("the Russian opposition") or a personal pronoun. */
    private static boolean isActor(ParsedText doc, EntityIndex entities, int head) {
        Token t = doc.token(head);
        return entityIn(doc, entities, head) >= 0 || GROUP_NOUNS.contains(t.lemma().toLowerCase(Locale.ROOT))
                || PERSONAL_PRONOUNS.contains(t.text().toLowerCase(Locale.ROOT)) || (t.pos().startsWith("NNP") && !t.ner().equals("O"));
    }

    /** The subject a verb shares with the verb it is the complement or conjunct of. */
    private static int sharedSubject(ParsedText doc, int verb) {
        for (int t = verb, steps = 0; steps < 2; steps++) {
            String rel = doc.token(t).deprel();
            if (!(rel.equals("xcomp") || rel.equals("conj")) || doc.token(t).head() < 0) return -1;
            t = doc.token(t).head();
            int subject = doc.subjectOf(t);
            if (subject >= 0) return subject;
        }
        return -1;
    }

    /** Who a stance noun describes: the name it is in apposition to ("Goldberg, a critic of Trump"). */
    private static int describedBy(ParsedText doc, int noun) {
        Token n = doc.token(noun);
        return n.deprel().equals("appos") && n.head() >= 0 ? n.head() : -1;
    }

    /** The entity whose thing a target is ("Trump's plan", "the remarks of Khan"), or the target itself. */
    private static int owner(ParsedText doc, int target, EntityIndex entities) {
        for (int c : doc.children(target)) {
            String rel = doc.token(c).deprel();
            if ((rel.equals("nmod:poss") || (rel.equals("nmod") && doc.hasCase(c, "of"))) && entityIn(doc, entities, c) >= 0) return c;
        }
        return target;
    }

    /** The subject of the clause a noun sits in, following its heads up to the first verb or copula that has one. */
    private static int clauseSubject(ParsedText doc, int noun) {
        for (int t = doc.token(noun).head(), steps = 0; t >= 0 && steps < 4; t = doc.token(t).head(), steps++) {
            int subject = doc.subjectOf(t);
            if (subject >= 0) return subject;
        }
        return -1;
    }

    /** The entity at a phrase's head, or among the names right under it. */
    private static int entityIn(ParsedText doc, EntityIndex entities, int head) {
        if (entities.of(head) >= 0) return entities.of(head);
        for (int c : doc.children(head)) {
            String rel = doc.token(c).deprel();
            if ((rel.equals("compound") || rel.equals("amod") || rel.equals("conj") || rel.equals("appos")) && entities.of(c) >= 0) return entities.of(c);
        }
        return -1;
    }
}
