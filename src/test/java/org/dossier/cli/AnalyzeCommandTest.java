package org.dossier.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dossier.LoadsModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The analyze command on bad and unusual input, single-file and batch. */
@LoadsModels
class AnalyzeCommandTest {
    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void emptyFileGivesValidJsonWithEmptyLists() throws Exception {
        Path f = Files.writeString(dir.resolve("empty.txt"), "");
        CliRun r = run("analyze", f.toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(0, json.get("entities").size());
        assertEquals(0, json.get("attributions").size());
        assertEquals(0, json.get("length").asInt());
    }

    @Test
    void invalidUtf8FailsNamingTheFile() throws Exception {
        Path f = Files.write(dir.resolve("bad.txt"), new byte[] {'H', 'e', (byte) 0xC3, (byte) 0x28, 'x'});
        CliRun r = run("analyze", f.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("bad.txt") && r.err().contains("UTF-8"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void badDateIsRefused() throws Exception {
        Path f = Files.writeString(dir.resolve("a.txt"), "Text.");
        CliRun r = run("analyze", f.toString(), "--published", "15/05/2025");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("--published"), r.err());
    }

    @Test
    void aLanguageThatIsNotACodeIsRefusedInWords() throws Exception {
        Path f = Files.writeString(dir.resolve("a.txt"), "Text.");
        for (String[] given : new String[][] {{"xx", "'xx' is not an ISO 639-1 language code (two letters"},
                {"english", "'english' is not an ISO 639-1 language code: for English give en"}}) {
            for (String command : new String[] {"analyze", "ingest", "spark"}) {
                String[] args = command.equals("spark") ? new String[] {command, "--in", f.toString(), "--out", dir.resolve("o").toString(), "--lang", given[0]}
                        : new String[] {command, f.toString(), "--lang", given[0]};
                CliRun r = CliRun.withoutModels(args);
                assertEquals(2, r.exit(), r.err());
                assertTrue(r.err().contains("--lang") && r.err().contains(given[1]), r.err());
                assertFalse(r.err().contains("Exception"), r.err());
            }
        }
    }

    @Test
    void theLanguageGivenIsTheOneRecorded() throws Exception {
        Path f = Files.writeString(dir.resolve("said.txt"), "Smith said the plan was dead.");
        CliRun r = run("analyze", f.toString(), "--lang", "EN");
        assertEquals(0, r.exit(), r.err());
        assertEquals("en", new ObjectMapper().readTree(r.out()).get("language").asText());
        // ... unless it is written in Cyrillic: then in the likeliest of the Cyrillic languages, never in English
        Path uk = Files.writeString(dir.resolve("short-uk.txt"), "Прем'єр Великої Британії Борис Джонсон оголосив карантин.");
        CliRun u = run("analyze", uk.toString());
        assertEquals(0, u.exit(), u.err());
        JsonNode json = new ObjectMapper().readTree(u.out());
        assertEquals("uk", json.get("language").asText());
        assertTrue(json.get("entities").toString().contains("Борис Джонсон"), json.get("entities").toString());
    }

    @Test
    void aTextInALanguageNotReadIsRefusedNamingItNeverReadAsEnglish() throws Exception {
        Path german = Files.writeString(dir.resolve("de.txt"), "Die Bundesregierung hat am Mittwoch beschlossen, die Hilfen für die "
                + "Ukraine im kommenden Jahr deutlich aufzustocken, sagte ein Sprecher des Finanzministeriums in Berlin.");
        CliRun r = run("analyze", german.toString());
        assertEquals(1, r.exit(), r.out());
        assertTrue(r.err().contains("the text is in German (de); Dossier reads Bulgarian (bg), English (en), Russian (ru) and Ukrainian (uk)"),
                r.err());
        assertEquals("", r.out());
        // the language given is taken at its word: German is not read either, whatever the text
        Path english = Files.writeString(dir.resolve("en.txt"), "Smith said the plan was dead.");
        CliRun de = run("analyze", english.toString(), "--lang", "de");
        assertEquals(1, de.exit(), de.out());
        assertTrue(de.err().contains("German (de)"), de.err());
    }

    @Test
    void aRussianTextIsReadInRussianWithItsNamesInTheNominative() throws Exception {
        Path f = Files.writeString(dir.resolve("ru.txt"), "Владимир Путин встретился с Борисом Джонсоном в Лондоне. "
                + "После встречи Джонсон сказал, что Путину нельзя доверять.");
        CliRun r = run("analyze", f.toString(), "--lang", "ru");
        assertEquals(0, r.exit(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("ru", json.get("language").asText());
        java.util.Map<String, String> types = new java.util.HashMap<>();
        json.get("entities").forEach(e -> types.put(e.get("name").asText(), e.get("type").asText()));
        assertEquals("PERSON", types.get("Владимир Путин"), types.toString());
        assertEquals("PERSON", types.get("Борис Джонсон"), types.toString());
        assertEquals("LOCATION", types.get("Лондон"), types.toString());
        // what Johnson said is his, and the meeting before his name is not part of him
        JsonNode said = json.get("attributions");
        assertEquals(1, said.size(), said.toString());
        assertEquals("Джонсон", said.get(0).get("source").get("text").asText());
        assertEquals("Путину нельзя доверять", said.get(0).get("content").get("text").asText());
        String johnson = said.get(0).get("source").get("entity").asText();
        json.get("entities").forEach(e -> {
            if (e.get("id").asText().equals(johnson)) assertEquals("Борис Джонсон", e.get("name").asText());
        });
    }

    @Test
    void aTextTooShortToTellIsReadInTheDefaultLanguageOrACyrillicOne() throws Exception {
        Path f = Files.writeString(dir.resolve("short.txt"), "\"We want dialogue,\" he said.");
        CliRun r = run("analyze", f.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("en", new ObjectMapper().readTree(r.out()).get("language").asText());
    }

    @Test
    void oversizedTextIsRefusedClearly() throws Exception {
        String sentence = "The minister said the talks would continue next week. ";
        Path f = dir.resolve("huge.txt");
        Files.writeString(f, sentence.repeat(20_000_000 / sentence.length()));
        CliRun r = run("analyze", f.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("huge.txt") && r.err().contains("split it"), r.err());
    }

    @Test
    void unusualQuotationMarksDoNotCrash() throws Exception {
        String text = "«Nous gagnerons», a dit le ministre. „Wir schaffen das“, sagte sie.\n"
                + "‘We will win,’ he said. — We will never surrender, the general replied.\n"
                + "He said: “This quote never closes.\nAnd “this one ends twice”” said Smith. \"Odd";
        Path f = Files.writeString(dir.resolve("quotes.txt"), text);
        CliRun r = run("analyze", f.toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(text.codePointCount(0, text.length()), json.get("length").asInt());
    }

    @Test
    void batchWritesOneJsonPerTextAndReportsFailuresWithoutStopping() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in/sub"));
        Files.writeString(in.resolve("good.txt"), "“We will win,” the minister said on Tuesday.");
        Files.writeString(dir.resolve("in/other.txt"), "Smith said the plan was dead.");
        Files.write(dir.resolve("in/broken.txt"), new byte[] {(byte) 0xFF, (byte) 0xFE, 'x'});
        Files.writeString(dir.resolve("in/ignored.md"), "not a text file");
        Path out = dir.resolve("out");
        CliRun r = run("analyze", "--in", dir.resolve("in").toString(), "--out", out.toString());
        assertEquals(2, r.exit(), "some files failed");
        assertTrue(Files.isRegularFile(out.resolve("sub/good.json")));
        assertTrue(Files.isRegularFile(out.resolve("other.json")));
        assertFalse(Files.exists(out.resolve("broken.json")));
        assertTrue(r.err().contains("3/3 articles"), r.err());
        assertTrue(r.err().contains("analyzed 2, failed 1"), r.err());
        assertTrue(r.err().contains("broken.txt") && r.err().contains("UTF-8"), r.err());
        JsonNode good = new ObjectMapper().readTree(Files.readString(out.resolve("sub/good.json"), StandardCharsets.UTF_8));
        assertTrue(good.get("attributions").size() >= 1, good.toString());
    }

    @Test
    void usageErrorsExplainThemselves() throws Exception {
        CliRun r = run("analyze");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("give either FILE"), r.err());

        Path folder = Files.createDirectories(dir.resolve("articles"));
        CliRun d = CliRun.withoutModels("analyze", folder.toString());
        assertEquals(1, d.exit());
        assertTrue(d.err().contains(folder + " is a folder") && d.err().contains("--in " + folder) && d.err().contains("--out"), d.err());
        assertFalse(d.err().contains("no such file"), d.err());
    }

    @Test
    void batchDoesNotReadThroughLinksThatLeaveTheFolder(@TempDir Path outside) throws Exception {
        Path secret = Files.writeString(outside.resolve("secret.txt"), "The minister said the password is hunter2.");
        Path in = Files.createDirectories(dir.resolve("linked"));
        Files.writeString(in.resolve("story.txt"), "Smith said the plan was dead.");
        Files.createSymbolicLink(in.resolve("leak.txt"), secret);
        Path out = dir.resolve("linked-out");
        CliRun r = run("analyze", "--in", in.toString(), "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.isRegularFile(out.resolve("story.json")));
        assertFalse(Files.exists(out.resolve("leak.json")), "the link's target was read");
        assertTrue(r.err().contains("warning: " + in.resolve("leak.txt") + ": a link to " + secret.toRealPath()), r.err());
    }
}
