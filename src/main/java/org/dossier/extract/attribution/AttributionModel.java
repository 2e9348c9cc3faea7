package org.dossier.extract.attribution;

import edu.stanford.nlp.classify.LinearClassifier;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
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
    public static final String RESOURCE = "/org/dossier/models/attribution.ser.gz";
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

    public static AttributionModel read(InputStream in) throws IOException {
        try (ObjectInputStream o = new ObjectInputStream(new GZIPInputStream(in, 1 << 16))) {
            return (AttributionModel) o.readObject();
        } catch (ClassNotFoundException e) {
            throw new IOException("not a Dossier attribution model", e);
        }
    }

    public void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file);
             ObjectOutputStream o = new ObjectOutputStream(new GZIPOutputStream(out, 1 << 16))) {
            o.writeObject(this);
        }
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
