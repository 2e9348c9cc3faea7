package org.dossier.extract.facts;

import org.dossier.nlp.HandParsed;
import org.dossier.nlp.ParsedText;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Dates and relative times in Russian, Ukrainian and Bulgarian, normalised against the publication date. */
class TimesInWordsTest {
    /** Each time found, as "its words = its value". */
    private static List<String> times(String language, String words, String published) {
        StringBuilder conll = new StringBuilder();
        for (String w : words.split(" ")) conll.append(w).append(" _ X 0 _\n");
        ParsedText doc = HandParsed.parse(conll.toString());
        return TimesInWords.of(language).extract(doc, published).stream()
                .map(t -> HandParsed.words(doc, java.util.stream.IntStream.range(t.first(), t.end()).boxed().toList()) + " = " + t.value()).toList();
    }

    @Test
    void datesMonthsAndYears() {
        assertEquals(List.of("12 марта 2019 года = 2019-03-12", "апреле = 2025-04", "2014 году = 2014"),
                times("ru", "12 марта 2019 года он приехал , в апреле уехал , а в 2014 году вернулся", "2025-05-15"));
        assertEquals(List.of("5 квітня = 2025-04-05", "квітні = 2025-04"), times("uk", "5 квітня і у квітні", "2025-05-15"));
        assertEquals(List.of("май 2019 г. = 2019-05"), times("bg", "през май 2019 г. майка му", "2025-05-15"));
    }

    @Test
    void relativeTimesNeedThePublicationDate() {
        assertEquals(List.of("в прошлом году = 2024", "вчера = 2025-05-14", "понедельник = 2025-05-12"),
                times("ru", "в прошлом году и вчера , а в понедельник", "2025-05-15"));
        assertEquals(List.of("миналата година = 2024", "миналата седмица = 2025-W19"), times("bg", "миналата година и миналата седмица", "2025-05-15"));
        assertEquals(List.of("минулого року = null"), times("uk", "минулого року", null));
    }
}
