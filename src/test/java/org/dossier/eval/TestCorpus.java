package org.dossier.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A tiny hand-made PolNeAR-style corpus. Article A starts with an emoji (two UTF-16 units, one code point),
 * has two annotators (aaa is used), a discontinuous content given out of order plus a {@code Content2},
 * a multi-line text field and a cue ":" without word tokens. Article B has a source-less attribution and a
 * quotation; article C has no annotation.
 */
final class TestCorpus {
    static final String A = "😀 Smith said \"taxes will rise soon\" today.\n"
            + "Jones claimed that growth is strong, he added, and stable.\n"
            + "Critics: it is\nweak.";
    static final String B = "It is believed the plan works. Aides say “costs are high”.";

    static final String A_AAA = """
            T1\tSource 2 7\tSmith
            T2\tCue 8 12\tsaid
            T3\tContent 13 35\t"taxes will rise soon"
            T4\tAttribution 8 12\tsaid
            E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1
            T5\tSource 43 48\tJones
            T6\tCue 49 56\tclaimed
            T7\tContent 62 78;57 61\tgrowth is strong that
            T15\tContent 90 100\tand stable
            T8\tAttribution 49 56\tclaimed
            E2\tAttribution:T8 Cue:T6 Source:T5 Content:T7 Content2:T15\s
            T9\tSource 102 109\tCritics
            T10\tCue 109 110\t:
            T11\tContent 111 121\tit is
            weak
            T12\tAttribution 109 110\t:
            E3\tAttribution:T12 Content:T11 Cue:T10 Source:T9
            T13\tDiscuss 80 88\the added
            T14\tDiscard 36 41\ttoday
            #1\tAnnotatorNotes T3\tcheck this
            """;
    static final String A_ZZZ = """
            T1\tSource 43 48\tJones
            T2\tCue 49 56\tclaimed
            T3\tContent 57 100\tthat growth is strong, he added, and stable
            T4\tAttribution 49 56\tclaimed
            E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1
            """;
    static final String B_BBB = """
            T1\tCue 6 14\tbelieved
            T2\tContent 15 29\tthe plan works
            T3\tAttribution-no-source 6 14\tbelieved
            E1\tAttribution-no-source:T3 Cue:T1 Content:T2
            T4\tSource 31 36\tAides
            T5\tCue 37 40\tsay
            T6\tContent 41 57\t“costs are high”
            T7\tAttribution 37 40\tsay
            E2\tAttribution:T7 Content:T6 Cue:T5 Source:T4
            """;

    private TestCorpus() {}

    /** Writes the corpus under {@code dir} and returns {@code dir}. */
    static Path write(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("text"));
        Files.createDirectories(dir.resolve("attributions"));
        Files.writeString(dir.resolve("text/A.txt"), A);
        Files.writeString(dir.resolve("text/B.txt"), B);
        Files.writeString(dir.resolve("text/C.txt"), "Nobody said anything.");
        Files.writeString(dir.resolve("attributions/A_zzz.ann"), A_ZZZ);
        Files.writeString(dir.resolve("attributions/A_aaa.ann"), A_AAA);
        Files.writeString(dir.resolve("attributions/B_bbb.ann"), B_BBB);
        return dir;
    }
}
