package org.dossier.lang.slavic;

import org.dossier.Analyzer;
import org.dossier.ArticleInfo;
import org.dossier.lang.UnsupportedLanguageException;
import org.dossier.lang.bg.Bulgarian;
import org.dossier.lang.ru.Russian;
import org.dossier.lang.uk.Ukrainian;
import org.dossier.ingest.SourceArticle;
import org.dossier.model.Analysis;
import org.dossier.store.CorpusQueries;
import org.dossier.store.CorpusStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The three languages behind the facade, without English: each text detected, read in its language, others refused. */
class SlavicAnalyzerTest {
    private static Analyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = Analyzer.load(new Russian(), new Ukrainian(), new Bulgarian());
    }

    private static final String RUSSIAN = "Российские оппозиционеры в эмиграции ведут неофициальные переговоры с представителями "
            + "украинских властей, сообщил изданию Politico Владимир Кара-Мурза. По словам Кара-Мурзы, встречи проходят в Берлине и "
            + "Вильнюсе уже несколько месяцев. Министерство иностранных дел Украины ситуацию не комментирует. Кара-Мурза отметил, что "
            + "диалог должен выйти на самый высокий уровень, а россияне за рубежом готовы помогать Украине.";

    private static final String UKRAINIAN = "Російські опозиціонери в еміграції ведуть неофіційні переговори з представниками "
            + "української влади, повідомив виданню Politico Володимир Кара-Мурза. За словами Кара-Мурзи, зустрічі відбуваються в "
            + "Берліні та Вільнюсі вже кілька місяців. Міністерство закордонних справ України ситуацію не коментує. Кара-Мурза "
            + "зазначив, що діалог має вийти на найвищий рівень, а росіяни за кордоном готові допомагати Україні.";

    private static final String BULGARIAN = "Руски опозиционери в изгнание водят неофициални разговори с представители на "
            + "украинските власти, съобщи пред Politico Владимир Кара-Мурза. Според Кара-Мурза срещите се провеждат в Берлин и "
            + "Вилнюс от няколко месеца. Министерството на външните работи на Украйна не коментира ситуацията. Кара-Мурза "
            + "отбеляза, че диалогът трябва да стигне до най-високото ниво, а руснаците в чужбина са готови да помагат на Украйна.";

    @Test
    void eachTextIsReadInTheLanguageDetected() {
        for (String[] t : new String[][] {{RUSSIAN, "ru", "Владимир Кара-Мурза"}, {UKRAINIAN, "uk", "Володимир Кара-Мурза"}, {BULGARIAN, "bg", "Владимир Кара-Мурза"}}) {
            Analysis a = analyzer.analyze(t[0], ArticleInfo.NONE);
            assertEquals(t[1], a.language());
            assertTrue(a.entities().stream().anyMatch(e -> e.type().equals("PERSON") && e.name().equals(t[2])
                    && e.mentions().size() >= 3), t[1] + ": " + a.entities());
            assertTrue(a.entities().stream().anyMatch(e -> e.type().equals("LOCATION") && e.mentions().stream().anyMatch(m -> m.text().startsWith("Берл"))),
                    t[1] + ": " + a.entities());
            // what he told Politico and what he noted are his, not Politico's
            assertTrue(a.attributions().size() >= 2, t[1] + ": " + a.attributions());
            for (var said : a.attributions()) {
                String speaker = a.entities().stream().filter(e -> e.id().equals(said.source().entity())).findFirst().orElseThrow().name();
                assertEquals(t[2], speaker, t[1] + ": " + said);
            }
        }
    }

    @Test
    void aLanguageNotLoadedIsRefusedNamingThoseThatAre() {
        UnsupportedLanguageException e = assertThrows(UnsupportedLanguageException.class, () -> analyzer.analyze("Die Bundesregierung hat am "
                + "Mittwoch beschlossen, die Hilfen für die Ukraine im kommenden Jahr deutlich aufzustocken, sagte ein Sprecher.", ArticleInfo.NONE));
        assertEquals("the text is in German (de); Dossier reads Bulgarian (bg), Russian (ru) and Ukrainian (uk)", e.getMessage());
    }

    @Test
    void theLanguageGivenIsTakenAtItsWord() {
        assertEquals("uk", analyzer.analyze(RUSSIAN, new ArticleInfo(null, null, "uk")).language());
    }

    @Test
    void aSearchInAnotherCaseFindsTheNameAndTheWords(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("ru.db");
        try (CorpusStore store = CorpusStore.open(db)) {
            store.add(new SourceArticle("ru.txt", null, null, null, null, "2025-05-15", "ru", RUSSIAN), analyzer.analyze(RUSSIAN, ArticleInfo.NONE));
        }
        try (CorpusQueries q = CorpusQueries.open(db)) {
            // the genitive finds the man, who is stored in the nominative
            assertEquals(List.of("Владимир Кара-Мурза"), q.findEntities("Кара-Мурзы").stream().map(CorpusQueries.Source::name).toList());
            assertEquals(List.of("Владимир Кара-Мурза"), q.findEntities("Владимира Кара-Мурзы").stream().map(CorpusQueries.Source::name).toList());
            assertEquals(List.of(), q.findEntities("Карапетяна"));
            // words in another case find the statement that has them in the nominative
            CorpusQueries.Filter all = new CorpusQueries.Filter(null, null, null, 10);
            for (String words : List.of("переговорах", "неофициальных переговорах", "Российские", "Российским", "переговоры")) {
                List<CorpusQueries.Quote> hits = q.search(words, all);
                assertEquals(1, hits.size(), words + ": " + hits);
                assertTrue(hits.get(0).content().contains("переговоры"), hits.toString());
            }
            assertEquals(List.of(), q.search("переговорщиках", all), "a longer word is another word");
        }
    }
}
