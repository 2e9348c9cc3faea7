package org.dossier;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a newcomer meets in a fresh clone: the README's first screen, and a tree that following it leaves clean. */
class RepositoryTest {
    @Test
    void readmesFirstScreenSaysWhatTheTestsNeed() throws IOException {
        String first = String.join("\n", Files.readAllLines(Path.of("README.md")).subList(0, 40));
        assertTrue(first.contains("./dossier analyze examples/seed-article.txt") && first.contains("mvn -B test"), first);
        assertTrue(first.contains("Chromium") && first.contains("chromium-driver"), "the browser tests' needs: " + first);
        assertTrue(first.matches("(?s).*about \\d+ minutes.*") && first.matches("(?s).*\\d+(\\.\\d+)? GB.*"),
                "how long the tests take and how much memory they use: " + first);
    }

    @Test
    void storeFilesAreIgnoredWithTheirSqliteCompanions() throws Exception {
        for (String file : List.of("corpus.db", "corpus.db-shm", "corpus.db-wal")) {
            Process git = new ProcessBuilder("git", "check-ignore", "-q", file).inheritIO().start();
            assertEquals(0, git.waitFor(), file + " would show as untracked after following the README");
        }
    }
}
