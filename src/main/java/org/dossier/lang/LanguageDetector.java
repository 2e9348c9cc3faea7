package org.dossier.lang;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

import static com.github.pemistahl.lingua.api.Language.*;

/**
 * The language of a text, detected by Lingua (a maintained library, Apache-2.0) among 52
 * languages common in the news ({@link #CANDIDATES}). Lingua's low-accuracy mode, which reads a
 * text's letter trigrams only, is used: for a text of a paragraph or more it answers as its full
 * mode does, and it holds about 70 MB of models where the full mode holds 900.
 *
 * <p>A text too short to tell is {@linkplain Detected#UNDETERMINED undetermined}, never guessed:
 * the caller then takes its default language, or for a Cyrillic text {@link #likeliestCyrillic}.
 * Alone, Lingua names another language for a fifth of the English news sentences under
 * {@value #MIN_LETTERS} letters (names, scores, datelines),
 * so those are not judged; above that a language is named only where it is clearly ahead of the
 * next (Lingua's minimum relative distance, {@value #CLEAR_LEAD}), except in texts of
 * {@value #LONG_TEXT} letters or more, where the most likely language is taken (related
 * languages, such as Bulgarian and Macedonian, stay close however long the text). Only the first
 * {@value #MAX_READ} characters are read. The README gives the accuracy measured.
 *
 * <p>The models load once, on first use or on {@link #load}; detection is thread-safe.
 */
public final class LanguageDetector {
    /** Fewer letters than this: too short to tell. */
    public static final int MIN_LETTERS = 40;
    /** This many letters or more: the most likely language, however close the next. */
    static final int LONG_TEXT = 400;
    /** How far ahead of the next the most likely language must be in a shorter text (Lingua's minimum relative distance). */
    static final double CLEAR_LEAD = 0.1;
    /** Characters read from the start of a text: many more than detection needs. */
    static final int MAX_READ = 2_000;

    /**
     * The languages told apart: English, the languages Dossier is to read, their neighbours in
     * script and vocabulary, and the other languages most common in the news. Not all of Lingua's
     * 75: each candidate is one more to be confused with (Kazakh took a twentieth of Ukrainian
     * sentences), and one more model in memory.
     */
    static final Language[] CANDIDATES = {
        ENGLISH, RUSSIAN, UKRAINIAN, BULGARIAN, BELARUSIAN, MACEDONIAN, SERBIAN, BOSNIAN, CROATIAN, SLOVENE, POLISH, CZECH,
        SLOVAK, MONGOLIAN, GERMAN, FRENCH, SPANISH, ITALIAN, PORTUGUESE, CATALAN, DUTCH, ROMANIAN, HUNGARIAN, ALBANIAN,
        GREEK, TURKISH, AZERBAIJANI, GEORGIAN, ARMENIAN, SWEDISH, DANISH, BOKMAL, FINNISH, ESTONIAN, LATVIAN, LITHUANIAN,
        IRISH, WELSH, ARABIC, PERSIAN, URDU, HEBREW, HINDI, BENGALI, CHINESE, JAPANESE, KOREAN, INDONESIAN, MALAY, VIETNAMESE,
        THAI, SWAHILI};

    private LanguageDetector() {}

    /**
     * What detection found: a language's ISO 639-1 code, or null when the text does not tell.
     *
     * @param code "en", or null
     */
    public record Detected(String code) {
        /** Too short, or no language clearly ahead. */
        public static final Detected UNDETERMINED = new Detected(null);

        public boolean determined() {
            return code != null;
        }

        /** The detected code, or {@code fallback} when undetermined. */
        public String codeOr(String fallback) {
            return code != null ? code : fallback;
        }

        /** "German", or "undetermined". */
        public String name() {
            return code != null ? Languages.nameOf(code) : "undetermined";
        }
    }

    /** Built once, with every candidate's models, when first asked for. */
    private static final class Models {
        /** Names a language only when it is clearly ahead. */
        static final com.github.pemistahl.lingua.api.LanguageDetector CLEAR = builder().withMinimumRelativeDistance(CLEAR_LEAD).build();
        /** Names the most likely language; the models are Lingua's, shared by both. */
        static final com.github.pemistahl.lingua.api.LanguageDetector LIKELIEST = builder().build();

        private static LanguageDetectorBuilder builder() {
            return LanguageDetectorBuilder.fromLanguages(CANDIDATES).withLowAccuracyMode().withPreloadedLanguageModels();
        }
    }

    /** Names the most likely of the Cyrillic languages Dossier reads; built on first use, as few texts need it. */
    private static final class CyrillicModels {
        static final com.github.pemistahl.lingua.api.LanguageDetector CYRILLIC =
                LanguageDetectorBuilder.fromLanguages(RUSSIAN, UKRAINIAN, BULGARIAN).withLowAccuracyMode().withPreloadedLanguageModels().build();
    }

    /** Loads the models now (a few seconds), so that the first detection does not wait: for loaders that load several things at once. */
    public static void load() {
        java.util.Objects.requireNonNull(Models.CLEAR);
    }

    /** The language of {@code text}, or {@link Detected#UNDETERMINED}. */
    public static Detected detect(String text) {
        String sample = head(text);
        long letters = sample.codePoints().filter(Character::isLetter).count();
        if (letters < MIN_LETTERS) return Detected.UNDETERMINED;
        Language found = Models.CLEAR.detectLanguageOf(sample);
        if (found == Language.UNKNOWN && letters >= LONG_TEXT) found = Models.LIKELIEST.detectLanguageOf(sample);
        return found == Language.UNKNOWN ? Detected.UNDETERMINED : new Detected(found.getIsoCode639_1().toString());
    }

    /**
     * For a text {@link #detect} leaves undetermined: the likeliest of Russian, Ukrainian and
     * Bulgarian where most of its letters are Cyrillic, so that a short Cyrillic text is never read
     * as English; else null. A guess, which a text too short to tell calls for.
     */
    public static String likeliestCyrillic(String text) {
        String sample = head(text);
        long letters = sample.codePoints().filter(Character::isLetter).count();
        long cyrillic = sample.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC).count();
        if (letters == 0 || cyrillic * 2 <= letters) return null;
        Language found = CyrillicModels.CYRILLIC.detectLanguageOf(sample);
        return found == Language.UNKNOWN ? null : found.getIsoCode639_1().toString();
    }

    /** The first {@value #MAX_READ} characters, not ending inside a surrogate pair. */
    private static String head(String text) {
        if (text.length() <= MAX_READ) return text;
        int end = Character.isHighSurrogate(text.charAt(MAX_READ - 1)) ? MAX_READ - 1 : MAX_READ;
        return text.substring(0, end);
    }
}
