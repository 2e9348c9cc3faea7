package org.dossier.eval;

import java.util.List;

/**
 * The result of {@link Evaluation#evaluate}: the scores, and the gold articles that had no prediction file
 * (scored as predicting nothing).
 */
public record EvalReport(Scores scores, List<String> missing) {
    public EvalReport {
        missing = List.copyOf(missing);
    }

    /** The scores table followed by the count of missing predictions. */
    public String table() {
        return scores.table() + String.format("%-16s %9d%n", "missing", missing.size());
    }
}
