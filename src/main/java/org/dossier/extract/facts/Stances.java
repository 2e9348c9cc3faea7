package org.dossier.extract.facts;

import org.dossier.nlp.ParsedText;
import org.dossier.nlp.Token;

import java.util.ArrayList;
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
    private record Cue(String kind, String polarity) {}

    private static final Map<String, Cue> VERBS = Map.ofEntries(
            Map.entry("oppose", new Cue("opposes", "negative")), Map.entry("criticize", new Cue("criticises", "negative")),
            Map.entry("criticise", new Cue("criticises", "negative")), Map.entry("slam", new Cue("criticises", "negative")),
            Map.entry("blast", new Cue("criticises", "negative")), Map.entry("condemn", new Cue("criticises", "negative")),
            Map.entry("denounce", new Cue("criticises", "negative")), Map.entry("rebuke", new Cue("criticises", "negative")),
            Map.entry("lambaste", new Cue("criticises", "negative")), Map.entry("attack", new Cue("attacks", "negative")),
            Map.entry("accuse", new Cue("attacks", "negative")), Map.entry("distrust", new Cue("distrusts", "negative")),
            Map.entry("mistrust", new Cue("distrusts", "negative")), Map.entry("mock", new Cue("mocks", "negative")),
            Map.entry("ridicule", new Cue("mocks", "negative")), Map.entry("support", new Cue("supports", "positive")),
            Map.entry("back", new Cue("supports", "positive")), Map.entry("endorse", new Cue("endorses", "positive")),
            Map.entry("praise", new Cue("praises", "positive")), Map.entry("applaud", new Cue("praises", "positive")),
            Map.entry("defend", new Cue("defends", "positive")));
    /** Nouns, with the prepositions that introduce their target. */
    private static final Map<String, Cue> NOUNS = Map.ofEntries(
            Map.entry("opposition", new Cue("opposes", "negative")), Map.entry("distrust", new Cue("distrusts", "negative")),
            Map.entry("mistrust", new Cue("distrusts", "negative")), Map.entry("criticism", new Cue("criticises", "negative")),
            Map.entry("enemy", new Cue("opposes", "negative")), Map.entry("opponent", new Cue("opposes", "negative")),
            Map.entry("support", new Cue("supports", "positive")), Map.entry("supporter", new Cue("supports", "positive")),
            Map.entry("endorsement", new Cue("endorses", "positive")), Map.entry("praise", new Cue("praises", "positive")),
            Map.entry("ally", new Cue("supports", "positive")));
    private static final Set<String> TARGET_CASES = Set.of("of", "to", "for", "against");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");
    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("their", "his", "her", "its", "our", "my", "your");

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
                    else if (rel.equals("obl:agent") || (rel.equals("obl") && hasCase(doc, c, "by"))) holder = c;
                } else {
                    if (rel.equals("nmod:poss") || rel.equals("nsubj")) holder = c;
                    else if (rel.equals("nmod") && TARGET_CASES.stream().anyMatch(p -> hasCase(doc, c, p))) target = c;
                }
            }
            if (!verb && (holder < 0 || POSSESSIVE_PRONOUNS.contains(doc.token(holder).text().toLowerCase(Locale.ROOT)))) {
                int subject = clauseSubject(doc, t.index());  // "united in their opposition to Putin": who is united
                if (subject >= 0) holder = subject;
            }
            if (holder < 0 || target < 0) continue;
            boolean negated = doc.children(t.index()).stream().anyMatch(c -> NEGATIONS.contains(doc.token(c).text().toLowerCase(Locale.ROOT)));
            String polarity = negated ? (cue.polarity().equals("negative") ? "positive" : "negative") : cue.polarity();
            int[] g = Phrases.of(doc, target, entities, -1);
            if (g == null) continue;
            for (int member : members(doc, holder)) {
                int[] h = member == holder ? Phrases.of(doc, holder, entities, -1) : single(doc, member, entities);
                if (h == null) continue;
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

    private static boolean hasCase(ParsedText doc, int t, String word) {
        return doc.children(t).stream().anyMatch(c -> doc.token(c).deprel().equals("case") && doc.token(c).text().equalsIgnoreCase(word));
    }

    /** The subject of the clause a noun sits in, following its heads up to the first verb or copula that has one. */
    private static int clauseSubject(ParsedText doc, int noun) {
        for (int t = doc.token(noun).head(), steps = 0; t >= 0 && steps < 4; t = doc.token(t).head(), steps++) {
            for (int c : doc.children(t)) if (doc.token(c).deprel().startsWith("nsubj")) return c;
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
