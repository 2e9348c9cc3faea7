package org.dossier.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A language's word lists, read from resource files next to its package, as Lucene keeps
 * {@code snowball/german_stop.txt} beside its analyzer: {@code org/dossier/lang/en/speech-verbs.txt}
 * is English's list {@code speech-verbs}.
 *
 * <p>A list file holds one entry a line, in UTF-8; blank lines and lines starting with {@code #}
 * are skipped, and a {@code #} after an entry starts a comment. Entries are kept as written (case
 * included). A map file ({@link #map}) holds a key, a tab and a value on each line. Lists are read
 * once and shared; every collection returned is unmodifiable.
 */
public final class Words {
    private static final Map<String, Words> LANGUAGES = new ConcurrentHashMap<>();

    private final String code;
    private final Map<String, List<String>> lines = new ConcurrentHashMap<>();

    private Words(String code) {
        this.code = code;
    }

    /** The word lists of the language with this ISO 639-1 code ("en"). */
    public static Words of(String code) {
        return LANGUAGES.computeIfAbsent(code, Words::new);
    }

    /** The language's code. */
    public String code() {
        return code;
    }

    /** The list {@code name} as a set. */
    public Set<String> set(String name) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(list(name)));
    }

    /** The list {@code name}, in file order. */
    public List<String> list(String name) {
        return lines.computeIfAbsent(name, this::read);
    }

    /**
     * The value a map gives a word: its own entry, else that of a stem written with a final "*"
     * that the word begins with ("март*" for "марта", "квітні" for "квіт*"); null for none.
     */
    public static String byStem(Map<String, String> map, String word) {
        String exact = map.get(word);
        if (exact != null) return exact;
        for (Map.Entry<String, String> e : map.entrySet()) {
            String k = e.getKey();
            if (k.endsWith("*") && word.startsWith(k.substring(0, k.length() - 1))) return e.getValue();
        }
        return null;
    }

    /** The map {@code name}: a key, a tab and a value on each line, in file order. */
    public Map<String, String> map(String name) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : list(name)) {
            int tab = line.indexOf('\t');
            if (tab < 0) throw new IllegalStateException(resource(name) + ": no tab in \"" + line + "\"");
            out.put(line.substring(0, tab).strip(), line.substring(tab + 1).strip());
        }
        return Collections.unmodifiableMap(out);
    }

    private String resource(String name) {
        return "org/dossier/lang/" + code + "/" + name + ".txt";
    }

    private List<String> read(String name) {
        String path = resource(name);
        try (InputStream in = Words.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("no word list " + path + " on the class path");
            List<String> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                int hash = line.indexOf(" #");
                if (hash >= 0) line = line.substring(0, hash);
                if (line.isBlank() || line.startsWith("#")) continue;
                out.add(line.strip());
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + path, e);
        }
    }
}
