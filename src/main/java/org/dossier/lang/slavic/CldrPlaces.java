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

    private static void add(List<String> out, String name, String code) {
        if (name == null || name.equals(code) || name.isBlank() || name.contains(" ")) return;  // CLDR gives the code back where it has no name
        if (!Character.isUpperCase(name.codePointAt(0))) return;
        out.add(name);
    }
}
