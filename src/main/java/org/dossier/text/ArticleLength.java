package org.dossier.text;

/** The longest article Dossier analyzes: longer ones are refused rather than risk running out of memory. */
public final class ArticleLength {
    /** Longest text analyzed, in UTF-16 units. */
    public static final int MAX_CHARS = 2_000_000;

    private ArticleLength() {
    }

    /** Why a text is too long to analyze, or null when it is not: readers check it before the models load. */
    public static String problem(String text) {
        return text.length() <= MAX_CHARS ? null : String.format(
                "text is %,d characters long; Dossier analyzes articles of up to %,d: split it first", text.length(), MAX_CHARS);
    }
}
