package org.dossier.eval;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Analysis;

/** Scores a directory of analyzer output ({@code NAME.json}, one {@link Analysis} each) against PolNeAR gold. */
public final class Evaluation {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private Evaluation() {}

    /**
     * Scores every gold article of {@code goldDir} that has an annotation file against {@code predDir/NAME.json}.
     * A missing prediction counts as predicting nothing and is listed in the report.
     *
     * @throws IOException when the gold cannot be read, a prediction file cannot be parsed, or
     *                     {@code predDir} holds a prediction for none of the gold articles
     */
    public static EvalReport evaluate(Path goldDir, Path predDir) throws IOException {
        if (!Files.isDirectory(predDir)) throw new IOException("no such prediction directory: " + predDir);
        List<GoldArticle> gold = BratReader.readCorpus(goldDir);
        if (gold.isEmpty()) throw new IOException("no annotated articles in " + goldDir);
        Scorer scorer = new Scorer();
        List<String> missing = new ArrayList<>();
        for (GoldArticle article : gold) {
            Path file = predDir.resolve(article.name() + ".json");
            if (Files.isRegularFile(file)) {
                scorer.add(article, readAnalysis(file));
            } else {
                missing.add(article.name());
                scorer.add(article, (Analysis) null);
            }
        }
        if (missing.size() == gold.size())
            throw new IOException(predDir + " holds none of the " + gold.size() + " expected prediction files (NAME.json, e.g. "
                    + gold.get(0).name() + ".json)");
        return new EvalReport(scorer.scores(), missing);
    }

    /** Reads one analyzer output file. */
    public static Analysis readAnalysis(Path file) throws IOException {
        try {
            return JSON.readValue(file.toFile(), Analysis.class);
        } catch (IOException e) {
            throw new IOException("cannot read prediction " + file + ": " + e.getMessage(), e);
        }
    }
}
