package org.dossier.extract.attribution;

import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.util.HashIndex;
import edu.stanford.nlp.util.Index;
import org.dossier.nlp.RawData;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The two trained linear models behind attribution extraction: one decides which tokens anchor
 * a cue, the other which tokens around a cue are its source or content. Trained on PolNeAR's
 * train part by {@code dossier train}; shipped in the jar as {@value #RESOURCE}.
 *
 * @param cueThreshold the cue probability above which a cue is reported, tuned on dev
 * @param calibration  maps raw scores to confidences; null before calibration
 */
public record AttributionModel(LinearClassifier<String, String> cues,
                               LinearClassifier<String, String> roles,
                               double cueThreshold, Calibration calibration) implements Serializable {
    /** English's model, beside its word lists. */
    public static final String RESOURCE = "/org/dossier/lang/en/attribution.bin.gz";
    /** The first string of a model file: which format follows. */
    private static final String FORMAT = "Dossier attribution model, format 2";
    static final String CUE = "CUE", SOURCE = "S", CONTENT = "C", OUTSIDE = "O";

    /** Loads the model shipped with Dossier. */
    public static AttributionModel bundled() {
        try (InputStream in = AttributionModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("attribution model " + RESOURCE
                    + " is missing from the build: run ./dossier train to make it");
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a model as {@link #write} writes it: plain numbers and strings, which load in a
     * fraction of the time Java serialization of the same classifiers took (0.7 s of every start).
     */
    public static AttributionModel read(InputStream in) throws IOException {
        try (DataInputStream data = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16))) {
            if (!FORMAT.equals(data.readUTF())) throw new IOException("not a Dossier attribution model (" + FORMAT + ")");
            double threshold = data.readDouble();
            Calibration calibration = data.readBoolean() ? new Calibration(doubles(data), doubles(data)) : null;
            LinearClassifier<String, String> cues = classifier(data), roles = classifier(data);
            return new AttributionModel(cues, roles, threshold, calibration);
        }
    }

    public void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file);
             DataOutputStream data = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(out, 1 << 16), 1 << 16))) {
            data.writeUTF(FORMAT);
            data.writeDouble(cueThreshold);
            data.writeBoolean(calibration != null);
            if (calibration != null) {
                write(data, calibration.upper());
                write(data, calibration.value());
            }
            write(data, cues);
            write(data, roles);
        }
    }

    /** A classifier's labels, features and weights; a trained one adds nothing to its labels' scores beyond these. */
    private static void write(DataOutputStream data, LinearClassifier<String, String> c) throws IOException {
        RawData.writeStrings(data, c.labelIndex().objectsList());
        RawData.writeStrings(data, c.featureIndex().objectsList());
        double[][] weights = c.weights();
        for (int f = 0; f < c.featureIndex().size(); f++)
            for (int l = 0; l < c.labelIndex().size(); l++) data.writeDouble(weights[f][l]);
    }

    private static LinearClassifier<String, String> classifier(DataInputStream data) throws IOException {
        Index<String> labels = new HashIndex<>(RawData.readStrings(data)), features = new HashIndex<>(RawData.readStrings(data));
        double[][] weights = new double[features.size()][labels.size()];
        for (double[] row : weights)
            for (int l = 0; l < row.length; l++) row[l] = data.readDouble();
        return new LinearClassifier<>(weights, features, labels);
    }

    private static void write(DataOutputStream data, double[] values) throws IOException {
        data.writeInt(values.length);
        for (double v : values) data.writeDouble(v);
    }

    private static double[] doubles(DataInputStream data) throws IOException {
        double[] values = new double[data.readInt()];
        for (int i = 0; i < values.length; i++) values[i] = data.readDouble();
        return values;
    }

    public AttributionModel withThreshold(double t) {
        return new AttributionModel(cues, roles, t, calibration);
    }

    public AttributionModel withCalibration(Calibration c) {
        return new AttributionModel(cues, roles, cueThreshold, c);
    }

    /** The confidence of an attribution from its cue probability and mean content probability. */
    double confidence(double cueProbability, double contentProbability) {
        double raw = cueProbability * contentProbability;
        return calibration == null ? raw : calibration.apply(raw);
    }
}
