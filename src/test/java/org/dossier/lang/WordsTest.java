package org.dossier.lang;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each language's word list files against the lists the main sources ask {@link Words} for:
 * English's, read all over the sources, and Russian, Ukrainian and Bulgarian's, read by
 * {@code lang/slavic} and the stages for languages without a parse alone, each of the three having
 * every one of them.
 */
class WordsTest {
    private static final Path SOURCES = Path.of("src/main/java");
    /** The sources that read the Russian, Ukrainian and Bulgarian lists: the pipeline, and the stages written for languages without a parse. */
    private static final List<Path> SLAVIC_SOURCES = List.of(Path.of("src/main/java/org/dossier/lang/slavic"),
            Path.of("src/main/java/org/dossier/extract/attribution/ReportedSpeech.java"),
            Path.of("src/main/java/org/dossier/assemble/UnparsedAntecedents.java"),
            Path.of("src/main/java/org/dossier/extract/facts/TimesInWords.java"));
    private static final Path LANGUAGES = Path.of("src/main/resources/org/dossier/lang");
    private static final Path ENGLISH = LANGUAGES.resolve("en");
    private static final List<String> SLAVIC = List.of("ru", "uk", "bg");
    /** A call such as {@code EN.set("speech-cues")}, in a class that uses Words. */
    private static final Pattern CALL = Pattern.compile("\\.(set|list|map)\\(\"([a-z0-9-]+)\"\\)");

    /** The list names the main sources read, each with how it is read (set, list or map). */
    private static TreeMap<String, String> namesRead() throws IOException {
        TreeMap<String, String> out = namesReadBelow(SOURCES, SLAVIC_SOURCES);
        assertTrue(out.size() >= 40, "the scan found too few lists to be right: " + out.keySet());
        return out;
    }

    /** The list names the sources below a folder read (but those below {@code except}). */
    private static TreeMap<String, String> namesReadBelow(Path dir, List<Path> except) throws IOException {
        TreeMap<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java") && except.stream().noneMatch(p::startsWith)).toList()) {
                String text = Files.readString(f);
                if (!text.contains("Words")) continue;
                Matcher m = CALL.matcher(text);
                while (m.find()) out.put(m.group(2), m.group(1));
            }
        }
        return out;
    }

    /** The list names the Slavic sources read. */
    private static TreeMap<String, String> slavicNamesRead() throws IOException {
        TreeMap<String, String> out = new TreeMap<>();
        for (Path p : SLAVIC_SOURCES) out.putAll(namesReadBelow(p, List.of()));
        return out;
    }

    private static Set<String> files() throws IOException {
        return files(ENGLISH);
    }

    private static Set<String> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - 4)).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    @Test
    void everyListReadHasItsFile() throws IOException {
        Set<String> missing = new TreeSet<>(namesRead().keySet());
        missing.removeAll(files());
        assertTrue(missing.isEmpty(), "no file in " + ENGLISH + " for " + missing);
    }

    @Test
    void everyFileIsRead() throws IOException {
        Set<String> unread = files();
        unread.removeAll(namesRead().keySet());
        assertTrue(unread.isEmpty(), "files no class reads: " + unread);
    }

    @Test
    void eachSlavicLanguageHasEveryListItsPipelineReadsAndNoOther() throws IOException {
        Set<String> read = slavicNamesRead().keySet();
        assertTrue(read.size() >= 15, "the scan found too few lists to be right: " + read);
        for (String code : SLAVIC) assertEquals(new TreeSet<>(read), files(LANGUAGES.resolve(code)), code);
    }

    @Test
    void filesAreWellFormed() throws IOException {
        assertEquals(List.of(), problems(ENGLISH, namesRead()));
        for (String code : SLAVIC) assertEquals(List.of(), problems(LANGUAGES.resolve(code), slavicNamesRead()), code);
    }

    private static List<String> problems(Path folder, TreeMap<String, String> read) throws IOException {
        List<String> problems = new ArrayList<>();
        for (String name : files(folder)) {
            List<String> lines = Files.readAllLines(folder.resolve(name + ".txt"), StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).startsWith("# ")) problems.add(name + ": no header comment");
            boolean map = "map".equals(read.get(name));
            Set<String> seen = new HashSet<>();
            for (String line : lines) {
                if (line.isBlank() || line.startsWith("#")) continue;
                if (!line.equals(line.strip())) problems.add(name + ": spaces around \"" + line + "\"");
                if (map && line.indexOf('\t') < 0) problems.add(name + ": no tab in \"" + line + "\"");
                String key = map ? line.split("\t", 2)[0] : line;
                if (!seen.add(key)) problems.add(name + ": \"" + key + "\" twice");
            }
            // a list a language leaves empty on purpose says so ("None listed: ...")
            if (seen.isEmpty() && lines.stream().noneMatch(l -> l.startsWith("#") && l.contains("None listed"))) problems.add(name + ": no entries");
        }
        return problems;
    }

    @Test
    void aMissingListIsRefusedByItsPath() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Words.of("en").set("no-such-list"));
        assertTrue(e.getMessage().contains("org/dossier/lang/en/no-such-list.txt"), e.getMessage());
    }
}
