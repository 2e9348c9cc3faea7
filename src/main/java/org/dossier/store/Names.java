package org.dossier.store;

import org.dossier.lang.Words;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Name forms for matching across articles, where the same person is written Zelensky, Zelenskyy
 * or Zelenskiy and the same city Kiev or Kyiv.
 */
final class Names {
    private static final Words EN = Words.of("en");
    /** Read here, not through extract's Titles: the store does not depend on extraction. */
    private static final Set<String> TITLES = titles();
    private static final Set<String> PRONOUNS = EN.set("pronouns");
    private static final Set<String> SUFFIXES = EN.set("name-suffixes");
    private static final String VOWELS = "aeiouy";

    private Names() {}

    /** The titles of every language Dossier reads: "Принц Чарлз" and "Prince Charles" are Charles. */
    private static Set<String> titles() {
        Set<String> all = new java.util.HashSet<>(EN.set("titles"));
        for (String lang : List.of("ru", "uk", "bg")) all.addAll(Words.of(lang).set("titles"));
        return Set.copyOf(all);
    }

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
        // an initial written against the surname is a word of its own: "Т.Мэй", "Дж.Хант", "В.В.Путин"
        name = GLUED_INITIAL.matcher(name).replaceAll("$1 ");
        String s = Normalizer.normalize(latin(name), Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        s = ARABIC_ARTICLE.matcher(s).replaceAll("");
        s = s.replaceAll("(?<=\\p{L})['’.\\-](?=\\p{L})", "");
        return s.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /**
     * Arabic's article joined to a name by a hyphen, which transcriptions keep or drop: "ас-Сиси"
     * and "Сиси", "Аль-Джазира" and "Ал Джазира".
     */
    private static final java.util.regex.Pattern ARABIC_ARTICLE = java.util.regex.Pattern.compile("(?<!\\p{L})(?:al|el|as|ad|at|an|ar|az|ash|ul)-(?=\\p{L})");
    private static final java.util.regex.Pattern GLUED_INITIAL = java.util.regex.Pattern.compile("(?<!\\p{L})(\\p{Lu}\\p{Ll}?\\.)(?=(?:\\p{Lu}\\p{Ll}?\\.)*\\p{Lu}\\p{Ll})");

    static List<String> words(String name) {
        String n = normalize(name);
        return n.isEmpty() ? List.of() : List.of(n.split(" "));
    }

    /**
     * A spelling-blind key of one word: its first letter, then its consonants with doubles
     * collapsed, then "a" when it ends in a, all of it {@linkplain #fold folded}. Kiev and Kyiv
     * give "kv"; Zelensky, Zelenskyy and Zelenskiy "slnsk"; the final a keeps Navalnaya
     * ("nvlna") apart from Navalny ("nvln").
     */
    static String skeleton(String word) {
        if (word.isEmpty()) return word;
        word = fold(word);
        StringBuilder b = new StringBuilder().append(word.charAt(0));
        for (int i = 1; i < word.length(); i++) {
            char c = word.charAt(i);
            if (VOWELS.indexOf(c) < 0 && c != b.charAt(b.length() - 1)) b.append(c);
        }
        if (word.length() > 1 && word.endsWith("a")) b.append('a');
        return b.toString();
    }

    private static final java.util.regex.Pattern CONSONANT_J = java.util.regex.Pattern.compile("^j|(?<=[^aeiouy])j");
    private static final java.util.regex.Pattern LEADING_Y = java.util.regex.Pattern.compile("^y(?=[aeiou])");
    private static final java.util.regex.Pattern FINAL_D = java.util.regex.Pattern.compile("(?<=\\p{L})d+t?$");
    private static final java.util.regex.Pattern Z_NOT_ZH = java.util.regex.Pattern.compile("z(?!h)");
    private static final java.util.regex.Pattern SOFT_C = java.util.regex.Pattern.compile("c(?=[eiy])"), HARD_C = java.util.regex.Pattern.compile("c(?!h)");
    private static final java.util.regex.Pattern OPENING_W = java.util.regex.Pattern.compile("^u(?=[aeio])");

    /**
     * One normalised word with the letters that romanisations and transcriptions write
     * differently made one:
     * <ul>
     *   <li>Cyrillic х is kh or h, and Ukrainian writes h where Russian and Bulgarian write g
     *       (Гант and Хант, Гебреєсус and Гебрейесус), so kh and g are h;</li>
     *   <li>English j is дж, which Bulgarian at times writes ж (Фарадж, Фараж), so dzh and a j
     *       that opens a syllable are zh; a j after a vowel is the y of й (Sergej);</li>
     *   <li>an initial Е is Ye in the Russian romanisation of a Bulgarian name and E in others
     *       (Ердоган, Эрдоган), so a y before a first vowel goes;</li>
     *   <li>a final d is heard and often written t (Верхофстадт, Верхофстат);</li>
     *   <li>Chinese j is цз in Russian and дз in Bulgarian (Си Цзиньпин, Си Дзинпин), so tsz is dz;</li>
     *   <li>x is ks, w is v and ph is f, as Cyrillic writes them; an English W that opens a word is
     *       У in Russian and Bulgarian and В in Ukrainian (Уиткофф, Віткофф), so u before a vowel
     *       there is v;</li>
     *   <li>a Latin c is k, or s before e, i and y (Macron, Макрон; Mercedes, Мерседес);</li>
     *   <li>z (not zh) and s are one: a final z is heard and often written s (Ривз, Рийвс), and
     *       that must hold where a case ending follows it too (Евросоюз, Евросъюза); a foreign
     *       given name is written with either ("Асия" and "Азия" Bibi).</li>
     * </ul>
     */
    static String fold(String word) {
        word = SOFT_C.matcher(word.replace("ck", "k").replace("sch", "sh")).replaceAll("s");
        word = HARD_C.matcher(word).replaceAll("k");
        word = OPENING_W.matcher(word).replaceFirst("v").replace("kh", "h").replace('g', 'h').replace("dzh", "zh").replace("tsz", "dz");
        word = CONSONANT_J.matcher(word).replaceAll("zh").replace('j', 'y').replace("x", "ks").replace('w', 'v').replace("ph", "f");
        word = Z_NOT_ZH.matcher(FINAL_D.matcher(word).replaceFirst("t")).replaceAll("s");
        return LEADING_Y.matcher(word).replaceFirst("");
    }

    /** Ukrainian's own letters: a name holding one is romanised the Ukrainian way. */
    private static final java.util.regex.Pattern UKRAINIAN = java.util.regex.Pattern.compile("[ІіЇїЄєҐґ]");
    /**
     * Soft and hard signs, which the romanisations write as primes; Bulgarian ъ, a vowel, goes too:
     * the skeleton drops vowels. Ukrainian's apostrophe does a hard sign's work (П’янтедозі,
     * Пьянтедози) and goes with them.
     */
    private static final java.util.regex.Pattern SIGNS = java.util.regex.Pattern.compile("[ЬьЪъ]|(?<=\\p{IsCyrillic})['’ʼ](?=\\p{IsCyrillic})");
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
        String plain = SIGNS.matcher(withoutBulgarianArticle(cyrillicLookalikes(name))).replaceAll("");
        // BGN writes a middle dot between letters that would otherwise read as one sound (Мэй -> M·ey)
        return (UKRAINIAN.matcher(plain).find() ? UKRAINIAN_LATIN : RUSSIAN_LATIN).get().transliterate(plain).replace("·", "");
    }

    private static final String LATIN_LOOKALIKES = "aceopxyABCEHKMOPTXY", CYRILLIC_TWINS = "асеорхуАВСЕНКМОРТХУ";
    private static final java.util.regex.Pattern MIXED_WORD = java.util.regex.Pattern.compile("(?=\\S*\\p{IsCyrillic})(?=\\S*\\p{IsLatin})\\S+");

    /**
     * Latin letters typed in a Cyrillic word, where they look alike: "Cергей" with a Latin C is
     * Сергей. A word all in Latin letters stays as it is.
     */
    static String cyrillicLookalikes(String name) {
        return MIXED_WORD.matcher(name).replaceAll(m -> {
            StringBuilder b = new StringBuilder(m.group());
            for (int i = 0; i < b.length(); i++) {
                int k = LATIN_LOOKALIKES.indexOf(b.charAt(i));
                if (k >= 0) b.setCharAt(i, CYRILLIC_TWINS.charAt(k));
            }
            return b.toString();
        });
    }

    /** Bulgarian's definite endings where no Russian or Ukrainian word of a name ends so, and what each stands for. */
    private static final List<Map.Entry<java.util.regex.Pattern, String>> BULGARIAN_ARTICLES = List.of(
            article("(?<=\\p{L}{2})ият", "и"),            // Европейският, Върховният
            article("(?<=\\p{L}{2}[сц]к)ия", "и"),        // Европейския
            article("(?<=\\p{L}{2})ът", ""),              // съдът, Съветът
            article("(?<=\\p{L}{2}[сц]к)ата", "а"),       // Европейската
            article("(?<=\\p{L}{3})ната", "на"),          // Световната (not Russian "Сената")
            article("(?<=\\p{L}{2})ията", "ия"),          // Комисията, организацията
            article("(?<=\\p{L}{2}(?:[сц]к|н|ств))ото", "о"),  // Обединеното, кралството
            article("(?<=\\p{L}{2}(?:[сц]к|н))ите", "и"));    // Обединените

    private static Map.Entry<java.util.regex.Pattern, String> article(String ending, String bare) {
        return Map.entry(java.util.regex.Pattern.compile(ending + "(?!\\p{L})", java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE), bare);
    }

    /**
     * A Bulgarian name with the definite article off its words, as the other languages and
     * Bulgarian's own lists write it: "Световната здравна организация" is "Световна здравна
     * организация", "Върховният съд" "Върховни съд".
     */
    static String withoutBulgarianArticle(String name) {
        for (Map.Entry<java.util.regex.Pattern, String> a : BULGARIAN_ARTICLES) name = a.getKey().matcher(name).replaceAll(a.getValue());
        return name;
    }

    /** Whether a name holds a Cyrillic letter. */
    static boolean isCyrillic(String name) {
        return name.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
    }

    /**
     * Words that join a name's words, and articles, that translations drop or add: bg "Съд на ЕС"
     * is ru "суд ЕС", "Le Monde" is "Монд" and "Аль Джазира" "Джазира".
     */
    private static final Set<String> FUNCTION_WORDS = Set.of("na", "za", "i", "of", "the", "and", "for", "al", "el", "le", "la", "les", "il");

    /**
     * The words of a normalised name other than a person's, less the words that join them, where
     * others remain.
     */
    static List<String> nameWords(String norm) {
        List<String> all = List.of(norm.split(" ")), named = all.stream().filter(w -> !FUNCTION_WORDS.contains(w)).toList();
        return named.isEmpty() ? all : named;
    }

    /**
     * A word of a name other than a person's, as {@link #similar} but, in a word of six letters or
     * more, blind to the ending: an organisation's or place's name inflects ("Верховный суд
     * Пакистана", "Верховний суд Пакистану"), and no final a tells a man from a woman.
     */
    static boolean similarNameWord(String a, String b) {
        if (a.equals(b)) return true;
        String fa = fold(a), fb = fold(b);
        // a short word keeps its final a: Iowa is no Ivy
        if (Math.max(fa.length(), fb.length()) < 6) return similar(a, b);
        fa = ADJECTIVE_CASE.matcher(fa).replaceFirst("");
        fb = ADJECTIVE_CASE.matcher(fb).replaceFirst("");
        return nameSkeleton(a).equals(nameSkeleton(b)) && editDistance(fa, fb) <= Math.max(fa.length(), fb.length()) / 2;
    }

    /** An adjective's case endings that end in a consonant, folded: "Європейського", "Европейскому", "Европейских". */
    private static final java.util.regex.Pattern ADJECTIVE_CASE = java.util.regex.Pattern.compile("(?<=\\p{L}{4})(oho|eho|omu|emu|yh|ih|ymi|imi)$");

    /**
     * The {@link #skeleton} of a word of a name other than a person's: without the final a, and
     * without an adjective's case ending, so that a name the text gave only in another case
     * ("Європейського союзу") meets its nominative.
     */
    static String nameSkeleton(String word) {
        String k = skeleton(ADJECTIVE_CASE.matcher(fold(word)).replaceFirst(""));
        return k.length() > 1 && k.endsWith("a") && word.endsWith("a") ? k.substring(0, k.length() - 1) : k;
    }

    /** The words a name's acronym skips, in each language Dossier reads. */
    private static final Set<String> UNSPELLED = Set.of("of", "the", "and", "for", "на", "за", "и", "по", "і", "та", "з");

    /**
     * The acronym a name of several words would have: the first letters of its words, less the
     * words that join them ("Всемирная организация здравоохранения" -> "ВОЗ", "Министерство
     * иностранных дел" -> "МИД"); null for a name of one word.
     */
    static String initials(String name) {
        String[] words = name.strip().split("[\\s\\-]+");
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            if (w.isEmpty() || UNSPELLED.contains(w.toLowerCase(Locale.ROOT)) || !Character.isLetter(w.codePointAt(0))) continue;
            b.appendCodePoint(Character.toUpperCase(w.codePointAt(0)));
        }
        return b.length() < 2 ? null : b.toString();
    }

    /** Same skeleton and few edits apart: spelling variants of one word, not different words. */
    static boolean similar(String a, String b) {
        if (a.equals(b)) return true;
        String fa = fold(a), fb = fold(b);
        return skeleton(a).equals(skeleton(b)) && editDistance(fa, fb) <= Math.max(1, Math.max(fa.length(), fb.length()) / 2);
    }

    /**
     * Given names as {@link #similar}, one line of {@code given-names.tsv} ("Микола", "Николай"),
     * alike but for the first vowel ("Олена", "Елена"), or but for the vowels that end them
     * ("Асию", "Асия"): the surname beside it is the evidence. A name of three letters or fewer is
     * only itself, folded.
     */
    static boolean givenSimilar(String a, String b) {
        // a short name has few letters to spare: Joe is no Jeh
        if (Math.min(a.length(), b.length()) <= 3) return fold(a).equals(fold(b));
        Integer one = GIVEN_NAMES.get(a);
        if (one != null && one.equals(GIVEN_NAMES.get(b))) return true;  // "Микола", "Николай"
        if (similar(a, b) || similar(vowelOpening(a), vowelOpening(b))) return true;
        String fa = fold(a), fb = fold(b);
        return caseless(fa).equals(caseless(fb)) && fa.regionMatches(0, fb, 0, 3);
    }

    /**
     * A folded given name without its final vowels: an article that writes a foreign woman's name
     * only in other cases leaves it there, or in a namesake's nominative the dictionary knows
     * ("Асию", "Асии" as Асий's; "Асію"), and her name elsewhere is "Асия".
     */
    private static String caseless(String folded) {
        return FINAL_VOWELS.matcher(folded).replaceFirst("");
    }

    private static final java.util.regex.Pattern FINAL_VOWELS = java.util.regex.Pattern.compile("[aeiouy]+$");

    /** Each normalised form in {@code given-names.tsv} and the number of its line: forms of one line are one given name. */
    private static final Map<String, Integer> GIVEN_NAMES = givenNames();

    private static Map<String, Integer> givenNames() {
        Map<String, Integer> out = new HashMap<>();
        List<String> lines = ListFile.lines("given-names.tsv");
        for (int i = 0; i < lines.size(); i++) for (String form : lines.get(i).split("\t")) out.put(normalize(form.strip()), i);
        return Map.copyOf(out);
    }

    /** A given name's first vowel as any vowel: transcriptions differ in it (Олена, Елена; Амбър, Ембер). */
    private static String vowelOpening(String name) {
        return VOWELS.indexOf(name.charAt(0)) >= 0 ? "a" + name.substring(1) : name;
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
        return a.equals(b) || skeleton(a).equals(skeleton(b)) && editDistance(fold(a), fold(b)) <= 1;
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
         * A name's particles are no given names: "Тамим бин Хамад" and "Мухаммед бин Абдель Рахман"
         * Аль Тани are two men.
         */
        boolean compatible(PersonName o) {
            if (!java.util.Objects.equals(suffix, o.suffix)) return false;
            for (String a : given) {
                if (PARTICLES.contains(a)) continue;
                for (String b : o.given) {
                    if (isInitial(a) || isInitial(b) ? initialOf(a, b) : givenSimilar(a, b)) return true;
                }
            }
            return false;
        }
    }

    private static final java.util.regex.Pattern INITIAL = java.util.regex.Pattern.compile("[^aeiouy]{1,4}|y[aeiou]|[aeiouy]");

    /**
     * An initial, in the letters that romanise one Cyrillic letter or Дж: "v", "dzh" (Дж.),
     * "yu" (Ю.); no given name is written without a vowel.
     */
    static boolean isInitial(String word) {
        return INITIAL.matcher(word).matches();
    }

    /** Whether one given name is the other's initial, or both the same initial. */
    private static boolean initialOf(String a, String b) {
        String fa = fold(a), fb = fold(b);
        return fa.startsWith(fb) || fb.startsWith(fa);
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

    /**
     * The lower-case words inside foreign names ("bin", "бин", "аль", "фон"), normalised, from every
     * language's list (last of the fields: {@link #normalize} needs the patterns above).
     */
    private static final Set<String> PARTICLES = particles();

    private static Set<String> particles() {
        Set<String> all = new java.util.HashSet<>();
        for (String lang : List.of("en", "ru", "uk", "bg")) for (String p : Words.of(lang).set("name-particles")) all.add(normalize(p));
        return Set.copyOf(all);
    }
}
