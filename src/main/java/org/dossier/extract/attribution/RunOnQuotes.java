package org.dossier.extract.attribution;

import org.dossier.model.AttributionType;

import org.dossier.nlp.ParsedText;
import org.dossier.nlp.Sentence;

import java.util.ArrayList;
import java.util.List;

/**
 * Quotations that run on: a sentence or paragraph that is only a quotation, with no cue of its
 * own, right after a direct or mixed attribution ({@code "...," she said.} then a paragraph
 * {@code "More words."}). News style leaves the speaker unsaid there: the quotation goes on with
 * the same speaker, so it becomes an attribution of its own that {@code continues} that one.
 */
final class RunOnQuotes implements AttributionRule {
    /** The attributions with the run-on quotations added after those they continue, in text order. */
    @Override
    public List<FoundAttribution> apply(ParsedText doc, List<FoundAttribution> found) {
        List<List<Integer>> quotations = doc.quotationTokens();
        List<FoundAttribution> out = new ArrayList<>();
        for (FoundAttribution a : found) out.add(withoutLaterParagraphs(doc, a, quotations));
        for (List<Integer> quote : quotations) {
            if (words(doc, quote) < 2 || claimed(doc, quote, out)) continue;
            int[] sentences = sentencesOnlyOf(doc, quote);
            if (sentences == null) continue;
            int previous = attributionEndingIn(doc, sentences[0] - 1, out);
            if (previous < 0) continue;
            FoundAttribution p = out.get(previous);
            out.add(new FoundAttribution(quote.get(0), List.of(), List.of(), quote, p.confidence(), AttributionType.SPEECH, previous));
        }
        return inTextOrder(out);
    }

    /** Sorted by anchor, with {@code continues} following its attribution to its new place. */
    private static List<FoundAttribution> inTextOrder(List<FoundAttribution> list) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) order.add(i);
        order.sort(java.util.Comparator.comparingInt(i -> list.get(i).anchor()));
        int[] newIndex = new int[list.size()];
        for (int k = 0; k < order.size(); k++) newIndex[order.get(k)] = k;
        List<FoundAttribution> out = new ArrayList<>();
        for (int i : order) {
            FoundAttribution a = list.get(i);
            out.add(a.isRunOn() ? new FoundAttribution(a.anchor(), a.cue(), a.source(), a.content(), a.confidence(), a.type(),
                    newIndex[a.continues()]) : a);
        }
        return out;
    }

    /**
     * A content that took in a quotation standing alone in a later paragraph than its cue and
     * source gives it back: that quotation runs on, as an attribution of its own.
     */
    private static FoundAttribution withoutLaterParagraphs(ParsedText doc, FoundAttribution a, java.util.Collection<List<Integer>> quotations) {
        if (a.cue().isEmpty()) return a;
        int paragraph = doc.token(a.anchor()).paragraph();
        for (int t : a.source()) paragraph = Math.max(paragraph, doc.token(t).paragraph());
        List<Integer> content = new ArrayList<>(a.content());
        for (List<Integer> q : quotations) {
            if (doc.token(q.get(0)).paragraph() > paragraph && content.containsAll(q) && sentencesOnlyOf(doc, q) != null) content.removeAll(q);
        }
        if (content.size() == a.content().size() || words(doc, content) == 0) return a;
        return a.withContent(content);
    }

    private static int words(ParsedText doc, List<Integer> tokens) {
        return (int) tokens.stream().filter(t -> !doc.token(t).isPunct()).count();
    }

    /** Whether some attribution's content already holds most of the quotation's words. */
    private static boolean claimed(ParsedText doc, List<Integer> quote, List<FoundAttribution> found) {
        for (FoundAttribution a : found) {
            long inside = quote.stream().filter(t -> !doc.token(t).isPunct() && a.content().contains(t)).count();
            if (2 * inside > words(doc, quote) || a.cue().stream().anyMatch(quote::contains) && !a.isRunOn()) return true;
        }
        return false;
    }

    /** The first and last sentence of a quotation when those sentences hold nothing else but punctuation, else null. */
    private static int[] sentencesOnlyOf(ParsedText doc, List<Integer> quote) {
        int first = doc.token(quote.get(0)).sentence(), last = doc.token(quote.get(quote.size() - 1)).sentence();
        for (int s = first; s <= last; s++) {
            Sentence sent = doc.sentences().get(s);
            for (int t = sent.firstToken(); t < sent.endToken(); t++) {
                if (doc.quotationOf(t) != doc.quotationOf(quote.get(0)) && !doc.token(t).isPunct()) return null;
            }
        }
        return new int[] {first, last};
    }

    /**
     * The direct or mixed attribution with a speaker whose last word lies in the given sentence,
     * the latest such; -1 when there is none, or when a later one of another kind ends there.
     */
    private static int attributionEndingIn(ParsedText doc, int sentence, List<FoundAttribution> found) {
        if (sentence < 0) return -1;
        int best = -1, bestEnd = -1;
        for (int i = 0; i < found.size(); i++) {
            FoundAttribution a = found.get(i);
            int end = Math.max(last(a.content()), a.cue().isEmpty() ? -1 : last(a.cue()));
            end = Math.max(end, a.source().isEmpty() ? -1 : last(a.source()));
            if (doc.token(end).sentence() != sentence || end < bestEnd) continue;
            best = i;
            bestEnd = end;
        }
        if (best < 0) return -1;
        FoundAttribution a = found.get(best);
        boolean quoted = a.content().stream().anyMatch(t -> doc.quotationOf(t) >= 0 && !doc.token(t).isPunct());
        boolean speaker = !a.source().isEmpty() || a.isRunOn();
        return quoted && speaker && a.type() == AttributionType.SPEECH ? best : -1;
    }

    private static int last(List<Integer> tokens) {
        return tokens.stream().mapToInt(Integer::intValue).max().orElse(-1);
    }
}
