package org.dossier.lang.slavic;

import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.ULocale;

import java.util.ArrayList;
import java.util.List;

/**
 * The names of countries and territories in one language, from ICU's locale data (CLDR), in the
 * nominative: "Гибралтар", "Гвинея", "Лихтенщайн". Not the cities that name time zones: among them
 * are stations and surnames ("Дейвис", Antarctica's Davis). The language's own {@code places} list
 * holds the cities and regions.
 */
final class CldrPlaces {
    private CldrPlaces() {}

    /** The one-word names in the language with this code (hyphens inside a word allowed), as CLDR writes them. */
    static List<String> of(String code) {
        ULocale locale = new ULocale(code);
        LocaleDisplayNames names = LocaleDisplayNames.getInstance(locale);
        List<String> out = new ArrayList<>();
        for (String region : ULocale.getISOCountries()) add(out, names.regionDisplayName(region), region);
        return out;
    }

    /**
     * The names of countries and parts of the world of two or three words, each capitalised, in the
     * language with this code: "Саудитска Арабия", "Новая Зеландия", "Латинська Америка" (not
     * "Острови Кука" with a lower-case word, nor a name with a comma or brackets).
     */
    static List<String> phrases(String code) {
        LocaleDisplayNames names = LocaleDisplayNames.getInstance(new ULocale(code));
        List<String> out = new ArrayList<>();
        List<String> regions = new ArrayList<>(PARTS_OF_THE_WORLD);
        regions.addAll(List.of(ULocale.getISOCountries()));
        for (String region : regions) {
            String name = names.regionDisplayName(region);
            if (name == null || !PHRASE.matcher(name).matches()) continue;
            out.add(name);
        }
        return out;
    }

    /** The parts of the world CLDR names by number: "Латинская Америка" (419), "Восточная Европа" (151). */
    private static final List<String> PARTS_OF_THE_WORLD = List.of("002", "003", "005", "011", "013", "014", "015", "017", "018", "021", "029",
            "030", "034", "035", "039", "143", "145", "151", "154", "155", "419");

    private static final java.util.regex.Pattern PHRASE = java.util.regex.Pattern.compile("\\p{Lu}[\\p{L}-]+( \\p{Lu}[\\p{L}-]+){1,2}");

    private static void add(List<String> out, String name, String code) {
        if (name == null || name.equals(code) || name.isBlank() || name.contains(" ")) return;  // CLDR gives the code back where it has no name
        if (!Character.isUpperCase(name.codePointAt(0))) return;
        out.add(name);
    }
}
