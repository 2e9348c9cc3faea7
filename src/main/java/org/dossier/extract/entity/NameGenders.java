package org.dossier.extract.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The likely gender of a person's name, so that "she" is not linked to Vladimir. First names come
 * from the list CoreNLP's coreference ships (14,600 names); Slavic surnames with a feminine ending
 * (Navalnaya, Zelenska, Petrova) cover names the list lacks.
 */
public final class NameGenders {
    private static final String LIST = "/edu/stanford/nlp/models/dcoref/namegender.combine.txt";
    private static final Map<String, Boolean> MALE_BY_NAME = load();

    private NameGenders() {}

    /** True for male, false for female, null when unknown. */
    static Boolean of(java.util.List<String> nameWords) {
        if (nameWords.isEmpty()) return null;
        if (nameWords.size() > 1) {
            Boolean g = MALE_BY_NAME.get(nameWords.get(0).toLowerCase(Locale.ROOT));
            if (g != null) return g;
        }
        String last = nameWords.get(nameWords.size() - 1).toLowerCase(Locale.ROOT);
        if (last.endsWith("aya") || last.endsWith("ova") || last.endsWith("eva") || last.endsWith("ska")
                || last.endsWith("ina") && nameWords.size() > 1) return false;
        return null;
    }

    /** Whether a word, in any case, is a first name of CoreNLP's list: "Kate", "KATE". */
    public static boolean isFirstName(String word) {
        return MALE_BY_NAME.containsKey(word.toLowerCase(Locale.ROOT));
    }

    private static Map<String, Boolean> load() {
        Map<String, Boolean> m = new HashMap<>();
        try (InputStream in = NameGenders.class.getResourceAsStream(LIST)) {
            if (in == null) return m;  // without CoreNLP's list, pronouns just link by recency
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String[] f = line.split("\t");
                if (f.length == 2 && (f[1].equals("MALE") || f[1].equals("FEMALE"))) m.put(f[0], f[1].equals("MALE"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }
}
