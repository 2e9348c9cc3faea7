package org.dossier.extract.attribution;

import org.dossier.nlp.ParsedText;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A content gives back the quotations standing alone in their sentences that are no part of its
 * quote, for {@link RunOnQuotes} to place: one after the cue's sentence that it took in part, in a
 * later paragraph, after reported speech ({@code She added that there was still a gap. "The
 * average woman ..."}) or across a sentence of narration ({@link StandingQuotations#goesOnAfter});
 * one before the cue's sentence when that sentence reports speech of its own ({@code "..." Lord
 * Hattersley said his first reaction was "immense sadness".}). A content that would be left with
 * no words ({@code said in a statement. "There are ..."}) keeps the first of them, whole. A
 * quotation goes back with what lies beyond it from the cue, so that the content stays one span.
 */
final class QuotationsGivenBack implements AttributionFix {
    /** Relations (without their subtype) of a dependent that is a clause of its own. */
    private static final Set<String> CLAUSES = Set.of("ccomp", "xcomp", "advcl", "acl", "dep", "conj", "parataxis", "csubj");

    @Override
    public List<FoundAttribution> apply(ParsedText doc, List<FoundAttribution> found) {
        List<List<Integer>> standing = standingQuotations(doc);
        return found.stream().map(a -> givenBack(doc, a, standing)).toList();
    }

    @Override
    public FoundAttribution fix(ParsedText doc, FoundAttribution a) {
        return givenBack(doc, a, standingQuotations(doc));
    }

    /** The quotations that stand alone in their sentences. */
    private static List<List<Integer>> standingQuotations(ParsedText doc) {
        return doc.quotationTokens().stream().filter(q -> StandingQuotations.sentencesOnlyOf(doc, q) != null).toList();
    }

    private static FoundAttribution givenBack(ParsedText doc, FoundAttribution a, List<List<Integer>> standing) {
        if (a.cue().isEmpty()) return a;
        int first = doc.token(a.anchor()).sentence(), last = first;
        for (int t : a.source()) {
            first = Math.min(first, doc.token(t).sentence());
            last = Math.max(last, doc.token(t).sentence());
        }
        TreeSet<Integer> content = new TreeSet<>(a.content());
        List<Integer> kept = null;
        for (List<Integer> q : standing) {
            if (q.stream().noneMatch(content::contains)) continue;
            int[] sentences = StandingQuotations.sentencesOnlyOf(doc, q);
            boolean whole = q.stream().allMatch(t -> doc.token(t).isPunct() || content.contains(t));
            boolean after = sentences[0] > last, before = sentences[1] < first;
            if (after && whole && StandingQuotations.goesOnAfter(doc, a.withContent(new ArrayList<>(content)), q.get(0))) continue;
            // "..." Lord Hattersley said his first reaction was "immense sadness": the quotation before is not his
            if (before && !saysMoreBetween(doc, a, q.get(q.size() - 1) + 1, content.last() + 1)) continue;
            if (!after && !before) continue;
            if (kept == null) kept = q;
            // given back with what lies beyond it, so that the content stays one span
            (after ? content.tailSet(q.get(0)) : content.headSet(q.get(q.size() - 1), true)).clear();
        }
        if (kept == null) return a;
        if (StandingQuotations.words(doc, new ArrayList<>(content)) == 0) {
            content.clear();
            content.addAll(kept);
        }
        return a.withContent(BarePunctuation.withoutBarePunctuation(doc, new ArrayList<>(content)));
    }

    /**
     * Whether a word from {@code from} up to {@code to} is outside quotations and no part of the
     * attribution's frame: reported speech ({@code said his first reaction was ...}).
     */
    private static boolean saysMoreBetween(ParsedText doc, FoundAttribution a, int from, int to) {
        for (int t = from; t < to; t++) {
            if (!doc.token(t).isPunct() && doc.quotationOf(t) < 0 && !inFrame(doc, a, t)) return true;
        }
        return false;
    }

    /**
     * Whether a token is the attribution's cue, its source, or a phrase of the cue's own clause
     * that is no clause itself: {@code said Friday}, {@code told CNN}, {@code said in a
     * statement}, but not {@code said the talks failed}.
     */
    private static boolean inFrame(ParsedText doc, FoundAttribution a, int t) {
        if (a.cue().contains(t) || a.source().contains(t)) return true;
        if (!a.source().isEmpty() && doc.dominates(doc.rootOf(a.source()), t)) return true;
        List<Integer> path = doc.pathToRoot(t);
        int i = path.indexOf(a.anchor());
        return i > 0 && !CLAUSES.contains(doc.token(path.get(i - 1)).deprel().replaceAll(":.*", ""));
    }
}
