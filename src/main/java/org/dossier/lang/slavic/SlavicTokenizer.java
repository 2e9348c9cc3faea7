package org.dossier.lang.slavic;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Words, sentences and paragraphs of a Russian, Ukrainian or Bulgarian text, by rule. A word is a
 * run of letters and digits, with the hyphens and apostrophes inside it ("Кара-Мурза",
 * "з'явився"), a decimal point or comma between digits ("2,5"), a point inside a site's name
 * ("ONLINE.UA"); any other character that is not
 * a space is a token of its own. A sentence ends at a line break, and after ".", "!", "?" or "…"
 * (and the closing quotes or brackets after it) when the next token starts with a capital letter,
 * a digit, an opening quotation mark or a dash, unless the full stop ends an initial ("Т.") or one
 * of the language's abbreviations ("г.", "ул."). A paragraph is a line.
 */
final class SlavicTokenizer {
    /** A token: UTF-16 offsets, its sentence and its paragraph. */
    record Piece(int start, int end, int sentence, int paragraph) {}

    private final Set<String> abbreviations;

    /** @param abbreviations words, in lower case, that a full stop after does not end a sentence */
    SlavicTokenizer(Set<String> abbreviations) {
        this.abbreviations = abbreviations;
    }

    List<Piece> tokenize(String text) {
        List<int[]> raw = new ArrayList<>();  // start, end, whether a line break comes before it
        int n = text.length();
        int i = 0;
        boolean lineBreak = false;
        while (i < n) {
            int c = text.codePointAt(i);
            int len = Character.charCount(c);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B') {
                if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') lineBreak = true;
                i += len;
                continue;
            }
            int start = i;
            if (isWordChar(c)) {
                i += len;
                while (i < n) {
                    int d = text.codePointAt(i);
                    if (isWordChar(d)) {
                        i += Character.charCount(d);
                    } else if (joins(text, i, d)) {
                        i += Character.charCount(d);
                    } else {
                        break;
                    }
                }
            } else {
                i += len;
            }
            raw.add(new int[] {start, i, lineBreak ? 1 : 0});
            lineBreak = false;
        }
        List<Piece> out = new ArrayList<>(raw.size());
        int sentence = -1, paragraph = -1;
        boolean pendingEnd = false;
        for (int t = 0; t < raw.size(); t++) {
            int[] r = raw.get(t);
            String tok = text.substring(r[0], r[1]);
            boolean newLine = t == 0 || r[2] == 1;
            if (newLine) paragraph++;
            if (newLine || pendingEnd && startsSentence(tok)) {
                sentence++;
                pendingEnd = false;
            }
            out.add(new Piece(r[0], r[1], sentence, paragraph));
            if (tok.equals("!") || tok.equals("?") || tok.equals("…")) {
                pendingEnd = true;
            } else if (tok.equals(".")) {
                pendingEnd = t == 0 || !abbreviated(text.substring(raw.get(t - 1)[0], raw.get(t - 1)[1]), raw.get(t - 1)[1] == r[0]);
            } else if (!closes(tok)) {
                pendingEnd = false;
            }
        }
        return out;
    }

    /** Whether a full stop right after this word ends an abbreviation or an initial rather than a sentence. */
    private boolean abbreviated(String word, boolean adjacent) {
        if (!adjacent) return false;
        if (word.codePointCount(0, word.length()) == 1 && Character.isUpperCase(word.codePointAt(0))) return true;
        return abbreviations.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean startsSentence(String tok) {
        int c = tok.codePointAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c) || opens(tok) || tok.equals("—") || tok.equals("–") || tok.equals("-");
    }

    private static boolean opens(String tok) {
        return "«„“\"'‘‚([".contains(tok);
    }

    private static boolean closes(String tok) {
        return "»”“\"'’)]".contains(tok);
    }

    static boolean isWordChar(int c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** A hyphen or apostrophe between letters, a point or comma between digits, joins a word. */
    private static boolean joins(String text, int i, int c) {
        int before = text.codePointBefore(i);
        int afterAt = i + Character.charCount(c);
        if (afterAt >= text.length()) return false;
        int after = text.codePointAt(afterAt);
        if (c == '-' || c == '\u2010' || c == '\u2011') return isWordChar(before) && isWordChar(after);
        if (c == '\'' || c == '’' || c == 'ʼ') return Character.isLetter(before) && Character.isLetter(after);
        if (c == '.' && isLatinLetter(before) && isLatinLetter(after)) return domain(text, i);
        if (c == '.' || c == ',') return Character.isDigit(before) && Character.isDigit(after);
        return false;
    }

    /** A point inside a site's name used as a source ("ONLINE.UA", "News.bg"): two Latin letters at least on each side. */
    private static boolean domain(String text, int i) {
        int before = 0, after = 0;
        for (int k = i - 1; k >= 0 && isLatinLetter(text.charAt(k)); k--) before++;
        for (int k = i + 1; k < text.length() && isLatinLetter(text.charAt(k)); k++) after++;
        return before >= 2 && after >= 2;
    }

    private static boolean isLatinLetter(int c) {
        return Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }
}
