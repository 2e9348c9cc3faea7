package org.dossier.extract.attribution;

import org.dossier.nlp.ParsedText;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A content reads as the text: one span from its first word to its last, cut only where its own
 * source and cue interrupt it ("The plan, he said, will fail") or where its cue splits a
 * quotation ({@code "We will fight," he said in an interview. "And we will win."}). The role
 * model labels words one by one and the rules before it take words out, so a content may skip
 * some: "Mr clarification the move to allow the prisoner out". A gap within one sentence is
 * filled, as the skipped words belong to the content's own clause; a gap between sentences holds
 * narration, so the content is cut there and keeps its part nearest the cue. (Measured against
 * filling every gap and against cutting every gap, keeping the nearest or the longest part:
 * cutting within sentences lost PolNeAR F1 and quote recall; filling across sentences swallowed
 * other speakers' statements.)
 */
final class ContentAsWritten implements AttributionFix {
    @Override
    public FoundAttribution fix(ParsedText doc, FoundAttribution a) {
        if (a.content().isEmpty()) return a;
        Set<Integer> interruption = new HashSet<>(a.cue());
        interruption.addAll(a.source());
        List<List<Integer>> pieces = TokenRuns.consecutive(new TreeSet<>(a.content()));
        List<List<Integer>> parts = new ArrayList<>();
        List<Integer> part = new ArrayList<>(pieces.get(0));
        boolean changed = false;
        for (List<Integer> next : pieces.subList(1, pieces.size())) {
            int from = part.get(part.size() - 1) + 1, to = next.get(0);
            List<Integer> marks = quotationSplitMarks(doc, from, to, a.cue());
            if (marks != null) {
                changed |= !marks.isEmpty();
                part.addAll(marks);
            } else if (!onlyInterruption(doc, from, to, interruption)) {
                changed = true;
                if (doc.token(from - 1).sentence() == doc.token(to).sentence()) {
                    for (int t = from; t < to; t++) if (!interruption.contains(t)) part.add(t);
                } else {
                    parts.add(part);
                    part = new ArrayList<>();
                }
            }
            part.addAll(next);
        }
        parts.add(part);
        if (!changed) return a;
        List<Integer> kept = nearest(parts, a.anchor());
        kept.sort(null);
        return a.withContent(kept);
    }

    /** Whether the tokens from {@code from} to {@code to} (excluded) are only source, cue and punctuation. */
    private static boolean onlyInterruption(ParsedText doc, int from, int to, Set<Integer> interruption) {
        for (int t = from; t < to; t++) if (!doc.token(t).isPunct() && !interruption.contains(t)) return false;
        return true;
    }

    /**
     * When the cue splits a quotation between the content's words {@code from - 1} and {@code to}
     * (the one ends a quotation, the other starts another, in one paragraph, the cue between):
     * the quotation marks of the gap that belong with those quotations, for the content to hold
     * them. Null when the gap splits no quotation.
     */
    private static List<Integer> quotationSplitMarks(ParsedText doc, int from, int to, List<Integer> cue) {
        int before = doc.quotationOf(from - 1), after = doc.quotationOf(to);
        if (before < 0 || after < 0 || before == after || doc.slice(doc.token(from - 1).end(), doc.token(to).start()).indexOf('\n') >= 0) {
            return null;
        }
        if (cue.stream().noneMatch(c -> from <= c && c < to && doc.quotationOf(c) < 0)) return null;
        List<Integer> marks = new ArrayList<>();
        int end = from, start = to;
        while (end < to && doc.quotationOf(end) == before) marks.add(end++);
        while (start > end && doc.quotationOf(start - 1) == after) marks.add(--start);
        return marks.stream().allMatch(t -> doc.token(t).isPunct()) ? marks : null;
    }

    /** The part holding the cue, or the one closest to it. */
    private static List<Integer> nearest(List<List<Integer>> parts, int anchor) {
        List<Integer> best = parts.get(0);
        int bestDistance = Integer.MAX_VALUE;
        for (List<Integer> p : parts) {
            int first = p.get(0), last = p.get(p.size() - 1);
            int d = anchor < first ? first - anchor : anchor > last ? anchor - last : 0;
            if (d < bestDistance) {
                bestDistance = d;
                best = p;
            }
        }
        return best;
    }
}
