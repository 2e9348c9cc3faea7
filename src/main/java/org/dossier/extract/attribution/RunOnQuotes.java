package org.dossier.extract.attribution;

import org.dossier.model.AttributionType;

import org.dossier.nlp.ParsedText;
import org.dossier.nlp.Quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Floating quotations: a sentence or paragraph that is only a quotation, with no cue that claims
 * it. News style leaves the speaker unsaid there: the quotation goes on with the last speaker
 * quoted ({@link LastSpeaker}), as an attribution of its own that {@code continues} that one
 * ({@code "...," she said.} then a paragraph {@code "More words."}), or as more of the same quote
 * where only the speaker interrupts it ({@code "...," she said. "More words."}). With no speaker
 * before it, it goes on into the quote that the next paragraph opens when it is left open, or
 * is an attribution of its own: of the person the narration just before makes its subject, or
 * of no one.
 */
final class RunOnQuotes implements AttributionRule {
    private static final QuotationsGoingOn GOING_ON = new QuotationsGoingOn();
    /** Confidence of a floating quotation given to the person the narration names, and to no one (a guess, not calibrated). */
    private static final double NAMED = 0.7, UNNAMED = 0.5;

    /** The attributions with the run-on quotations added after those they continue, in text order. */
    @Override
    public List<FoundAttribution> apply(ParsedText doc, List<FoundAttribution> found) {
        List<FoundAttribution> out = new ArrayList<>(found);
        for (List<Integer> quote : doc.quotationTokens()) {
            if (StandingQuotations.words(doc, quote) < 2 || claimed(doc, quote, out)) continue;
            int[] sentences = StandingQuotations.sentencesOnlyOf(doc, quote);
            if (sentences != null) place(doc, quote, sentences[0], out);
        }
        return inTextOrder(out);
    }

    /**
     * Gives a quotation that no cue claims to its speaker ({@link LastSpeaker}): to the attribution
     * just before when only its own words stand between, else as a run-on of the last speaker;
     * with none, to the quotation of the next paragraph that it is left open into, else as a
     * quotation of its own with the speaker the narration just before names, or none.
     */
    private static void place(ParsedText doc, List<Integer> quote, int first, List<FoundAttribution> out) {
        if (goesOnFromOtherThanSpeech(doc, first, out)) return;
        int previous = LastSpeaker.continued(doc, first, out);
        if (previous >= 0) {
            FoundAttribution p = out.get(previous);
            if (StandingQuotations.goesOnAfter(doc, p, quote.get(0))) {
                out.set(previous, GOING_ON.fix(doc, p.withContent(joinedQuoted(doc, p.content(), p.lastToken() + 1, quote.get(quote.size() - 1)))));
            } else {
                // with the quotations that go on in its paragraph: "First. "Second." (paragraphs run into one line)
                out.add(GOING_ON.fix(doc, new FoundAttribution(quote.get(0), List.of(), List.of(), quote, p.confidence(), AttributionType.SPEECH, previous)));
            }
            return;
        }
        int next = openInto(doc, quote, out);
        if (next >= 0) {
            FoundAttribution n = out.get(next);
            out.set(next, n.withContent(joinedQuoted(doc, n.content(), quote.get(0), quote.get(quote.size() - 1))));
            return;
        }
        List<Integer> named = LastSpeaker.namedBefore(doc, first);
        out.add(GOING_ON.fix(doc, new FoundAttribution(quote.get(0), List.of(), named, quote, named.isEmpty() ? UNNAMED : NAMED, AttributionType.SPEECH, -1)));
    }

    /**
     * For a quotation that its paragraph leaves open (no closing mark), the attribution with a cue
     * in the next paragraph whose content holds the quotation that opens it: a quotation of several
     * paragraphs is one quote ({@code "I knew ... the elderly.} then {@code "The number ... grows,"
     * he said.}); -1 when there is none.
     */
    private static int openInto(ParsedText doc, List<Integer> quote, List<FoundAttribution> out) {
        int last = quote.get(quote.size() - 1), paragraph = doc.token(last).paragraph();
        if (Quotes.isQuoteMark(doc.token(last).text()) || last + 1 >= doc.tokens().size()) return -1;
        int opening = doc.quotationOf(last + 1);
        if (opening < 0 || doc.token(last + 1).paragraph() != paragraph + 1) return -1;
        for (int i = 0; i < out.size(); i++) {
            FoundAttribution a = out.get(i);
            if (a.cue().isEmpty() || doc.token(a.anchor()).paragraph() != paragraph + 1) continue;
            if (a.content().stream().anyMatch(t -> doc.quotationOf(t) == opening && !doc.token(t).isPunct())) return i;
        }
        return -1;
    }

    /**
     * A content with the quoted tokens from {@code from} to {@code to} added, and with the marks
     * of the quotations whose words it holds already: the content stays one quote of two pieces
     * ({@code "They were brilliant," McGuinness said. "In a way ..."}), not words cut from them.
     */
    private static List<Integer> joinedQuoted(ParsedText doc, List<Integer> content, int from, int to) {
        TreeSet<Integer> out = new TreeSet<>(content);
        for (int t = from; t <= to; t++) if (doc.quotationOf(t) >= 0) out.add(t);
        for (List<Integer> quotation : doc.quotationTokens()) {
            boolean held = quotation.stream().allMatch(t -> doc.token(t).isPunct() || out.contains(t));
            if (held && quotation.stream().anyMatch(out::contains)) out.addAll(quotation);
        }
        return new ArrayList<>(out);
    }

    /**
     * Whether the sentence before a quotation ends with a quotation reported as something else than
     * speech ({@code "...," McCallum thought.}): the quotation that follows goes on with that.
     */
    private static boolean goesOnFromOtherThanSpeech(ParsedText doc, int first, List<FoundAttribution> found) {
        int start = doc.sentences().get(first).firstToken(), latest = -1;
        for (int i = 0; i < found.size(); i++) {
            int end = found.get(i).lastToken();
            if (end < start && (latest < 0 || end > found.get(latest).lastToken())) latest = i;
        }
        if (latest < 0) return false;
        FoundAttribution a = found.get(latest);
        return a.type() != AttributionType.SPEECH && doc.token(a.lastToken()).sentence() == first - 1
                && a.content().stream().anyMatch(t -> doc.quotationOf(t) >= 0 && !doc.token(t).isPunct());
    }

    /** Sorted by anchor, with {@code continues} following its attribution to its new place. */
    static List<FoundAttribution> inTextOrder(List<FoundAttribution> list) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) order.add(i);
        order.sort(Comparator.comparingInt(i -> list.get(i).anchor()));
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

    /** Whether some attribution's content already holds most of the quotation's words. */
    private static boolean claimed(ParsedText doc, List<Integer> quote, List<FoundAttribution> found) {
        int first = quote.get(0), last = quote.get(quote.size() - 1);
        for (FoundAttribution a : found) {
            long inside = a.content().stream().filter(t -> t >= first && t <= last && !doc.token(t).isPunct() && doc.quotationOf(t) == doc.quotationOf(first)).count();
            if (2 * inside > StandingQuotations.words(doc, quote) || a.cue().stream().anyMatch(quote::contains) && !a.isRunOn()) return true;
        }
        return false;
    }
}
