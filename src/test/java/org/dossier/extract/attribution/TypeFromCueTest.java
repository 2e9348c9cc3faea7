package org.dossier.extract.attribution;

import org.dossier.model.AttributionType;

import org.dossier.nlp.HandParsed;
import org.dossier.nlp.ParsedText;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.dossier.extract.attribution.WrittenAttributions.attribution;
import static org.dossier.extract.attribution.WrittenAttributions.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The type of an attribution, read from its cue in context. */
class TypeFromCueTest {
    private static final TypeFromCue RULE = new TypeFromCue();

    @Test
    void decliningToCommentIsARefusal() {
        ParsedText doc = HandParsed.parse("""
                The       the      DT   2  det
                company   company  NN   3  nsubj
                declined  decline  VBD  0  root
                to        to       TO   5  mark
                comment   comment  VB   3  xcomp
                .         .        .    3  punct
                """);
        FoundAttribution a = attribution(doc, "declined", "The company", "to comment");
        assertEquals(AttributionType.REFUSAL, only(RULE.apply(doc, List.of(a))).type());
    }

    @Test
    void whatAPollFoundIsEvidenceAndWhatSomeoneSaidIsSpeech() {
        ParsedText doc = HandParsed.parse("""
                A      a      DT   2  det
                poll   poll   NN   3  nsubj
                found  find   VBD  0  root
                that   that   IN   6  mark
                taxes  tax    NNS  6  nsubj
                rose   rise   VBD  3  ccomp
                .      .      .    3  punct

                Smith  Smith  NNP  2  nsubj  PERSON
                said   say    VBD  0  root
                they   they   PRP  4  nsubj
                fell   fall   VBD  2  ccomp
                .      .      .    2  punct
                """);
        List<FoundAttribution> typed = RULE.apply(doc, List.of(
                attribution(doc, "found", "A poll", "that taxes rose"),
                attribution(doc, "said", "Smith", "they fell")));
        assertEquals(List.of(AttributionType.EVIDENCE, AttributionType.SPEECH), typed.stream().map(FoundAttribution::type).toList());
    }

    @Test
    void whatAReportSaysIsSpeechAndWhatItFindsEvidence() {
        ParsedText doc = HandParsed.parse("""
                The    the     DT   2  det
                report report  NN   3  nsubj
                said   say     VBD  0  root
                taxes  tax     NNS  5  nsubj
                rose   rise    VBD  3  ccomp
                .      .       .    3  punct

                The    the     DT   2  det
                report report  NN   3  nsubj
                found  find    VBD  0  root
                taxes  tax     NNS  5  nsubj
                fell   fall    VBD  3  ccomp
                .      .       .    3  punct
                """);
        List<FoundAttribution> typed = RULE.apply(doc, List.of(
                attribution(doc, "said", "The report", "taxes rose"),
                attribution(doc, "found", "The report", "taxes fell")));
        assertEquals(List.of(AttributionType.SPEECH, AttributionType.EVIDENCE), typed.stream().map(FoundAttribution::type).toList());
    }
}
