package org.dossier.extract.attribution;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Maps the models' raw score of an attribution to the probability that it is right, so that
 * users can filter by confidence: isotonic regression (pool adjacent violators) fitted on how
 * often attributions of each score matched gold on PolNeAR dev.
 *
 * @param upper  the highest raw score of each bin, ascending
 * @param value  the share of correct attributions in each bin, non-decreasing
 */
public record Calibration(double[] upper, double[] value) implements Serializable {

    public double apply(double raw) {
        int i = Arrays.binarySearch(upper, raw);
        if (i < 0) i = -i - 1;
        return value[Math.min(i, value.length - 1)];
    }

    /** Fits a calibration to (raw score, was it correct) pairs. */
    public static Calibration fit(double[] raw, boolean[] correct) {
        Integer[] order = new Integer[raw.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparingDouble(i -> raw[i]));
        List<double[]> blocks = new ArrayList<>();  // {sum correct, count, max raw}
        for (int i : order) {
            blocks.add(new double[] {correct[i] ? 1 : 0, 1, raw[i]});
            while (blocks.size() > 1) {
                double[] b = blocks.get(blocks.size() - 1), a = blocks.get(blocks.size() - 2);
                if (a[0] / a[1] < b[0] / b[1]) break;
                a[0] += b[0];
                a[1] += b[1];
                a[2] = b[2];
                blocks.remove(blocks.size() - 1);
            }
        }
        double[] upper = new double[blocks.size()], value = new double[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            upper[i] = blocks.get(i)[2];
            value[i] = Math.round(1000 * blocks.get(i)[0] / blocks.get(i)[1]) / 1000.0;
        }
        if (upper.length > 0) upper[upper.length - 1] = Double.MAX_VALUE;
        return new Calibration(upper, value);
    }
}
