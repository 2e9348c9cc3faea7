package org.dossier;

import org.dossier.extract.attribution.AttributionExtractor;
import org.dossier.extract.attribution.AttributionModel;
import org.dossier.extract.attribution.FoundAttribution;
import org.dossier.extract.entity.EntityExtractor;
import org.dossier.extract.entity.FoundEntity;
import org.dossier.extract.facts.FactExtractor;
import org.dossier.model.Analysis;
import org.dossier.nlp.NlpPipeline;
import org.dossier.nlp.ParsedText;

import java.util.List;

/**
 * Analyzes news articles: text in, {@link Analysis} out. The pipeline is
 * parse (CoreNLP) -> entities -> attributions -> resolved sources and source chains -> facts
 * (descriptors, relations, times, stances) -> output
 * with code-point offsets. Loading takes several seconds, so make one and reuse it; it is
 * thread-safe.
 *
 * <pre>{@code
 * Analyzer analyzer = Analyzer.load();
 * Analysis a = analyzer.analyze(text, new ArticleInfo("Title", "2025-05-15"));
 * }</pre>
 */
public final class Analyzer {
    /** Longest text analyzed, in UTF-16 units; longer ones are refused rather than risk running out of memory. */
    public static final int MAX_CHARS = 2_000_000;

    private final NlpPipeline nlp;
    private final EntityExtractor entities = new EntityExtractor();
    private final AttributionExtractor attributions;
    private final FactExtractor facts = new FactExtractor();

    public Analyzer(NlpPipeline nlp, AttributionModel model) {
        this.nlp = nlp;
        this.attributions = new AttributionExtractor(model);
    }

    /** Loads the NLP models and Dossier's bundled attribution model. */
    public static Analyzer load() {
        return new Analyzer(new NlpPipeline(), AttributionModel.bundled());
    }

    public Analysis analyze(String text, ArticleInfo info) {
        String tooLong = lengthProblem(text);
        if (tooLong != null) throw new IllegalArgumentException(tooLong);
        return analyze(nlp.parse(text), info);
    }

    /** Why a text is too long to analyze, or null when it is not: readers check it before the models load. */
    public static String lengthProblem(String text) {
        return text.length() <= MAX_CHARS ? null : String.format(
                "text is %,d characters long; Dossier analyzes articles of up to %,d: split it first", text.length(), MAX_CHARS);
    }

    /** Analyzes an already parsed text (training and evaluation reuse parses). */
    public Analysis analyze(ParsedText doc, ArticleInfo info) {
        List<FoundEntity> found = entities.extract(doc);
        List<FoundAttribution> attrs = attributions.extract(doc);
        return new AnalysisBuilder(doc, info).build(found, attrs, facts);
    }
}
