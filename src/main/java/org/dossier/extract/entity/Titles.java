package org.dossier.extract.entity;

import org.dossier.lang.Words;

import java.util.Locale;
import java.util.Set;

/** Words written before a name that say what the person is ("President", "Sen.", "former"). */
public final class Titles {
    private static final Words EN = Words.of("en");
    private static final Set<String> WORDS = EN.set("titles");
    /** Titles that British news keeps as part of a name when it gives no first name ("Lord Goldsmith"). */
    private static final Set<String> NOBLE = EN.set("noble-titles");

    private Titles() {}

    public static boolean isTitle(String word) {
        return WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Posts held by one person, which end an organisation's name only when the tagger errs ("Home Secretary"). */
    private static final Set<String> POSTS = EN.set("posts");

    public static boolean isPost(String word) {
        return POSTS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Honorifics written only before a person's name: "Mr", "Mrs", "Ms", "Miss" (not "Dr": Dr Pepper). */
    private static final Set<String> HONORIFICS = EN.set("honorifics");

    public static boolean isHonorific(String word) {
        return HONORIFICS.contains(word.toLowerCase(Locale.ROOT));
    }

    public static boolean isNoble(String word) {
        return NOBLE.contains(word.toLowerCase(Locale.ROOT));
    }

    private static final Set<String> MALE = EN.set("male-titles"), FEMALE = EN.set("female-titles");

    /** Whether the word makes the person male (true), female (false), or says nothing (null): "Mr", "Mrs". */
    public static Boolean gender(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace(".", "");
        if (MALE.contains(w)) return true;
        if (FEMALE.contains(w)) return false;
        return null;
    }
}
