package org.dossier.eval;

import org.dossier.eval.LinkEvaluation.Found;
import org.dossier.eval.LinkEvaluation.GoldMention;
import org.dossier.eval.LinkEvaluation.Row;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Pairwise linking scores counted from group sizes, checked against pairs counted by hand. */
class LinkEvaluationTest {
    private static GoldMention gold(String lang, String file, int start, String id) {
        return new GoldMention("t", lang, file, start, start + 3, "x", "x", "PER", id);
    }

    @Test
    void pairsAreCountedPerTypeAndLanguagePair() {
        // May in ru and bg, Johnson in ru; the export joins May's ru and bg mentions, splits her second bg one off,
        // and misses Johnson's second mention
        List<GoldMention> g = List.of(gold("ru", "a.txt", 0, "PER-May"), gold("bg", "b.txt", 0, "PER-May"), gold("bg", "b.txt", 10, "PER-May"),
                gold("ru", "a.txt", 20, "PER-Johnson"), gold("ru", "c.txt", 0, "PER-Johnson"));
        Map<Found, Long> entityOf = Map.of(new Found("a.txt", 0, 3), 1L, new Found("b.txt", 0, 3), 1L, new Found("b.txt", 10, 13), 2L,
                new Found("a.txt", 20, 23), 3L);
        Map<String, Row> rows = new java.util.HashMap<>();
        for (Row r : LinkEvaluation.score(g, entityOf)) if (r.type().equals("PER")) rows.put(r.languages(), r);
        // gold pairs: May 3 (ru-bg twice, bg-bg once), Johnson 1 (ru-ru); predicted: one (ru-bg), correct
        assertEquals(new Row("PER", "all", 4, 1, 1), rows.get("all"));
        assertEquals(new Row("PER", "cross-language", 2, 1, 1), rows.get("cross-language"));
        assertEquals(new Row("PER", "bg-bg", 1, 0, 0), rows.get("bg-bg"));
        assertEquals(new Row("PER", "bg-ru", 2, 1, 1), rows.get("bg-ru"));
        assertEquals(new Row("PER", "ru-ru", 1, 0, 0), rows.get("ru-ru"));
        assertEquals(0.25, rows.get("all").prf().recall(), 1e-9);
    }

    @Test
    void aGoldFileAnnotatesTheTextOfItsName() {
        assertEquals("brexit_ru.txt_file_10.txt", LinkEvaluation.textFileOf("brexit_ru.txt_file_10.tsv"));
        assertEquals("asia_bibi_bg-3062.txt.txt", LinkEvaluation.textFileOf("asia_bibi_bg-3062.txt.tsv"));
    }
}
