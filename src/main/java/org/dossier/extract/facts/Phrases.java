package org.dossier.extract.facts;

import org.dossier.nlp.ParsedText;
import org.dossier.nlp.Token;

import java.util.Set;

/** Noun phrases read off the dependency tree, for descriptors, stance holders and targets, events. */
final class Phrases {
    /** Dependents that belong to a noun's description; relative clauses, appositions and the like do not. */
    private static final Set<String> PART = Set.of("amod", "compound", "nmod:poss", "case", "conj", "cc", "nmod", "advmod",
            "nummod", "flat", "fixed", "obl", "obj", "det", "compound:prt", "aux", "mark", "xcomp");
    static final int MAX_TOKENS = 12;

    private Phrases() {}

    /**
     * The token range {@code [first, end)} of the phrase headed by {@code head}, leaving out any
     * dependent whose subtree holds a token of {@code exclude} (an entity: its own name is not its
     * descriptor) or a token of the entity index's other names when {@code keepNames} is false;
     * leading determiners and edge punctuation are trimmed. Null when longer than {@value #MAX_TOKENS}.
     */
    static int[] of(ParsedText doc, int head, EntityIndex entities, int exclude) {
        int[] range = {head, head + 1};
        grow(doc, head, entities, exclude, range);
        int first = range[0], end = range[1];
        while (first < end - 1 && isEdge(doc.token(first), true)) first++;
        while (end - 1 > first && isEdge(doc.token(end - 1), false)) end--;
        return end - first > MAX_TOKENS ? null : new int[] {first, end};
    }

    private static void grow(ParsedText doc, int t, EntityIndex entities, int exclude, int[] range) {
        for (int c : doc.children(t)) {
            if (!PART.contains(doc.token(c).deprel())) continue;
            int[] sub = doc.subtreeRange(c);
            boolean hasExcluded = false;
            for (int k = sub[0]; k <= sub[1] && !hasExcluded; k++) hasExcluded = exclude >= 0 && entities.of(k) == exclude;
            if (hasExcluded) continue;
            range[0] = Math.min(range[0], c);
            range[1] = Math.max(range[1], c + 1);
            grow(doc, c, entities, exclude, range);
        }
    }

    private static boolean isEdge(Token t, boolean leading) {
        String rel = t.deprel();
        return t.isPunct() || rel.equals("cc") || rel.equals("mark") || rel.equals("case") || (leading && rel.equals("det"));
    }

    static String text(ParsedText doc, int[] range) {
        return doc.slice(doc.token(range[0]).start(), doc.token(range[1] - 1).end());
    }
}
