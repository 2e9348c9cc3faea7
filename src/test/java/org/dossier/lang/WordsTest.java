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

/** English's word list files against the lists the main sources ask {@link Words} for. */
class WordsTest {
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path ENGLISH = Path.of("src/main/resources/org/dossier/lang/en");
    /** A call such as {@code EN.set("speech-cues")}, in a class that uses Words. */
    private static final Pattern CALL = Pattern.compile("\\.(set|list|map)\\(\"([a-z0-9-]+)\"\\)");

    /** The list names the main sources read, each with how it is read (set, list or map). */
    private static TreeMap<String, String> namesRead() throws IOException {
        TreeMap<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(f);
                if (!text.contains("Words")) continue;
                Matcher m = CALL.matcher(text);
                while (m.find()) out.put(m.group(2), m.group(1));
            }
        }
        assertTrue(out.size() >= 40, "the scan found too few lists to be right: " + out.keySet());
        return out;
    }

    private static Set<String> files() throws IOException {
        try (Stream<Path> files = Files.list(ENGLISH)) {
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
    void filesAreWellFormed() throws IOException {
        TreeMap<String, String> read = namesRead();
        List<String> problems = new ArrayList<>();
        for (String name : files()) {
            List<String> lines = Files.readAllLines(ENGLISH.resolve(name + ".txt"), StandardCharsets.UTF_8);
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
            if (seen.isEmpty()) problems.add(name + ": no entries");
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void aMissingListIsRefusedByItsPath() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Words.of("en").set("no-such-list"));
        assertTrue(e.getMessage().contains("org/dossier/lang/en/no-such-list.txt"), e.getMessage());
    }
}
