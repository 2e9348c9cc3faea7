package org.dossier;

import org.dossier.model.Analysis;
import org.dossier.model.Attribution;
import org.dossier.model.Span;
import org.dossier.nlp.Quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds contents that do not read as the text: pieces with other words of the text missing
 * between them. A content is one span; it may be cut only where its attribution interrupts it or
 * where a quotation is split. A gap between two consecutive pieces of a content is allowed when
 * <ol>
 *   <li>with the characters of the attribution's own source and cue taken out, it holds no letter
 *       and no digit: only spaces, punctuation and quotation marks ({@code The plan, he said, will
 *       fail}, {@code "The plan," he said, "will fail."}); or</li>
 *   <li>it splits a quotation: the piece before ends with a double quotation mark, the piece after
 *       starts with one, the gap holds the attribution's cue and no line break ({@code "We will
 *       fight," he said in an interview. "And we will win."}). The annotation guide makes that one
 *       quote of two pieces, and its sets hold such gaps with the occasion or the speaker's
 *       title in them.</li>
 * </ol>
 * Nothing else is allowed: no conjunction or adverb of the cue's clause, no word of the content's
 * own clauses ("Mr clarification the move to allow the prisoner out" is what this catches).
 */
final class ContentGaps {
    private ContentGaps() {}

    /** One content with a gap that is not allowed: the article, the content, the gap's text. */
    record Garbled(String article, String content, String gap) {
        @Override
        public String toString() {
            return article + ": \"" + content + "\" drops \"" + gap.strip() + "\"";
        }
    }

    /**
     * The contents of an analysis with a gap that is not allowed, one entry per attribution.
     *
     * @param quotationSplits whether the second allowance holds; without it, only the
     *                        attribution's source and cue may interrupt a content (the strict count)
     */
    static List<Garbled> of(String article, String text, Analysis analysis, boolean quotationSplits) {
        int[] cp = text.codePoints().toArray();
        List<Garbled> out = new ArrayList<>();
        for (Attribution a : analysis.attributions()) {
            List<Span> pieces = a.content().spans(), interruption = new ArrayList<>();
            if (a.source() != null) interruption.addAll(a.source().spans());
            if (a.cue() != null) interruption.addAll(a.cue().spans());
            for (int i = 0; i + 1 < pieces.size(); i++) {
                Span before = pieces.get(i), after = pieces.get(i + 1);
                if (onlyInterruption(cp, before.end(), after.start(), interruption)) continue;
                if (quotationSplits && splitsQuotation(cp, before, after, a)) continue;
                out.add(new Garbled(article, a.content().text(), new String(cp, before.end(), after.start() - before.end())));
                break;
            }
        }
        return out;
    }

    private static boolean onlyInterruption(int[] cp, int from, int to, List<Span> interruption) {
        for (int c = from; c < to; c++) {
            if (Character.isLetterOrDigit(cp[c]) && !inside(c, interruption)) return false;
        }
        return true;
    }

    private static boolean inside(int c, List<Span> spans) {
        for (Span s : spans) if (s.start() <= c && c < s.end()) return true;
        return false;
    }

    /** A double quotation mark at {@code c}, or the New York Times' doubled apostrophe at {@code c} and {@code next}. */
    private static boolean quoteMarkAt(int[] cp, int c, int next) {
        return Quotes.isQuoteMark(cp[c]) || cp[c] == '\'' && next >= 0 && next < cp.length && cp[next] == '\'';
    }

    private static boolean splitsQuotation(int[] cp, Span before, Span after, Attribution a) {
        if (a.cue() == null || !quoteMarkAt(cp, before.end() - 1, before.end() - 2) || !quoteMarkAt(cp, after.start(), after.start() + 1)) {
            return false;
        }
        for (int c = before.end(); c < after.start(); c++) if (cp[c] == '\n' || cp[c] == '\r') return false;
        return a.cue().spans().stream().anyMatch(s -> before.end() <= s.start() && s.end() <= after.start());
    }
}
