package org.dossier.text;

/** A count with its noun, as messages print it: "1 file", "2 files", "0 entities". */
public final class Plural {
    private Plural() {}

    /** For nouns that take an s. */
    public static String of(long n, String noun) {
        return of(n, noun, noun + "s");
    }

    public static String of(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
