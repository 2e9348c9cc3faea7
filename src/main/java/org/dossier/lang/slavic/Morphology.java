package org.dossier.lang.slavic;

import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A word's readings (lemma and grammatical tag) from one of LanguageTool's morfologik dictionaries
 * (LGPL), read with morfologik-stemming alone: {@code org/languagetool/resource/ru/russian.dict}
 * (from the AOT project's dictionary) and {@code org/languagetool/resource/uk/ukrainian.dict}
 * (VESUM, the Ukrainian one). A word is looked up as written: the dictionaries keep proper names
 * capitalised and common words in lower case. Thread-safe: each thread has its own lookup, and
 * readings are cached.
 */
public final class Morphology {
    /** One reading of a word: its lemma and its tag ("NN:Fam:Masc:Sin:R", "noun:anim:m:v_rod:prop:lname"). */
    public record Reading(String lemma, String tag) {}

    private static final int CACHE = 400_000;

    private final Dictionary dictionary;
    private final ThreadLocal<DictionaryLookup> lookups;
    private final Map<String, List<Reading>> cache = new ConcurrentHashMap<>();

    private Morphology(Dictionary dictionary) {
        this.dictionary = dictionary;
        this.lookups = dictionary == null ? null : ThreadLocal.withInitial(() -> new DictionaryLookup(dictionary));
    }

    private static final Map<String, Morphology> SHARED = new ConcurrentHashMap<>();

    /** The dictionary at a class-path resource, read once for every language that asks for it. */
    public static Morphology shared(String resource) {
        return SHARED.computeIfAbsent(resource, Morphology::load);
    }

    /** The dictionary at a class-path resource ({@code .dict}, with its {@code .info} beside it). */
    public static Morphology load(String resource) {
        URL url = Morphology.class.getClassLoader().getResource(resource);
        if (url == null) throw new IllegalStateException("no dictionary " + resource + " on the class path");
        try {
            return new Morphology(Dictionary.read(url));
        } catch (IOException e) {
            throw new UncheckedIOException("reading the dictionary " + resource, e);
        }
    }

    /** No dictionary: every word unknown. */
    public static Morphology none() {
        return new Morphology(null);
    }

    /**
     * Whether the dictionary reads a word, as written and in lower case, only in cases other than
     * the nominative, and as a common word at least once ("Пассажирам", "мулле", "Скандалом"). Not
     * "Вона", whose lower case is a nominative, nor "Волков", a surname as well as wolves'
     * genitive, nor "Зеле", a foreign name that does not decline written as Зель's locative.
     */
    public boolean onlyOblique(String word, Tags tags) {
        List<Reading> all = new ArrayList<>(readings(word));
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        if (!lower.equals(word)) all.addAll(readings(lower));
        return all.stream().anyMatch(r -> !tags.proper(r.tag())) && all.stream().allMatch(r -> tags.oblique(r.tag()) && !tags.nominative(r.tag()));
    }

    /** The readings of a word as written; none for a word the dictionary lacks. */
    public List<Reading> readings(String word) {
        if (dictionary == null || word.isEmpty()) return List.of();
        List<Reading> known = cache.get(word);
        if (known != null) return known;
        List<Reading> out = new ArrayList<>();
        // the dictionaries write the apostrophe as ', texts also as ’ or ʼ ("прем’єрка", "з’явився")
        for (WordData wd : lookups.get().lookup(word.replace('’', '\'').replace('ʼ', '\''))) {
            CharSequence stem = wd.getStem(), tag = wd.getTag();
            out.add(new Reading(stem == null || stem.length() == 0 ? word : stem.toString(), tag == null ? "" : tag.toString()));
        }
        List<Reading> readings = List.copyOf(out);
        if (cache.size() > CACHE) cache.clear();
        cache.put(word, readings);
        return readings;
    }
}
