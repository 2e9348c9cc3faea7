package org.dossier.extract.attribution;

import org.dossier.nlp.HandParsed;
import org.dossier.nlp.ParsedText;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.dossier.extract.attribution.WrittenAttributions.attribution;
import static org.dossier.extract.attribution.WrittenAttributions.cueSourceContent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A label in capitals before a colon is no speaker unless it names someone (parses by CoreNLP). */
class SectionLabelsTest {
    private static final SectionLabels RULE = new SectionLabels();
    private static final ParsedText LABELS = HandParsed.parse("""
            ENERGY  ENERGY  NNP  0   root
            :       :       :    1   punct
            U.S.    U.S.    NNP  5   compound   LOCATION
            crude   crude   JJ   5   amod
            oil     oil     NN   6   nsubj
            rose    rise    VBD  1   parataxis
            2       2       CD   8   nummod
            cents   cent    NNS  6   obj
            to      to      IN   13  case
            $       $       $    13  dep
            47.50   47.50   CD   13  nummod
            a       a       DT   13  det
            barrel  barrel  NN   6   obl
            .       .       .    1   punct
            # newpar
            READ         read         VB   0  root
            MORE         more         JJR  1  advmod
            :            :            :    1  punct
            Police       police       NNS  5  nsubj
            investigate  investigate  VB   1  parataxis
            a            a            DT   7  det
            shooting     shooting     NN   5  obj
            in           in           IN   9  case
            Scarborough  Scarborough  NNP  7  nmod   LOCATION
            .            .            .    1  punct
            """);

    @Test
    void aSectionLabelIsNoSpeaker() {
        int secondColon = HandParsed.tokens(LABELS, "MORE :").get(1);
        List<FoundAttribution> labels = List.of(
                attribution(LABELS, ":", "ENERGY", "U.S. crude oil rose 2 cents to $ 47.50 a barrel ."),
                new FoundAttribution(secondColon, List.of(secondColon), HandParsed.tokens(LABELS, "READ MORE"),
                        HandParsed.tokens(LABELS, "Police investigate a shooting in Scarborough ."), 0.9));
        assertEquals(List.of(), RULE.apply(LABELS, labels));
    }

    @Test
    void aTranscriptsSpeakersStay() {
        ParsedText doc = HandParsed.parse("""
                Jake      Jake      NNP  2  compound  PERSON
                Tapper    Tapper    NNP  3  nsubj     PERSON
                asked     ask       VBD  0  root
                about     about     IN   6  case
                the       the       DT   6  det
                race      race      NN   3  obl
                .         .         .    3  punct
                # newpar
                TAPPER    TAPPER    NNP  0  root
                :         :         :    1  punct
                Do        do        VBP  5  aux
                you       you       PRP  5  nsubj
                think     think     VB   1  dep
                he        he        PRP  8  nsubj
                can       can       MD   8  aux
                win       win       VB   5  ccomp
                ?         ?         .    1  punct
                # newpar
                KATE      KATE      NNP  2  compound
                BOULDUAN  BOULDUAN  NNP  0  root
                :         :         :    2  punct
                Why       why       WRB  6  advmod
                not       not       RB   6  advmod
                debate    debate    VB   2  dep
                ?         ?         .    2  punct
                # newpar
                BOULDUAN  BOULDUAN  NNP  0  root
                :         :         :    1  punct
                So        so        RB   5  advmod
                why       why       WRB  5  dep
                not       not       RB   1  dep
                ?         ?         .    1  punct
                # newpar
                REPORTER  reporter  NN   0  root
                :         :         :    1  punct
                Why       why       WRB  4  advmod
                now       now       RB   1  dep
                ?         ?         .    1  punct
                """);
        List<FoundAttribution> lines = List.of(
                attribution(doc, ":", "TAPPER", "Do you think he can win ?"),
                attribution(doc, ":", "KATE BOULDUAN", "Why not debate ?"),
                attribution(doc, ":", "BOULDUAN", "So why not ?"),
                attribution(doc, ":", "REPORTER", "Why now ?"));
        assertEquals(lines, RULE.apply(doc, lines), "a name written elsewhere, a first name, the word after one, a person");
    }

    @Test
    void theWholeChainFindsNoQuoteInALabelledParagraph() {
        List<FoundAttribution> found = new AttributionExtractor(AttributionModel.bundled()).extract(LABELS);
        assertTrue(found.stream().noneMatch(a -> a.cue().size() == 1 && LABELS.token(a.anchor()).text().equals(":")),
                () -> found.stream().map(a -> cueSourceContent(LABELS, a)).toList().toString());
    }
}
