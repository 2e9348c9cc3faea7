package org.dossier.lang.slavic;

import morfologik.stemming.DictionaryIterator;
import morfologik.stemming.WordData;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The places of the world as the Ukrainian dictionary (VESUM) names them, for the languages whose
 * dictionaries name none. The Russian dictionary tags first names and surnames but no places, and
 * Bulgarian has no dictionary, so "Исламабад", "Таиланда" or "Дюссельдорф" would be read as
 * surnames; VESUM holds some 20,000 places, most of them spelled as Russian and Bulgarian spell them
 * but for a few letters that {@link #fold} reads alike.
 *
 * <p>The list ships as {@code org/dossier/lang/slavic/dictionary-places.txt}, the dictionary's place
 * lemmas that are no first name, surname or common word in it: reading them from the dictionary
 * takes seconds, so they are written once by {@link #main} (the command is in the file's header).
 */
public final class DictionaryPlaces {
    private DictionaryPlaces() {}

    /**
     * A name's key folded to letters that Russian, Ukrainian and Bulgarian spell one way:
     * "Таїланд", "Таиланд" and "Тайланд" are one, as are "Індонезія" and "Индонезия".
     */
    public static String fold(String key) {
        StringBuilder out = new StringBuilder(key.length());
        key.toLowerCase(Locale.ROOT).codePoints().forEach(c -> {
            switch (c) {
                case 'і', 'ї', 'ы', 'й' -> out.append('и');
                case 'є', 'э', 'ё' -> out.append('е');
                case 'ґ' -> out.append('г');
                case '\'', '’', 'ʼ', 'ь' -> { }
                default -> out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /** The places of the list, as VESUM writes them ("Таїланд"), read once. */
    static List<String> names() {
        return NAMES;
    }

    private static final List<String> NAMES = read();

    private static List<String> read() {
        try (InputStream in = DictionaryPlaces.class.getResourceAsStream("dictionary-places.txt")) {
            if (in == null) throw new IllegalStateException("no dictionary-places.txt beside " + DictionaryPlaces.class.getName());
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(String::strip).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the list to standard output: {@code java -cp target/dossier.jar org.dossier.lang.slavic.DictionaryPlaces > FILE}. */
    public static void main(String[] args) throws IOException {
        String resource = "org/languagetool/resource/uk/ukrainian.dict";
        URL url = DictionaryPlaces.class.getClassLoader().getResource(resource);
        if (url == null) throw new IllegalStateException("no dictionary " + resource + " on the class path");
        morfologik.stemming.Dictionary dictionary = morfologik.stemming.Dictionary.read(url);
        Morphology morphology = Morphology.shared(resource);
        Set<String> places = new TreeSet<>();
        DictionaryIterator it = new DictionaryIterator(dictionary, dictionary.metadata.getDecoder(), true);
        while (it.hasNext()) {
            WordData wd = it.next();
            String tag = wd.getTag().toString(), lemma = wd.getStem().toString();
            if (!Tags.UKRAINIAN.place(tag) || lemma.isEmpty() || !Character.isUpperCase(lemma.codePointAt(0)) || lemma.contains(" ")) continue;
            places.add(lemma);
        }
        places.removeIf(p -> morphology.readings(p).stream().anyMatch(r -> Tags.UKRAINIAN.firstName(r.tag()) || Tags.UKRAINIAN.surname(r.tag())
                || Tags.UKRAINIAN.patronymic(r.tag())) || !morphology.readings(p.toLowerCase(Locale.ROOT)).isEmpty());
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        out.println("# Places as the Ukrainian dictionary (VESUM, in ua.net.nlp:morfologik-ukrainian-lt, LGPL 2.1 or later) names them:");
        out.println("# its place lemmas that it reads as no first name, surname, patronymic or common word. Read by");
        out.println("# org.dossier.lang.slavic.SlavicNames for Russian and Bulgarian, whose dictionaries name no places.");
        out.println("# Written by: java -cp target/dossier.jar org.dossier.lang.slavic.DictionaryPlaces > src/main/resources/org/dossier/lang/slavic/dictionary-places.txt");
        out.println();
        places.forEach(out::println);
        out.flush();
    }
}
