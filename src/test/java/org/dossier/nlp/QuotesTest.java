package org.dossier.nlp;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class QuotesTest {
    private static List<String> quoted(String text) {
        return Quotes.find(text).stream().map(q -> text.substring(q.start(), q.end())).toList();
    }

    @Test
    void findsStraightCurlyLowAndGuillemetQuotations() {
        assertEquals(List.of("\"We will\"", "“and win”"), quoted("He said \"We will\" and “and win” today."));
        assertEquals(List.of("„Wir“", "«Nous»"), quoted("„Wir“ sagte er, «Nous» dit-il."));
    }

    @Test
    void findsDoubledApostropheQuotations() {
        assertEquals(List.of("''It's over,''", "''smart.''"),
                quoted("''It's over,'' Mr. Biden said of Mr. Trump's ''smart.'' The end's near."));
    }

    @Test
    void acceptsAnOpeningMarkUsedAsClosing() {
        assertEquals(List.of("“We are not enemies“"), quoted("“We are not enemies“, Yashin stressed."));
    }

    @Test
    void aClosingMarkWhoseOpeningWasLostOpensNothing() {
        // the Bulgarian text lost its „: the “ after "предстои" must not open a quotation over the narration after it
        assertEquals(List.of("„Лесно е“"), quoted("Меркел каза, че фазата предстои“. Туск също каза, че „Лесно е“ за всички."));
        assertEquals(List.of(), quoted("He called it the hardest part” and left."));
    }

    @Test
    void aStraightMarkThatNeverClosedEndsWithItsSentenceWhenAnotherOpensLater() {
        // "определено количество ..." lost its closing mark: the next quotation is "просто няма да има ресурси"
        assertEquals(List.of("\"определено количество ще продължи да се поддържа.", "\"просто няма да има ресурси\""),
                quoted("Милер каза, че \"определено количество ще продължи да се поддържа. Милер добави, че \"просто няма да има ресурси\" за транзит."));
        // a quotation that opens its paragraph may run over sentences with a word quoted inside: it is not cut at its first
        assertNotEquals("\"Статистика стабильна.", quoted("\"Статистика стабильна. Госпитализация \"плавает\" от тысячи.\"").get(0));
    }

    @Test
    void guillemetsInsideGuillemetsStayInside() {
        assertEquals(List.of("«Проект «Північний потік-2» загрожує Європі»", "«так»"),
                quoted("«Проект «Північний потік-2» загрожує Європі», - сказано у зверненні. Він сказав «так»."));
    }

    @Test
    void anUnclosedQuotationEndsWithItsParagraph() {
        String text = "“Nobody closes this.\nNext paragraph is plain.";
        assertEquals(List.of("“Nobody closes this."), quoted(text));
    }
}
