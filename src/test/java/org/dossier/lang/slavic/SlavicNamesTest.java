package org.dossier.lang.slavic;

import org.dossier.ArticleInfo;
import org.dossier.Language;
import org.dossier.lang.bg.Bulgarian;
import org.dossier.lang.ru.Russian;
import org.dossier.lang.uk.Ukrainian;
import org.dossier.model.Analysis;
import org.dossier.model.Entity;
import org.dossier.model.Mention;
import org.dossier.nlp.ParsedText;
import org.dossier.nlp.StageTimes;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Names in hand-written Russian, Ukrainian and Bulgarian news sentences, through each language's
 * real pipeline (its dictionary loaded, no CoreNLP): found, typed, linked across inflection, and
 * named in the nominative.
 */
class SlavicNamesTest {
    private static final Map<String, Language.Pipeline> PIPELINES = new ConcurrentHashMap<>();

    private static Analysis analyze(Language language, String text) {
        Language.Pipeline p = PIPELINES.computeIfAbsent(language.code(), c -> language.load(Runnable::run, new StageTimes()));
        ParsedText doc = p.parse(text);
        assertFalse(doc.hasParse(), "no parser reads " + language.name());
        return p.analyze(doc, new ArticleInfo(null, null, language.code()));
    }

    private static Entity entity(Analysis a, String name) {
        return a.entities().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity named " + name + " in " + a.entities()));
    }

    private static List<String> mentions(Entity e) {
        return e.mentions().stream().map(Mention::text).toList();
    }

    @Test
    void russianInflectedMentionsAreOnePersonNamedInTheNominative() {
        Analysis a = analyze(new Russian(), "Оппозиционер Владимир Кара-Мурза провёл встречу в Берлине. "
                + "Кара-Мурзу поддержали депутаты Германии. Путин ответил Кара-Мурзе через пресс-секретаря. "
                + "О Путине и его окружении говорили весь день, а Путина критиковали в парламенте.");
        assertEquals("ru", a.language());
        Entity karaMurza = entity(a, "Владимир Кара-Мурза");
        assertEquals("PERSON", karaMurza.type());
        assertEquals(List.of("Владимир Кара-Мурза", "Кара-Мурзу", "Кара-Мурзе"), mentions(karaMurza));
        Entity putin = entity(a, "Путин");
        assertEquals("PERSON", putin.type());
        assertEquals(List.of("Путин", "Путине", "Путина"), mentions(putin));
        assertEquals("LOCATION", entity(a, "Берлин").type());
        assertEquals("LOCATION", entity(a, "Германия").type());
        // offsets are code points into the text
        Mention first = karaMurza.mentions().get(0);
        assertEquals(13, first.start());
        assertEquals(32, first.end());
        assertTrue(a.attributions().isEmpty() && a.times().isEmpty());
    }

    @Test
    void aBodyMetOnlyInAnotherCaseIsNamedInTheNominativeItsAdjectivesInItsNounsGender() {
        Analysis ru = analyze(new Russian(), "Лидеры Европейского союза встретились с представителями Всемирной организации здравоохранения.");
        assertEquals("ORGANIZATION", entity(ru, "Европейский союз").type());
        entity(ru, "Всемирная организация здравоохранения");
        Analysis uk = analyze(new Ukrainian(), "Експерти Всесвітньої організації охорони здоров'я прибули до Європейського агентства.");
        entity(uk, "Всесвітня організація охорони здоров'я");
        entity(uk, "Європейське агентство");
        // a noun that reads as its nominative too ("море") is in its adjective's case
        assertEquals(List.of("Черном море"), mentions(entity(analyze(new Russian(), "Учения прошли в Черном море."), "Черное море")));
    }

    @Test
    void aNumberEndsANameInLatinLettersButNotBeforeAMonth() {
        Analysis a = analyze(new Russian(), "Ryanair 28 сентября отменила рейсы, а компания Nord Stream 2 AG ответила на запрос.");
        entity(a, "Ryanair");
        entity(a, "Nord Stream 2 AG");
    }

    @Test
    void aBulgarianSurnameInOvaBeforeAVerbIsTheWomanNamedInFull() {
        Analysis a = analyze(new Bulgarian(), "Вицепремиерът Лиляна Павлова пристигна в Лондон. Министър Павлова отбеляза, че преговорите са трудни.");
        assertEquals(List.of("Лиляна Павлова", "Павлова"), mentions(entity(a, "Лиляна Павлова")), "no adjective before a noun");
    }

    @Test
    void wordsInQuotationMarksThatACueFollowsAreAQuotationNotAName() {
        Analysis a = analyze(new Bulgarian(), "Полетът беше отменен, предава Би Ти Ви. „Чакахме пет часа“, каза пътник пред БНТ.");
        assertEquals("ORGANIZATION", entity(a, "Би Ти Ви").type());
        assertEquals("ORGANIZATION", entity(a, "БНТ").type());
        assertTrue(a.entities().stream().noneMatch(e -> e.name().startsWith("Чакахме")), a.entities().toString());
    }

    @Test
    void aNameMetOnlyInflectedIsStillNamedInTheNominative() {
        Analysis a = analyze(new Russian(), "Журналисты встретились с Владимиром Кара-Мурзой в Вильнюсе. Позже Кара-Мурза уехал.");
        Entity e = entity(a, "Владимир Кара-Мурза");
        assertEquals(List.of("Владимиром Кара-Мурзой", "Кара-Мурза"), mentions(e));
    }

    @Test
    void russianOrganisationsAndPlaces() {
        Analysis a = analyze(new Russian(), "Об этом сообщили в МИД Германии. Консервативная партия потеряла голоса, "
                + "а «Газпром» продолжил работы в Балтийском море. В США заявление назвали ошибкой.");
        assertEquals("ORGANIZATION", entity(a, "МИД Германии").type());
        assertEquals("ORGANIZATION", entity(a, "Консервативная партия").type());
        Entity gazprom = entity(a, "Газпром");
        assertEquals("ORGANIZATION", gazprom.type());
        assertEquals(List.of("Газпром"), mentions(gazprom), "the quotation marks are not the name's");
        assertEquals("LOCATION", a.entities().stream().filter(e -> mentions(e).contains("Балтийском море")).findFirst().orElseThrow().type());
        assertEquals("LOCATION", entity(a, "США").type());
    }

    @Test
    void ukrainianNamesFromTheDictionarysTags() {
        Analysis a = analyze(new Ukrainian(), "Президент України Володимир Зеленський прибув до Брюсселя. "
                + "Зеленського зустріли лідери Європейського Союзу. Зеленському пообіцяли допомогу.");
        assertEquals("uk", a.language());
        Entity zelensky = entity(a, "Володимир Зеленський");
        assertEquals("PERSON", zelensky.type());
        assertEquals(List.of("Володимир Зеленський", "Зеленського", "Зеленському"), mentions(zelensky));
        assertEquals("LOCATION", entity(a, "Україна").type());
        assertEquals("LOCATION", entity(a, "Брюссель").type());
    }

    @Test
    void bulgarianNamesLinkBySurnameAndBodiesAreNamedWithoutTheirArticle() {
        Analysis a = analyze(new Bulgarian(), "Премиерът Тереза Мей заяви в Лондон, че Европейският съюз трябва да отстъпи. "
                + "Според Мей споразумението е добро. Това съобщи Информационна агенция Фокус, като цитира Ройтерс.");
        assertEquals("bg", a.language());
        Entity may = entity(a, "Тереза Мей");
        assertEquals("PERSON", may.type());
        assertEquals(List.of("Тереза Мей", "Мей"), mentions(may));
        assertEquals("LOCATION", entity(a, "Лондон").type());
        assertEquals(List.of("Европейският съюз"), mentions(entity(a, "Европейски съюз")), "named in the indefinite form, mentioned as written");
        assertEquals("ORGANIZATION", entity(a, "Информационна агенция Фокус").type());
        assertEquals("ORGANIZATION", entity(a, "Ройтерс").type(), "an outlet of the list");
    }

    @Test
    void wordsCapitalisedForAnotherReasonAreNoNames() {
        // a headline run into the text, a Bulgarian function word after a year, "the Island" and "the Community"
        Analysis ru = analyze(new Russian(), "Пилоты Ryanair начали забастовку Пилоты ирландской авиакомпании требуют повышения зарплаты. "
                + "Забастовку поддержали пилоты из Германии.");
        assertTrue(ru.entities().stream().noneMatch(e -> mentions(e).contains("Пилоты") && !e.type().equals("GROUP") && !e.type().equals("ORGANIZATION")),
                ru.entities().toString());
        Analysis bg = analyze(new Bulgarian(), "Цените на Острова растат, а Общността обсъжда мерки. © 2018 Всички права запазени.");
        assertTrue(bg.entities().stream().noneMatch(e -> mentions(e).contains("Острова") || mentions(e).contains("Общността") || mentions(e).contains("Всички")),
                bg.entities().toString());
        // a capitalised adjective before words in lower case that name no body, after a sentence's first word
        Analysis uk = analyze(new Ukrainian(), "Експерти Світової продовольчої програми прибули до порту.");
        assertTrue(uk.entities().stream().noneMatch(e -> mentions(e).contains("Світової")), uk.entities().toString());
    }

    @Test
    void aRulersNumeralIsPartOfTheNameAndCountriesComeFromCldr() {
        Analysis ru = analyze(new Russian(), "Королева Елизавета II одобрила назначение. Елизавета приняла министра.");
        Entity queen = entity(ru, "Елизавета II");
        assertEquals("PERSON", queen.type());
        assertEquals(List.of("Елизавета II", "Елизавета"), mentions(queen));
        Analysis bg = analyze(new Bulgarian(), "Испания поиска преговори за Гибралтар, а Лихтенщайн мълчи.");
        assertEquals("LOCATION", entity(bg, "Гибралтар").type(), "a territory the places list lacks, from CLDR");
        assertEquals("LOCATION", entity(bg, "Лихтенщайн").type());
    }

    @Test
    void aTypographicApostropheIsTheDictionarysApostrophe() {
        Language.Pipeline p = PIPELINES.computeIfAbsent("uk", c -> new Ukrainian().load(Runnable::run, new StageTimes()));
        assertEquals("з'явитися", p.parse("з’явився").tokens().get(0).lemma());
        assertEquals("прем'єрка", p.parse("прем’єрка").tokens().get(0).lemma());
    }

    @Test
    void groupsOfPeopleAreGroups() {
        Analysis a = analyze(new Russian(), "Многие россияне уехали из страны. Британцы голосовали за выход.");
        assertTrue(a.entities().stream().anyMatch(e -> e.type().equals("GROUP") && mentions(e).contains("россияне")), a.entities().toString());
    }

    @Test
    void sentencesEndWhereTheyShouldAndNotAfterInitials() {
        Language.Pipeline p = PIPELINES.computeIfAbsent("ru", c -> new Russian().load(Runnable::run, new StageTimes()));
        ParsedText doc = p.parse("Т.Мэй прибыла в г. Лондон. Она сказала: «Мы готовы». Это всё.\nНовый абзац");
        assertEquals(4, doc.sentences().size(), doc.sentences().toString());
        assertEquals(1, doc.tokens().get(doc.tokens().size() - 1).paragraph());
        assertEquals("Кара-Мурза", p.parse("Кара-Мурза").tokens().get(0).text());
    }

    @Test
    void aPersonsSurnameTakesTheGenderHisFirstNameGives() {
        Analysis a = analyze(new Russian(), "Песков напомнил о словах президента России Владимира Путина.");
        assertEquals(List.of("Владимира Путина"), mentions(entity(a, "Владимир Путин")), "\"Путина\" is his genitive, not a woman's name");
    }

    @Test
    void aLinkKeyKeepsTheWholeStemWhereTheTextWritesIt() {
        Analysis a = analyze(new Russian(), "Половина акций принадлежит Газпрому. Партнерами Газпрома являются пять компаний.");
        assertEquals(List.of("Газпрому", "Газпрома"), mentions(entity(a, "Газпром")), "\"Газпрому\" is Газпром-у, not Газпр-ому");
    }

    @Test
    void aFirstNameAloneIsThePersonNamedInFullWithIt() {
        Analysis a = analyze(new Russian(), "Тереза Мэй прилетела в Брюссель. Там Тереза встретилась с Жаном-Клодом Юнкером.");
        assertEquals(List.of("Тереза Мэй", "Тереза"), mentions(entity(a, "Тереза Мэй")));
    }

    @Test
    void aSurnameAfterAFirstNameInTheNominativeIsAsWritten() {
        Analysis a = analyze(new Russian(), "Финансовый директор OMV Райнер Зеле сообщил, что стоимость проекта выросла.");
        assertEquals(List.of("Райнер Зеле"), mentions(entity(a, "Райнер Зеле")), "not Зель's locative");
    }

    @Test
    void aShortNameInQuotationMarksKeepsItsWordsInLowerCase() {
        Analysis a = analyze(new Bulgarian(), "Новината е важна.\n\nПо данни на „Вашингтон пост“ страната е затворена.");
        assertEquals("ORGANIZATION", entity(a, "Вашингтон пост").type());
    }
    @Test
    void anAbbreviationIsTheNameWhoseInitialsItIsAndAnOrganisationIsNamedByItsHeadInTheNominative() {
        Analysis a = analyze(new Ukrainian(), "Генеральний секретар Організації Об'єднаних Націй Антоніу Гутерреш закликав до єдності. "
                + "ООН готує нову програму. Представники ООН прибули до Женеви.");
        Entity un = entity(a, "Організація Об'єднаних Націй");
        assertEquals("ORGANIZATION", un.type());
        assertEquals(List.of("Організації Об'єднаних Націй", "ООН", "ООН"), mentions(un), "one name of several words, and the abbreviation of it");
        Analysis ru = analyze(new Russian(), "Представитель Министерства обороны Украины сообщил о потерях. Министерство обороны Украины опровергло это.");
        assertEquals(List.of("Министерства обороны Украины", "Министерство обороны Украины"), mentions(entity(ru, "Министерство обороны Украины")));
        Analysis two = analyze(new Russian(), "Европейский совет собрался в понедельник. Европейский союз ответил. ЕС промолчал.");
        assertTrue(two.entities().stream().noneMatch(e -> e.mentions().size() > 1 && mentions(e).contains("ЕС")),
                "an abbreviation two names share is neither's: " + two.entities());
    }
    @Test
    void inBulgarianAnAbbreviationBesideAWordIsANameOfItsOwn() {
        Analysis a = analyze(new Bulgarian(), "Лидерите обсъдиха споразумение с ЕС Британският премиер Тереза Мей отговори. "
                + "Според Туск ЕС се нуждае от яснота. Реално ЕС ще има достъп до водите. Британските депутати гласуваха.");
        Entity eu = entity(a, "ЕС");
        assertEquals("ORGANIZATION", eu.type());
        assertEquals(List.of("ЕС", "ЕС", "ЕС"), mentions(eu), "no \"ЕС Британският\", \"Туск ЕС\" nor \"Реално ЕС\"");
        assertEquals("PERSON", entity(a, "Туск").type());
        assertTrue(a.entities().stream().noneMatch(e -> e.name().startsWith("Британск")), "a word with a definite article opens a sentence, no name: " + a.entities());
    }
    @Test
    void aGovernmentItsCountryNamesIsAnOrganisationInRussian() {
        Analysis a = analyze(new Russian(), "Отставка стала потрясением для британского правительства. Вчера правительство Великобритании "
                + "опубликовало план, а кабинет министров его одобрил. Правительство работает.");
        List<String> organisations = a.entities().stream().filter(e -> e.type().equals("ORGANIZATION")).flatMap(e -> mentions(e).stream()).toList();
        assertTrue(organisations.containsAll(List.of("британского правительства", "правительство Великобритании", "кабинет министров")), a.entities().toString());
        assertTrue(a.entities().stream().noneMatch(e -> mentions(e).contains("Великобритании")), "the country is part of the government's name");
    }
    @Test
    void aBulgarianMinistryTakesTheWordsAfterNa() {
        Analysis a = analyze(new Bulgarian(), "Същевременно от Министерството на здравеопазването посочиха, че подробности няма. "
                + "Говорител на Министерството на външните работи отказа коментар. Вчера в Камарата на общините одобриха плана.");
        assertEquals("ORGANIZATION", entity(a, "Министерство на здравеопазването").type());
        assertEquals("ORGANIZATION", entity(a, "Министерство на външните работи").type());
        assertEquals(List.of("Камарата на общините"), mentions(entity(a, "Камара на общините")), "a noun after \"на\" takes no verb after it");
    }

    @Test
    void aBulgarianMinistryOpensASentenceAndGoesOnWithItsCountryAndAPartyDoesNot() {
        Analysis a = analyze(new Bulgarian(), "Министерството на финансите на България отговори в сряда. Камарата на лордовете гласува. "
                + "Правителството на Швеция мълчи. Лидерът на Партията на независимостта на Великобритания подаде оставка.");
        assertEquals("ORGANIZATION", entity(a, "Министерство на финансите на България").type());
        assertEquals(List.of("Камарата на лордовете"), mentions(entity(a, "Камара на лордовете")));
        assertTrue(a.entities().stream().noneMatch(e -> e.name().startsWith("Правителство")), "a government its country names is no name here");
        assertEquals(List.of("Партията на независимостта"), mentions(entity(a, "Партия на независимостта")));
    }

    @Test
    void aBulgarianBodysNameGoesOnWithASecondNounAfterI() {
        Analysis a = analyze(new Bulgarian(), "Говорител на Министерството на образованието и науката отказа коментар. "
                + "Учени от Института по математика и информатика се включиха. Пресслужбата на Партия за независимост и лидер на кампанията мълчат.");
        entity(a, "Министерство на образованието и науката");
        entity(a, "Институт по математика и информатика");
        assertEquals(List.of("Партия за независимост"), mentions(entity(a, "Партия за независимост")), "a title after и is no body's noun");
    }
    @Test
    void aSurnameDeclinedAsAnAdjectiveIsNamedInTheNominativeOfItsGender() {
        Analysis ru = analyze(new Russian(), "Вдова Алексея Навального выступила в Берлине. Речь Марии Захаровой была короткой.");
        assertEquals("PERSON", entity(ru, "Алексей Навальный").type());
        assertEquals(List.of("Марии Захаровой"), mentions(entity(ru, "Мария Захарова")), "a woman's surname, which the dictionary gives as a man's");
        Analysis uk = analyze(new Ukrainian(), "Зустріч Юлії Навальної та Володимира Зеленського відбулася. Промова Олени Зеленської була короткою.");
        entity(uk, "Юлія Навальна");
        entity(uk, "Володимир Зеленський");
        entity(uk, "Олена Зеленська");
    }

    @Test
    void placesTheRussianDictionaryKnowsOnlyAsCommonNounsAreFoundInTheUkrainiansPlaces() {
        Analysis ru = analyze(new Russian(), "Исламабад отверг обвинения. Жители Дюссельдорфа вышли на улицы. "
                + "Таиланд и Эритрея подписали соглашение, а Балтийское море осталось спокойным.");
        assertEquals("LOCATION", typeOf(ru, "Исламабад"));
        assertEquals("LOCATION", typeOf(ru, "Дюссельдорфа"));
        assertEquals("LOCATION", typeOf(ru, "Таиланд"));
        assertEquals("LOCATION", typeOf(ru, "Эритрея"));
        assertEquals("LOCATION", typeOf(ru, "Балтийское море"), "an adjective is no place of its own");
        Analysis bg = analyze(new Bulgarian(), "Исламабад отхвърли обвиненията. Тайланд и Еритрея подписаха споразумение.");
        assertEquals("LOCATION", typeOf(bg, "Исламабад"));
        assertEquals("LOCATION", typeOf(bg, "Тайланд"), "й and ї are one letter to the key");
    }

    @Test
    void aBodysShortenedNameIsAnOrganisation() {
        Analysis ru = analyze(new Russian(), "Роскосмос перенёс запуск. Об этом сообщили в Минсвязи, а депутаты Мосгордумы промолчали.");
        assertEquals("ORGANIZATION", typeOf(ru, "Роскосмос"));
        assertEquals("ORGANIZATION", typeOf(ru, "Минсвязи"));
        assertEquals("ORGANIZATION", typeOf(ru, "Мосгордумы"));
        Analysis uk = analyze(new Ukrainian(), "Укрзалізниця призначила додаткові потяги до Мінська, повідомили в Мінфіні.");
        assertEquals("ORGANIZATION", typeOf(uk, "Укрзалізниця"));
        assertEquals("ORGANIZATION", typeOf(uk, "Мінфіні"));
        assertEquals("LOCATION", typeOf(uk, "Мінська"), "a place that begins like a body's name");
    }

    /** The type of the entity with a mention written so. */
    private static String typeOf(Analysis a, String mention) {
        return a.entities().stream().filter(e -> mentions(e).contains(mention)).map(Entity::type).findFirst()
                .orElseThrow(() -> new AssertionError("no mention " + mention + " in " + a.entities()));
    }

    @Test
    void aCodeOfLettersAndANumberIsNoNameButAShortAbbreviationWithOneIs() {
        Analysis ru = analyze(new Russian(), "Вакцина от COVID-19 и SARS-CoV-2 одобрена. Самолет Ту-154 разбился.");
        assertEquals(List.of(), ru.entities(), "a virus and an aircraft are no person, body or place");
        Analysis bg = analyze(new Bulgarian(), "Лидерите на ЕС-27 се срещнаха в Брюксел.");
        assertEquals("ORGANIZATION", typeOf(bg, "ЕС-27"));
    }

    @Test
    void anOrganisationsNameGoesOnInTheGenitivesItsNounTakes() {
        Analysis ru = analyze(new Russian(), "Всемирная организация здравоохранения (ВОЗ) выпустила доклад. В ВОЗ заявили, что вакцина безопасна.");
        Entity who = entity(ru, "Всемирная организация здравоохранения");
        assertEquals(List.of("Всемирная организация здравоохранения", "ВОЗ", "ВОЗ"), mentions(who), "an abbreviation joins the name it abbreviates");
        Analysis uk = analyze(new Ukrainian(), "Всесвітня організація охорони здоров'я оголосила пандемію.");
        assertEquals("ORGANIZATION", entity(uk, "Всесвітня організація охорони здоров'я").type());
    }

    @Test
    void aBulgarianBodysNameDropsTheArticleOfAnAdjectiveInEn() {
        Analysis a = analyze(new Bulgarian(), "Според Международния валутен фонд растежът ще се забави.");
        assertEquals(List.of("Международния валутен фонд"), mentions(entity(a, "Международен валутен фонд")));
    }

    @Test
    void aBulgarianNameOfTheUnionsBodiesInOneWordIsANameWithItsArticleToo() {
        Analysis a = analyze(new Bulgarian(), "Великобритания напуска Евросъюза, съобщи Еврокомисията. Съюза ще преговаря.");
        assertEquals("ORGANIZATION", a.entities().stream().filter(e -> mentions(e).contains("Евросъюза")).findFirst()
                .orElseThrow(() -> new AssertionError(a.entities().toString())).type());
        assertTrue(a.entities().stream().anyMatch(e -> mentions(e).contains("Еврокомисията")), a.entities().toString());
        assertTrue(a.entities().stream().noneMatch(e -> mentions(e).contains("Съюза")), "a common noun capitalised for the name stays none");
    }

    @Test
    void aCountryTheDictionaryAlsoKnowsAsACommonNounIsAPlace() {
        // the Russian dictionary has "лихтенштейн" and "панама" as common nouns (a hat, for one)
        Analysis a = analyze(new Russian(), "Федерации поддержали Лихтенштейн и Панама. Позже к ним присоединилась Чехия.");
        assertEquals("LOCATION", entity(a, "Лихтенштейн").type());
        assertEquals("LOCATION", entity(a, "Панама").type());
    }

    @Test
    void aSitesNameWithItsDomainIsAnOutletAndATheatreAnOrganisation() {
        Analysis a = analyze(new Russian(), "Об этом сообщает Лента.ру. Премьера прошла на сцене Большого театра.");
        assertEquals("ORGANIZATION", entity(a, "Лента.ру").type());
        assertTrue(a.entities().stream().anyMatch(e -> e.type().equals("ORGANIZATION") && mentions(e).contains("Большого театра")), a.entities().toString());
    }

    @Test
    void aCapitalisedCommonNounEndingInAVowelIsNoPersonButAnUnlistedSurnameIs() {
        Analysis a = analyze(new Russian(), "Аппарат вернулся на Землю после полёта к Луне. Запуск прокомментировал Трамп.");
        assertEquals("LOCATION", a.entities().stream().filter(e -> mentions(e).contains("Землю")).findFirst()
                .orElseThrow(() -> new AssertionError(a.entities().toString())).type());
        assertEquals("PERSON", entity(a, "Трамп").type(), "the dictionary's tramp steamer is no reason");
    }

    @Test
    void aNationsPeopleAreAGroupInEachLanguage() {
        assertEquals("GROUP", entity(analyze(new Russian(), "На улицы вышли японцы и пакистанцы."), "пакистанцы").type());
        assertEquals("GROUP", entity(analyze(new Ukrainian(), "На вулиці вийшли японці та пакистанці."), "пакистанці").type());
        assertEquals("GROUP", entity(analyze(new Bulgarian(), "По улиците излязоха японци и пакистанци."), "пакистанци").type());
        // a woman named by her nation or faith with the article, first in a sentence, is no name's first word
        assertEquals("PERSON", entity(analyze(new Bulgarian(), "Християнката Асия Биби напусна Пакистан."), "Асия Биби").type());
    }

    @Test
    void aPlacesNameCanBeAGivenNameButAPlaceInAnotherCaseEndsAName() {
        Analysis uk = analyze(new Ukrainian(), "Прем'єрка Італії Джорджія Мелоні заявила, що Вірджинія Вулф писала про війну. Азія Бібі мовчала.");
        assertEquals("PERSON", entity(uk, "Джорджія Мелоні").type());
        assertEquals("PERSON", entity(uk, "Вірджинія Вулф").type());
        assertEquals("LOCATION", entity(uk, "Італія").type());
        assertEquals("PERSON", entity(uk, "Азія Бібі").type(), "after a given name in the nominative, the surname is as written");
        Analysis ru = analyze(new Russian(), "Премьер Италии Джорджия Мелони заявила о поддержке.");
        assertEquals("PERSON", entity(ru, "Джорджия Мелони").type());
        assertEquals("LOCATION", entity(ru, "Италия").type());
    }

    @Test
    void aListedPlaceAfterANameIsANameOfItsOwnAndTwoLettersStandForANameOnlyWhereNotUsedMoreOften() {
        Analysis a = analyze(new Bulgarian(), "Европейският съвет заседава дълго. Доналд Туск Брюксел, 12 март. ЕС ще реагира. Позицията на ЕС е ясна.");
        assertEquals("PERSON", entity(a, "Доналд Туск").type());
        assertEquals("LOCATION", entity(a, "Брюксел").type());
        assertEquals("ЕС", a.entities().stream().filter(e -> mentions(e).contains("ЕС")).findFirst().orElseThrow().name(),
                "ЕС, used more often than the council its letters would spell, is a name of its own");
        Analysis ap = analyze(new Bulgarian(), "Това каза министърът, цитиран от Асошиейтед прес. Новината съобщи АП.");
        assertTrue(ap.entities().stream().anyMatch(e -> mentions(e).containsAll(List.of("Асошиейтед прес", "АП"))), ap.entities().toString());
    }

    @Test
    void aWomansFirstNameTheDictionaryReadsAsAMansInAnotherCaseIsHersWhenAFeminineVerbFollows() {
        // the Russian dictionary reads "Асия", "Асии", "Асию" only as forms of a man's name, Асий
        Analysis a = analyze(new Russian(), "Асия Биби провела восемь лет в тюрьме. Адвокат Асии Биби Сайф уль-Мулук покинул страну. "
                + "Власти освободили Асию Биби.");
        Entity bibi = entity(a, "Асия Биби");
        assertEquals("PERSON", bibi.type());
        assertEquals(List.of("Асия Биби", "Асии Биби", "Асию Биби"), mentions(bibi));
        assertTrue(a.entities().stream().noneMatch(e -> e.name().contains("Сайф") && e.name().contains("Биби")),
                "a name that stands alone elsewhere ends before the next person's: " + a.entities());
        // a man's name stays his: the nominative is written, and no feminine verb follows
        Analysis man = analyze(new Russian(), "Асий Петров выступил в суде. Журналисты расспросили Асия Петрова.");
        assertEquals(List.of("Асий Петров", "Асия Петрова"), mentions(entity(man, "Асий Петров")));
    }

    @Test
    void aWomansForeignNameMetOnlyInAnotherCaseIsNamedInTheNominative() {
        // her surname in a consonant does not decline, so the first name beside it is hers: a man's would be "Харриса"
        assertEquals("PERSON", entity(analyze(new Russian(), "Журналисты расспросили Камалу Харрис о выборах."), "Камала Харрис").type());
        assertEquals("PERSON", entity(analyze(new Russian(), "По мнению Джасинды Ардерн, меры необходимы."), "Джасинда Ардерн").type());
        assertEquals("PERSON", entity(analyze(new Russian(), "Лидер оппозиции встретился с Санной Марин."), "Санна Марин").type());
        assertEquals("PERSON", entity(analyze(new Ukrainian(), "Президент зустрівся з Камалою Гарріс."), "Камала Гарріс").type());
        // a feminine noun in the same case before her name, or a feminine verb before it
        assertEquals("PERSON", entity(analyze(new Russian(), "Власти оправдали христианку Асию Биби."), "Асия Биби").type());
        assertEquals("PERSON", entity(analyze(new Russian(), "«Я свободна», — сказала Асия Биби журналистам."), "Асия Биби").type());
        assertEquals("PERSON", entity(analyze(new Ukrainian(), "Влада виправдала християнку Асію Бібі."), "Асія Бібі").type(),
                "and her surname, in a case her first name is not in, does not decline");
        // a foreign name that ends as a case would, in the nominative, stays as written; a man's name stays his
        assertEquals("PERSON", entity(analyze(new Russian(), "Встречу провели Джереми Корбин и Прити Пател."), "Джереми Корбин").type());
        assertEquals("PERSON", entity(analyze(new Russian(), "Встречу провели Джереми Корбин и Прити Пател."), "Прити Пател").type());
        assertEquals("PERSON", entity(analyze(new Russian(), "Об этом сообщил Мэттью Хэнкок."), "Мэттью Хэнкок").type());
        assertEquals("PERSON", entity(analyze(new Russian(), "По словам Андрея Петрова, завод откроется весной."), "Андрей Петров").type());
        // a man's genitive is written as her nominative: a feminine verb or noun beside it may be another's
        for (String text : List.of("Тереза Мэй поддержала Бориса Джонсона.", "Жена Бориса Джонсона выступила.", "Бориса Джонсона поддержала партия.")) {
            assertTrue(analyze(new Russian(), text).entities().stream().anyMatch(e -> e.name().equals("Борис Джонсон")), text);
        }
        for (String text : List.of("Партия поддержала Юрия Иванова на выборах.", "Юрия Иванова поддержала партия.")) {
            assertTrue(analyze(new Russian(), text).entities().stream().anyMatch(e -> e.name().equals("Юрий Иванов")), text);
        }
    }

    @Test
    void theWordsOfAMansNameAfterHisFirstNameInAnotherCaseAreInThatCaseToo() {
        assertEquals("PERSON", entity(analyze(new Russian(), "Решение Реджепа Тайипа Эрдогана удивило союзников."), "Реджеп Тайип Эрдоган").type());
        // "Хана" is also a woman's name in the nominative
        assertEquals("PERSON", entity(analyze(new Russian(), "Позиция Имрана Хана не изменилась."), "Имран Хан").type());
        // a word the dictionary reads as a man's nominative, or one that does not end as the case does, stays
        assertEquals("PERSON", entity(analyze(new Russian(), "Журналисты расспросили Бориса Джонсона о сделке."), "Борис Джонсон").type());
        assertEquals("PERSON", entity(analyze(new Russian(), "Письмо от Джузеппе Конте пришло вчера."), "Джузеппе Конте").type());
        assertEquals("PERSON", entity(analyze(new Ukrainian(), "Міністр зустрівся з Олександром Яковенком."), "Олександр Яковенко").type());
        // a word the text also writes alone in that form may be a surname that does not decline ("Бурла")
        assertEquals("PERSON", entity(analyze(new Russian(), "Мнение Альберта Бурла совпало с нашим. Бурла ответил позже."), "Альберт Бурла").type());
    }

    @Test
    void aBulgarianRunIsCutBeforeAFirstNameTheRussianDictionaryKnowsAfterAWordTheTextWritesAlone() {
        Analysis a = analyze(new Bulgarian(), "Според Газпром Сергей Куприянов заяви, че доставките продължават. Газпром не коментира.");
        assertEquals("PERSON", entity(a, "Сергей Куприянов").type());
        assertTrue(a.entities().stream().anyMatch(e -> mentions(e).equals(List.of("Газпром", "Газпром"))), a.entities().toString());
        // a first name before it that the dictionary does not know is the same person's
        Analysis b = analyze(new Bulgarian(), "Депутатът Дъглас Мартин Хог гласува против.");
        assertEquals("PERSON", entity(b, "Дъглас Мартин Хог").type());
    }

    @Test
    void aForeignNamesParticlesArePartOfItAndItsSurnameAloneIsTheSamePerson() {
        Analysis ru = analyze(new Russian(), "Председатель Еврокомиссии Урсула фон дер Ляйен заявила, что ЕС готов. Позже фон дер Ляйен уехала. "
                + "Министр поблагодарил Урсулу фон дер Ляйен. Генерал Шарль де Голль основал республику.");
        assertEquals(List.of("Урсула фон дер Ляйен", "фон дер Ляйен", "Урсулу фон дер Ляйен"), mentions(entity(ru, "Урсула фон дер Ляйен")));
        assertEquals("PERSON", entity(ru, "Шарль де Голль").type());
        Analysis bg = analyze(new Bulgarian(), "Холандецът Марсел де Граф гласува против.");
        assertEquals("PERSON", entity(bg, "Марсел де Граф").type());
        // "де" is also Ukrainian for "where": a place before it ends the name
        Analysis uk = analyze(new Ukrainian(), "Ми були у Києві де Зеленський виступив.");
        assertEquals("LOCATION", entity(uk, "Київ").type());
        assertEquals("PERSON", entity(uk, "Зеленський").type());
    }

    @Test
    void aMentionOpeningWithTheFirstNamesNominativeNamesThePersonAsWritten() {
        // "Бібі" reads as Біба's dative: "Асію Бібі" alone would give "Асія Біба"
        Analysis uk = analyze(new Ukrainian(), "Суд звільнив Асію Бібі. Асія Бібі подякувала адвокатам.");
        assertEquals(List.of("Асію Бібі", "Асія Бібі"), mentions(entity(uk, "Асія Бібі")));
        // alone, a surname in a case its first name in -я is not in does not decline
        assertEquals("PERSON", entity(analyze(new Ukrainian(), "«Я вільна», — сказала Асія Бібі журналістам."), "Асія Бібі").type());
        // where the text declines only the surname, the first name says nothing
        Analysis ru = analyze(new Russian(), "Переговоры с Джо Байденом прошли в Вашингтоне. Джо Байден остался доволен.");
        assertEquals("PERSON", entity(ru, "Джо Байден").type());
    }

    @Test
    void aNameUnknownToTheDictionaryWrittenOnlyInTheInstrumentalIsNamedInTheNominative() {
        Analysis a = analyze(new Russian(), "Президент встретился с Эммануэлем Макроном и Олафом Шольцем в Париже.");
        assertEquals("PERSON", entity(a, "Эммануэль Макрон").type());
        assertEquals("PERSON", entity(a, "Олаф Шольц").type());
        assertEquals("PERSON", entity(analyze(new Russian(), "С Си Цзиньпином говорил Владимир Путин."), "Си Цзиньпин").type());
        // a name in -ем in the nominative, beside a surname in no instrumental, stays as written
        Analysis uk = analyze(new Ukrainian(), "Науковиця Озлем Тюреджі розповіла про вакцину.");
        assertEquals("PERSON", entity(uk, "Озлем Тюреджі").type());
    }

    @Test
    void aPlaceAfterAJoiningWordStaysInTheBodysName() {
        Analysis a = analyze(new Bulgarian(), "Върховният съд на Пакистан отмени присъдата.");
        assertEquals("ORGANIZATION", a.entities().stream().filter(e -> mentions(e).contains("Върховният съд на Пакистан")).findFirst()
                .orElseThrow(() -> new AssertionError(a.entities().toString())).type());
    }

    @Test
    void aCountryOfTwoWordsIsAPlaceInTheNominativeAndEndsARunBeforeAName() {
        Analysis bg = analyze(new Bulgarian(), "Престолонаследникът на Саудитска Арабия Мохамед бин Салман премълча.");
        assertEquals("LOCATION", entity(bg, "Саудитска Арабия").type());
        assertEquals("PERSON", entity(bg, "Мохамед бин Салман").type());
        Analysis ru = analyze(new Russian(), "Наследный принц Саудовской Аравии промолчал.");
        assertEquals(List.of("Саудовской Аравии"), mentions(entity(ru, "Саудовская Аравия")));
    }

    @Test
    void aPlacesNounOrInBeforeANameWithNothingOfAPersonsMakesItAPlace() {
        Analysis uk = analyze(new Ukrainian(), "Організація направила до провінції Північне Ківу десять медиків.");
        assertEquals("LOCATION", a(uk, "Північне Ківу").type(), "Ківу is also a surname's accusative");
        assertEquals("LOCATION", a(analyze(new Russian(), "Медиков направили в провинцию Северное Киву."), "Северное Киву").type());
        Analysis bg = analyze(new Bulgarian(), "Нарендра Моди ще пристигне в Адис Абеба по-късно. Губернаторът Андрю Куомо говори.");
        assertEquals("LOCATION", entity(bg, "Адис Абеба").type(), "Адис is a first name only to the Russian dictionary");
        assertEquals("PERSON", entity(bg, "Нарендра Моди").type());
    }

    @Test
    void anAbbreviationWithASmallLetterIsABodyAndAnArticledPossessiveAdjectiveNoName() {
        Analysis bg = analyze(new Bulgarian(), "Абий Ахмед получи Нобеловата награда за мир, съобщи МВнР на Индия.");
        assertEquals("ORGANIZATION", entity(bg, "МВнР").type());
        assertTrue(bg.entities().stream().noneMatch(e -> e.name().startsWith("Нобелов")), bg.entities().toString());
    }

    @Test
    void aFirstNameTheDictionaryKnowsIsNoPlaceOfTheSameKeyAndACapitalParticleIsPartOfAName() {
        Analysis ru = analyze(new Russian(), "С Мэгги Де Блок согласился её нидерландский коллега Бруно Бруинз.");
        assertEquals("PERSON", entity(ru, "Бруно Бруинз").type(), "Бруно shares a key with Бруней");
        assertEquals("PERSON", entity(ru, "Мэгги Де Блок").type(), "блок is an organisation's word");
        Analysis uk = analyze(new Ukrainian(), "Міністерка Меґґі Де Блок пообіцяла надіслати фахівців.");
        assertEquals("PERSON", entity(uk, "Меґґі Де Блок").type(), "де is also Ukrainian's where");
    }

    @Test
    void aPortugueseNamesParticleJoinsItAndItsShorterFormsAreTheSameMan() {
        Analysis ru = analyze(new Russian(), "Луис Инасиу Лула да Силва победил на выборах. Лулу да Силву поздравили соседи. Лидеры Латинской Америки поздравили Лулу.");
        assertEquals(List.of("Луис Инасиу Лула да Силва", "Лулу да Силву", "Лулу"), mentions(entity(ru, "Луис Инасиу Лула да Силва")));
        assertEquals("LOCATION", entity(ru, "Латинская Америка").type(), "a part of the world, in the nominative");
        Analysis bg = analyze(new Bulgarian(), "Луис Инасио Лула да Силва спечели. Лула да Силва благодари. Привържениците блокираха пътищата в щата Сао Пауло.");
        assertEquals(List.of("Луис Инасио Лула да Силва", "Лула да Силва"), mentions(entity(bg, "Луис Инасио Лула да Силва")));
        assertEquals("LOCATION", entity(bg, "Сао Пауло").type(), "a state's noun with its article");
    }

    @Test
    void aCountryBeforeAWordOnlyAnotherDictionaryKnowsAsAPlaceEndsTheRun() {
        Analysis bg = analyze(new Bulgarian(), "С Антъни Блинкен се съгласи министърът на Аржентина Сантяго Кафиеро.");
        assertEquals("LOCATION", entity(bg, "Аржентина").type(), "the Russian dictionary reads Аржентина as a first name");
        assertEquals("PERSON", entity(bg, "Сантяго Кафиеро").type());
        Analysis ru = analyze(new Russian(), "С Энтони Блинкеном согласился глава МИД Аргентины Сантьяго Кафьеро.");
        assertEquals("PERSON", entity(ru, "Сантьяго Кафьеро").type());
    }

    @Test
    void aSurnameInAPlacesCaseIsThePersonsAndAHyphenedArticleJoinsAName() {
        Analysis ru = analyze(new Russian(), "Президент Афганистана Ашраф Гани заявил, что не покинет страну. Моди поздравил Гани. "
                + "Зариф провел переговоры с Имраном Ханом. По словам Имрана Хана, стороны обсудили торговлю.");
        assertEquals(List.of("Ашраф Гани", "Гани"), mentions(entity(ru, "Ашраф Гани")), "Гани is also Гана's genitive");
        assertEquals(List.of("Имраном Ханом", "Имрана Хана"), mentions(entity(ru, "Имран Хан")), "no woman Хана");
        Analysis uk = analyze(new Ukrainian(), "Президент Сирії Башар аль-Асад прийняв делегацію. Асад заявив, що переговори триватимуть.");
        assertEquals(List.of("Башар аль-Асад", "Асад"), mentions(entity(uk, "Башар аль-Асад")));
        Analysis bg = analyze(new Bulgarian(), "Президентът на Сирия Башар ал-Асад прие делегацията. Адвокатът Саиф ул-Мулук каза, че клиентът му е невинен.");
        assertEquals("PERSON", entity(bg, "Башар ал-Асад").type());
        assertEquals("PERSON", entity(bg, "Саиф ул-Мулук").type());
        assertEquals("LOCATION", entity(bg, "Сирия").type());
    }

    @Test
    void americanStatesAreNamedAndABodyEndsBeforeAForeignName() {
        Analysis ru = analyze(new Russian(), "Байден победил в Пенсильвании и Висконсине. Спикер Палаты представителей Нэнси Пелоси поздравила "
                + "Байдена. Его напарница Камала Харрис станет вице-президентом.");
        assertEquals(List.of("Пенсильвании"), mentions(entity(ru, "Пенсильвания")), "in the nominative");
        assertEquals("LOCATION", entity(ru, "Висконсин").type());
        assertEquals("ORGANIZATION", entity(ru, "Палата представителей").type());
        assertEquals("PERSON", entity(ru, "Нэнси Пелоси").type(), "no word the dictionary knows");
        assertEquals("PERSON", entity(ru, "Камала Харрис").type(), "no man's genitive: his would be Харриса");
        Analysis bg = analyze(new Bulgarian(), "Тръмп загуби в Уисконсин и Пенсилвания. Председателят на Европейската комисия Урсула фон дер Лайен пристигна.");
        assertEquals("LOCATION", entity(bg, "Уисконсин").type());
        assertEquals("ORGANIZATION", entity(bg, "Европейска комисия").type(), "a first name after a body's noun is someone's");
        assertEquals("PERSON", entity(bg, "Урсула фон дер Лайен").type());
    }

    @Test
    void aShortenedBodyOpensASentenceBeforeItsCountryAndAnUnknownGivenNameLosesItsSurnamesEnding() {
        Analysis ru = analyze(new Russian(), "Госдепартамент США призвал освободить журналиста Эвана Гершковича. Гершкович находится под арестом.");
        assertEquals("ORGANIZATION", entity(ru, "Госдепартамент США").type());
        assertEquals(List.of("Эвана Гершковича", "Гершкович"), mentions(entity(ru, "Эван Гершкович")), "not Эвана");
        assertTrue(analyze(new Russian(), "Минута молчания прошла в полдень.").entities().isEmpty(), "no body's shortened name");
    }

    @Test
    void aPlaceDeclinedTogetherWithTheWordAfterItIsAGivenName() {
        Analysis uk = analyze(new Ukrainian(), "Акторка Америка Феррера виступила на церемонії. Організатори нагородили Америку Ферреру призом. "
                + "Шанувальники Америки Феррери зібралися біля входу.");
        assertEquals(List.of("Америка Феррера", "Америку Ферреру", "Америки Феррери"), mentions(entity(uk, "Америка Феррера")));
        Analysis ru = analyze(new Russian(), "Актриса Америка Феррера выступила на церемонии. Поклонники Америки Ферреры собрались у входа.");
        assertEquals(List.of("Америка Феррера", "Америки Ферреры"), mentions(entity(ru, "Америка Феррера")), "not Америк");
        Analysis bg = analyze(new Bulgarian(), "Актрисата Америка Ферера участва в церемонията.");
        assertEquals(List.of("Америка Ферера"), bg.entities().stream().map(Entity::name).toList(), "an articled noun is no name");
        Analysis rada = analyze(new Ukrainian(), "Голова Верховної Ради Руслан Стефанчук заявив, що закон підпишуть. Керівник Офісу президента Андрій Єрмак провів зустріч.");
        assertEquals("ORGANIZATION", entity(rada, "Верховна Рада").type(), "Рада is also a woman's name");
        assertEquals("ORGANIZATION", entity(rada, "Офіс президента").type());
    }

    @Test
    void aShortGivenNameInTwoCasesIsOneWomanAndABulgarianFirstPersonVerbNoName() {
        Analysis uk = analyze(new Ukrainian(), "Президентка Молдови Мая Санду перемогла у виборах. Санду набрала 55% голосів. "
                + "«Я вітаю Маю Санду», — написав її суперник.");
        assertEquals(List.of("Мая Санду", "Санду", "Маю Санду"), mentions(entity(uk, "Мая Санду")), "мая and маю are too short to key");
        Analysis ru = analyze(new Russian(), "Суд отклонил апелляцию фигуристки Камилы Валиевой. Плющенко поддержал Валиеву.");
        assertEquals(List.of("Камилы Валиевой", "Валиеву"), mentions(entity(ru, "Камила Валиева")), "not Камил, a plural's lemma");
        Analysis staff = analyze(new Russian(), "По данным Объединенного комитета начальников штабов, ракета пролетела 1000 километров.");
        assertEquals("ORGANIZATION", entity(staff, "Объединенный комитет начальников штабов").type(), "a participle declines as an adjective");
        Analysis valieva = analyze(new Ukrainian(), "Суд відхилив апеляцію фігуристки Каміли Валієвої.");
        assertEquals("PERSON", entity(valieva, "Каміла Валієва").type(), "a Ukrainian woman's surname in -ової, -євої");
        Analysis bg = analyze(new Bulgarian(), "„Поздравявам Мая Санду“, написа той в Telegram.");
        assertEquals(List.of("Мая Санду"), bg.entities().stream().filter(e -> e.type().equals("PERSON")).map(Entity::name).toList());
    }

    @Test
    void aBodyNamedAfterSomeoneKeepsTheNameAndItsAdjectivesKeepTheirDegree() {
        Analysis ru = analyze(new Russian(), "Разработку вели учёные Национального медицинского исследовательского центра онкологии имени Блохина. "
                + "Эксперты Высшей школы экономики сомневаются.");
        assertEquals("ORGANIZATION", entity(ru, "Национальный медицинский исследовательский центр онкологии имени Блохина").type(),
                "a name after имени says whom it is named after");
        assertEquals("ORGANIZATION", entity(ru, "Высшая школа экономики").type(), "not высокая, though высокий is the lemma");
        Analysis short_ = analyze(new Russian(), "Глава Роспотребнадзора объявила о новых мерах.");
        assertEquals(List.of("Роспотребнадзора"), mentions(entity(short_, "Роспотребнадзор")), "a shortened name met only in the genitive");
        Analysis initials = analyze(new Russian(), "Студенты Московского государственного университета имени М. В. Ломоносова протестуют. "
                + "В Национальном исследовательском центре эпидемиологии и микробиологии имени Н. Ф. Гамалеи создали вакцину.");
        assertEquals("ORGANIZATION", entity(initials, "Московский государственный университет имени М. В. Ломоносова").type(),
                "initials after имени, one of them a preposition's letter");
        assertEquals("ORGANIZATION", entity(initials, "Национальный исследовательский центр эпидемиологии и микробиологии имени Н. Ф. Гамалеи").type(),
                "a bare noun after и where the name it bears follows");
        Analysis and = analyze(new Russian(), "Министерство молодежи и спорта Украины заявило о бойкоте. Министерства обороны и спецслужб не ответили.");
        assertEquals("ORGANIZATION", entity(and, "Министерство молодежи и спорта Украины").type(), "a bare noun after и where the country follows");
        assertEquals(List.of("Министерства обороны"), mentions(entity(and, "Министерство обороны")), "but not another body's noun");
    }

    @Test
    void aBulgarianCoalitionAndAFundAreBodies() {
        Analysis bg = analyze(new Bulgarian(), "Законът е внесен от ГЕРБ-СДС. От Националната здравноосигурителна каса отказаха коментар. "
                + "Директорът на Института на директорите каза, че Министерството на здравеопазването ще реши.");
        assertEquals("ORGANIZATION", entity(bg, "Институт на директорите").type(), "the noun less its article, not Институ");
        assertEquals("ORGANIZATION", entity(bg, "ГЕРБ-СДС").type(), "short abbreviations joined are no shout");
        assertEquals("ORGANIZATION", entity(bg, "Национална здравноосигурителна каса").type());
    }

    @Test
    void aBulgarianAgencysNameGoesOnAfterZaOrPoButAUnionsDoesNot() {
        Analysis bg = analyze(new Bulgarian(), "Говорителят на Европейската агенция за сигурността на полетите каза, че Партията за независимостта "
                + "на Великобритания греши. Европейският съюз по въпросите на миграцията е разделен. Изпълнителната агенция по лекарствата мълчи.");
        assertEquals("ORGANIZATION", entity(bg, "Европейска агенция за сигурността на полетите").type());
        assertEquals("ORGANIZATION", entity(bg, "Партия за независимостта на Великобритания").type());
        assertEquals("ORGANIZATION", entity(bg, "Европейски съюз").type(), "the Union's name ends before по");
        assertEquals("ORGANIZATION", entity(bg, "Изпълнителна агенция по лекарствата").type(), "though an agency first in a sentence may be a description");
    }

    @Test
    void aRussianOrUkrainianAgencysNameGoesOnAfterPoOrZButNotIntoASource() {
        Analysis ru = analyze(new Russian(), "Министерство по чрезвычайным ситуациям сообщило о пожаре. "
                + "Европейское агентство по лекарственным средствам не рассматривало препарат. Министерство по данным СМИ готовит отчёт.");
        assertEquals("ORGANIZATION", entity(ru, "Министерство по чрезвычайным ситуациям").type());
        assertEquals("ORGANIZATION", entity(ru, "Европейское агентство по лекарственным средствам").type());
        assertTrue(ru.entities().stream().noneMatch(e -> e.name().contains("данным")), "по данным opens a source: " + ru.entities());
        Analysis uk = analyze(new Ukrainian(), "Голова Комітету з питань здоров'я нації виступив.");
        assertEquals("ORGANIZATION", entity(uk, "Комітет з питань здоров'я нації").type());
    }

    @Test
    void aBodysNounInAnyCaseIsNamedInTheNominativeAndItsNameGoesOnAfterAnd() {
        Analysis ru = analyze(new Russian(), "В Министерстве финансов от комментариев отказались. Министерство науки и высшего образования "
                + "поддержало проект. Докладчик Комитета по науке и образованию выступил в Центральном банке.");
        assertEquals(List.of("Министерстве финансов"), mentions(entity(ru, "Министерство финансов")), "a locative, not only a genitive");
        assertEquals("ORGANIZATION", entity(ru, "Министерство науки и высшего образования").type());
        entity(ru, "Комитет по науке и образованию");
        entity(ru, "Центральный банк");  // "банке" is no other noun's nominative, "банка" would be a jar's
        Analysis uk = analyze(new Ukrainian(), "Детективи Національного антикорупційного бюро України затримали посадовця "
                + "Хмельницької обласної військової адміністрації.");
        entity(uk, "Національне антикорупційне бюро України");  // "бюро" does not decline
        entity(uk, "Хмельницька обласна військова адміністрація");  // not the dictionary's poetic "військовая"
    }

    @Test
    void aPastVerbAfterABodyIsNoGenitiveOfItsName() {
        Analysis a = analyze(new Russian(), "Еврокомиссия начала расследование. Европейская комиссия начала проверку, а Министерство "
                + "иностранных дел России промолчало.");
        assertEquals(List.of("Еврокомиссия"), mentions(entity(a, "Еврокомиссия")));
        assertEquals(List.of("Европейская комиссия"), mentions(entity(a, "Европейская комиссия")));
        entity(a, "Министерство иностранных дел России");  // "дел" is also деть's past
    }

    @Test
    void aCapitalisedAdjectiveNamesAFacilityWithItsAbbreviationAndNoOneAlone() {
        Analysis ru = analyze(new Russian(), "Обстановка вокруг Запорожской АЭС остается напряженной. Стыковка с Международной "
                + "космической станцией прошла штатно. Доклад представили Совету Безопасности ООН.");
        assertEquals("ORGANIZATION", entity(ru, "Запорожская АЭС").type());
        assertTrue(ru.entities().stream().noneMatch(e -> e.name().startsWith("Международн")), "no name of its own: " + ru.entities());
        assertEquals(List.of("Совету Безопасности ООН"), mentions(entity(ru, "Совет Безопасности ООН")),
                "\"безопасности\" is a plural's nominative too, but a genitive after the council");
        Analysis uk = analyze(new Ukrainian(), "МАГАТЕ стежить за Запорізькою АЕС, а мешканці Великої Одеси чекають.");
        entity(uk, "Запорізька АЕС");
        assertEquals("LOCATION", entity(uk, "Велика Одеса").type());
    }

    @Test
    void aSurnameWhoseStemLosesAVowelIsOnePerson() {
        Analysis a = analyze(new Ukrainian(), "Про це повідомив омбудсман Дмитро Лубінець. За словами Лубінця, звільнених уже лікують.");
        assertEquals(List.of("Дмитро Лубінець", "Лубінця"), mentions(entity(a, "Дмитро Лубінець")));
    }

    @Test
    void aBulgarianSurnameBeforeAnotherNameIsANameOfItsOwn() {
        Analysis a = analyze(new Bulgarian(), "Президентът Румен Радев пристигна в Брюксел. По думите на Радев България ще участва в поръчката. "
                + "Министър Ралица Добрева говори пред депутатите. Според Добрева Министерството на финансите е готово.");
        assertEquals(List.of("Румен Радев", "Радев"), mentions(entity(a, "Румен Радев")));
        assertEquals("LOCATION", a(a, "България").type());
        assertEquals(List.of("Ралица Добрева", "Добрева"), mentions(entity(a, "Ралица Добрева")));
        assertEquals("ORGANIZATION", entity(a, "Министерство на финансите").type());
    }

    @Test
    void aLatinAbbreviationIsTheNameWhoseInitialsItIs() {
        Analysis a = analyze(new Ukrainian(), "Фонд Local Authority Pension Fund Forum (LAPFF) володіє акціями Ryanair. LAPFF вимагає змін.");
        assertEquals(List.of("Local Authority Pension Fund Forum", "LAPFF", "LAPFF"), mentions(entity(a, "Local Authority Pension Fund Forum")));
    }

    @Test
    void aGivenNameInUBeforeAnUndeclinedSurnameAndAMansVerbIsAMansNominative() {
        Analysis a = analyze(new Russian(), "Агент футболиста Рикарду Алвес отказался от комментариев.");
        assertEquals(List.of("Рикарду Алвес"), mentions(entity(a, "Рикарду Алвес")), "no woman Рикарда's accusative");
    }

    @Test
    void aFirstNameThatIsAlsoASurnameAloneIsThePersonNamedInFullWithIt() {
        Analysis a = analyze(new Ukrainian(), "Обидва голи забив форвард Назар Ткачук. Тренер сказав: «Назаре, сьогодні ти показав характер».");
        assertEquals(List.of("Назар Ткачук", "Назаре"), mentions(entity(a, "Назар Ткачук")));
    }

    @Test
    void aListedOutletIsAnOrganisationNamedAsListed() {
        Analysis uk = analyze(new Ukrainian(), "Динамо перемогло з рахунком 2:1, як повідомляє Суспільне Спорт.");
        assertEquals(List.of("Суспільне Спорт"), mentions(entity(uk, "Суспільне Спорт")));
        Analysis bg = analyze(new Bulgarian(), "Комисията ще обяви решението си в края на месеца, пише Дневник.");
        assertEquals("ORGANIZATION", entity(bg, "Дневник").type());
        Analysis ru = analyze(new Russian(), "Сумма трансфера составила 12 млн евро, сообщает источник «Спорт-Экспресса».");
        assertEquals("ORGANIZATION", entity(ru, "Спорт-Экспресс").type(), "named as the list names it, not in the genitive");
    }

    @Test
    void aNameAloneInAListOfPlacesAfterInIsAPlace() {
        Analysis a = analyze(new Bulgarian(), "Прокуратурата извърши претърсвания в Благоевград, Симитли и Разлог.");
        assertEquals("LOCATION", entity(a, "Симитли").type());
        assertEquals("LOCATION", entity(a, "Разлог").type());
    }

    @Test
    void aSurnameOpeningASentenceIsANameWhereItsCommonReadingsAreInOtherCases() {
        Analysis a = analyze(new Russian(), "Путин заявил, что переговоры продолжатся. Роман вышел в свет в мае.");
        assertEquals("PERSON", entity(a, "Путин").type(), "\"путин\" is also путина's genitive plural");
        assertTrue(a.entities().stream().noneMatch(e -> e.name().equals("Роман")), "a novel's nominative is no name: " + a.entities());
    }

    @Test
    void shortWordsThatAreAlsoParticlesAndArabicNamesParticlesStayInTheName() {
        Analysis a = analyze(new Russian(), "Премьер Госсовета КНР Ли Цян провёл переговоры. По словам Ли Цяна, Китай готов. "
                + "Министр иностранных дел КНР Ван И призвал Брюссель к диалогу. Раунд открыл эмир Катара шейх Тамим бин Хамад Аль Тани.");
        assertEquals(List.of("Ли Цян", "Ли Цяна"), mentions(entity(a, "Ли Цян")), "\"ли\" is also a particle");
        assertEquals("PERSON", a(a, "Ван И").type());
        assertEquals("PERSON", a(a, "Тамим бин Хамад Аль Тани").type(), "one man, \"бин\" and \"Аль\" inside his name");
        // (a preposition after a name is no name's word: "по иску Нафтогаза В компании")
        Analysis b = analyze(new Russian(), "Суд подтвердил арест активов по иску Нафтогаза В компании это назвали давлением.");
        assertTrue(b.entities().stream().flatMap(e -> mentions(e).stream()).noneMatch(m -> m.endsWith(" В")), b.entities().toString());
    }

    @Test
    void anAbbreviationInCapitalsAmidWordsInLowerCaseIsANameThoughTheDictionaryKnowsTheWord() {
        Analysis a = analyze(new Russian(), "Делегация ХАМАС прибыла в Каир. Лидер ХАМАС заявил, что переговоры продолжатся. Боевики движения ХАМАС ушли.");
        assertEquals(List.of("ХАМАС", "ХАМАС", "ХАМАС"), mentions(entity(a, "ХАМАС")));
    }

    @Test
    void aBulgarianSurnameBeforeAnotherNameOrAWordInLowerCaseIsAloneAndTheNameAfterItWhole() {
        Analysis a = analyze(new Bulgarian(), "Кая Калас заяви, че Брюксел следи случая. По думите на Калас Европейският съюз ще обсъди нови санкции. "
                + "Киър Стармър посети Манчестър. Според Стармър правителството избира дългосрочните инвестиции.");
        assertEquals(List.of("Кая Калас", "Калас"), mentions(entity(a, "Кая Калас")));
        assertEquals(List.of("Европейският съюз"), mentions(a(a, "Европейският съюз")), "the name after the surname goes on in lower case");
        assertEquals(List.of("Киър Стармър", "Стармър"), mentions(entity(a, "Киър Стармър")), "not \"Стармър правителството\"");
    }

    @Test
    void aNameEndingInAPlacesAdjectiveTakesThePlacesNounAndGazaIsAPlace() {
        Analysis a = analyze(new Russian(), "Министерство сельского хозяйства Воронежской области ввело карантин. "
                + "Переговоры о прекращении огня в секторе Газа возобновились, а жители Газы ждут.");
        assertEquals("ORGANIZATION", a(a, "Министерство сельского хозяйства Воронежской области").type(), "no \"Воронежской\" left hanging");
        Entity gaza = entity(a, "Газа");
        assertEquals("LOCATION", gaza.type(), "not the gas of \"Нафтогаз\"");
        assertEquals(List.of("Газа", "Газы"), mentions(gaza));
    }

    /** The entity one of whose mentions is written so. */
    private static Entity a(Analysis a, String mention) {
        return a.entities().stream().filter(e -> mentions(e).contains(mention)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention " + mention + " in " + a.entities()));
    }
}
