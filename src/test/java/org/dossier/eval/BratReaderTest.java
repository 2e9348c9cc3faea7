package org.dossier.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dossier.ReadsSharedData;
import org.dossier.model.Span;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BratReaderTest {
    @TempDir Path tmp;

    private static String cut(String text, List<Span> spans) {
        int[] cps = text.codePoints().toArray();
        return spans.stream().map(s -> new String(cps, s.start(), s.length())).collect(Collectors.joining(" "));
    }

    @Test
    void readsFirstAnnotatorWithDiscontinuousAndMultiLineSpans() throws IOException {
        List<GoldArticle> corpus = BratReader.readCorpus(TestCorpus.write(tmp));
        assertEquals(List.of("A", "B"), corpus.stream().map(GoldArticle::name).toList());

        GoldArticle a = corpus.get(0);
        assertEquals(TestCorpus.A, a.text());
        assertEquals(3, a.attributions().size()); // from A_aaa, not A_zzz's single one
        GoldAttribution smith = a.attributions().get(0), jones = a.attributions().get(1), critics = a.attributions().get(2);
        // code points: the leading emoji counts once
        assertEquals("Smith", cut(a.text(), smith.source()));
        assertEquals("said", cut(a.text(), smith.cue()));
        assertEquals("\"taxes will rise soon\"", cut(a.text(), smith.content()));
        // discontinuous content, sorted, with Content2 joined
        assertEquals(List.of(new Span(57, 61), new Span(62, 78), new Span(90, 100)), jones.content());
        assertEquals("that growth is strong and stable", cut(a.text(), jones.content()));
        // the multi-line field's continuation line is skipped
        assertEquals("it is\nweak", cut(a.text(), critics.content()));
        assertEquals(":", cut(a.text(), critics.cue()));

        GoldAttribution believed = corpus.get(1).attributions().get(0);
        assertEquals(List.of(), believed.source());
        assertEquals("believed", cut(corpus.get(1).text(), believed.cue()));
    }

    @Test
    void mapsNamesToTheirFirstAnnotationFile() throws IOException {
        TestCorpus.write(tmp);
        assertEquals(Optional.of(tmp.resolve("attributions/A_aaa.ann")), BratReader.annotationFile(tmp, "A"));
        assertEquals(Optional.empty(), BratReader.annotationFile(tmp, "C"));
        assertEquals(List.of("A", "B"), BratReader.annotatedNames(tmp));
        assertEquals(2, BratReader.readArticle(tmp, "B").attributions().size());
        assertThrows(IOException.class, () -> BratReader.readArticle(tmp, "C"));
    }

    @Test
    void parsesSpansAndSkipsNonAttributionEvents() {
        assertEquals(List.of(new Span(91, 186), new Span(209, 236)), BratReader.parseSpans("209 236;91 186"));
        String ann = "T1\tDiscuss 0 4\tthis\nT2\tContent 5 9\tthat\nE1\tDiscuss:T1 Content:T2\n"
                + "T3\tAttribution 0 4\tthis\nE2\tAttribution:T3\n";
        assertEquals(List.of(), BratReader.parseAnnotations(ann)); // a Discuss event, and an event without content
    }

    @ReadsSharedData
    @Test
    void loadsTheRealTrainingAndDevelopmentData() throws IOException {
        Path data = Path.of("..", "shared", "data", "polnear");
        Assumptions.assumeTrue(Files.isDirectory(data.resolve("train")) && Files.isDirectory(data.resolve("dev")));
        for (String part : List.of("train", "dev")) {
            List<GoldArticle> corpus = BratReader.readCorpus(data.resolve(part));
            int attributions = corpus.stream().mapToInt(g -> g.attributions().size()).sum();
            int[] expected = part.equals("train") ? new int[] {840, 19_832} : new int[] {84, 2_192};
            assertEquals(expected[0], corpus.size(), part + " articles");
            assertEquals(expected[1], attributions, part + " attributions");
            for (GoldArticle g : corpus)
                for (GoldAttribution x : g.attributions()) {
                    assertTrue(!x.content().isEmpty());
                    assertTrue(x.content().get(x.content().size() - 1).end() <= g.text().codePointCount(0, g.text().length()));
                }
        }
    }
}
