package org.dossier.eval;

/** Precision, recall and F1; a ratio with a zero denominator is 0. */
public record Prf(double precision, double recall, double f1) {
    /** From the number of correct, predicted and gold items. */
    public static Prf of(long correct, long predicted, long gold) {
        double p = ratio(correct, predicted), r = ratio(correct, gold);
        return new Prf(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    static double ratio(long numerator, long denominator) {
        return denominator == 0 ? 0 : (double) numerator / denominator;
    }
}
