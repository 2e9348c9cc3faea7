package org.dossier.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * A key for a body's name that holds across translation: the meanings of its words, read from
 * {@code name-words.tsv}, with the places it names as codes and its other words as
 * {@linkplain Names#nameSkeleton skeletons}. "Министерство иностранных дел России", "МИД РФ",
 * "МЗС Росії" and "Министерството на външните работи на Русия" all give one key; so do
 * "Палата общин" and "Камара на общините". Romanising finds names that sound alike and the lists
 * of {@link PlaceNames} those translated as a whole; this finds those translated word by word.
 *
 * <p>A name only of meanings many bodies share ("Министерство здравоохранения", "МОЗ") gets no key:
 * each country has one, and which is meant the name does not say.
 */
final class TranslatedNames {
    private TranslatedNames() {}

    /** A word's meaning that drops it: words that join others, and those translations leave out. */
    private static final String DROPPED = "-";
    /** Words and acronyms, each to its tokens. */
    private static final Map<String, List<String>> WORDS = new HashMap<>(), ACRONYMS = new HashMap<>();
    /** Stems, each to its tokens; a stem takes an ending of up to {@link #ENDING} letters. */
    private static final Map<String, List<String>> STEMS = new HashMap<>();
    private static final int ENDING = 5;

    static {
        for (String line : ListFile.lines("name-words.tsv")) {
            String[] f = line.split("\t");
            List<String> tokens = f[0].equals(DROPPED) ? List.of() : List.of(f[0].split(" "));
            for (int i = 1; i < f.length; i++) {
                String form = f[i].strip();
                if (form.endsWith("*")) STEMS.put(plain(form.substring(0, form.length() - 1)), tokens);
                else if (form.length() > 1 && form.equals(form.toUpperCase(Locale.ROOT))) ACRONYMS.put(form, tokens);
                else WORDS.put(plain(form), tokens);
            }
        }
    }

    private static final java.util.regex.Pattern WORD_BREAK = java.util.regex.Pattern.compile("[\\s\\-–—/]+");
    private static final java.util.regex.Pattern EDGE = java.util.regex.Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");

    /**
     * The name's key ("c:" and its tokens, sorted), or null where the name has no word of the list,
     * or only such words: then its words say nothing its spelling does not, or too little.
     */
    static String key(String name) {
        List<String> words = new ArrayList<>();
        for (String w : WORD_BREAK.split(name.strip())) {
            w = EDGE.matcher(w).replaceAll("");
            if (!w.isEmpty()) words.add(w);
        }
        List<List<String>> meanings = words.stream().map(TranslatedNames::meaning).toList();
        // most names hold no word of the list ("Газпром", "Reuters"): those cost no romanising
        if (meanings.stream().noneMatch(m -> m != null && m.stream().anyMatch(TranslatedNames::shared))) return null;
        TreeSet<String> tokens = new TreeSet<>();
        boolean anyShared = false, anyOwn = false;
        for (int i = 0; i < words.size(); i++) {
            // a country's name of several words: "Република България", "Соединённые Штаты"
            int span = Character.isUpperCase(words.get(i).codePointAt(0)) ? placeSpan(words, i) : 0;
            if (span > 0) {
                tokens.add(PlaceNames.codeOf(String.join(" ", words.subList(i, i + span))));
                anyOwn = true;
                i += span - 1;
                continue;
            }
            String w = words.get(i);
            List<String> meaning = meanings.get(i);
            if (meaning != null) {
                for (String t : meaning) {
                    tokens.add(t);
                    if (shared(t)) anyShared = true;
                    else anyOwn = true;
                }
                continue;
            }
            String place = Character.isUpperCase(w.codePointAt(0)) ? placeOf(w) : null;
            if (place != null) {
                tokens.add(place);
            } else {
                for (String n : Names.words(w)) tokens.add("~" + Names.nameSkeleton(n));
            }
            anyOwn = true;
        }
        return anyShared && anyOwn && tokens.size() > 1 ? "c:" + String.join(" ", tokens) : null;
    }

    /** Whether a token is a meaning many bodies share: not a country's code nor one that says whose body it is ("+COMMONS"). */
    private static boolean shared(String token) {
        return !token.startsWith("+") && token.length() != 2;
    }

    /** The code of the place a word names: "РФ", "США", "России". */
    private static String placeOf(String word) {
        String code = PlaceNames.codeOf(word);
        return code != null ? code : PlaceNames.codeOfWord(word);
    }

    /** How many words from i on name a place as a whole (two to four), else 0. */
    private static int placeSpan(List<String> words, int i) {
        for (int n = Math.min(4, words.size() - i); n >= 2; n--) {
            if (PlaceNames.codeOf(String.join(" ", words.subList(i, i + n))) != null) return n;
        }
        return 0;
    }

    /** The word's tokens from the list (empty for a dropped word), or null where it lists no such word. */
    private static List<String> meaning(String word) {
        List<String> acronym = ACRONYMS.get(word);
        if (acronym != null) return acronym;
        String w = plain(word);
        List<String> whole = WORDS.get(w);
        if (whole != null) return whole;
        for (int end = w.length(); end >= Math.max(1, w.length() - ENDING); end--) {
            List<String> stem = STEMS.get(w.substring(0, end));
            if (stem != null) return stem;
        }
        return null;
    }

    /** A word as the list writes it: lower case, ё as е, one apostrophe. */
    private static String plain(String word) {
        return word.toLowerCase(Locale.ROOT).replace('ё', 'е').replace('’', '\'').replace('ʼ', '\'');
    }
}
