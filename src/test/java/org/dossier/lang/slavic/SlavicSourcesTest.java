package org.dossier.lang.slavic;

import org.dossier.ArticleInfo;
import org.dossier.Language;
import org.dossier.lang.bg.Bulgarian;
import org.dossier.lang.ru.Russian;
import org.dossier.lang.uk.Ukrainian;
import org.dossier.model.Analysis;
import org.dossier.model.Attribution;
import org.dossier.model.Entity;
import org.dossier.model.Mention;
import org.dossier.model.Source;
import org.dossier.nlp.StageTimes;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who said it, in hand-written Russian, Ukrainian and Bulgarian news paragraphs, through each
 * language's real pipeline: the speaker found beside its cue, and resolved to the entity it names
 * or, for a pronoun or a description, stands for.
 */
class SlavicSourcesTest {
    private static final Map<String, Language.Pipeline> PIPELINES = new ConcurrentHashMap<>();

    private static Analysis analyze(Language language, String text) {
        Language.Pipeline p = PIPELINES.computeIfAbsent(language.code(), c -> language.load(Runnable::run, new StageTimes()));
        return p.analyze(p.parse(text), new ArticleInfo(null, null, language.code()));
    }

    /** The attribution whose cue is this word. */
    private static Attribution at(Analysis a, String cue) {
        return a.attributions().stream().filter(x -> x.cue() != null && x.cue().text().equals(cue)).findFirst()
                .orElseThrow(() -> new AssertionError("no attribution cued by " + cue + " in " + a.attributions()));
    }

    /** The name of the entity an attribution's source resolves to, or null. */
    private static String speaker(Analysis a, Attribution x) {
        if (x.source() == null || x.source().entity() == null) return null;
        return a.entities().stream().filter(e -> e.id().equals(x.source().entity())).map(Entity::name).findFirst().orElseThrow();
    }

    @Test
    void aNameWrittenInSeveralCasesIsNamedInItsNominativeAndSpeaksAsOne() {
        Analysis a = analyze(new Ukrainian(), "Зустріч Терези Мей та Жана-Клода Юнкера тривала дві години. "
                + "Жан-Клод Юнкер привітав Терезу Мей у Брюсселі. "
                + "Після переговорів з Жаном-Клодом Юнкером Тереза Мей заявила, що угода майже готова.");
        Entity may = a.entities().stream().filter(e -> e.mentions().stream().anyMatch(m -> m.text().equals("Терези Мей"))).findFirst().orElseThrow();
        assertEquals("Тереза Мей", may.name(), "\"Терези\" is Тереза's genitive, though it also reads as a common noun");
        Entity juncker = a.entities().stream().filter(e -> e.name().equals("Жан-Клод Юнкер")).findFirst().orElseThrow();
        assertEquals(List.of("Жана-Клода Юнкера", "Жан-Клод Юнкер", "Жаном-Клодом Юнкером"), juncker.mentions().stream().map(Mention::text).toList(),
                "both parts of a hyphenated first name inflect");
        assertEquals("Тереза Мей", speaker(a, at(a, "заявила")));
    }

    @Test
    void aTrailingCueTakesALongTitleWholeAndARelayingOutletIsNoContent() {
        Analysis a = analyze(new Ukrainian(), "Представники Євросоюзу підтримують проект угоди, заявив у понеділок, 19 листопада, "
                + "головний представник ЄС на переговорах щодо Brexit Мішель Барньє. \"Нам ще належить визначити процедуру\", - "
                + "сказав він після засідання Ради ЄС, додавши, що проект є \"справедливим та збалансованим\", цитує агенція Reuters.");
        Attribution opening = at(a, "заявив");
        assertEquals("Представники Євросоюзу підтримують проект угоди", opening.content().text());
        assertEquals("Мішель Барньє", speaker(a, opening));
        assertEquals("він", at(a, "сказав").source().text(), "a pronoun is the whole speaker, not what follows it");
        Attribution added = at(a, "додавши");
        assertEquals("Мішель Барньє", speaker(a, added));
        assertEquals("проект є \"справедливим та збалансованим\"", added.content().text());
    }

    @Test
    void whatASpeakerDrewOnEndsTheSpeakerAfterATrailingCue() {
        Analysis a = analyze(new Russian(), "Власти США пригрозили ввести санкции против двух строительных компаний, сказала "
                + "немецкая газета Handelsblatt ссылаясь на источники в бундестаге.");
        Attribution report = at(a, "сказала");
        assertEquals("немецкая газета Handelsblatt", report.source().text());
        assertEquals("Власти США пригрозили ввести санкции против двух строительных компаний", report.content().text());
    }

    @Test
    void anOutletInQuotationMarksAfterATrailingCueIsTheSpeaker() {
        Analysis a = analyze(new Bulgarian(), "Британският премиер Тереза Мей е в открит конфликт с министри от правителството, "
                + "съобщава \"Асошиейтед прес\". Това се случва на фона на информациите за оставка.");
        Attribution report = at(a, "съобщава");
        assertEquals("Британският премиер Тереза Мей е в открит конфликт с министри от правителството", report.content().text());
        assertTrue(report.source().text().contains("Асошиейтед прес"));
    }

    @Test
    void aPronounInsideASourcePhraseIsTheSpeakerJustQuoted() {
        Analysis a = analyze(new Ukrainian(), "Прем'єр-міністр Володимир Гройсман заявив, що Україна пропонує надійний маршрут. "
                + "Європа має підтримати транзит. За його словами, газопровід загрожує безпеці всієї Європи.");
        assertEquals("Володимир Гройсман", speaker(a, at(a, "За словами")));
    }

    @Test
    void aPossessiveAfterAnOrganisationsReportIsThatOrganisation() {
        Analysis a = analyze(new Ukrainian(), "Суд відновив арешт акцій компанії, повідомила прес-служба НАК \"Нафтогаз України\" в середу. "
                + "За її даними, активи залишаться під арештом до рішення суду.");
        Attribution report = at(a, "повідомила");
        assertEquals(report.source().entity(), at(a, "За даними").source().entity());
    }

    @Test
    void aNounOfSpeechReportsWhatFollowsIt() {
        Analysis a = analyze(new Ukrainian(), "Акції звільнили з-під арешту на підставі тверджень Nord Stream про те, що акції перебувають "
                + "за межами кантону.");
        Attribution claim = at(a, "тверджень");
        assertEquals("Nord Stream", claim.source().text());
        assertEquals("акції перебувають за межами кантону", claim.content().text());
    }

    @Test
    void aRoleWithItsQualifiersIsThePersonIntroducedWithThem() {
        Analysis a = analyze(new Russian(), "Официальный представитель МИД России Мария Захарова прокомментировала отставку. "
                + "Представитель МИД России заявила, что кризис продолжится.");
        assertEquals("Мария Захарова", speaker(a, at(a, "заявила")));
    }

    @Test
    void aCapitalisedFunctionWordIsNoSpeaker() {
        Analysis a = analyze(new Bulgarian(), "Марек Нехчал говори пред журналисти. На пресконференция той каза, че строежът е незаконен.");
        assertEquals("той", at(a, "каза").source().text());
    }

    @Test
    void aCompanyDescribedIsTheCompanyTheArticleIsAbout() {
        Analysis a = analyze(new Russian(), "Ryanair отменила 600 рейсов в Бельгии и Испании из-за забастовки. "
                + "Об отменах сообщил британский телеканал Sky News. Ryanair предложила пассажирам другие рейсы. "
                + "Авиакомпания заявила, что компенсаций не будет.");
        assertEquals("Ryanair", speaker(a, at(a, "заявила")), "the airline the text is about, not the outlet named last");
    }

    @Test
    void theSecondOfTwoVerbsHasTheFirstOnesSubject() {
        Analysis a = analyze(new Ukrainian(), "Прем'єр-міністр Володимир Гройсман назвав проект новим видом гібридної зброї "
                + "і зазначив, що Україна пропонує європейським споживачам надійний маршрут.");
        assertEquals("Володимир Гройсман", speaker(a, at(a, "зазначив")));
    }

    @Test
    void aParticipleHasItsClausesSubjectAndAnAsPhraseMayStandInside() {
        Analysis a = analyze(new Ukrainian(), "Британська прем’єрка Тереза Мей, ознайомившись із документом, представила його кабінету, "
                + "сказавши, що угода відповідає очікуванням громадян. Документ є попереднім, але водночас, як кажуть обидві сторони, "
                + "максимально компромісним.");
        assertEquals("Тереза Мей", speaker(a, at(a, "сказавши")), "past the phrase between commas");
        Attribution both = at(a, "як кажуть");
        assertEquals("обидві сторони", both.source().text());
        assertTrue(both.content().text().startsWith("Документ є попереднім") && both.content().text().endsWith("компромісним"), both.content().text());
    }

    @Test
    void aSiteNamedAsSourceAndTheReportInsideItAreBothKept() {
        Analysis a = analyze(new Russian(), "Польша будет блокировать газопровод. Как сообщал ONLINE.UA, президент России "
                + "Владимир Путин пообещал американскому лидеру, что Россия сохранит транзит газа через Украину.");
        Attribution outlet = at(a, "Как сообщал");
        assertEquals("ONLINE.UA", outlet.source().text());
        Attribution inner = at(a, "пообещал");
        assertEquals("Владимир Путин", speaker(a, inner));
        assertTrue(outlet.content().text().contains(inner.content().text()), "the outlet reports what Putin promised");
    }

    @Test
    void theAuthorSpeakingToTheReaderAndANameInQuotationMarksAreNoQuotes() {
        Analysis a = analyze(new Russian(), "Ryanair отменила рейсы. Стоит отметить, что Ryanair — крупнейший лоукостер Европы. "
                + "Напомним, что забастовка продлится два дня.");
        assertTrue(a.attributions().stream().noneMatch(x -> x.cue().text().equals("отметить") || x.cue().text().equals("Напомним")),
                a.attributions().toString());
        Analysis b = analyze(new Ukrainian(), "Суд відновив арешт акцій, які належать ПАТ \"Газпром\", повідомила прес-служба НАК \"Нафтогаз України\" в середу.");
        Attribution report = at(b, "повідомила");
        assertEquals("прес-служба НАК \"Нафтогаз України\"", report.source().text());
        assertTrue(report.content().text().startsWith("Суд відновив"), report.content().text());
    }

    @Test
    void aQuotationMarkLeftWithoutItsPairHidesNoSpeaker() {
        Analysis a = analyze(new Bulgarian(), "Меркел отбеляза, че по-трудната фаза все още предстои“. "
                + "Доналд Туск също каза, че втората фаза ще бъде по-голямо предизвикателство.");
        Attribution tusk = at(a, "каза");
        assertEquals("Доналд Туск", tusk.source().text());
        assertNull(a.attributions().stream().filter(x -> x.cue().text().equals("каза")).findFirst().orElseThrow().continues());
    }

    @Test
    void aPointerReportsTheSentenceBeforeWhateverStandsBetweenItAndTheCue() {
        Analysis a = analyze(new Russian(), "Правительство сменилось.\n\nНовым министром финансов назначен Игорь Петров. "
                + "Об этом в понедельник, 9 июля, сообщает пресс-служба правительства. "
                + "Москва надеется на перемены. Об этом, как передает ТАСС, сообщил Дмитрий Песков.");
        assertEquals("Новым министром финансов назначен Игорь Петров", at(a, "сообщает").content().text());
        Attribution peskov = at(a, "сообщил");
        assertEquals("Дмитрий Песков", speaker(a, peskov));
        assertEquals("Москва надеется на перемены", peskov.content().text());
        assertTrue(at(a, "передает").content().text().startsWith("Москва надеется на перемены"), "the agency relays it");
    }

    @Test
    void wordsWhoseQuotationMarksWereLostAreStillReportedBeforeADash() {
        Analysis a = analyze(new Russian(), "Встреча прошла в Кремле. Мы ожидаем ясности от Лондона, - сказал Песков.");
        Attribution said = at(a, "сказал");
        assertEquals("Песков", said.source().text());
        assertEquals("Мы ожидаем ясности от Лондона", said.content().text());
    }

    @Test
    void aTimeBetweenTheCueAndTheSpeakerIsPassedOver() {
        Analysis a = analyze(new Ukrainian(), "Сторони узгодили текст угоди, заявив у понеділок, 19 листопада, головний переговірник Мішель Барньє.");
        Attribution said = at(a, "заявив");
        assertEquals("головний переговірник Мішель Барньє", said.source().text());
        assertEquals("Сторони узгодили текст угоди", said.content().text());
    }

    @Test
    void anOutletInQuotationMarksIsTheSourceOfAnAccordingToPhrase() {
        Analysis a = analyze(new Bulgarian(), "Според \"Файненшъл таймс\" това означава, че Лондон няма да може да спре мигрантите.");
        Attribution report = at(a, "Според");
        assertEquals("Файненшъл таймс", report.source().text());
        assertTrue(report.content().text().startsWith("това означава"), report.content().text());
    }

    @Test
    void aDemandWithItsAddresseeAndAReflexiveInfinitiveAreSpeech() {
        Analysis a = analyze(new Bulgarian(), "Евродепутатите призоваха правителството на Великобритания да изложи ясно своята визия.");
        assertEquals("да изложи ясно своята визия", at(a, "призоваха").content().text().substring(at(a, "призоваха").content().text().indexOf("да изложи")));
        Analysis b = analyze(new Ukrainian(), "Прем'єр-міністр Тереза Мей пообіцяла у понеділок дотримуватися свого проекту угоди.");
        assertTrue(at(b, "пообіцяла").content().text().contains("дотримуватися свого проекту"), at(b, "пообіцяла").content().text());
    }

    @Test
    void anInterviewsLineIsThePersonNamedBeforeTheColon() {
        Analysis a = analyze(new Ukrainian(), "Чи зменшилась кількість хворих?\n\n"
                + "Головний лікар одного з медичних центрів Львова Тарас Жиравецький:\n\n"
                + "\"Статистика є дійсно достатньо стабільною, у нас не відбулось стрибка госпіталізацій.\"\n\n"
                + "Що буде далі?");
        Attribution line = a.attributions().stream().filter(x -> x.content().text().startsWith("\"Статистика")).findFirst()
                .orElseThrow(() -> new AssertionError(a.attributions().toString()));
        assertEquals("Тарас Жиравецький", line.source().text(), "the name before the colon, not the city before it");
        assertEquals("Тарас Жиравецький", speaker(a, line));
        Analysis b = analyze(new Ukrainian(), "Що кажуть лікарі?\n\nСвітлана Гук:\n\n\"Погода може впливати на поширення вірусу.\"");
        assertTrue(b.attributions().stream().anyMatch(x -> x.source() != null && x.source().text().equals("Світлана Гук")),
                "a paragraph of the name alone: " + b.attributions());
    }

    @Test
    void aRoleBeforeABodyIsThePersonIntroducedWithThatBody() {
        Analysis a = analyze(new Ukrainian(), "Генеральний директор Pfizer Альберт Бурла відвідав Берлін. "
                + "Керівник Pfizer заявив, що вакцина буде готова до кінця року.");
        assertEquals("Альберт Бурла", speaker(a, at(a, "заявив")), "the company only qualifies the role");
        Analysis b = analyze(new Russian(), "МИД Франции выступил с заявлением. Представитель МИД заявил, что Париж поддерживает проект.");
        assertEquals("МИД", speaker(b, at(b, "заявил")), "a spokesperson speaks for the body");
    }

    @Test
    void aPronounIsTheSpeakerJustQuotedNotAPersonNamedInTheQuotation() {
        Analysis a = analyze(new Bulgarian(), "Дейвид Дейвис заяви, че се надява на споразумение. "
                + "„Очаквам да приема Мишел Барние“, допълни той.");
        assertEquals("Дейвид Дейвис", speaker(a, at(a, "допълни")));
    }

    @Test
    void aMansNameIsNamedAsWrittenNotAsAWomansNameItCouldBeAFormOf() {
        Analysis a = analyze(new Russian(), "Муж Биби Ашок Крист заявил, что семья скрывается.");
        assertEquals("Ашок Крист", speaker(a, at(a, "заявил")), "\"Крист\" reads only as the genitive plural of Криста");
    }

    @Test
    void aBulgarianBodyIsNamedWithoutItsDefiniteArticle() {
        Analysis a = analyze(new Bulgarian(), "Европейския парламент заяви, че Камарата на лордовете трябва да гласува.");
        assertEquals("Европейски парламент", speaker(a, at(a, "заяви")));
        assertTrue(a.entities().stream().anyMatch(e -> e.name().equals("Камара на лордовете")), a.entities().toString());
    }

    @Test
    void wordsQuotedAfterCallingSomethingByANameAreItsContent() {
        Analysis a = analyze(new Russian(), "В июне президент США Дональд Трамп назвал ФРГ \"заложницей\" России.");
        Attribution called = at(a, "назвал");
        assertEquals("Дональд Трамп", speaker(a, called));
        assertEquals("\"заложницей\"", called.content().text());
    }

    @Test
    void aVerbThatOnlyEndsAQuotationReportsItThereAndNowhereElse() {
        Analysis a = analyze(new Russian(), "\"Разрешение конфликтов без России невозможно\", - продолжил министр. "
                + "Министр продолжил работать над проектом.");
        List<Attribution> found = a.attributions().stream().filter(x -> x.cue().text().equals("продолжил")).toList();
        assertEquals(1, found.size(), found.toString());
        assertEquals("министр", found.get(0).source().text());
    }

    @Test
    void aCallReportsWhatItIsForAfterTheOnesCalled() {
        Analysis a = analyze(new Ukrainian(), "Генсек ООН Антоніу Гутерреш виступив у середу. Він закликав світові держави до подолання пандемії коронавірусу.");
        assertTrue(at(a, "закликав").content().text().startsWith("подолання пандемії"), at(a, "закликав").content().text());
    }

    @Test
    void aClauseWithNoConjunctionAfterTheCueAndAScareQuoteInsideAReportedClause() {
        Analysis a = analyze(new Russian(), "Джонсон покинул правительство. Он сказал, новая стратегия правительства ведет страну в тупик.");
        assertEquals("новая стратегия правительства ведет страну в тупик", at(a, "сказал").content().text());
        Analysis b = analyze(new Bulgarian(), "Преговорите ще започнат във вторник за т.нар. „преходно споразумение“, пише The Daily Express.");
        Attribution report = at(b, "пише");
        assertTrue(report.content().text().startsWith("Преговорите ще започнат"), report.content().text());
    }

    @Test
    void aColonAfterTheCueAndWhatItSaysAboutIntroducesTheQuotation() {
        Analysis a = analyze(new Russian(), "Биби ответила на эту фразу так: «Я верю в Иисуса Христа».");
        Attribution answered = at(a, "ответила");
        assertEquals("Биби", answered.source().text());
        assertEquals("«Я верю в Иисуса Христа»", answered.content().text());
    }

    @Test
    void aPassiveReportInsideTheSentenceAndABodyWhereItWasSaid() {
        Analysis a = analyze(new Ukrainian(), "Деякі з міністрів, як повідомляється, хочуть переписати частину угоди. "
                + "У світі пандемія виходить з-під контролю, заявляють у ВООЗ.");
        Attribution passive = at(a, "повідомляється");
        assertNull(passive.source());
        assertTrue(passive.content().text().startsWith("Деякі з міністрів") && passive.content().text().endsWith("частину угоди"), passive.content().text());
        assertEquals("ВООЗ", at(a, "заявляють").source().text());
    }

    @Test
    void aThingNamedInQuotationMarksRightAfterTheVerbIsWhatWasCalledSomething() {
        Analysis a = analyze(new Ukrainian(), "Прем'єр-міністр Володимир Гройсман назвав «Північний потік-2» новим видом гібридної зброї.");
        Attribution called = at(a, "назвав");
        assertEquals("«Північний потік-2» новим видом гібридної зброї", called.content().text());
    }

    @Test
    void aQuotationRightAfterTheCueAnAsideBeforeTheConjunctionAndAStatementComingForward() {
        Analysis a = analyze(new Russian(), "Лидер партии выступил на митинге. Он обещал \"парализовать страну за несколько часов\". "
                + "Сама подсудимая заявила (и продолжает заявлять), что не оскорбляла ислам. "
                + "Польша будет блокировать газопровод. С данным заявлением выступил министр иностранных дел Яцек Чапутович.");
        assertEquals("\"парализовать страну за несколько часов\"", at(a, "обещал").content().text());
        assertEquals("не оскорбляла ислам", at(a, "заявила").content().text());
        Attribution forward = a.attributions().stream().filter(x -> x.cue().text().contains("заявлением")).findFirst().orElseThrow();
        assertEquals("Яцек Чапутович", speaker(a, forward));
        assertEquals("Польша будет блокировать газопровод", forward.content().text());
    }

    @Test
    void wordsOfMannerBetweenTheDashAndTheCue() {
        Analysis a = analyze(new Ukrainian(), "\"Бути лідером означає приймати правильні рішення\", — кілька разів повторила прем'єрка Тереза Мей.");
        assertEquals("\"Бути лідером означає приймати правильні рішення\"", at(a, "повторила").content().text());
    }

    @Test
    void aRefusalToCommentIsARefusalNeverAStatement() {
        Analysis a = analyze(new Russian(), "Суд отменил приговор. Представитель Кремля отказался комментировать решение суда.");
        Attribution refused = at(a, "отказался");
        assertEquals("refusal", refused.type());
        assertEquals("комментировать решение суда", refused.content().text());
        assertTrue(a.attributions().stream().noneMatch(x -> x.cue().text().equals("комментировать")), a.attributions().toString());
        Analysis b = analyze(new Bulgarian(), "Говорителят на Кремъл Дмитрий Песков отказа да коментира присъдата.");
        assertEquals("refusal", at(b, "отказа").type());
    }

    @Test
    void aQuotationThatFloatsAfterASpeakersGoesOnWithThatSpeaker() {
        Analysis a = analyze(new Ukrainian(), "Президент провів зустріч у Києві.\n\n"
                + "\"Ми будемо захищати нашу енергетичну безпеку\", - сказав Володимир Зеленський. \"Газопровід загрожує всій Європі.\"\n\n"
                + "\"Ми не дозволимо шантажувати Україну і будемо говорити з партнерами.\"\n\n"
                + "Погода в Києві тепла.\n\n\n\nЗміна клімату стала темою саміту. Там говорили про багато речей.\n\n"
                + "\"Це важливий крок для всіх нас і для наших дітей.\"");
        Attribution said = at(a, "сказав");
        List<Attribution> runOns = a.attributions().stream().filter(x -> x.continues() != null).toList();
        assertEquals(2, runOns.size(), a.attributions().toString());
        for (Attribution r : runOns) assertEquals("Володимир Зеленський", speaker(a, r));
        assertTrue(runOns.get(0).content().text().startsWith("\"Газопровід"), "in the same paragraph");
        assertTrue(runOns.get(1).content().text().startsWith("\"Ми не дозволимо"), "a paragraph of its own after it");
        assertTrue(said.continues() == null);
    }

    @Test
    void aTitleCutShortIntroducesTheRoleAndAReflexiveParticleIsNoSpeaker() {
        Analysis a = analyze(new Bulgarian(), "Това заяви математикът проф. Николай Витанов пред БНТ. "
                + "Професорът каза, че ваксините са добри. В документа се посочва, че правилата остават.");
        assertEquals("Николай Витанов", speaker(a, at(a, "каза")));
        assertNull(at(a, "посочва").source(), "\"се\" is the passive's particle");
    }

    @Test
    void whatOneCannotSayAndWhatOneStandsForAreNoReports() {
        Analysis a = analyze(new Ukrainian(), "Лікарка розповіла про ситуацію. \"Не можу сказати, що кількість хворих зменшилася\", - сказала вона.");
        assertTrue(a.attributions().stream().noneMatch(x -> x.cue().text().equals("сказати")), a.attributions().toString());
        Analysis b = analyze(new Russian(), "Джонсон выступал за подготовку Лондона к Олимпиаде.");
        assertTrue(b.attributions().isEmpty(), "\"за\" is no topic in Russian: " + b.attributions());
    }

    @Test
    void aParticipleAfterAnInvertedSpeakerAndTheOwnerOfAStatement() {
        Analysis a = analyze(new Russian(), "Отвечать перед народом трудно, отметила Захарова, добавив, что в Лондоне проступают контуры кризиса. "
                + "\"Королева была рада одобрить назначение\", – говорится в заявлении офиса премьер-министра Великобритании.");
        assertEquals("Захарова", at(a, "добавив").source().text());
        assertEquals("офиса премьер-министра Великобритании", at(a, "говорится").source().text());
    }

    @Test
    void textsThatOpenWithASpeechVerbOrBreakOffAreRead() {
        for (Language l : List.of(new Russian(), new Ukrainian(), new Bulgarian())) {
            for (String text : List.of("Заявил что-то важное и ушел.", "Он назвал \"", "Об этом, как передает ТАСС, сообщил", "Иван Петров:\n\n\"Да")) {
                assertEquals(l.code(), analyze(l, text).language(), "read without failing: " + text);
            }
        }
    }

    @Test
    void anAdjectiveStandingForItsNounIsTheSubject() {
        Analysis a = analyze(new Russian(), "В Карачи активисты жгли покрышки. Недовольные обещают, что не прекратят протесты.");
        assertEquals("Недовольные", at(a, "обещают").source().text());
    }
    @Test
    void anInterviewAnswerWithNoClosingMarkGoesOnToTheNextSpeakersLine() {
        Analysis a = analyze(new Ukrainian(), "Що кажуть лікарі?\n\n"
                + "Головний лікар лікарні у Львові Тарас Петренко:\n\n"
                + "\"Ситуація \"плаває\" від тижня до тижня. Стрибка госпіталізацій немає.\n\n"
                + "Ми не можемо до кінця зрозуміти, з чим це пов'язано. Колективного імунітету ще немає.\n\n"
                + "Сімейна лікарка у Києві Олена Коваль:\n\n"
                + "\"Не можу сказати, що хворих поменшало\".\n\n"
                + "Нагадаємо, раніше міністр оцінив ефект від карантину.");
        List<Attribution> petrenko = a.attributions().stream().filter(x -> "Тарас Петренко".equals(speaker(a, x))).toList();
        assertEquals(2, petrenko.size(), a.attributions() + " " + a.entities());
        assertTrue(a.entities().stream().anyMatch(e -> e.name().equals("Львів")),
                "\"Львові\" is also Лев's dative, but a place in another case than the first name after it is its own name");
        assertEquals("\"Ситуація \"плаває\" від тижня до тижня. Стрибка госпіталізацій немає", petrenko.get(0).content().text(),
                "the answer is its paragraph, though its marks do not pair");
        assertEquals(petrenko.get(0).id(), petrenko.get(1).continues(), "the paragraph after it, with no marks, goes on with it");
        assertTrue(petrenko.get(1).content().text().startsWith("Ми не можемо"));
        assertTrue(a.attributions().stream().noneMatch(x -> x.content().text().startsWith("Нагадаємо")),
                "a closed answer goes on in nothing: " + a.attributions());
    }

    @Test
    void anOccasionAfterTheSpeakerOfAsIsNotTheSpeaker() {
        Analysis a = analyze(new Russian(), "Дэвид Дэвис ушел в отставку в воскресенье. Однако, как пояснил Дэвис после отставки, "
                + "его этот план не устроил.");
        Attribution explained = at(a, "пояснил");
        assertEquals("Дэвис", explained.source().text());
        assertEquals("Дэвид Дэвис", speaker(a, explained));
        assertEquals("его этот план не устроил", explained.content().text());
    }
    @Test
    void aNounThatNamesWhatWasSaidOpensTheContent() {
        Analysis uk = analyze(new Ukrainian(), "Головний переговірник ЄС Мішель Барньє допустив можливість продовження перехідного періоду до кінця 2022 року.");
        Attribution allowed = at(uk, "допустив");
        assertEquals("можливість продовження перехідного періоду до кінця 2022 року", allowed.content().text());
        assertEquals("Мішель Барньє", speaker(uk, allowed));
        Analysis bg = analyze(new Bulgarian(), "Координаторът на парламента Ги Верхофстад подчерта необходимостта от гаранции за гражданите на ЕС.");
        assertEquals("необходимостта от гаранции за гражданите на ЕС", at(bg, "подчерта").content().text());
        Analysis ru = analyze(new Russian(), "Министр подчеркнул важность переговоров. Министр провел переговоры.");
        assertEquals(1, ru.attributions().size(), "a thing done is no report: " + ru.attributions());
    }

    @Test
    void theNounBeforeARelativeClauseSpeaksAfterIt() {
        Analysis a = analyze(new Russian(), "Борис Джонсон, который возглавлял МИД Великобритании с 2016 года, объявил об отставке.");
        Attribution announced = at(a, "объявил");
        assertEquals("Борис Джонсон", announced.source().text());
        assertEquals("об отставке", announced.content().text());
    }

    @Test
    void aQuotationEndedByWhatAStatementSaysHasNoSpeaker() {
        Analysis a = analyze(new Ukrainian(), "Суд зупинив виконання рішення.\n\n"
                + "\"Ця ідея дозволить дати країнам ще два роки для переговорів\", - йдеться в повідомленні. Тут йдеться про гроші.");
        Attribution said = at(a, "йдеться");
        assertEquals("\"Ця ідея дозволить дати країнам ще два роки для переговорів\"", said.content().text());
        assertNull(said.source(), "the statement it is in says where, not who");
        assertEquals(1, a.attributions().size(), "\"йдеться про\" is what something is about: " + a.attributions());
    }
    @Test
    void aTitleWithCommasInItIsThePersonNamedAtItsEnd() {
        Analysis a = analyze(new Ukrainian(), "\"Ми сьогодні обговорюємо ці документи\", - повідомив міністр у справах ЄС, ЗМІ, культури і "
                + "мистецтва Австрії Гернот Блюмель, прибувши на засідання.");
        Attribution said = at(a, "повідомив");
        assertEquals("Гернот Блюмель", speaker(a, said), "not the EU his title names: " + said.source());
    }

    @Test
    void aGeneralSecretaryIsThePersonIntroducedWithTheFullNameOfTheBody() {
        Analysis a = analyze(new Ukrainian(), "Генеральний секретар Організації Об'єднаних Націй Антоніу Гутерреш виступив з посланням. "
                + "\"Давайте зробимо 2021 рік роком зцілення\", - закликав генсек ООН.");
        assertEquals("Антоніу Гутерреш", speaker(a, at(a, "закликав")), "ООН is that body, and its secretary general the one named");
    }
    @Test
    void aRoleInTheGenitiveOfAnotherIntroducesNobody() {
        Analysis a = analyze(new Russian(), "Пресс-секретарь президента Дмитрий Песков отказался комментировать ситуацию. "
                + "Президент заявил журналистам: «Мы готовы к диалогу». Источник в правительстве сообщил РБК, что решение уже принято.");
        assertNull(speaker(a, at(a, "заявил")), "\"президента\" only says whose press secretary Peskov is");
        assertNull(speaker(a, at(a, "сообщил")), "a source in the government is not the government");
    }

    @Test
    void bulgarianParticiplesAndRelaysKeepTheirSpeaker() {
        Analysis a = analyze(new Bulgarian(), "Министър-председателят Николай Денков подчерта, че ситуацията е стабилна. Това съобщи БТА, "
                + "позовавайки се на източник в правителството. „Ще продължим работата“, каза Мария Захарова, като добави, че Москва ще отговори. "
                + "Тя изрази надежда, че конфликтът ще бъде уреден.");
        assertEquals("Мария Захарова", speaker(a, at(a, "добави")), "\"като добави\" has the speaker of the cue before it");
        assertEquals("Мария Захарова", speaker(a, at(a, "изрази")));
        assertTrue(a.attributions().stream().noneMatch(x -> x.content().text().startsWith("Това")), "a relay is no content: " + a.attributions());
    }
    @Test
    void wordsBetweenCommasAndThoseToldStandOutsideTheSpeaker() {
        Analysis a = analyze(new Russian(), "Глава Минобороны Сергей Шойгу, в свою очередь, заявил, что армия готова. «Ситуация очень сложная», — "
                + "признался собеседник агентства. Как заявила журналистам официальный представитель МИД России Мария Захарова, Москва ответит.");
        assertEquals("Сергей Шойгу", speaker(a, at(a, "заявил")), "\"в свою очередь\" stands between the subject and its verb");
        assertNull(speaker(a, at(a, "признался")), "the agency's interlocutor is not the agency");
        assertTrue(a.entities().stream().noneMatch(e -> e.name().startsWith("Ситуация")), "a quotation before its cue is no name: " + a.entities());
        Attribution asSaid = at(a, "Как заявила");
        assertEquals("официальный представитель МИД России Мария Захарова", asSaid.source().text(), "the journalists told are not the speaker");
        assertEquals("Мария Захарова", speaker(a, asSaid));
    }
    @Test
    void anOutletQuotingSomeonesWordsIsNotTheSpeaker() {
        Analysis a = analyze(new Bulgarian(), "Министърът на отбраната Тодор Тагарев посети базата. „Решението ще бъде взето утре“, цитира "
                + "Интерфакс думите на министъра.");
        Attribution quoted = at(a, "цитира");
        assertEquals("министъра", quoted.source().text());
        assertEquals("Тодор Тагарев", speaker(a, quoted));
    }
    @Test
    void aNameAndAColonBeforeAQuotationAreItsSpeaker() {
        Analysis a = analyze(new Ukrainian(), "Війна триває.\n\nПрезидент України Володимир Зеленський: \"Ми переможемо\". "
                + "Депутат Олексій Гончаренко впевнений, що санкції не спрацюють. Про це пише видання \"Українська правда\".");
        Attribution named = a.attributions().stream().filter(x -> x.content().text().equals("\"Ми переможемо\"")).findFirst().orElseThrow();
        assertEquals("Володимир Зеленський", speaker(a, named));
        assertEquals("видання \"Українська правда\"", at(a, "пише").source().text(), "the outlet's name in quotation marks ends the source");
    }

    @Test
    void aPassiveAsPhraseAndAPointerAfterItsCueAreRead() {
        Analysis a = analyze(new Russian(), "Как отмечается в докладе, экономика растет. Депутат Петр Толстой уверен, что санкции не сработают. "
                + "Пишет об этом газета «Коммерсант».");
        assertEquals("экономика растет", at(a, "отмечается").content().text(), "\"в докладе\" is where, not a time before the speaker");
        Attribution writes = at(a, "Пишет");
        assertEquals("газета «Коммерсант»", writes.source().text());
        assertTrue(writes.content().text().startsWith("Депутат"), "the sentence before: " + writes.content().text());
        Analysis bg = analyze(new Bulgarian(), "„Това е грешка“, уточни министърът. „Санкциите няма да сработят“, каза още той.");
        assertEquals("той", at(bg, "каза").source().text(), "\"още\" is no part of the speaker");
    }
    @Test
    void aPronounAfterNarrationIsThePersonItNamesAndTheReportEndsAtTheSpeakersNextVerb() {
        Analysis a = analyze(new Russian(), "«Мы должны действовать быстрее», — подчеркнул Жозеп Боррель.\n\n"
                + "Премьер-министр Венгрии Виктор Орбан выступил против новых санкций. Он заявил, что санкции вредят экономике, "
                + "и пригрозил заблокировать решение. Кремль назвал санкции незаконными.");
        Attribution said = at(a, "заявил");
        assertEquals("Виктор Орбан", speaker(a, said), "named since the last quote, outside it");
        assertEquals("санкции вредят экономике", said.content().text());
        Attribution called = at(a, "назвал");
        assertEquals("санкции незаконными", called.content().text(), "what was called something, with no quotation marks");
        assertEquals("Кремль", speaker(a, called));
    }
    @Test
    void aSubjectIsInTheNominative() {
        Analysis a = analyze(new Russian(), "Пассажирам посоветовали обменять билеты.");
        assertNull(at(a, "посоветовали").source(), "the passengers were advised: they advised nothing");
        Analysis kremlin = analyze(new Russian(), "В Кремле заявили, что Россия построит газопровод сама. Ряд учёных и аналитиков предположили, что вакцина защищает.");
        assertEquals("Кремле", at(kremlin, "заявили").source().text(), "a body after a preposition speaks in its case");
        assertEquals("Ряд учёных и аналитиков", at(kremlin, "предположили").source().text(), "genitives after a conjunction belong to a quantity");
        Analysis b = analyze(new Ukrainian(), "Як повідомляє 5 липня агентство Reuters, уряд схвалив проект.");
        assertEquals("агентство Reuters", at(b, "Як повідомляє").source().text(), "a date after the cue is no speaker");
        Analysis c = analyze(new Ukrainian(), "6 січня офіційний Київ заявив, що отримає вакцину.");
        assertEquals("офіційний Київ", at(c, "заявив").source().text(), "nor one before the subject");
        Analysis d = analyze(new Ukrainian(), "Чоловік християнки Азії Бібі у неділю, 4 листопада, попросив західні країни про притулок.");
        Source asked = at(d, "попросив").source();
        assertTrue(asked == null || !asked.text().contains("неділю"), "a day is no speaker, after a preposition too: " + asked);
    }

    @Test
    void aDemandReportsWhatItAsksFor() {
        Analysis ru = analyze(new Russian(), "Местные жители выходят на митинги с требованием освободить женщину.");
        Attribution demand = at(ru, "требованием");
        assertEquals("освободить женщину", demand.content().text());
        assertTrue(demand.source().text().startsWith("Местные жители"), demand.source().text());
        Analysis uk = analyze(new Ukrainian(), "6 січня офіційний Київ отримав лист від альянсу, в якому було прохання підтвердити готовність.");
        Attribution asked = at(uk, "прохання");
        assertEquals("підтвердити готовність", asked.content().text());
        assertNull(asked.source(), "the letter's writer asked, not Kyiv");
        assertEquals(1, uk.attributions().size(), "what was asked for reports nothing itself: " + uk.attributions());
        Analysis bg = analyze(new Bulgarian(), "Страната бе залята от протести с искане тя да бъде обесена. Лондон подаде молбата за напускане, две години след това.");
        assertEquals("тя да бъде обесена", at(bg, "искане").content().text());
        assertEquals("напускане", at(bg, "молбата").content().text(), "what a preposition brings ends at the comma");
    }

    @Test
    void aWomansRoleIsTheWomanIntroducedByTheRole() {
        Analysis bg = analyze(new Bulgarian(), "Германският канцлер Ангела Меркел се срещна с украинския президент Петро Порошенко в Берлин. "
                + "\"Проектът е невъзможен без Украйна\", каза канцлерката.");
        assertEquals("Ангела Меркел", speaker(bg, at(bg, "каза")));
        Analysis uk = analyze(new Ukrainian(), "Прем'єр-міністр Тереза Мей зустрілася з Дональдом Туском у Брюсселі. "
                + "\"Угода буде\", - сказала прем'єрка.");
        assertEquals("Тереза Мей", speaker(uk, at(uk, "сказала")));
        Analysis title = analyze(new Bulgarian(), "„Мерките ще дадат резултат след месеци“, каза математикът проф. Николай Витанов пред bTV.");
        assertEquals("математикът проф. Николай Витанов", at(title, "каза").source().text(), "an abbreviation's full stop ends no speaker");
        assertEquals("Николай Витанов", speaker(title, at(title, "каза")));
        Analysis kremlin = analyze(new Bulgarian(), "„Това е провокация“, заяви пресслужбата на Кремъл.");
        assertEquals("Кремъл", speaker(kremlin, at(kremlin, "заяви")), "a press service speaks for the place whose it is");
        Analysis man = analyze(new Russian(), "Ашик Масих обратился к властям Великобритании с просьбой об убежище. "
                + "Мужчина заявил, что его семье угрожает опасность.");
        assertEquals("Ашик Масих", speaker(man, at(man, "заявил")), "the man is the man named last");
        Analysis carrier = analyze(new Ukrainian(), "Пілоти Ryanair почали страйк. Ryanair скасувала 400 рейсів. Страйк стартував о третій ночі. "
                + "Він триватиме добу. Пасажири чекали в аеропортах. Черги були довгими. Таксі подорожчали. Готелі заповнені. "
                + "Водночас перевізник заявив, що більшість рейсів будуть виконані.");
        assertEquals("Ryanair", speaker(carrier, at(carrier, "заявив")), "the company the article is about, named long before");
        Analysis words = analyze(new Russian(), "Министр иностранных дел Украины Павел Климкин прибыл в Брюссель. "
                + "Мы считаем, что транзит должен основываться на правилах ЕС, приводит слова Климкина агентство.");
        Attribution quoted = at(words, "приводит слова");
        assertEquals("Мы считаем, что транзит должен основываться на правилах ЕС", quoted.content().text());
        assertEquals("Павел Климкин", speaker(words, quoted), "whose words the agency gives");
        Analysis relative = analyze(new Russian(), "Главным критиком проекта является посол США Ричард Греннелл, который в интервью Handelsblatt "
                + "заявил, что санкции возможны.");
        Attribution said = at(relative, "заявил");
        assertEquals("посол США Ричард Греннелл", said.source().text(), "a relative pronoun stands for the noun before its comma");
        assertEquals("Ричард Греннелл", speaker(relative, said));
        Analysis part = analyze(new Bulgarian(), "„Това е най-хубавата вест“, заяви от своя страна съпругът на Азия Биби.");
        assertEquals("съпругът на Азия Биби", at(part, "заяви").source().text(), "\"for his part\" is no part of the speaker");
    }

    @Test
    void aPronounNeverStandsForAPersonWhoseNameSaysTheOtherGender() {
        Analysis a = analyze(new Russian(), "«Нужно ввести санкции», — сказал министр иностранных дел Украины Павел Климкин "
                + "в интервью газете Bild. Она называет его одним из самых жестких критиков Кремля.");
        Attribution calls = at(a, "называет");
        assertEquals("Она", calls.source().text());
        assertNull(calls.source().entity(), "she is no Климкин: " + speaker(a, calls));
        Analysis her = analyze(new Russian(), "«Нужно ввести санкции», — сказала официальный представитель МИД Мария Захарова. "
                + "Она заявила, что Москва ответит.");
        assertEquals("Мария Захарова", speaker(her, at(her, "заявила")), "the woman just quoted");
        Analysis foreign = analyze(new Ukrainian(), "«Вакцина безпечна», — сказала Озлем Тюреджі. "
                + "Вона заявила, що компанія прискорить виробництво.");
        assertEquals("Озлем Тюреджі", speaker(foreign, at(foreign, "заявила")), "a foreign woman's given name may end in a consonant");
    }

    @Test
    void thisStatementWasMadeByPointsBackAndARoleIsTheSpeakerJustQuoted() {
        Analysis a = analyze(new Russian(), "МОСКВА, 12 марта. Россия не намерена участвовать в переговорах. Такое заявление сделал "
                + "заместитель министра иностранных дел РФ Сергей Рябков.\n\n«Эти условия неприемлемы. Мы это неоднократно говорили», — "
                + "подчеркнул дипломат.");
        Attribution made = a.attributions().stream().filter(x -> x.cue() != null && x.cue().text().startsWith("Такое заявление")).findFirst().orElseThrow();
        assertEquals("Россия не намерена участвовать в переговорах", made.content().text());
        assertEquals("Сергей Рябков", speaker(a, made));
        assertEquals("Сергей Рябков", speaker(a, at(a, "подчеркнул")), "\"дипломат\" is the one just quoted");
        assertTrue(a.attributions().stream().noneMatch(x -> x.cue() != null && x.cue().text().equals("говорили")), "a pointer inside a quotation is the speaker's own words");
    }
    @Test
    void aPressServiceSpeaksForTheBodyAndANamedSourceKeepsItsNoun() {
        Analysis uk = analyze(new Ukrainian(), "У Міноборони наголошують, що нові поставки вже на шляху. Як інформує пресслужба відомства, "
                + "перші партії прибудуть до кінця місяця.");
        assertEquals("Міноборони", speaker(uk, at(uk, "інформує")), "the press service of the body just quoted");
        Analysis bg = analyze(new Bulgarian(), "Ситуацията остава сложна. По данни на Генералния щаб за денонощието е имало 120 сражения.");
        Attribution data = at(bg, "По данни на");
        assertEquals("Генералния щаб", data.source().text());
        assertEquals("за денонощието е имало 120 сражения", data.content().text());
    }
    @Test
    void aDescriptionBetweenCommasAndWhereItWasSaidAreNoSpeaker() {
        Analysis a = analyze(new Russian(), "Съезд прошел в Берлине. Юлия Навальная, вдова Алексея Навального, заявила в видеообращении, "
                + "что борьба продолжится. По словам источника «Медузы», съезд собрал более тысячи участников.");
        Attribution said = at(a, "заявила");
        assertEquals("Юлия Навальная", speaker(a, said), "not the video address it was said in: " + said.source());
        assertEquals("источника «Медузы»", at(a, "По словам").source().text());
        assertEquals("съезд собрал более тысячи участников", at(a, "По словам").content().text());
    }

    @Test
    void anyVerbAfterAQuotationsDashReportsIt() {
        Analysis a = analyze(new Russian(), "Врачи обсуждают вакцину.\n\n\"Полностью исключить это пока нельзя\", - заключает профессор Лядова.\n\n"
                + "«Эффекты могут быть опосредованы клетками», — объясняет директор института, член-корреспондент РАН Оксана Свитич.");
        Attribution first = at(a, "заключает");
        assertEquals("\"Полностью исключить это пока нельзя\"", first.content().text(), "a verb no list holds, after the dash");
        assertEquals("Лядова", speaker(a, first));
        assertEquals("Оксана Свитич", speaker(a, at(a, "объясняет")), "a role, then after a comma the one it names");
        assertTrue(analyze(new Russian(), "\"Полностью исключить это нельзя\", - и это главное.").attributions().isEmpty(), "no verb, no report");
    }

    @Test
    void aLinkingPhraseIsNoSpeakerAndALemmaWithYoIsListedWithYe() {
        Analysis a = analyze(new Russian(), "В то же время эксперты ИБР подчёркивают: \"Различия могут быть обусловлены другими факторами\".");
        Attribution report = at(a, "подчёркивают");
        assertEquals("эксперты ИБР", report.source().text(), "\"В то же время\" links the sentence to the one before");
        Analysis bg = analyze(new Bulgarian(), "В същото време експертите заявиха, че рискът е малък.");
        assertEquals("експертите", at(bg, "заявиха").source().text());
    }

    @Test
    void aCitingParticipleAfterARoleIsNoSpeaker() {
        Analysis a = analyze(new Bulgarian(), "Време е Белгия да осъди насилието, добавя депутатът, цитиран от БТА.");
        assertEquals("депутатът", at(a, "добавя").source().text());
    }

    @Test
    void aSourcePhraseBetweenCommasReportsTheClauseAroundIt() {
        Analysis a = analyze(new Russian(), "Вакцины важны; именно благодаря вакцинам, по данным ВОЗ, удается предотвратить миллионы смертей. "
                + "Сам выход пройдет в марте, потом, согласно плану, начнется переходный период.");
        Attribution report = at(a, "по данным");
        assertEquals("ВОЗ", report.source().text());
        assertEquals("именно благодаря вакцинам удается предотвратить миллионы смертей", report.content().text(), "the words around the phrase, after the semicolon");
        assertEquals(1, a.attributions().size(), "a plan named by a common noun is no source");
    }

    @Test
    void aConnectiveBeforeASourcePhraseAndAnOutletInQuotationMarksAfterAsKeepTheReport() {
        Analysis a = analyze(new Russian(), "Причем, по словам Марии Захаровой, действия посла являются частью программы. "
                + "Как уже писал «Коммерсант», в Пакистане казнили мужчину.");
        assertEquals("Мария Захарова", speaker(a, at(a, "по словам")));
        Attribution outlet = at(a, "Как уже писал");
        assertEquals("Коммерсант", outlet.source().text());
        assertEquals("в Пакистане казнили мужчину", outlet.content().text());
    }

    @Test
    void aBeliefIsReportedWhereItsWordsAreQuotedAndARecommendationIsSpeech() {
        Analysis a = analyze(new Russian(), "Глава МИД считает, что санкции стали бы \"неверным путем\". Глава МИД считает, что санкции стали бы ошибкой. "
                + "Глава МИД считает, что \"Северный поток — 2\" нужен Европе. Эксперты рекомендуют сделать прививку большей части населения.");
        assertEquals(List.of("санкции стали бы \"неверным путем\"", "сделать прививку большей части населения"),
                a.attributions().stream().map(x -> x.content().text()).toList(), "a belief in the writer's words, or about a name in quotation marks, is none");
    }

    @Test
    void aBodyInQuotationMarksAfterTheCueSpeaksAndAPointerWithATimeIsNoContent() {
        Analysis a = analyze(new Ukrainian(), "Суд призупинив виконання рішень органу зі стягнення боргів, пояснюють в \"Нафтогазі\".");
        Attribution report = at(a, "пояснюють");
        assertTrue(report.source().text().startsWith("Нафтогазі"), report.source().text());
        assertEquals("Суд призупинив виконання рішень органу зі стягнення боргів", report.content().text());
        Analysis pointer = analyze(new Ukrainian(), "Парламент Словаччини вводить штраф за порушення черговості\n\nПро це в четвер, 14 січня, повідомив словацький телеканал TA3.");
        assertTrue(pointer.attributions().stream().noneMatch(x -> x.content().text().startsWith("Про це")), pointer.attributions().toString());
    }

    @Test
    void aPronounIsTheLastPersonNamedOfItsGenderAFewSentencesBack() {
        Analysis a = analyze(new Russian(), "Профессор Ирина Лядова приводит два объяснения. Во-первых, вакцинацию проводят бедные страны. "
                + "Многие из них не тестируют население. Во-вторых, важна скорость карантина. Об этом писал и Дмитрий Купраш. "
                + "\"Мы не можем исключить связь\", - отмечает она.");
        assertEquals("Ирина Лядова", speaker(a, at(a, "отмечает")), "she, though a man was named since");
    }

    @Test
    void aSourcePhraseTakesAdjectivesTheTaggerMissedAndAClaimIsReported() {
        Analysis a = analyze(new Russian(), "По последним предварительным сведениям издания, Allseas должна выполнить около 90% работ. "
                + "По утверждению Лелеки, в последнее время участились забастовки.");
        assertEquals("Allseas должна выполнить около 90% работ", at(a, "По последним предварительным сведениям").content().text());
        assertEquals("Лелека", speaker(a, at(a, "По утверждению")));
    }

    @Test
    void aQuotationItsAuthorInterruptsIsOneQuoteInTwoPieces() {
        Analysis a = analyze(new Russian(), "Авторы делают смелое заявление.\n\n\"Наши данные говорят, что вакцинация снижает смертность, - пишут они. "
                + "- Мы также обнаружили связь с датой начала вакцинации\".");
        Attribution quote = at(a, "пишут");
        assertEquals("они", quote.source().text());
        assertEquals(2, quote.content().spans().size(), "the words before the cue and after the dash that resumes them");
        assertTrue(quote.content().text().startsWith("\"Наши данные") && quote.content().text().endsWith("вакцинации\""), quote.content().text());
        assertTrue(!quote.content().text().contains("пишут"), quote.content().text());
    }

    @Test
    void wordsOfSomeoneBeforeAThatClauseAreAReport() {
        Analysis bg = analyze(new Bulgarian(), "Верховстад реагира гневно с думите, че „правата на гражданите не подлежат на обсъждане“.");
        assertEquals("„правата на гражданите не подлежат на обсъждане“", at(bg, "думите").content().text());
        Analysis ru = analyze(new Russian(), "Министр выступил со словами, что переговоры продолжатся.");
        Attribution report = at(ru, "словами");
        assertEquals("переговоры продолжатся", report.content().text());
        assertEquals("Министр", report.source().text(), "the subject of the verb before");
    }

    @Test
    void aBulgarianVerbOfTalkingReportsAQuotationButNotItsTopic() {
        Analysis a = analyze(new Bulgarian(), "Тереза Мей говори пред медиите на срещата на върха: „Очаквам нова динамика в преговорите“. "
                + "Министърът говори за бъдещето на отношенията с Лондон.");
        assertEquals(1, a.attributions().size(), a.attributions().toString());
        assertEquals("„Очаквам нова динамика в преговорите“", at(a, "говори").content().text());
    }

    @Test
    void anOutletsNounIsTheOutletTheArticleCitedHoweverFarBack() {
        Analysis a = analyze(new Ukrainian(), "Пандемія ризикує затягнутися на невизначений період, пише Financial Times. "
                + "Вчені очікують нових штамів. Компанії впевнені у вакцинах. Регулятори мовчать. Лікарі втомилися. Уряди чекають. "
                + "Виконавчий директор Moderna Стефан Бансель сказав на конференції, що компанія почне тестування. "
                + "Не варто очікувати результатів до наступного року, резюмує видання.");
        assertEquals("Financial Times", speaker(a, at(a, "резюмує")), "not Moderna, named last");
    }

    @Test
    void aComplaintReportsWhatWasSaidAndAReflexiveParticleIsNoPartOfTheSpeaker() {
        Analysis a = analyze(new Bulgarian(), "Те получили ваучери за храна. „Залъгвахме глада и жаждата със студен чай“, оплака се потърпевша.");
        Attribution complaint = at(a, "оплака");
        assertEquals("„Залъгвахме глада и жаждата със студен чай“", complaint.content().text());
        assertEquals("потърпевша", complaint.source().text());
    }

    @Test
    void aVerbThatIsAlsoAParentheticalWordReportsAndAPhraseWithAVerbReportsTheClauseAroundIt() {
        Analysis a = analyze(new Russian(), "Теория основывается на статистике. Занимающиеся исследованиями медики говорят, что "
                + "наличие прививки не дает иммунитета. Это, как говорят специалисты, является единственным способом покончить с пандемией.");
        assertEquals("наличие прививки не дает иммунитета", at(a, "говорят").content().text(), "\"говорят\" is read as the verb говорить");
        Attribution aside = a.attributions().stream().filter(x -> x.content().text().contains("единственным способом")).findFirst()
                .orElseThrow(() -> new AssertionError(a.attributions().toString()));
        assertEquals("специалисты", aside.source().text());
        assertTrue(aside.content().text().endsWith("является единственным способом покончить с пандемией"), aside.content().text());
    }

    @Test
    void aPluralPronounIsASpeaker() {
        Analysis a = analyze(new Bulgarian(), "Британците живеят във Франция. Те казват, че резултатът не може да бъде променен.");
        assertEquals("Те", at(a, "казват").source().text());
    }

    @Test
    void aTopicFirstReportsItAfterAWordOfMannerAndPastAPartOfTheDay() {
        Analysis a = analyze(new Ukrainian(), "Поліція провела обшуки. Про затримання клірика повідомив у ніч на суботу, 24 листопада, "
                + "міністр інформації країни Фавад Чаудхрі. Першими про випадки захворювання за межами Китаю заявили влади Японії.");
        Attribution detained = at(a, "повідомив");
        assertEquals("міністр інформації країни Фавад Чаудхрі", detained.source().text());
        assertEquals("Про затримання клірика", detained.content().text());
        Attribution first = at(a, "заявили");
        assertEquals("влади Японії", first.source().text());
        assertEquals("про випадки захворювання за межами Китаю", first.content().text());
    }

    @Test
    void aDemandADenialAndAThreatReportWhatWasSaid() {
        Analysis a = analyze(new Russian(), "Суд вынес приговор. Тысячи людей требуют казни женщины. Сооснователь движения Мухаммад Кадри "
                + "угрожает: \"Целая нация идет на войну\". Осужденная отрицала свою вину.");
        Attribution demand = at(a, "требуют");
        assertEquals("казни женщины", demand.content().text());
        assertEquals("Тысячи людей", demand.source().text());
        assertEquals("Мухаммад Кадри", speaker(a, at(a, "угрожает")));
        assertEquals("свою вину", at(a, "отрицала").content().text());
        Analysis b = analyze(new Ukrainian(), "Чоловік Азії Бібі звернувся до урядів. Це питання, чого вимагав ЄС.");
        assertTrue(b.attributions().stream().noneMatch(x -> x.content().text().equals("ЄС")), "the name after the verb is its subject: " + b.attributions());
    }

    @Test
    void aSourcePhraseMayHoldAnAdverbOrLoseItsSource() {
        Analysis a = analyze(new Russian(), "Премьер собрала кабинет. Напомним, как сообщал ранее ТАСС, законопроект прошел через парламент.");
        Attribution relayed = a.attributions().stream().filter(x -> x.content().text().equals("законопроект прошел через парламент")).findFirst()
                .orElseThrow(() -> new AssertionError(a.attributions().toString()));
        assertEquals("ТАСС", relayed.source().text());
        Analysis b = analyze(new Russian(), "Премьер собрала кабинет. Напомним, как сообщалось ранее, законопроект прошел через парламент.");
        assertTrue(b.attributions().stream().anyMatch(x -> x.content().text().equals("законопроект прошел через парламент") && x.source() == null),
                b.attributions().toString());
    }

    @Test
    void aPronounIsThePersonNamedInTheNominativeNotOneNamedInAnotherCaseAfter() {
        Analysis a = analyze(new Ukrainian(), "Це сталося після того, як Стефан Бансел привернув увагу президента Дональда Трампа. "
                + "Він пообіцяв доставити вакцину в найкоротші терміни.");
        assertEquals("Стефан Бансел", speaker(a, at(a, "пообіцяв")));
        Analysis b = analyze(new Ukrainian(), "Ашіг Масіх звернувся до прем'єра Канади Джастіна Трюдо із проханням допомогти родині. "
                + "\"Ми живемо зараз у сильному страху\", - сказав він.");
        assertEquals("Ашіг Масіх", speaker(b, at(b, "сказав")), "\"Трюдо\" does not decline, but \"Джастіна\" does");
    }

    @Test
    void aRoleIsIntroducedByItsOwnWordNotAWordThatOnlyBeginsLikeIt() {
        Analysis a = analyze(new Russian(), "«Вакцина безопасна», — объясняет профессор Ольга Карпова. Похожий принцип применили на кафедре "
                + "вирусологии университета имени Ломоносова. «Побочные эффекты не повод отказываться от вакцины», — отмечает вирусолог.");
        assertEquals("Ольга Карпова", speaker(a, at(a, "отмечает")), "\"вирусологии\" is virology, not a virologist named Ломоносов");
    }

    @Test
    void aBodyDescribedAfterItsCommaAndAStatementWithAnAdjectiveSayWhoSpoke() {
        Analysis a = analyze(new Russian(), "Вакцину испытали на добровольцах. Эффективность вакцины составила 92 процента, заявили в РФПИ, "
                + "финансирующем разработку. Однако следует дождаться публикации данных, отмечается в официальном обращении директора "
                + "компании Альберта Бурла.");
        Attribution fund = at(a, "заявили");
        assertEquals("РФПИ", fund.source().text());
        assertEquals("Эффективность вакцины составила 92 процента", fund.content().text());
        // the speaker is the director: his surname, written only after his first name in the genitive, reads as a genitive
        // too ("Альберт Бурл"), as "Эрдогана" after "Реджепа" is, for want of the nominative in the text
        Attribution appeal = at(a, "отмечается");
        assertTrue(appeal.source().text().endsWith("Альберта Бурла"), appeal.source().text());
        assertTrue(speaker(a, appeal).startsWith("Альберт Бурл"), speaker(a, appeal));
    }

    @Test
    void theReaderAndAThingAreNoSpeakers() {
        Analysis a = analyze(new Ukrainian(), "Вакцину схвалили. Ви підтверджуєте, що ознайомилися з правилами сайту. "
                + "Щоб підтвердити згоду на використання cookie, натисніть кнопку.");
        assertTrue(a.attributions().isEmpty(), a.attributions().toString());
        Analysis b = analyze(new Russian(), "Вакцину отозвали. Каждый эпизод требует исследования.");
        assertTrue(b.attributions().isEmpty(), b.attributions().toString());
    }

    @Test
    void aVerbAfterAStatementsNounIsTheSubjectsAndAStatementAfterAPrepositionIsNoSpeaker() {
        Analysis a = analyze(new Bulgarian(), "В интервю за агенцията министърът Лиляна Павлова изразява безпокойство от изявленията на Мей "
                + "и подчертава, че всички правни норми трябва да бъдат прилагани.");
        assertEquals("Лиляна Павлова", speaker(a, at(a, "подчертава")));
        Analysis b = analyze(new Russian(), "Компания приостановила испытания. В официальном заявлении напоминают, что болезни возможны "
                + "и у тех, кто получил плацебо.");
        assertNull(at(b, "напоминают").source(), "the statement is where it was said");
    }

    @Test
    void aHypothesisPutForwardIsSpeech() {
        Analysis a = analyze(new Russian(), "Статистику ведут по-разному. Тем не менее ряд ученых и аналитиков предположили, что есть еще один "
                + "фактор. Ее авторы из Нидерландов высказывали предположение, что память иммунной системы может формироваться иначе.");
        assertEquals("есть еще один фактор", at(a, "предположили").content().text());
        assertTrue(at(a, "высказывали").content().text().contains("память иммунной системы"), a.attributions().toString());
    }

    @Test
    void anInterruptionEndingInACommaADescriptionAfterADashAndAGroupOfExperts() {
        Analysis a = analyze(new Ukrainian(), "Компанія почала випробування. «Майбутній початок дослідження другої фази – це важливий крок "
                + "вперед, – каже Стефан, – основна мета полягає в тому, щоб оцінити безпеку». За даними російських аналітиків ринку — "
                + "консультантів \"Газпрому\", навіть за найнесприятливіших умов поставки зростуть. Однак експерти попереджають про "
                + "зростання напруги у всій Азії.");
        Attribution says = at(a, "каже");
        assertEquals("Стефан", says.source().text());
        assertTrue(says.content().text().contains("основна мета"), says.content().text());
        Attribution data = a.attributions().stream().filter(x -> x.content().text().startsWith("навіть за найнесприятливіших")).findFirst()
                .orElseThrow(() -> new AssertionError(a.attributions().toString()));
        assertEquals("російських аналітиків ринку", data.source().text());
        assertNull(speaker(a, data), "analysts are no one person, not the one quoted before");
        assertNull(speaker(a, at(a, "попереджають")));
    }

    @Test
    void aRequestReportsWhatWasAskedFor() {
        Analysis a = analyze(new Ukrainian(), "Суд виправдав жінку. Родина попросила західні країни про притулок.");
        assertEquals("Родина", at(a, "попросила").source().text());
        assertTrue(at(a, "попросила").content().text().endsWith("про притулок"), a.attributions().toString());
    }

    @Test
    void aNameAfterAPlaceIsTheSubjectNotTheRoleBeforeIt() {
        Analysis a = analyze(new Bulgarian(), "Газпром ще намали транзита. След среща с украинския президент Петро Порошенко вчера в Берлин "
                + "Меркел заяви, че строителството няма да продължи.");
        assertEquals("Меркел", at(a, "заяви").source().text());
    }

    @Test
    void bulgarianParticiplesReportButOneDescribingTheWordBeforeDoesNot() {
        Analysis a = analyze(new Bulgarian(), "Доналд Тръмп е заплашил, че това е най-важното условие. "
                + "Външният министър потвърдил пред един от заговорниците, че ще е готов за надпревара. "
                + "Случаят стана известен, след като губернатор, призовал за снизходителност към Азия Биби, беше убит.");
        assertTrue(at(a, "заплашил").content().text().startsWith("това е най-важното"), a.attributions().toString());
        assertTrue(at(a, "потвърдил").content().text().startsWith("ще е готов"), a.attributions().toString());
        assertTrue(a.attributions().stream().noneMatch(x -> x.cue() != null && x.cue().text().equals("призовал")),
                "a participle after a noun and its comma describes it: " + a.attributions());
    }

    @Test
    void aQuotationThatSoACommentEndsWithoutADash() {
        Analysis a = analyze(new Bulgarian(), "Съдът оправда жената. „Днес е прекрасен ден“, така коментира адвокатът Сайфул Малук.");
        assertEquals("„Днес е прекрасен ден“", at(a, "коментира").content().text());
    }

    @Test
    void aUkrainianGerundReportsAsItsVerb() {
        Analysis a = analyze(new Ukrainian(), "Авіакомпанія опублікувала на своєму сайті документацію щодо виплат, стверджуючи, "
                + "що пілоти отримують справедливу оплату праці.");
        assertEquals("пілоти отримують справедливу оплату праці", at(a, "стверджуючи").content().text());
        assertEquals("Авіакомпанія", at(a, "стверджуючи").source().text());
    }

    @Test
    void aCompanysSpokespeopleAndTheCompanyAfterAPhraseOfWhySpeakForIt() {
        Analysis a = analyze(new Ukrainian(), "Ryanair скасувала 600 рейсів через страйк пілотів. "
                + "У відповідь авіакомпанія заявила, що пілоти отримують справедливу оплату праці. "
                + "Представники компанії заявили, що рейси відновлять.");
        Attribution answer = at(a, "заявила");
        assertEquals("авіакомпанія", answer.source().text());
        assertEquals("Ryanair", speaker(a, answer));
        assertEquals("Ryanair", speaker(a, a.attributions().stream().filter(x -> x.content().text().startsWith("рейси")).findFirst().orElseThrow()));
    }

    @Test
    void aWarningAgainstAndAStandAgainstSayWhatTheyAreAgainst() {
        Analysis a = analyze(new Bulgarian(), "България предупреди британския премиер Тереза Мей срещу всякакви планове за промяна на правата "
                + "на гражданите. Президентът на САЩ Доналд Тръмп се обяви против строежа на газопровода.");
        assertTrue(at(a, "предупреди").content().text().startsWith("всякакви планове"), a.attributions().toString());
        assertEquals("против строежа на газопровода", at(a, "обяви").content().text());
        assertEquals("Доналд Тръмп", speaker(a, at(a, "обяви")));
    }

    @Test
    void theHeadOfABodyNamedByItsAbbreviationIsThePersonIntroducedInTheWordsItSpells() {
        Analysis a = analyze(new Russian(), "Министр иностранных дел Украины Павел Климкин прибыл в Берлин. "
                + "Глава МИД заявил, что Украина против проекта.");
        assertEquals("Павел Климкин", speaker(a, at(a, "заявил")));
        Analysis b = analyze(new Ukrainian(), "Міністр охорони здоров'я Максим Степанов прибув до Львова. Глава МОЗ заявив, що вакцина буде до літа.");
        assertEquals("Максим Степанов", speaker(b, at(b, "заявив")));
    }

    @Test
    void aPressServiceAfterInSpeaksForTheBodyAndARefusalMayNameTheCommentFirst() {
        Analysis ru = analyze(new Russian(), "В пресс-службе Кремля сообщили, что визит не обсуждался. В Кремле от комментариев отказались.");
        assertEquals("Кремль", speaker(ru, at(ru, "сообщили")));
        Attribution refused = at(ru, "отказались");
        assertEquals("refusal", refused.type());
        assertEquals("от комментариев", refused.content().text());
        assertEquals("Кремль", speaker(ru, refused));
        // Ukrainian's -і of "пресслужбі" is a singular's, not a plural's
        Analysis uk = analyze(new Ukrainian(), "У пресслужбі Кремля від коментарів відмовилися.");
        assertEquals("Кремль", speaker(uk, at(uk, "відмовилися")));
    }

    @Test
    void aPlaceAfterABodyInTheSourceSaysWhoseTheBodyIs() {
        Analysis bg = analyze(new Bulgarian(), "Нарендра Моди ще пристигне в Делхи по-късно, съобщи МВнР на Индия.");
        assertEquals("МВнР", speaker(bg, at(bg, "съобщи")));
    }

    @Test
    void aNameAfterWhereARoleHoldsIsTheSpeakerAndWhereAfterItIsNot() {
        Analysis ru = analyze(new Russian(), "Адвокат Трампа Руди Джулиани заявил, что штаб подаст иски. "
                + "Лидер республиканского большинства в Сенате Митч Макконнелл заявил, что Трамп имеет право оспорить результаты. "
                + "«Я буду президентом для всех американцев», — сказал Байден в субботу на выступлении в Уилмингтоне.");
        Attribution senate = ru.attributions().stream().filter(x -> x.content().text().startsWith("Трамп имеет")).findFirst().orElseThrow();
        assertEquals("Митч Макконнелл", speaker(ru, senate), "not the last man named");
        assertEquals("Байден", at(ru, "сказал").source().text(), "where he spoke is no part of the speaker");
        Analysis bg = analyze(new Bulgarian(), "Лидерът на републиканското мнозинство в Сената Мич Макконъл заяви, че Тръмп има право да оспори резултатите.");
        assertEquals("Мич Макконъл", speaker(bg, at(bg, "заяви")));
        Analysis written = analyze(new Russian(), "Строки хочется завершить на слове позора, написала Мария Захарова на своей странице в Facebook.");
        assertEquals("Мария Захарова", speaker(written, at(written, "написала")), "where she wrote it may take five words");
    }

    @Test
    void aWomansPossessiveAfterAnAgencysReportIsTheWomanItNamedAndAWomansVerbTakesNoMan() {
        Analysis ru = analyze(new Russian(), "Как сообщает агентство Reuters, посол США в России Линн Трейси посетила журналиста. "
                + "По ее словам, журналист держится стойко. Пресс-секретарь президента Дмитрий Песков заявил, что не видит оснований для обмена. "
                + "Адвокат журналиста отказалась от комментариев.");
        Attribution hers = ru.attributions().stream().filter(x -> x.content().text().startsWith("журналист держится")).findFirst().orElseThrow();
        assertEquals("Линн Трейси", speaker(ru, hers), "not the agency that named her");
        assertNull(speaker(ru, at(ru, "отказалась")), "Песков, quoted just before, is a man");
        Analysis uk = analyze(new Ukrainian(), "Як повідомляє агентство Reuters, посол США в Росії Лінн Трейсі відвідала журналіста. "
                + "За її словами, журналіст тримається стійко.");
        Attribution hersUk = uk.attributions().stream().filter(x -> x.content().text().startsWith("журналіст тримається")).findFirst().orElseThrow();
        assertEquals("Лінн Трейсі", speaker(uk, hersUk));
    }

    @Test
    void aChineseFamilyNameAloneIsTheManNamedInFullWithIt() {
        Analysis ru = analyze(new Russian(), "Председатель КНР Си Цзиньпин провел переговоры в Пекине. Си заявил, что Китай выступает за мирное урегулирование.");
        assertEquals("Си Цзиньпин", speaker(ru, at(ru, "заявил")));
    }

    @Test
    void anAbbreviationInBracketsBeforeTheVerbIsNoEndOfTheSpeakerAndBulgariansNaSaysWhose() {
        Analysis uk = analyze(new Ukrainian(), "Національне антикорупційне бюро України (НАБУ) повідомило про підозру заступнику міністра.");
        assertEquals("Національне антикорупційне бюро України", speaker(uk, at(uk, "повідомило")));
        Analysis bg = analyze(new Bulgarian(), "Министърът на финансите Асен Василев обясни, че дефицитът ще бъде малък. "
                + "Говорителят на Министерството на вътрешните работи съобщи, че няма пострадали.");
        assertEquals("Министерство на вътрешните работи", speaker(bg, at(bg, "съобщи")), "not the minister quoted before");
    }

    @Test
    void aCapitalisedNounTheTaggerReadsAsASignIsStillTheSpeaker() {
        Analysis uk = analyze(new Ukrainian(), "Голова агентства Вітольд Банька привітав вердикт. «Правила єдині для всіх», — наголосив Банька.");
        assertEquals("Вітольд Банька", speaker(uk, at(uk, "наголосив")), "банька is also a common noun, and the tagger says PUNCT");
    }

    @Test
    void aRelativeClauseOrAParticiplesPhraseBetweenSubjectAndCueIsPassedOver() {
        Analysis a = analyze(new Russian(), "Физик Маргарет Олдридж получила премию. Олдридж, которой позвонили из Стокгольма рано утром, "
                + "рассказала, что приняла звонок за розыгрыш. Главный редактор газеты Татьяна Кравец, пришедшая в суд вместе с адвокатом, "
                + "сообщила, что редакция продолжит работу. Власти Пакистана, несмотря на приговор, после которого женщину должны были "
                + "освободить, заявили, что она останется в тюрьме.");
        assertEquals("Маргарет Олдридж", speaker(a, at(a, "рассказала")));
        assertEquals("Татьяна Кравец", speaker(a, at(a, "сообщила")));
        assertEquals("Власти Пакистана", at(a, "заявили").source().text(), "not the sentence the relative clause is about");
    }

    @Test
    void aWomansRoleOrAHeadOfStateIsThePersonItStandsFor() {
        Analysis bg = analyze(new Bulgarian(), "Президентът Румен Радев заяви в Брюксел, че България очаква решение.\n\n"
                + "— Изпълнихме всички критерии, — каза държавният глава.\n\n"
                + "Д-р Веселина Ангелова получи наградата. „Това е награда за целия екип“, каза учената.");
        assertEquals("Румен Радев", speaker(bg, bg.attributions().stream().filter(x -> x.source() != null && x.source().text().equals("държавният глава"))
                .findFirst().orElseThrow()), "the speaker just quoted");
        assertEquals("Веселина Ангелова", speaker(bg, bg.attributions().stream().filter(x -> x.source() != null && x.source().text().equals("учената"))
                .findFirst().orElseThrow()), "the title is no part of her name");
        Analysis uk = analyze(new Ukrainian(), "Генеральний директор Міжнародного агентства з атомної енергії Рафаель Гроссі прибув до Києва.\n\n"
                + "— Ми продовжуємо контакти з обома сторонами, — додав генеральний директор.");
        assertEquals("Рафаель Гроссі", speaker(uk, at(uk, "додав")), "a body's name between role and name is one word");
        Analysis ru = analyze(new Russian(), "Суд продлил арест журналистки издания «Онежский курьер» Анны Белоусовой. Адвокат Михаил Зорин "
                + "заявил, что защита обжалует решение. Сама журналистка через защиту передала, что вину не признает.");
        assertEquals("Анна Белоусова", speaker(ru, at(ru, "передала")));
    }

    @Test
    void aCueInsideADashedQuotationReportsNothingBeyondIt() {
        Analysis a = analyze(new Ukrainian(), "Депутат Ярослав Кондратюк наполягав на змінах.\n\n"
                + "— Ми підтримуємо документ, але вимагатимемо щоквартальних звітів, — заявив Кондратюк.");
        assertEquals(1, a.attributions().size(), "one quote: " + a.attributions());
        assertEquals("Ярослав Кондратюк", speaker(a, at(a, "заявив")));
    }
}
