package org.dossier.text;

/**
 * Converts between UTF-16 indexes (what Java strings and CoreNLP use) and Unicode code-point
 * offsets (what Dossier's output and PolNeAR's annotations use). The two differ after any
 * character outside the Basic Multilingual Plane, such as an emoji.
 */
public final class CodePoints {
    private final int[] toCodePoint;   // UTF-16 index -> code-point offset
    private final int[] toUtf16;       // code-point offset -> UTF-16 index

    public CodePoints(String text) {
        int n = text.length();
        int cps = text.codePointCount(0, n);
        toCodePoint = new int[n + 1];
        toUtf16 = new int[cps + 1];
        int cp = 0;
        for (int i = 0; i < n; ) {
            toUtf16[cp] = i;
            int width = Character.charCount(text.codePointAt(i));
            for (int k = 0; k < width; k++) toCodePoint[i + k] = cp;
            i += width;
            cp++;
        }
        toCodePoint[n] = cps;
        toUtf16[cps] = n;
    }

    /** The code-point offset of a UTF-16 index (an index inside a surrogate pair maps to its character). */
    public int codePoint(int utf16) { return toCodePoint[utf16]; }

    /** The UTF-16 index of a code-point offset. */
    public int utf16(int codePoint) { return toUtf16[codePoint]; }

    /** Length of the text in code points. */
    public int length() { return toUtf16.length - 1; }
}
