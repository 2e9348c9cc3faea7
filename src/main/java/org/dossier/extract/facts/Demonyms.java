package org.dossier.extract.facts;

import org.dossier.lang.Words;

import java.util.Locale;
import java.util.Map;

/** Nationality adjectives to the countries they name. */
final class Demonyms {
    private static final Map<String, String> COUNTRIES = Words.of("en").map("demonyms");

    private Demonyms() {}

    /** The country, or null when the word is not a nationality adjective. */
    static String country(String word) {
        return COUNTRIES.get(word.toLowerCase(Locale.ROOT));
    }
}
