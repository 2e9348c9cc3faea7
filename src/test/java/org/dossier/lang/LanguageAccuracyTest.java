package org.dossier.lang;

import org.dossier.ReadsSharedData;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The detector on the project's news corpora, as the README reports it: every English text is
 * English or undetermined, every SlavicNER text its own language; and sentences and paragraphs
 * judged alone. It prints the counts ({@code mvn -B test -Dtest=LanguageAccuracyTest}).
 */
@ReadsSharedData
class LanguageAccuracyTest {
    private static final Path DATA = Path.of("../shared/data");
    /** Sentences and paragraphs are taken from every STEP-th text: all of them would take minutes. */
    private static final int STEP = 10;

    /** A text, and the language it is in. */
    private record Text(Path file, String language) {}

    /** A sentence or paragraph of a text, and the text's language. */
    private record Piece(String text, String language) {}

    private static List<Text> texts(String folder, String language) throws IOException {
        Path root = DATA.resolve(folder);
        assumeTrue(Files.isDirectory(root), root + " is not here");
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".txt") && !f.getFileName().toString().startsWith("README")).sorted()
                    .map(f -> new Text(f, language != null ? language : f.getParent().getFileName().toString())).toList();
        }
    }

    private static List<Text> all() throws IOException {
        List<Text> all = new ArrayList<>(texts("bbc-news", "en"));
        all.addAll(texts("polnear/dev/text", "en"));
        all.addAll(texts("slavicner/raw", null));  // raw/TOPIC/LANG/FILE.txt
        return all;
    }

    /** What was detected in each text (undetermined too), on all cores: the detector is thread-safe. */
    private static List<String> detected(List<Text> texts) {
        return texts.parallelStream().map(t -> LanguageDetector.detect(read(t.file())).codeOr("undetermined")).toList();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyWholeTextIsInItsLanguage() throws IOException {
        List<Text> texts = all();
        List<String> detected = detected(texts);
        Map<String, Map<String, Integer>> found = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            Text t = texts.get(i);
            String got = detected.get(i);
            found.computeIfAbsent(t.language(), k -> new TreeMap<>()).merge(got, 1, Integer::sum);
            boolean right = got.equals(t.language()) || (t.language().equals("en") && got.equals("undetermined"));
            if (!right) wrong.add(t.file() + ": " + got);
        }
        System.out.println("whole texts, by their language: what was detected: " + found);
        assertEquals(List.of(), wrong);
        assertEquals(2095 + 84, found.get("en").values().stream().mapToInt(Integer::intValue).sum(), "BBC and PolNeAR dev");
    }

    @Test
    void sentencesAndParagraphsAloneAreRarelyNamedWrong() throws IOException {
        List<Piece> pieces = new ArrayList<>();
        List<Text> texts = all();
        for (int i = 0; i < texts.size(); i += STEP) {
            Text t = texts.get(i);
            String text = Files.readString(t.file());
            List<String> split = new ArrayList<>(List.of(text.split("(?<=[.!?\"])\\s+|\\n+")));
            split.addAll(List.of(text.split("\\n\\s*\\n")));
            for (String piece : split) if (!piece.isBlank()) pieces.add(new Piece(piece, t.language()));
        }
        List<String> detected = pieces.parallelStream().map(p -> LanguageDetector.detect(p.text()).codeOr("undetermined")).toList();
        Map<String, int[]> counts = new TreeMap<>();  // language: pieces, right, undetermined, another language
        for (int i = 0; i < pieces.size(); i++) {
            int[] n = counts.computeIfAbsent(pieces.get(i).language(), k -> new int[4]);
            String got = detected.get(i);
            n[0]++;
            n[got.equals("undetermined") ? 2 : got.equals(pieces.get(i).language()) ? 1 : 3]++;
        }
        counts.forEach((language, n) -> System.out.printf("%s sentences and paragraphs: %d, right %d, undetermined %d, another language %d%n",
                language, n[0], n[1], n[2], n[3]));
        // an undetermined Cyrillic piece is read in the likeliest Cyrillic language: mostly the right one
        Map<String, int[]> guessed = new TreeMap<>();  // language: undetermined pieces guessed, right
        for (int i = 0; i < pieces.size(); i++) {
            String language = pieces.get(i).language();
            if (language.equals("en") || !detected.get(i).equals("undetermined")) continue;
            String guess = LanguageDetector.likeliestCyrillic(pieces.get(i).text());
            if (guess == null) continue;
            int[] n = guessed.computeIfAbsent(language, k -> new int[2]);
            n[0]++;
            if (guess.equals(language)) n[1]++;
        }
        guessed.forEach((language, n) -> {
            System.out.printf("%s undetermined Cyrillic pieces: %d, guessed right %d%n", language, n[0], n[1]);
            assertTrue(n[1] * 10 > n[0] * 7, language + ": guessed right " + n[1] + " of " + n[0]);
        });
        counts.forEach((language, n) -> {
            // The Slavic texts quote English tweets and statements, which are named English.
            int perMille = language.equals("en") ? 5 : 20;
            assertTrue(n[3] * 1000 < n[0] * perMille, language + ": another language for " + n[3] + " of " + n[0]);
            assertTrue(n[1] * 10 > n[0] * 6, language + ": most are named: " + n[1] + " of " + n[0]);
        });
    }
}
