package org.dossier.lang.slavic;

import org.dossier.lang.Words;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The word lists of one of the Slavic languages, from its resource folder
 * ({@code org/dossier/lang/ru/} ...). Entries are in lower case; lists of names (places, place
 * abbreviations) as written.
 *
 * @param code                   the language's ISO 639-1 code
 * @param abbreviations          a full stop after them ends no sentence ("г.", "ул.")
 * @param stopWords              function words and others that never start a name, even capitalised
 * @param organisationHeads      nouns that make a name an organisation's ("партия", "министерство")
 * @param organisationEndings    endings of companies' one-word names ("Газпром", "Нафтогаз", "Роснефть"), in lower case
 * @param organisationPrefixes   beginnings of the one-word names that shorten a body's ("Минфин", "Роскосмос", "Укрзалізниця"), in lower case
 * @param appositionHeads        nouns before an organisation's name in apposition ("агентство Reuters", "компания Ryanair")
 * @param outlets                news agencies and outlets named in Cyrillic letters ("Рейтер", "Франс прес"), as written
 * @param organisationWords      words in names that make them an organisation's ("AG", "Airlines", "Компани")
 * @param placeHeads             nouns that make a name a place's ("море", "остров")
 * @param places                 countries, regions and cities, in the nominative
 * @param placeEndings           endings of towns' names ("Шереметьево", "Донецк"), lower case
 * @param placeAbbreviations     abbreviations that are places ("США", "РФ"); any other is an organisation
 * @param titles                 words that put a person's name after them ("президент", "министр")
 * @param nameParticles          lower-case words inside a person's name ("фон", "де"), in foreign names
 * @param placePrepositions      a capitalised word after them is more likely a place ("в", "из")
 * @param caseEndings            endings that inflection adds to a name ("а", "ом"), longest first
 * @param demonyms               plural nouns for groups of people ("россияне"), as lemmas or forms
 * @param malePronouns           "он": a man named just before
 * @param femalePronouns         "она": a woman named just before
 * @param governments            a government that a country names is an organisation ("правительство", "кабинет министров"):
 *                               the lemma, then the form of a second word if any
 */
public record SlavicWords(String code, Set<String> abbreviations, Set<String> stopWords, Set<String> organisationHeads,
                          List<String> organisationEndings, List<String> organisationPrefixes, Set<String> appositionHeads, Set<String> outlets, Set<String> organisationWords,
                          Set<String> placeHeads, Set<String> places, List<String> placeEndings, Set<String> placeAbbreviations, Set<String> titles,
                          Set<String> nameParticles, Set<String> placePrepositions, List<String> caseEndings, Set<String> demonyms,
                          Set<String> malePronouns, Set<String> femalePronouns, Set<String> governments) {
    private static final Map<String, SlavicWords> LANGUAGES = new ConcurrentHashMap<>();

    /** The lists of the language with this code, read once. */
    public static SlavicWords of(String code) {
        return LANGUAGES.computeIfAbsent(code, SlavicWords::read);
    }

    private static SlavicWords read(String code) {
        Words w = Words.of(code);
        return new SlavicWords(code, w.set("abbreviations"), w.set("stop-words"), w.set("organisation-heads"),
                w.list("organisation-endings"), w.list("organisation-prefixes"), w.set("apposition-heads"), w.set("outlets"), w.set("organisation-words"),
                w.set("place-heads"), w.set("places"), w.list("place-endings"), w.set("place-abbreviations"), w.set("titles"), w.set("name-particles"), w.set("place-prepositions"),
                w.list("case-endings").stream().sorted((a, b) -> b.length() - a.length()).toList(), w.set("demonyms"),
                w.set("male-pronouns"), w.set("female-pronouns"), w.set("government-nouns"));
    }

    /**
     * A word in lower case less its longest case ending, three letters left at least: "Путина" and
     * "Путиным" give "путин", "Москвы" "москв". Names and searches compare words by it.
     */
    public String key(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (String e : caseEndings) {
            if (lower.endsWith(e) && lower.length() - e.length() >= 3) return lower.substring(0, lower.length() - e.length());
        }
        return lower;
    }

    /**
     * The key of a name's word: {@link #key} of each part of a hyphenated word, since both inflect
     * ("Жана-Клода" and "Жаном-Клодом" are "жан-клод").
     */
    public String nameKey(String word) {
        if (word.indexOf('-') < 0) return key(word);
        String[] parts = word.split("-", -1);
        for (int i = 0; i < parts.length; i++) parts[i] = key(parts[i]);
        return String.join("-", parts);
    }
}
