package org.dossier.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgreementTest {
    private static final double EPS = 1e-12;
    @TempDir Path tmp;

    /** A later annotator who marks Smith's quote and Jones's claim (its content whole, with "he added"). */
    private static final String A_MMM = """
            T1\tSource 2 7\tSmith
            T2\tCue 8 12\tsaid
            T3\tContent 13 35\t"taxes will rise soon"
            E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1
            T4\tAttribution 8 12\tsaid
            T5\tSource 43 48\tJones
            T6\tCue 49 56\tclaimed
            T7\tContent 57 100\tthat growth is strong, he added, and stable
            T8\tAttribution 49 56\tclaimed
            E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5
            """;
    /** A later annotator who marks Smith's quote, without its source, and the critics' view. */
    private static final String A_NNN = """
            T2\tCue 8 12\tsaid
            T3\tContent 13 35\t"taxes will rise soon"
            T4\tAttribution-no-source 8 12\tsaid
            E1\tAttribution-no-source:T4 Content:T3 Cue:T2
            T9\tSource 102 109\tCritics
            T10\tCue 109 110\t:
            T11\tContent 111 121\tit is weak
            T12\tAttribution 109 110\t:
            E3\tAttribution:T12 Content:T11 Cue:T10 Source:T9
            """;

    @Test
    void scoresEachLaterAnnotatorAndTheirMajorityAgainstTheFirst() throws IOException {
        Path gold = TestCorpus.write(tmp);
        Files.writeString(gold.resolve("attributions/A_mmm.ann"), A_MMM);
        Files.writeString(gold.resolve("attributions/A_nnn.ann"), A_NNN);
        List<Agreement.Row> rows = Agreement.measure(List.of(gold));
        assertEquals(List.of("annotator 2", "annotator 3", "annotator 4", "each later annotator", "majority of later annotators"),
                rows.stream().map(Agreement.Row::who).toList());

        // aaa is gold (3 attributions); mmm matches Smith and Jones (J 6/8), the sources agree
        Scores mmm = rows.get(0).scores();
        assertEquals(List.of(1, 3, 2, 2, 2), List.of(mmm.articles(), mmm.goldAttributions(), mmm.predictedAttributions(),
                mmm.matched(), mmm.matchedWithSource()));
        // nnn matches Smith, without the source, and the critics
        Scores nnn = rows.get(1).scores();
        assertEquals(List.of(2, 2, 1), List.of(nnn.predictedAttributions(), nnn.matched(), nnn.matchedWithSource()));
        assertEquals(0.4, nnn.withSource().f1(), EPS);  // P 1/2, R 1/3
        // zzz marks Jones only: content tokens 6 of its 8 are gold's, out of gold's 13
        Scores zzz = rows.get(2).scores();
        assertEquals(List.of(13L, 8L, 6L), List.of(zzz.goldTokens(), zzz.predictedTokens(), zzz.sharedTokens()));

        Scores pooled = rows.get(3).scores();
        assertEquals(List.of(3, 9, 5, 5), List.of(pooled.articles(), pooled.goldAttributions(),
                pooled.predictedAttributions(), pooled.matched()));

        // Smith (mmm, nnn) and Jones (mmm, zzz) have 2 of 3 votes; the critics (nnn) 1
        Scores majority = rows.get(4).scores();
        assertEquals(List.of(1, 2, 2), List.of(majority.articles(), majority.predictedAttributions(), majority.matched()));
        assertEquals(0.8, majority.attributions().f1(), EPS);

        String table = Agreement.table(rows);
        assertTrue(table.contains("| majority of later annotators | 1 | 3 | 2 | 1.000 | 0.667 | 0.800 |"), table);
    }

    @Test
    void refusesGoldWhereEveryArticleHasOneAnnotator() throws IOException {
        Path gold = TestCorpus.write(tmp);
        Files.delete(gold.resolve("attributions/A_zzz.ann"));
        IOException e = assertThrows(IOException.class, () -> Agreement.measure(List.of(gold)));
        assertTrue(e.getMessage().contains("more than one annotation file"), e.getMessage());
    }
}
