package org.dossier;

import org.dossier.extract.attribution.AttributionExtractor;
import org.dossier.extract.attribution.AttributionModel;
import org.dossier.extract.attribution.FoundAttribution;
import org.dossier.extract.entity.EntityExtractor;
import org.dossier.extract.entity.FoundEntity;
import org.dossier.extract.facts.FactExtractor;
import org.dossier.extract.facts.FoundFacts;
import org.dossier.StageTimes.Stage;
import org.dossier.model.Analysis;
import org.dossier.nlp.NlpPipeline;
import org.dossier.nlp.ParsedText;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

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
    /** Still loading, perhaps, when {@link #load} returns: an article's parse needs neither. */
    private final CompletableFuture<AttributionExtractor> attributions;
    private final CompletableFuture<FactExtractor> facts;

    public Analyzer(NlpPipeline nlp, AttributionModel model) {
        this(nlp, CompletableFuture.completedFuture(new AttributionExtractor(model)), CompletableFuture.completedFuture(new FactExtractor()));
    }

    private Analyzer(NlpPipeline nlp, CompletableFuture<AttributionExtractor> attributions, CompletableFuture<FactExtractor> facts) {
        this.nlp = nlp;
        this.attributions = attributions;
        this.facts = facts;
    }

    /**
     * Loads the NLP models and Dossier's own (attribution model, WordNet, SUTime's rules), several at
     * once: loading is most of the time of a run over one article. It returns once the NLP models
     * are in; Dossier's own finish loading meanwhile, while a first article is parsed, and the first
     * analysis waits for them (and fails as loading failed, if it did).
     */
    public static Analyzer load() {
        ExecutorService loader = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()), r -> {
            Thread t = new Thread(r, "dossier-load");
            t.setDaemon(true);
            return t;
        });
        try {
            CompletableFuture<NlpPipeline> nlp = NlpPipeline.load(loader);  // the longest, so first
            CompletableFuture<AttributionModel> model = CompletableFuture.supplyAsync(AttributionModel::bundled, loader);
            CompletableFuture<FactExtractor> facts = CompletableFuture.supplyAsync(FactExtractor::new, loader);
            CompletableFuture<Void> lexicon = CompletableFuture.runAsync(AttributionExtractor::openLexicon, loader);
            return new Analyzer(joined(nlp), model.thenCombine(lexicon, (m, done) -> new AttributionExtractor(m)), facts);
        } finally {
            loader.shutdown();  // what is queued still runs
        }
    }

    /** The future's value, or what it failed with. */
    private static <T> T joined(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error r) throw r;
            throw e;
        }
    }

    /** CPU time per analysis stage so far, summed over threads (the JSON stage is counted by whoever writes it). */
    public StageTimes times() {
        return nlp.times();
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
        StageTimes clock = nlp.times();
        long t = StageTimes.now();
        List<FoundEntity> found = entities.extract(doc);
        t = clock.add(Stage.ENTITIES, t);
        List<FoundAttribution> attrs = joined(attributions).extract(doc);
        t = clock.add(Stage.ATTRIBUTIONS, t);
        AnalysisBuilder builder = new AnalysisBuilder(doc, info);
        builder.resolve(found, attrs);
        clock.add(Stage.SOURCES, t);
        FoundFacts f = joined(facts).extract(doc, builder.entityIndex(), info == null ? null : info.published(), clock);
        t = StageTimes.now();
        Analysis a = builder.build(f);
        clock.add(Stage.SOURCES, t);
        return a;
    }
}
