package org.dossier.store;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names of countries, of the European Union and the United Nations, and of the cities that
 * name time zones, in each language Dossier reads, from ICU's locale data (CLDR): "Germany",
 * "Германия" and "Німеччина" are one place, "США", "САЩ" and "United States" one country,
 * "Kyiv", "Киев" and "Київ" one city. Romanising finds the names that sound alike; this finds
 * those that are translated. What CLDR lacks is listed: countries' abbreviations and official
 * names ("РФ", "ФРГ", "Соединённое Королевство") in {@code places.tsv}, international
 * organisations (NATO, "ЕС" for the EU) in {@code organisations.tsv}.
 */
final class PlaceNames {
    private PlaceNames() {}

    /** The languages whose names are read: those Dossier analyses. */
    private static final List<String> LANGUAGES = List.of("en", "ru", "uk", "bg");
    /** Regions beyond the ISO countries that CLDR names: the EU and the UN act as organisations. */
    private static final List<String> MORE_REGIONS = List.of("EU", "UN");

    private static final Map<String, String> CODES = load();
    /** The fewest letters a stem of {@link #codeOfWord} keeps: "Индии" is India's, "Рим" stays whole. */
    private static final int MIN_STEM = 3;
    private static final Map<String, String> STEMS = stems();

    /** The place's code ("DE", "Europe/Kiev") when a name is one of these, else null. */
    static String codeOf(String name) {
        return CODES.get(Names.normalize(name));
    }

    /**
     * The code of the place one word names in any case, else null: "России", "Росії" and
     * "Russia" are RU, "Великобритании" GB, "Москвы" Europe/Moscow. The word is a one-word name's
     * stem (its final vowels off, three letters or more) with an ending of up to four letters.
     */
    static String codeOfWord(String word) {
        String norm = Names.normalize(word);
        for (int end = norm.length(); end >= Math.max(MIN_STEM, norm.length() - 4); end--) {
            String code = STEMS.get(norm.substring(0, end));
            if (code != null) return code;
        }
        return null;
    }

    /** The stems of the one-word names, each to its place's code; a stem two places share names neither. */
    private static Map<String, String> stems() {
        Map<String, String> stems = new HashMap<>();
        Set<String> clashes = new HashSet<>();
        CODES.forEach((name, code) -> {
            String stem = name.replaceFirst("[aeiouy]+$", "");
            if (name.contains(" ") || stem.length() < MIN_STEM) return;
            String before = stems.putIfAbsent(stem, code);
            if (before != null && !before.equals(code)) clashes.add(stem);
        });
        clashes.forEach(stems::remove);
        return Map.copyOf(stems);
    }

    private static Map<String, String> load() {
        Map<String, String> codes = new HashMap<>();
        Set<String> clashes = new HashSet<>();
        for (String lang : LANGUAGES) {
            ULocale locale = new ULocale(lang);
            LocaleDisplayNames full = LocaleDisplayNames.getInstance(locale), brief = LocaleDisplayNames.getInstance(locale, DisplayContext.LENGTH_SHORT);
            List<String> regions = new java.util.ArrayList<>(List.of(ULocale.getISOCountries()));
            regions.addAll(MORE_REGIONS);
            for (String region : regions) {
                put(codes, clashes, full.regionDisplayName(region), region);
                put(codes, clashes, brief.regionDisplayName(region), region);
            }
            TimeZoneNames zones = TimeZoneNames.getInstance(locale);
            for (String zone : TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null)) {
                String city = zones.getExemplarLocationName(zone);
                if (city != null && !codes.containsKey(Names.normalize(city))) put(codes, clashes, city, zone);  // a country keeps its name
            }
        }
        clashes.forEach(codes::remove);
        // the own lists override: "ЕС" is the EU, whatever else it might spell
        readList(codes, "places.tsv");
        readList(codes, "organisations.tsv");
        return Map.copyOf(codes);
    }

    /** Reads a list of codes and their names, tab-separated, one a line. */
    private static void readList(Map<String, String> codes, String resource) {
        for (String line : ListFile.lines(resource)) {
            String[] f = line.split("\t");
            for (int i = 1; i < f.length; i++) if (!Names.normalize(f[i]).isEmpty()) codes.put(Names.normalize(f[i]), f[0]);
        }
    }

    /** Records a name, unless it names two places: then it names neither. */
    private static void put(Map<String, String> codes, Set<String> clashes, String name, String code) {
        if (name == null || name.equals(code)) return;  // CLDR gives the code back where it has no name
        String norm = Names.normalize(name);
        if (norm.isEmpty()) return;
        String before = codes.putIfAbsent(norm, code);
        if (before != null && !before.equals(code)) clashes.add(norm);
    }
}
