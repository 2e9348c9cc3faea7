package org.dossier.extract.attribution;

import edu.stanford.nlp.ling.BasicDatum;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.*;

/** The model file: what {@code train} writes is what every run reads back. */
class AttributionModelTest {
    @Test
    void writtenModelReadsBackWithTheSameWeightsAndScores(@TempDir Path dir) throws IOException {
        AttributionModel bundled = AttributionModel.bundled();
        Path file = dir.resolve("model.bin.gz");
        bundled.write(file);
        AttributionModel back;
        try (InputStream in = Files.newInputStream(file)) {
            back = AttributionModel.read(in);
        }
        assertEquals(bundled.cueThreshold(), back.cueThreshold());
        assertArrayEquals(bundled.calibration().upper(), back.calibration().upper());
        assertArrayEquals(bundled.calibration().value(), back.calibration().value());
        assertEquals(bundled.roles().featureIndex().objectsList(), back.roles().featureIndex().objectsList());
        assertEquals(bundled.cues().labelIndex().objectsList(), back.cues().labelIndex().objectsList());
        assertTrue(Arrays.deepEquals(bundled.cues().weights(), back.cues().weights()));
        // a role seen in training scores as before: the feature strings find their weights
        List<String> features = bundled.roles().featureIndex().objectsList().subList(0, 20);
        assertEquals(bundled.roles().probabilityOf(new BasicDatum<>(features)), back.roles().probabilityOf(new BasicDatum<>(features)));
        assertTrue(bundled.roles().featureIndex().size() > 1000, "a trained model has many features");
    }

    @Test
    void aFileThatIsNoModelIsRefusedWithWhatItIsNot(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("other.gz");
        try (var out = new java.io.DataOutputStream(new GZIPOutputStream(Files.newOutputStream(file)))) {
            out.writeUTF("something else");
        }
        try (InputStream in = Files.newInputStream(file)) {
            IOException e = assertThrows(IOException.class, () -> AttributionModel.read(in));
            assertTrue(e.getMessage().contains("not a Dossier attribution model"), e.getMessage());
        }
    }
}
