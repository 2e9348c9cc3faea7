package org.dossier.lang.en;

import org.dossier.ArticleInfo;
import org.dossier.Language;
import org.dossier.assemble.AddFacts;
import org.dossier.assemble.AnalysisStage;
import org.dossier.assemble.AssemblyWords;
import org.dossier.assemble.BuildAnalysis;
import org.dossier.assemble.ChainReports;
import org.dossier.assemble.Draft;
import org.dossier.assemble.NumberAttributions;
import org.dossier.assemble.RegisterEntities;
import org.dossier.assemble.ResolveSources;
import org.dossier.extract.attribution.AttributionExtractor;
import org.dossier.extract.attribution.AttributionModel;
import org.dossier.extract.entity.EntityExtractor;
import org.dossier.extract.facts.FactExtractor;
import org.dossier.lang.Words;
import org.dossier.model.Analysis;
import org.dossier.nlp.ParsedText;
import org.dossier.nlp.StageTimes;
import org.dossier.nlp.StageTimes.Stage;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import static org.dossier.lang.Futures.joined;

/**
 * English: Stanford CoreNLP for tokens, tags, lemmas, names and a dependency parse
 * ({@link NlpPipeline}), the word lists in this package's resource folder, and Dossier's own
 * extraction stages with the attribution model trained on PolNeAR.
 */
public final class English implements Language {
    private static final AssemblyWords WORDS = AssemblyWords.of(Words.of("en"));

    @Override
    public String code() {
        return "en";
    }

    @Override
    public String name() {
        return "English";
    }

    /**
     * Loads CoreNLP's models and Dossier's own (attribution model, WordNet, SUTime's rules) several
     * at once, and returns when CoreNLP's are in.
     */
    @Override
    public Language.Pipeline load(Executor loader, StageTimes clock) {
        CompletableFuture<NlpPipeline> nlp = NlpPipeline.load(loader, clock);  // the longest, so first
        CompletableFuture<AttributionModel> model = CompletableFuture.supplyAsync(AttributionModel::bundled, loader);
        CompletableFuture<FactExtractor> facts = CompletableFuture.supplyAsync(FactExtractor::new, loader);
        CompletableFuture<Void> lexicon = CompletableFuture.runAsync(AttributionExtractor::openLexicon, loader);
        return new Pipeline(joined(nlp), model.thenCombine(lexicon, (m, done) -> new AttributionExtractor(m)), facts, clock);
    }

    /** A pipeline over models loaded already: training scores a new attribution model this way. */
    public static Language.Pipeline pipeline(NlpPipeline nlp, AttributionModel model) {
        return new Pipeline(nlp, CompletableFuture.completedFuture(new AttributionExtractor(model)),
                CompletableFuture.completedFuture(new FactExtractor()), nlp.times());
    }

    /** English's stages after parsing, in the order they run. */
    private static List<AnalysisStage> englishStages(CompletableFuture<AttributionExtractor> attributions, CompletableFuture<FactExtractor> facts) {
        EntityExtractor entities = new EntityExtractor();
        return List.of(
                AnalysisStage.of("entities", Stage.ENTITIES, d -> d.foundEntities(entities.extract(d.doc()))),
                AnalysisStage.of("attributions", Stage.ATTRIBUTIONS, d -> d.foundAttributions(joined(attributions).extract(d.doc()))),
                new RegisterEntities(),
                new ChainReports(),
                new ResolveSources(),
                new NumberAttributions(),
                new AddFacts(() -> joined(facts)),
                new BuildAnalysis());
    }

    private record Pipeline(NlpPipeline nlp, List<AnalysisStage> stages, StageTimes clock) implements Language.Pipeline {
        Pipeline(NlpPipeline nlp, CompletableFuture<AttributionExtractor> attributions, CompletableFuture<FactExtractor> facts, StageTimes clock) {
            this(nlp, englishStages(attributions, facts), clock);
        }

        @Override
        public ParsedText parse(String text) {
            return nlp.parse(text);
        }

        @Override
        public Analysis analyze(ParsedText doc, ArticleInfo info) {
            Draft draft = new Draft(doc, info.title(), info.published(), "en", clock, WORDS);
            AnalysisStage.runAll(stages, draft);
            return draft.analysis();
        }
    }
}
