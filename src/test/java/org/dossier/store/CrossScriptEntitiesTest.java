package org.dossier.store;

import org.dossier.ingest.SourceArticle;
import org.dossier.model.Analysis;
import org.dossier.model.Entity;
import org.dossier.model.Mention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One entity across languages and scripts (issue 27): a president, his wife and a city, written
 * in English, Russian, Ukrainian and Bulgarian articles, each analysis with its names in the
 * nominative as the language's pipeline gives them and its mentions inflected.
 */
class CrossScriptEntitiesTest {
    @TempDir
    Path dir;

    /** An article's entity: its name, and its mentions as written (searched for in the text). */
    private record Named(String type, String name, String... mentions) {}

    private static long add(CorpusStore store, String file, String language, String text, Named... entities) throws Exception {
        List<Entity> list = new ArrayList<>();
        for (Named n : entities) {
            List<Mention> mentions = new ArrayList<>();
            for (String m : n.mentions()) {
                int at = text.indexOf(m);
                assertTrue(at >= 0, m);
                int start = text.codePointCount(0, at);
                mentions.add(new Mention(start, start + m.codePointCount(0, m.length()), m));
            }
            list.add(new Entity("E" + (list.size() + 1), n.type(), n.name(), mentions, List.of()));
        }
        Analysis analysis = new Analysis("test", language, null, null, text.codePointCount(0, text.length()),
                list, List.of(), List.of(), List.of(), List.of());
        return store.add(new SourceArticle(file, null, null, null, null, "2025-05-15", language, text), analysis);
    }

    @Test
    void oneEntityAcrossScriptsAndTwoPeopleOfOneSurnameApart() throws Exception {
        Path db = dir.resolve("x.db");
        try (CorpusStore store = CorpusStore.open(db)) {
            add(store, "en.txt", "en", "President Volodymyr Zelensky and Olena Zelenska returned to Kyiv.",
                    new Named("PERSON", "Volodymyr Zelensky", "Volodymyr Zelensky"), new Named("PERSON", "Olena Zelenska", "Olena Zelenska"),
                    new Named("LOCATION", "Kyiv", "Kyiv"));
            add(store, "ru.txt", "ru", "Владимир Зеленский вернулся в Киев. Слова Зеленского привели СМИ.",
                    new Named("PERSON", "Владимир Зеленский", "Владимир Зеленский", "Зеленского"), new Named("LOCATION", "Киев", "Киев"));
            add(store, "uk.txt", "uk", "Олена Зеленська та Володимир Зеленський повернулися до Києва.",
                    new Named("PERSON", "Олена Зеленська", "Олена Зеленська"), new Named("PERSON", "Володимир Зеленський", "Володимир Зеленський"),
                    new Named("LOCATION", "Київ", "Києва"));
            add(store, "bg.txt", "bg", "Зеленски се върна в Киев.",
                    new Named("PERSON", "Зеленски", "Зеленски"), new Named("LOCATION", "Киев", "Киев"));
        }
        try (Connection c = CorpusStore.connect(db, true)) {
            long zelensky = entity(c, "en.txt", "Volodymyr Zelensky"), zelenska = entity(c, "en.txt", "Olena Zelenska"), kyiv = entity(c, "en.txt", "Kyiv");
            assertEquals(zelensky, entity(c, "ru.txt", "Владимир Зеленский"));
            assertEquals(zelensky, entity(c, "uk.txt", "Володимир Зеленський"));
            assertEquals(zelensky, entity(c, "bg.txt", "Зеленски"));
            assertEquals(zelenska, entity(c, "uk.txt", "Олена Зеленська"));
            assertNotEquals(zelensky, zelenska, "his wife is another person");
            assertEquals(kyiv, entity(c, "ru.txt", "Киев"));
            assertEquals(kyiv, entity(c, "uk.txt", "Київ"));
            assertEquals(kyiv, entity(c, "bg.txt", "Киев"));
            // a name is recorded from the entity's nominative, never from an inflected mention
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM aliases WHERE alias IN ('Зеленского', 'Києва')");
                 ResultSet rs = ps.executeQuery()) {
                assertEquals(0, rs.getInt(1 ), "inflected forms are no aliases");
            }
        }
        try (CorpusQueries q = CorpusQueries.open(db)) {
            // "quotes --by Зеленский" finds the one president, whatever script his articles used
            List<CorpusQueries.Source> found = q.findEntities("Зеленский");
            assertEquals(1, found.size(), found.toString());
            CorpusQueries.Profile p = q.profile(found.get(0).id()).orElseThrow();
            assertEquals(List.of("bg", "en", "ru", "uk"), p.names().stream().map(CorpusQueries.NameInLanguage::language).distinct().toList());
            assertTrue(p.names().contains(new CorpusQueries.NameInLanguage("ru", "Владимир Зеленский", 1)), p.names().toString());
        }
    }

    @Test
    void aPlaceAnAcronymOrAnotherSurnameIsNoPersonThatSoundsAlike() throws Exception {
        Path db = dir.resolve("y.db");
        try (CorpusStore store = CorpusStore.open(db)) {
            add(store, "ru1.txt", "ru", "Дэвид Дэвис и Тереза Мэй встретились с Екатериной Захариевой.",
                    new Named("PERSON", "Дэвид Дэвис", "Дэвид Дэвис"), new Named("PERSON", "Тереза Мэй", "Тереза Мэй"),
                    new Named("PERSON", "Екатерина Захариева", "Екатериной Захариевой"));
            add(store, "ru2.txt", "ru", "Форум в Давосе открылся. Рейс МАУ отменён. Захарова ответила.",
                    new Named("LOCATION", "Давос", "Давосе"), new Named("ORGANIZATION", "МАУ", "МАУ"), new Named("PERSON", "Захарова", "Захарова"));
            add(store, "ru3.txt", "ru", "РФ и Российская Федерация: одна страна, как и Россия. ФРГ ответила.",
                    new Named("LOCATION", "РФ", "РФ"), new Named("LOCATION", "Российская Федерация", "Российская Федерация"),
                    new Named("LOCATION", "Россия", "Россия"), new Named("LOCATION", "ФРГ", "ФРГ"));
            add(store, "uk.txt", "uk", "Німеччина та Росія домовилися.",
                    new Named("LOCATION", "Німеччина", "Німеччина"), new Named("LOCATION", "Росія", "Росія"));
        }
        try (Connection c = CorpusStore.connect(db, true)) {
            assertNotEquals(entity(c, "ru1.txt", "Дэвид Дэвис"), entity(c, "ru2.txt", "Давос"), "Davos is no Davis");
            assertNotEquals(entity(c, "ru1.txt", "Тереза Мэй"), entity(c, "ru2.txt", "МАУ"), "an airline's letters are no surname");
            assertNotEquals(entity(c, "ru1.txt", "Екатерина Захариева"), entity(c, "ru2.txt", "Захарова"), "a lone surname takes a close spelling only");
            long russia = entity(c, "ru3.txt", "Россия");
            assertEquals(russia, entity(c, "ru3.txt", "РФ"));
            assertEquals(russia, entity(c, "ru3.txt", "Российская Федерация"));
            assertEquals(russia, entity(c, "uk.txt", "Росія"));
            assertEquals(entity(c, "uk.txt", "Німеччина"), entity(c, "ru3.txt", "ФРГ"), "a country's abbreviation, which CLDR lacks");
        }
    }

    @Test
    void aLoneGivenNameIsThePersonOfItsArticleNamedWithItAndGivenNamesReadSAndZAlike() throws Exception {
        Path db = dir.resolve("z.db");
        try (CorpusStore store = CorpusStore.open(db)) {
            add(store, "a.txt", "ru", "Асия Биби вышла на свободу. Азия поблагодарила адвокатов, а Тереза промолчала.",
                    new Named("PERSON", "Асия Биби", "Асия Биби"), new Named("PERSON", "Азия", "Азия"), new Named("PERSON", "Тереза", "Тереза"));
            add(store, "b.txt", "bg", "Азия Биби напусна Пакистан.", new Named("PERSON", "Азия Биби", "Азия Биби"));
        }
        try (Connection c = CorpusStore.connect(db, true)) {
            long bibi = entity(c, "a.txt", "Асия Биби");
            assertEquals(bibi, entity(c, "a.txt", "Азия"), "her given name alone, written with z");
            assertEquals(bibi, entity(c, "b.txt", "Азия Биби"));
            assertNotEquals(bibi, entity(c, "a.txt", "Тереза"), "a given name no one in the article bears");
        }
    }

    private static long entity(Connection c, String file, String name) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("SELECT ae.entity_id FROM article_entities ae JOIN articles a ON a.id = ae.article_id "
                + "WHERE a.origin = ? AND ae.name = ?")) {
            ps.setString(1, file);
            ps.setString(2, name);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), file + " has no entity " + name);
                return rs.getLong(1);
            }
        }
    }
}
