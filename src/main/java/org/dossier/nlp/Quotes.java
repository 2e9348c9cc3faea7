package org.dossier.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the quotations of a text are: spans between an opening and a closing double quotation
 * mark. Handles straight quotes (which toggle), curly and low-9 quotes, guillemets (« » and » «;
 * guillemets inside guillemets stay inside: «... «Газпром» ...»), the New York Times' doubled
 * apostrophes (''...'', which toggle like straight quotes), and mismatched marks such as “...“; an unclosed quotation ends at the paragraph's end, so one
 * stray mark never swallows the rest of an article, and one that opens again after a sentence's
 * end ({@code "First. "Second."}, paragraphs run into one line) ends there. A straight mark
 * that opens a word after a space, while a straight quotation that opened inside a sentence before
 * a sentence's end is open, opens one: the mark before it was stray, and its quotation ends with
 * its first sentence. A closing mark whose opening one was lost opens nothing.
 */
public final class Quotes {
    private Quotes() {}

    /** A quotation: UTF-16 offsets of its opening mark and just past its closing mark. */
    public record Quotation(int start, int end) {}

    public static boolean isQuoteMark(int c) {
        return c == '"' || c == '“' || c == '”' || c == '„' || c == '«' || c == '»' || c == '‟' || c == '〝' || c == '〞';
    }

    /** Whether a token's text is a double quotation mark, the doubled apostrophe '' included. */
    public static boolean isQuoteMark(String token) {
        return token.startsWith("''") || !token.isEmpty() && isQuoteMark(token.codePointAt(0));
    }

    private static boolean opens(int c) {
        return c == '“' || c == '„' || c == '«' || c == '‟' || c == '〝';
    }

    private static boolean closes(int c) {
        return c == '”' || c == '»' || c == '〞';
    }

    /** Finds the quotations of a text, in order, none nested. */
    public static List<Quotation> find(String text) {
        List<Quotation> out = new ArrayList<>();
        int open = -1, nested = 0;  // guillemets opened inside a guillemet quotation: «... «Газпром» ...»
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (open >= 0) out.add(new Quotation(open, i));  // unclosed: ends with the paragraph
                open = -1;
                nested = 0;
                continue;
            }
            boolean doubled = text.startsWith("''", i);
            if (!isQuoteMark(c) && !doubled) continue;
            if (open >= 0 && text.charAt(open) == '«' && (c == '«' || c == '»' && nested > 0)) {
                nested += c == '«' ? 1 : -1;
                continue;
            }
            int stray = open >= 0 ? strayEnd(text, open, i) : -1;
            if (open < 0) {
                if (!straysClosing(text, i)) open = i;
            } else if (reopens(text, i)) {
                // "First sentence. "Second sentence ...": a quotation of several paragraphs run into one line
                out.add(new Quotation(open, lastNonSpace(text, i) + 1));
                open = i;
            } else if (stray > 0) {
                // a straight mark with a space before and a word after opens, a sentence after a mark that opened inside
                // one: that one was stray ("... че "определено количество ... транзита. Милер добави, че ... "просто няма"),
                // and ends its sentence (a word quoted inside a quotation that opens a paragraph or its first sentence is
                // nested: "Без яснота ... проектът "Северен поток 2" е невъзможен")
                out.add(new Quotation(open, stray));
                open = i;
            } else if (closes(c) || c == '"' || doubled || c == '“' && !startsWord(text, i)) {
                out.add(new Quotation(open, doubled ? i + 2 : i + 1));
                open = -1;
            } else if (opens(c)) {
                open = i;  // a second opening mark: the first was stray
            }
            if (doubled) i++;
        }
        if (open >= 0) out.add(new Quotation(open, text.length()));
        return out;
    }

    /**
     * An opening mark inside an open quotation, right after the end of a sentence: the quotation
     * went on in a new paragraph whose line break was lost, and opens again here.
     */
    private static boolean reopens(String text, int i) {
        char c = text.charAt(i);
        if (c != '"' && !opens(c) || !startsWord(text, i) || i < 2 || !Character.isWhitespace(text.charAt(i - 1))) return false;
        int k = lastNonSpace(text, i);
        return k >= 0 && (text.charAt(k) == '.' || text.charAt(k) == '?' || text.charAt(k) == '!');
    }

    /**
     * A closing-shaped mark with no quotation open: right after a word and before a space or
     * punctuation ({@code предстои“.}, {@code said” and}), where the opening mark was lost. It
     * closes nothing and opens nothing, lest it open a quotation over the narration after it.
     */
    private static boolean straysClosing(String text, int i) {
        char c = text.charAt(i);
        if (c != '“' && c != '”' && c != '»' || i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))) return false;
        return i + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(i + 1));
    }

    /**
     * Where the quotation that a stray straight mark at {@code open} opened ends, when the straight
     * mark at {@code i} opens another: just past its first sentence's end; -1 where the marks are no such pair.
     */
    private static int strayEnd(String text, int open, int i) {
        if (text.charAt(i) != '"' || text.charAt(open) != '"' || !opensAfterSpace(text, i) || !opensMidSentence(text, open)) return -1;
        return sentenceEnd(text, open, i);
    }

    /** Whether the mark at {@code i} has a space before it and a word after it: it opens. */
    private static boolean opensAfterSpace(String text, int i) {
        return i > 0 && Character.isWhitespace(text.charAt(i - 1)) && startsWord(text, i);
    }

    /** Whether a word or a comma stands before the mark at {@code i}, past spaces: it opens inside a sentence. */
    private static boolean opensMidSentence(String text, int i) {
        int k = lastNonSpace(text, i);
        return k >= 0 && (Character.isLetterOrDigit(text.charAt(k)) || text.charAt(k) == ',');
    }

    /** Just past the first sentence's end (".", "?" or "!" before a space) in {@code (from, to)}, or -1. */
    private static int sentenceEnd(String text, int from, int to) {
        for (int k = from + 1; k + 1 < to; k++) {
            char c = text.charAt(k);
            if ((c == '.' || c == '?' || c == '!') && Character.isWhitespace(text.charAt(k + 1))) return k + 1;
        }
        return -1;
    }

    private static int lastNonSpace(String text, int i) {
        int k = i - 1;
        while (k >= 0 && Character.isWhitespace(text.charAt(k))) k--;
        return k;
    }

    private static boolean startsWord(String text, int i) {
        return i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1))
                && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
    }

    /** For each token, the index of the quotation containing it, or -1. */
    public static int[] quotationOfTokens(List<Token> tokens, List<Quotation> quotes) {
        int[] q = new int[tokens.size()];
        int k = 0;
        for (Token t : tokens) {
            while (k < quotes.size() && quotes.get(k).end() <= t.start()) k++;
            q[t.index()] = k < quotes.size() && quotes.get(k).start() <= t.start() && t.end() <= quotes.get(k).end() ? k : -1;
        }
        return q;
    }
}
