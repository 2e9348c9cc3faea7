package org.dossier.lang;

import java.util.Locale;
import java.util.Set;

/**
 * Languages by their ISO 639-1 codes ("en", "de"), with their English names: the codes that
 * {@code --lang}, the API's {@code lang} and the {@code lang} field of JSONL records take. Java's
 * own list of codes and names serves, so nothing here loads the detector.
 */
public final class Languages {
    private static final Set<String> CODES = Set.of(Locale.getISOLanguages());

    private Languages() {}

    /**
     * The ISO 639-1 code a value names: "en", "EN", or a language tag that starts with one
     * ("en-GB", "pt_BR"), as feeds write them. Null when it names none ("english", "xx", "eng").
     */
    public static String code(String value) {
        if (value == null) return null;
        String primary = value.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        return primary.length() == 2 && CODES.contains(primary) ? primary : null;
    }

    /** The English name of a language: "de" gives "German"; an unknown code gives itself. */
    public static String nameOf(String code) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() ? code : name;
    }

    /** Name and code, as messages give a language: "German (de)". */
    public static String named(String code) {
        return nameOf(code) + " (" + code + ")";
    }

    /**
     * Why a value is not a language code, in words, suggesting the code where the value is a
     * language's English name or its three-letter code: "'english' is not an ISO 639-1 language
     * code: for English give en".
     */
    public static String problemWith(String value) {
        return "'" + value + "' is " + whyNot(value);
    }

    /** {@link #problemWith} without the value: "not an ISO 639-1 language code: for English give en". */
    public static String whyNot(String value) {
        String meant = meant(value.strip());
        return "not an ISO 639-1 language code" + (meant != null ? ": for " + nameOf(meant) + " give " + meant
                : " (two letters, such as en, de, ru)");
    }

    /** The code whose English name or three-letter code the value is, or null. */
    private static String meant(String value) {
        for (String code : CODES) {
            Locale l = Locale.forLanguageTag(code);
            if (l.getDisplayLanguage(Locale.ENGLISH).equalsIgnoreCase(value) || l.getISO3Language().equalsIgnoreCase(value)) return code;
        }
        return null;
    }
}
