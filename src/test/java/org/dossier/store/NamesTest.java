package org.dossier.store;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The name in a mention, as the store records it among an entity's aliases. */
class NamesTest {
    @Test
    void aMentionsNameLosesItsTitles() {
        assertEquals("Zelensky", Names.alias("President Zelensky"));
        assertEquals("Bank of England", Names.alias("the Bank of England"));
        assertEquals("eBay UK", Names.alias("eBay UK"));
        assertEquals("Чарлз", Names.alias("Принц Чарлз"));
    }

    @Test
    void aDescriptionOrAPronounIsNoName() {
        assertNull(Names.alias("The company"));
        assertNull(Names.alias("The Japanese gaming giant"));
        assertNull(Names.alias("the Labour peer and former minister"));
        assertNull(Names.alias("he"));
    }

    @Test
    void namesInCyrillicMeetTheirLatinSpellings() {
        assertEquals("karamurza", Names.normalize("Кара-Мурза"));
        // Russian, Ukrainian, Bulgarian and English spellings of one president, one city, one paper
        for (String zelensky : new String[] {"Зеленский", "Зеленський", "Зеленски", "Zelenskyy", "Zelensky"}) {
            assertEquals("slnsk", Names.skeleton(Names.normalize(zelensky)), zelensky);  // (z is read as s)
        }
        for (String kyiv : new String[] {"Киев", "Київ", "Kiev", "Kyiv"}) assertEquals("kv", Names.skeleton(Names.normalize(kyiv)), kyiv);
        assertEquals(Names.skeleton("trump"), Names.skeleton(Names.normalize("Тръмп")));
        assertEquals(Names.skeleton("navalny"), Names.skeleton(Names.normalize("Навальный")));
        // his wife is not him, in any script
        assertNotEquals(Names.skeleton(Names.normalize("Зеленская")), Names.skeleton(Names.normalize("Zelensky")));
        assertEquals(Names.skeleton(Names.normalize("Зеленська")), Names.skeleton(Names.normalize("Zelenska")));
    }

    @Test
    void initialsAgainstASurnameAreWordsButAnAcronymStaysOne() {
        assertEquals("t mey", Names.normalize("Т.Мей"));
        assertEquals("v v putin", Names.normalize("В.В.Путин"));
        assertEquals("us", Names.normalize("U.S."));
        assertEquals("Сергей", Names.cyrillicLookalikes("Cергей"));
        assertEquals("Sergei", Names.cyrillicLookalikes("Sergei"));
    }

    @Test
    void transcriptionsFoldToOneSkeleton() {
        // Ukrainian г for h, Bulgarian ж for дж, a final d heard as t, Chinese цз and дз
        String[][] same = {{"Гант", "Хант"}, {"Ігор", "Игорь"}, {"Фараж", "Фарадж"}, {"Верхофстадт", "Верхофстат"},
                {"Цзиньпин", "Дзинпин"}, {"Johnson", "Джонсон"}, {"Ердоган", "Эрдоган"}};
        for (String[] p : same) {
            assertEquals(Names.skeleton(Names.normalize(p[0])), Names.skeleton(Names.normalize(p[1])), p[0] + " " + p[1]);
        }
        // the Bulgarian article and "на" go; ъ, a vowel, goes with the vowels
        assertEquals(java.util.List.of("vrkhovni", "sd", "pakistan"), Names.nameWords(Names.normalize("Върховният съд на Пакистан")));
        assertEquals("Световна здравна организация", Names.withoutBulgarianArticle("Световната здравна организация"));
        assertEquals("Сената", Names.withoutBulgarianArticle("Сената"), "a Russian genitive keeps its ending");
        assertEquals(EntityResolver.nameKey("Європейський союз"), EntityResolver.nameKey("Європейського союзу"), "a name given only in the genitive");
        assertEquals("ВОЗ", Names.initials("Всемирная организация здравоохранения"));
        assertEquals("МИД", Names.initials("Министерство иностранных дел"));
        assertEquals("СЗО", Names.initials("Световна здравна организация"));
    }

    @Test
    void aCompanysLegalFormIsNoPartOfItsName() {
        assertEquals("engie", Names.withoutLegalForm(Names.normalize("Engie SA")));
        assertEquals(Names.normalize("Газпром"), Names.withoutLegalForm(Names.normalize("ПАО «Газпром»")));
        assertEquals("nord stream 2", Names.withoutLegalForm(Names.normalize("Nord Stream 2 AG")));
        assertEquals("ag", Names.withoutLegalForm("ag"), "a name that is only a legal form keeps it");
    }
}
