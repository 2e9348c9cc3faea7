package org.dossier;

import org.dossier.model.Analysis;
import org.dossier.text.ArticleFiles;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Contents read as the text (issue 24): over every PolNeAR dev text and every BBC text in
 * ../shared, no content leaves out words between its pieces other than its own source and cue
 * ({@link ContentGaps} says exactly what is allowed). About 2,200 texts analyzed on all cores:
 * minutes.
 */
@LoadsModels
@ReadsSharedData
class ContentsReadAsTheTextTest {
    private static final Path DATA = Path.of("..", "shared", "data");

    @Test
    void noContentDropsWordsBetweenItsPieces() throws Exception {
        Path polnear = DATA.resolve("polnear/dev/text"), bbc = DATA.resolve("bbc-news");
        assumeTrue(Files.isDirectory(polnear) && Files.isDirectory(bbc), "PolNeAR dev or the BBC texts are not available here");
        List<Path> texts = new ArrayList<>(ArticleFiles.textsBelow(polnear, refused -> {}));
        texts.addAll(ArticleFiles.textsBelow(bbc, refused -> {}));
        Analyzer analyzer = SharedAnalyzer.get();
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        List<Future<Counted>> counts = new ArrayList<>();
        for (Path f : texts) counts.add(pool.submit(() -> count(f, analyzer)));
        pool.shutdown();
        int attributions = 0, strict = 0;
        List<ContentGaps.Garbled> garbled = new ArrayList<>();
        for (Future<Counted> c : counts) {
            attributions += c.get().attributions;
            strict += c.get().strict;
            garbled.addAll(c.get().garbled);
        }
        System.out.printf("contents read as the text: %d texts, %d attributions, %d garbled contents"
                + " (%d with any word but the source's and cue's in a gap, quotation splits included)%n",
                texts.size(), attributions, garbled.size(), strict);
        garbled.stream().limit(20).forEach(g -> System.out.println("  " + g));
        assertEquals(List.of(), garbled.stream().limit(20).toList(), garbled.size() + " garbled contents");
    }

    private record Counted(int attributions, int strict, List<ContentGaps.Garbled> garbled) {}

    private static Counted count(Path f, Analyzer analyzer) throws Exception {
        String text = ArticleFiles.read(f);
        Analysis a = analyzer.analyze(text, ArticleInfo.NONE);
        String name = f.getParent().getFileName() + "/" + f.getFileName();
        return new Counted(a.attributions().size(), ContentGaps.of(name, text, a, false).size(), ContentGaps.of(name, text, a, true));
    }
}
