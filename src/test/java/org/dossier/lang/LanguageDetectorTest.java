package org.dossier.lang;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Detection of a paragraph's language, texts too short to tell, and languages named in messages. */
class LanguageDetectorTest {
    private static final String ENGLISH = "The government has announced plans to cut the number of quangos in England, "
            + "saying the move will save taxpayers more than 500 million pounds a year. Ministers told MPs that the "
            + "bodies which survive would have to publish their spending online, and the opposition said the savings "
            + "were exaggerated and that jobs would be lost in the regions.";
    private static final String RUSSIAN = "Правительство объявило о планах сократить число государственных агентств, "
            + "заявив, что это позволит сэкономить более пятисот миллионов рублей в год. Министры сообщили депутатам, "
            + "что оставшиеся ведомства должны будут публиковать свои расходы в интернете, а оппозиция заявила, что "
            + "экономия преувеличена.";
    private static final String UKRAINIAN = "Уряд оголосив про плани скоротити кількість державних агенцій, заявивши, "
            + "що це дозволить заощадити понад п'ятсот мільйонів гривень на рік. Міністри повідомили депутатам, що "
            + "відомства, які залишаться, мають оприлюднювати свої витрати в інтернеті, а опозиція заявила, що "
            + "економію перебільшено.";
    private static final String BULGARIAN = "Правителството обяви планове да намали броя на държавните агенции, като "
            + "заяви, че това ще спести повече от петстотин милиона лева годишно. Министрите казаха на депутатите, че "
            + "останалите ведомства ще трябва да публикуват разходите си в интернет, а опозицията заяви, че "
            + "спестяванията са преувеличени.";
    private static final String GERMAN = "Die Regierung hat angekündigt, die Zahl der staatlichen Behörden zu verringern, "
            + "und erklärt, dass dadurch jedes Jahr mehr als fünfhundert Millionen Euro gespart würden. Die Minister "
            + "sagten den Abgeordneten, die verbleibenden Ämter müssten ihre Ausgaben im Internet veröffentlichen, und "
            + "die Opposition nannte die Einsparungen übertrieben.";

    @Test
    void aParagraphIsInItsLanguage() {
        assertEquals("en", LanguageDetector.detect(ENGLISH).code());
        assertEquals("ru", LanguageDetector.detect(RUSSIAN).code());
        assertEquals("uk", LanguageDetector.detect(UKRAINIAN).code());
        assertEquals("bg", LanguageDetector.detect(BULGARIAN).code());
        assertEquals("de", LanguageDetector.detect(GERMAN).code());
        assertEquals("German", LanguageDetector.detect(GERMAN).name());
    }

    @Test
    void aSnippetTooShortToTellIsUndetermined() {
        for (String snippet : List.of("\"We want dialogue,\" he said.", "Smith said the plan was dead.", "Werder Bremen 2-1 Bayern Munich",
                "", "2025-05-15 12:00")) {
            LanguageDetector.Detected d = LanguageDetector.detect(snippet);
            assertFalse(d.determined(), snippet + ": " + d);
            assertEquals("en", d.codeOr("en"));
        }
    }

    @Test
    void aShortCyrillicTextIsReadInTheLikeliestCyrillicLanguageNeverAsEnglish() {
        assertEquals("uk", LanguageDetector.likeliestCyrillic("Прем'єр Великої Британії Борис Джонсон оголосив карантин."));
        assertEquals("bg", LanguageDetector.likeliestCyrillic("Британският премиер Борис Джонсън обяви карантина."));
        assertEquals("ru", LanguageDetector.likeliestCyrillic("Премьер Британии Борис Джонсон объявил карантин."));
        assertNull(LanguageDetector.likeliestCyrillic("Smith said the plan was dead."), "a Latin text is not guessed at");
        assertNull(LanguageDetector.likeliestCyrillic("Ryanair and Lufthansa cut flights, said Путин."), "nor a mostly Latin one");
    }

    @Test
    void languageCodesAreReadAndNamed() {
        assertEquals("German", Languages.nameOf("de"));
        assertEquals("German (de)", Languages.named("de"));
        assertEquals("en", Languages.code("EN"));
        assertEquals("en", Languages.code("en-GB"));
        assertEquals("pt", Languages.code("pt_BR"));
        for (String notACode : new String[] {"xx", "english", "eng", "", "e"}) assertNull(Languages.code(notACode), notACode);
        assertEquals("'english' is not an ISO 639-1 language code: for English give en", Languages.problemWith("english"));
        assertEquals("'deu' is not an ISO 639-1 language code: for German give de", Languages.problemWith("deu"));
        assertEquals("'xx' is not an ISO 639-1 language code (two letters, such as en, de, ru)", Languages.problemWith("xx"));
    }

    @Test
    void anUnsupportedLanguageIsRefusedNamingIt() {
        assertEquals("the text is in German (de); Dossier reads English (en)",
                new UnsupportedLanguageException("de", List.of("en")).getMessage());
        assertEquals("the text is in German (de); Dossier reads Bulgarian (bg), English (en) and Russian (ru)",
                new UnsupportedLanguageException("de", List.of("ru", "en", "bg")).getMessage());
        assertEquals("de", new UnsupportedLanguageException("de", List.of("en")).language());
    }
}
