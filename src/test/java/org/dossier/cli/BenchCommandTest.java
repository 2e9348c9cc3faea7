package org.dossier.cli;

import org.dossier.LoadsModels;
import org.dossier.ReadsSharedData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code bench} on a few PolNeAR dev articles (skipped where ../shared is absent), Dossier only: CoreNLP takes minutes. */
@LoadsModels
class BenchCommandTest {
    private static final Path DEV = Path.of("../shared/data/polnear/dev");

    @ReadsSharedData
    @Test
    void reportsWholeProcessTimeThroughputAndAProfileThatAddsUp() {
        Assumptions.assumeTrue(Files.isDirectory(DEV.resolve("text")), "PolNeAR dev is not here");
        CliRun r = CliRun.of("bench", "--gold", DEV.toString(), "--limit", "4", "--skip-corenlp", "--threads", "1");
        assertEquals(0, r.exit(), r.err());
        Matcher row = Pattern.compile("\\| Dossier \\| ([\\d.]+) \\| ([\\d.]+) \\| ([\\d.]+) \\|").matcher(r.out());
        assertTrue(row.find(), r.out());
        double whole = Double.parseDouble(row.group(1)), load = Double.parseDouble(row.group(2));
        assertTrue(Double.parseDouble(row.group(3)) > 0, "no throughput: " + r.out());
        assertTrue(whole > load && load > 0, "the whole process includes loading: " + r.out());
        // every stage of the profile is listed, and the shares add up to the whole
        double share = 0;
        for (String stage : new String[] {"tokenize", "part of speech", "named entities", "dependency parse", "attributions",
                "entities", "sources and chains", "SUTime", "JSON output"}) {
            Matcher m = Pattern.compile("\\| " + Pattern.quote(stage) + "[^|]* \\| ([\\d.]+) \\| ([\\d.]+)% \\|").matcher(r.out());
            assertTrue(m.find(), stage + " missing from the profile: " + r.out());
        }
        String profile = r.out().substring(r.out().indexOf("| stage |"), r.out().indexOf("| all |"));
        Matcher all = Pattern.compile("\\| [^|]+ \\| [\\d.]+ \\| ([\\d.]+)% \\|").matcher(profile);
        while (all.find()) share += Double.parseDouble(all.group(1));
        assertEquals(100, share, 0.6, r.out());
    }

    @Test
    void timesAPlainFolderOfTextsWithoutScoringIt(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("one.txt"), "Vladimir Kara-Murza told Politico the talks had begun.");
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/two.txt"), "\"We will not give up,\" the mayor said on Monday.");
        Files.writeString(dir.resolve("notes.md"), "not an article");
        CliRun r = CliRun.of("bench", "--text", dir.toString(), "--skip-corenlp", "--threads", "1");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("2 articles from " + dir), r.out());
        assertTrue(Pattern.compile("\\| Dossier \\| [\\d.]+ \\| [\\d.]+ \\| [\\d.]+ \\|.* \\| - \\| - \\| - \\| - \\|").matcher(r.out()).find(), r.out());
    }

    @Test
    void aFolderThatIsNotThereIsSaidSo() {
        CliRun r = CliRun.of("bench", "--text", "no/such/folder", "--skip-corenlp");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("no/such/folder is not a folder"), r.err());
    }
}
