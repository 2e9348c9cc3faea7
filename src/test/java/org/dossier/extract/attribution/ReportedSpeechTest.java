package org.dossier.extract.attribution;

import org.dossier.nlp.HandParsed;
import org.dossier.nlp.ParsedText;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.dossier.extract.attribution.WrittenAttributions.cueSourceContent;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Speech quotes in Russian, Ukrainian and Bulgarian, read without a parse, on hand-written news
 * sentences tagged as the languages' taggers tag them (Universal Dependencies' parts of speech,
 * the dictionaries' lemmas); each text opens with a title line, which reports nothing.
 */
class ReportedSpeechTest {
    private static final String TITLE = """
            Заголовок  _  NOUN  0  _
            """;

    private static List<String> found(String language, String sentences) {
        ParsedText doc = HandParsed.parse(TITLE + "# newpar\n" + sentences);
        return ReportedSpeech.of(language).extract(doc).stream().map(a -> cueSourceContent(doc, a)).toList();
    }

    @Test
    void aQuotationThenItsCueAndSpeaker() {
        assertEquals(List.of("заявил | Песков | « Мы хотим диалога , »"), found("ru", """
                «        _        PUNCT  0  _
                Мы       мы       PRON   0  _
                хотим    хотеть   VERB   0  _
                диалога  диалог   NOUN   0  _
                ,        _        PUNCT  0  _
                »        _        PUNCT  0  _
                —        _        PUNCT  0  _
                заявил   заявить  VERB   0  _
                Песков   Песков   PROPN  0  _
                .        _        PUNCT  0  _
                """));
    }

    @Test
    void aDialogueDash() {
        assertEquals(List.of("заявил | он | — Мы хотим диалога ,"), found("ru", """
                —        _        PUNCT  0  _
                Мы       мы       PRON   0  _
                хотим    хотеть   VERB   0  _
                диалога  диалог   NOUN   0  _
                ,        _        PUNCT  0  _
                —        _        PUNCT  0  _
                заявил   заявить  VERB   0  _
                он       он       PRON   0  _
                .        _        PUNCT  0  _
                """));
    }

    @Test
    void reportedSpeechAfterAConjunctionInEachLanguage() {
        assertEquals(List.of("заявив | Міністр Кулеба | переговори тривають"), found("uk", """
                Міністр    міністр   NOUN   0  _
                Кулеба     Кулеба    PROPN  0  _
                заявив     заявити   VERB   0  _
                ,          _         PUNCT  0  _
                що         що        SCONJ  0  _
                переговори переговори NOUN  0  _
                тривають   тривати   VERB   0  _
                .          _         PUNCT  0  _
                """));
        assertEquals(List.of("каза | Борисов | България ще подкрепи решението"), found("bg", """
                Борисов    Борисов   PROPN  0  _
                каза       кажа      VERB   0  _
                ,          _         PUNCT  0  _
                че         че        SCONJ  0  _
                България   България  PROPN  0  _
                ще         ще        AUX    0  _
                подкрепи   подкрепя  VERB   0  _
                решението  решение   NOUN   0  _
                .          _         PUNCT  0  _
                """));
    }

    @Test
    void aFeminineVerbTakesNoMasculinePronoun() {
        // "он" is the object here; the one who spoke is not named in this sentence
        assertEquals(List.of("заявила |  | его уволят"), found("ru", """
                Ему        он        PRON   0  _
                заявила    заявить   VERB   0  _
                ,          _         PUNCT  0  _
                что        что       SCONJ  0  _
                его        он        PRON   0  _
                уволят     уволить   VERB   0  _
                .          _         PUNCT  0  _
                """));
    }

    @Test
    void aSourcePhraseAndAnOutletAfterItsReport() {
        assertEquals(List.of("По словам | Пескова | переговоры продолжатся"), found("ru", """
                По         по        ADP    0  _
                словам     слово     NOUN   0  _
                Пескова    Песков    PROPN  0  _
                ,          _         PUNCT  0  _
                переговоры переговоры NOUN  0  _
                продолжатся продолжиться VERB 0 _
                .          _         PUNCT  0  _
                """));
        assertEquals(List.of("пише | Ройтерс | Лондон ще поиска отлагане"), found("bg", """
                Лондон     Лондон    PROPN  0  _
                ще         ще        AUX    0  _
                поиска     поискам   VERB   0  _
                отлагане   отлагане  NOUN   0  _
                ,          _         PUNCT  0  _
                пише       пиша      VERB   0  _
                Ройтерс    Ройтерс   PROPN  0  _
                .          _         PUNCT  0  _
                """));
    }

    @Test
    void narrationWithAVerbOfSpeechAndNoReportIsNoQuote() {
        assertEquals(List.of(), found("ru", """
                Министр    министр   NOUN   0  _
                много      много     ADV    0  _
                говорил    говорить  VERB   0  _
                о          о         ADP    0  _
                переговорах переговоры NOUN 0  _
                .          _         PUNCT  0  _
                """));
    }

    @Test
    void theOneToldAfterTheCueIsNoSpeaker() {
        assertEquals(List.of("сообщил | Владимир Кара-Мурза | Переговоры идут"), found("ru", """
                Переговоры переговоры NOUN   0  _
                идут       идти       VERB   0  _
                ,          _          PUNCT  0  _
                сообщил    сообщить   VERB   0  _
                изданию    издание    NOUN   0  _
                Politico   Politico   PROPN  0  _
                Владимир   Владимир   PROPN  0  _
                Кара-Мурза Кара-Мурза PROPN  0  _
                .          _          PUNCT  0  _
                """));
        assertEquals(List.of("съобщи | Владимир Кара-Мурза | Преговорите вървят"), found("bg", """
                Преговорите преговор  NOUN   0  _
                вървят     вървя      VERB   0  _
                ,          _          PUNCT  0  _
                съобщи     съобщя     VERB   0  _
                пред       пред       ADP    0  _
                Politico   Politico   PROPN  0  _
                Владимир   Владимир   PROPN  0  _
                Кара-Мурза Кара-Мурза PROPN  0  _
                .          _          PUNCT  0  _
                """));
    }

    @Test
    void aPrepositionalPhraseBeforeTheSpeakerIsNotHim() {
        assertEquals(List.of("сказал | Джонсон | Путину нельзя доверять"), found("ru", """
                После      после      ADP    0  _
                встречи    встреча    NOUN   0  _
                Джонсон    Джонсон    PROPN  0  _
                сказал     сказать    VERB   0  _
                ,          _          PUNCT  0  _
                что        что        SCONJ  0  _
                Путину     Путин      PROPN  0  _
                нельзя     нельзя     ADV    0  _
                доверять   доверять   VERB   0  _
                .          _          PUNCT  0  _
                """));
    }

    @Test
    void theOneToldAfterTheSpeakerIsNoPartOfHim() {
        assertEquals(List.of("каза | банкер | Преговорите вървят"), found("bg", """
                Преговорите преговор  NOUN   0  _
                вървят     вървя      VERB   0  _
                ,          _          PUNCT  0  _
                каза       кажа       VERB   0  _
                банкер     банкер     NOUN   0  _
                пред       пред       ADP    0  _
                Ройтерс    Ройтерс    PROPN  0  _
                .          _          PUNCT  0  _
                """));
    }

    @Test
    void aPronounAfterASourcePhraseIsTheWholeSourceCommaOrNot() {
        assertEquals(List.of("Според | него | Лондон трябва да отстъпи"), found("bg", """
                Според     според     ADP    0  _
                него       него       PRON   0  _
                Лондон     Лондон     PROPN  0  _
                трябва     трябва     VERB   0  _
                да         да         PART   0  _
                отстъпи    отстъпя    VERB   0  _
                .          _          PUNCT  0  _
                """));
    }

    @Test
    void thePlaceOfARoleIsNoSpeaker() {
        assertEquals(List.of("заяви | българският консул | Хората чакат"), found("bg", """
                Хората     хора       NOUN   0  _
                чакат      чакам      VERB   0  _
                ,          _          PUNCT  0  _
                заяви      заявя      VERB   0  _
                българският български ADJ    0  _
                консул     консул     NOUN   0  _
                в          в          ADP    0  _
                Букурещ    Букурещ    PROPN  0  _
                .          _          PUNCT  0  _
                """));
    }
}
