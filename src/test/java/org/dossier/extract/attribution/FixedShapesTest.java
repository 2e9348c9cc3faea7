package org.dossier.extract.attribution;

import org.dossier.nlp.HandParsed;
import org.dossier.nlp.ParsedText;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.dossier.extract.attribution.WrittenAttributions.attribution;
import static org.dossier.extract.attribution.WrittenAttributions.cueSourceContent;
import static org.dossier.extract.attribution.WrittenAttributions.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Shapes of news prose that the models miss: here an outlet's report that the tagger took for a noun. */
class FixedShapesTest {
    private static final FixedShapes RULE = new FixedShapes(0.9);
    /** "News.bg/NN reports/NNS": the verb read as a noun, the object of "rise". */
    private static final ParsedText DOC = HandParsed.parse("""
            Taxes    tax      NNS  3  nsubj
            will     will     MD   3  aux
            rise     rise     VB   0  root
            next     next     JJ   5  amod
            year     year     NN   3  obl:tmod
            ,        ,        ,    3  punct
            News.bg  news.bg  NN   8  compound
            reports  report   NNS  3  obj
            .        .        .    3  punct
            """);

    @Test
    void aTrailingReportIsTheOutletsStatement() {
        assertEquals("reports | News.bg | Taxes will rise next year", cueSourceContent(DOC, only(RULE.apply(DOC, List.of()))));
    }

    @Test
    void aShapeThatACueAlreadyAnchorsIsNotAddedAgain() {
        List<FoundAttribution> found = List.of(attribution(DOC, "reports", "News.bg", "Taxes will rise"));
        assertEquals(found, RULE.apply(DOC, found));
    }
}
