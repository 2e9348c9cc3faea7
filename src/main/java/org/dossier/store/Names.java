package org.dossier.store;

import org.dossier.lang.Words;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Name forms for matching across articles, where the same person is written Zelensky, Zelenskyy
 * or Zelenskiy and the same city Kiev or Kyiv.
 */
final class Names {
    private static final Words EN = Words.of("en");
    /** Read here, not through extract's Titles: the store does not depend on extraction. */
    private static final Set<String> TITLES = EN.set("titles");
    private static final Set<String> PRONOUNS = EN.set("pronouns");
    private static final Set<String> SUFFIXES = EN.set("name-suffixes");
    private static final String VOWELS = "aeiouy";

    private Names() {}

    /**
     * The name in a mention, without titles or descriptions before it: "President Zelensky" ->
     * "Zelensky"; null for a pronoun or a description, whose last word is no name's: "The
     * company", "The Japanese gaming giant", "the Labour peer and former minister" name nobody.
     */
    static String alias(String mention) {
        String[] words = mention.strip().replaceFirst("['’]s$", "").split("\\s+");
        if (!isNameWord(words[words.length - 1])) return null;
        int i = 0;
        while (i < words.length - 1 && (TITLES.contains(words[i].toLowerCase(Locale.ROOT)) || !isNameWord(words[i]))) i++;
        if (PRONOUNS.contains(words[i].toLowerCase(Locale.ROOT))) return null;
        return String.join(" ", Arrays.copyOfRange(words, i, words.length));
    }

    /**
     * Lowercase words in Latin letters without accents or punctuation; apostrophes, dots and
     * hyphens inside a word join it: "Kara-Murza" and "Кара-Мурза" -> "karamurza".
     */
    static String normalize(String name) {
        String s = Normalizer.normalize(latin(name), Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        s = s.replaceAll("(?<=\\p{L})['’.\\-](?=\\p{L})", "");
        return s.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    static List<String> words(String name) {
        String n = normalize(name);
        return n.isEmpty() ? List.of() : List.of(n.split(" "));
    }

    /**
     * A spelling-blind key of one word: its first letter, then its consonants with doubles
     * collapsed, then "a" when it ends in a. Kiev and Kyiv give "kv"; Zelensky, Zelenskyy and
     * Zelenskiy "zlnsk"; the final a keeps Navalnaya ("nvlna") apart from Navalny ("nvln").
     * "kh" is read as "h", as Cyrillic х is romanised either way: Khant and Hunt give "hnt".
     */
    static String skeleton(String word) {
        if (word.isEmpty()) return word;
        word = word.replace("kh", "h");
        StringBuilder b = new StringBuilder().append(word.charAt(0));
        for (int i = 1; i < word.length(); i++) {
            char c = word.charAt(i);
            if (VOWELS.indexOf(c) < 0 && c != b.charAt(b.length() - 1)) b.append(c);
        }
        if (word.length() > 1 && word.endsWith("a")) b.append('a');
        return b.toString();
    }

    /** Ukrainian's own letters: a name holding one is romanised the Ukrainian way. */
    private static final java.util.regex.Pattern UKRAINIAN = java.util.regex.Pattern.compile("[ІіЇїЄєҐґ]");
    /** Soft and hard signs, which the romanisations write as primes; Bulgarian ъ, a vowel, goes too: the skeleton drops vowels. */
    private static final java.util.regex.Pattern SIGNS = java.util.regex.Pattern.compile("[ЬьЪъ]");
    private static final ThreadLocal<com.ibm.icu.text.Transliterator> RUSSIAN_LATIN =
            ThreadLocal.withInitial(() -> com.ibm.icu.text.Transliterator.getInstance("Russian-Latin/BGN"));
    private static final ThreadLocal<com.ibm.icu.text.Transliterator> UKRAINIAN_LATIN =
            ThreadLocal.withInitial(() -> com.ibm.icu.text.Transliterator.getInstance("Ukrainian-Latin/BGN"));

    /**
     * A name in Cyrillic in Latin letters, as the BGN/PCGN romanisation writes it (ICU's
     * transforms): Ukrainian's for a name with a letter only Ukrainian has, else Russian's, which
     * reads Bulgarian names the way the skeleton compares them ("Зеленски", "Зеленский" and
     * "Зеленський" -> Zelenski, Zelenskiy, Zelenskyy). A name without Cyrillic is returned as is.
     */
    static String latin(String name) {
        if (!isCyrillic(name)) return name;
        String plain = SIGNS.matcher(name).replaceAll("");
        // BGN writes a middle dot between letters that would otherwise read as one sound (Мэй -> M·ey)
        return (UKRAINIAN.matcher(plain).find() ? UKRAINIAN_LATIN : RUSSIAN_LATIN).get().transliterate(plain).replace("·", "");
    }

    /** Whether a name holds a Cyrillic letter. */
    static boolean isCyrillic(String name) {
        return name.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
    }

    /** Same skeleton and few edits apart: spelling variants of one word, not different words. */
    static boolean similar(String a, String b) {
        if (a.equals(b)) return true;
        return skeleton(a).equals(skeleton(b)) && editDistance(a, b) <= Math.max(1, Math.max(a.length(), b.length()) / 2);
    }

    /**
     * Given names as {@link #similar}, with s and z read alike: a foreign given name is written
     * with either ("Асия" and "Азия" Bibi), while the surname beside it is the evidence.
     */
    static boolean givenSimilar(String a, String b) {
        return similar(a, b) || similar(a.replace('z', 's'), b.replace('z', 's'));
    }

    /** Companies' legal forms, normalised ("ag", "pao"). */
    private static final Set<String> LEGAL_FORMS = Set.copyOf(ListFile.lines("legal-forms.txt").stream().map(l -> normalize(l.strip())).toList());

    /**
     * A normalised name less a company's legal form before or after it, where other words remain:
     * "engie sa" and "pao gazprom" are "engie" and "gazprom".
     */
    static String withoutLegalForm(String norm) {
        List<String> w = new ArrayList<>(List.of(norm.split(" ")));
        while (w.size() > 1 && LEGAL_FORMS.contains(w.get(w.size() - 1))) w.remove(w.size() - 1);
        while (w.size() > 1 && LEGAL_FORMS.contains(w.get(0))) w.remove(0);
        return String.join(" ", w);
    }

    /** A test of two normalised words for one name. */
    interface Match {
        boolean test(String a, String b);
    }

    /** Spelling variants one edit apart at most: closer than {@link #similar}, for a surname met alone. */
    static boolean close(String a, String b) {
        return a.equals(b) || skeleton(a).equals(skeleton(b)) && editDistance(a, b) <= 1;
    }

    /**
     * A person's name split into the words before the surname and the surname. A suffix (Jr.)
     * is kept apart so that father and son differ.
     */
    record PersonName(List<String> given, String suffix, String surname) {
        static PersonName of(String name) {
            List<String> w = new ArrayList<>(words(name));
            String suffix = w.size() > 2 && SUFFIXES.contains(w.get(w.size() - 1)) ? w.remove(w.size() - 1) : null;
            if (w.isEmpty()) return null;
            return new PersonName(List.copyOf(w.subList(0, w.size() - 1)), suffix, w.get(w.size() - 1));
        }

        boolean surnameOnly() {
            return given.isEmpty();
        }

        /**
         * Whether the two can be one person: the same suffix, and some given name of one equal to,
         * a spelling variant of, or the initial of one of the other's. Words before the given name
         * ("Democrat Hillary Clinton") then do no harm, while Bill and Hillary Clinton stay apart.
         */
        boolean compatible(PersonName o) {
            if (!java.util.Objects.equals(suffix, o.suffix)) return false;
            for (String a : given) {
                for (String b : o.given) {
                    if (a.length() == 1 || b.length() == 1 ? a.charAt(0) == b.charAt(0) : givenSimilar(a, b)) return true;
                }
            }
            return false;
        }
    }

    /** A word written as a name's: a capital or a digit first, or a capital inside ("eBay"). */
    private static boolean isNameWord(String w) {
        return !w.isEmpty() && (Character.isUpperCase(w.codePointAt(0)) || Character.isDigit(w.codePointAt(0))
                || w.codePoints().skip(1).anyMatch(Character::isUpperCase) && Character.isLetter(w.codePointAt(0)));
    }

    private static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
