package org.dossier.lang.slavic;

import org.dossier.ArticleInfo;
import org.dossier.Language;
import org.dossier.assemble.AnalysisStage;
import org.dossier.assemble.AssemblyWords;
import org.dossier.assemble.BuildAnalysis;
import org.dossier.assemble.ChainReports;
import org.dossier.assemble.Draft;
import org.dossier.assemble.NumberAttributions;
import org.dossier.assemble.RegisterEntities;
import org.dossier.assemble.ResolveSources;
import org.dossier.extract.attribution.ReportedSpeech;
import org.dossier.extract.facts.FoundFacts;
import org.dossier.extract.facts.TimesInWords;
import org.dossier.lang.Futures;
import org.dossier.model.Analysis;
import org.dossier.nlp.ParsedText;
import org.dossier.nlp.StageTimes;
import org.dossier.nlp.StageTimes.Stage;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.regex.Pattern;

/**
 * Russian, Ukrainian and Bulgarian: one pipeline, each language with its dictionary, its tags and
 * its word lists, and for Russian and Ukrainian a part-of-speech model trained on a Universal
 * Dependencies treebank ({@link PosTagger}). No dependency parser reads these languages here, so a text's tokens carry no
 * parse ({@link ParsedText#hasParse()} is false) and only stages that need none run: names
 * ({@link SlavicNames}), speech quotes by their shapes ({@link ReportedSpeech}), times
 * ({@link TimesInWords}) and the assembly. Descriptors, relations and stances, which need a
 * parse, are empty.
 */
public abstract class SlavicLanguage implements Language {
    /** What reading the language needs, loaded once. */
    record Loaded(Morphology morphology, Tags tags, PosTagger pos, SlavicNames names, ReportedSpeech speech, TimesInWords times) {}

    /** The Russian dictionary's resource. */
    protected static final String RUSSIAN_DICTIONARY = "org/languagetool/resource/ru/russian.dict";
    /** The Ukrainian dictionary's resource. */
    protected static final String UKRAINIAN_DICTIONARY = "org/languagetool/resource/uk/ukrainian.dict";

    private final String code, name, dictionary, nameDictionary;
    private final Tags tags;
    private final boolean inflects;

    /**
     * @param dictionary     the class-path resource of the language's morfologik dictionary, or null for none
     * @param nameDictionary the dictionary asked whether a word is a first name (see {@link SlavicNames})
     * @param tags           the tags of those dictionaries
     * @param inflects       whether names take case endings ("Путина")
     */
    protected SlavicLanguage(String code, String name, String dictionary, String nameDictionary, Tags tags, boolean inflects) {
        this.code = code;
        this.name = name;
        this.dictionary = dictionary;
        this.nameDictionary = nameDictionary;
        this.tags = tags;
        this.inflects = inflects;
    }

    @Override
    public final String code() {
        return code;
    }

    @Override
    public final String name() {
        return name;
    }

    /** The shortest stem a search matches as a prefix: a shorter one would match unrelated words. */
    private static final int SHORTEST_STEM = 4;

    /** The word less its case ending ({@link SlavicWords#key}), when the word is Cyrillic and the stem long enough. */
    @Override
    public Optional<String> searchStem(String word) {
        if (!CYRILLIC.matcher(word).find()) return Optional.empty();
        String stem = SlavicWords.of(code).key(word);
        return stem.length() >= SHORTEST_STEM ? Optional.of(stem) : Optional.empty();
    }

    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");

    /** Reads the dictionaries on the loader's threads; the first text parsed waits for them. */
    @Override
    public Language.Pipeline load(Executor loader, StageTimes clock) {
        CompletableFuture<Loaded> loaded = CompletableFuture.supplyAsync(this::loadNow, loader);
        return new SlavicPipeline(code, new SlavicTokenizer(SlavicWords.of(code).abbreviations()), loaded, stages(loaded), clock);
    }

    /** Everything at once, on this thread. */
    Loaded loadNow() {
        Morphology own = dictionary == null ? Morphology.none() : Morphology.shared(dictionary);
        Morphology names = nameDictionary == null ? own : Morphology.shared(nameDictionary);
        SlavicWords words = SlavicWords.of(code);
        return new Loaded(own, tags, PosTagger.load(code), new SlavicNames(own, tags, names, words, inflects),
                ReportedSpeech.of(code, word -> own.onlyOblique(word, tags)), TimesInWords.of(code));
    }

    /** The stages after parsing, in the order they run. */
    private static List<AnalysisStage> stages(CompletableFuture<Loaded> loaded) {
        return List.of(
                AnalysisStage.of("entities", Stage.ENTITIES, d -> d.foundEntities(Futures.joined(loaded).names().extract(d.doc()))),
                AnalysisStage.of("attributions", Stage.ATTRIBUTIONS, d -> d.foundAttributions(Futures.joined(loaded).speech().extract(d.doc()))),
                new RegisterEntities(),
                new ChainReports(),
                new ResolveSources(),
                new NumberAttributions(),
                // times only: descriptors, relations and stances need a parse
                AnalysisStage.of("facts", Stage.FACTS, d -> d.foundFacts(new FoundFacts(List.of(), List.of(),
                        Futures.joined(loaded).times().extract(d.doc(), d.published()), List.of()))),
                new BuildAnalysis());
    }

    /** A loaded language. */
    static final class SlavicPipeline implements Language.Pipeline {
        private static final AssemblyWords WORDS = AssemblyWords.none();

        private final String code;
        private final SlavicTokenizer tokenizer;
        private final CompletableFuture<Loaded> loaded;
        private final List<AnalysisStage> stages;
        private final StageTimes clock;

        SlavicPipeline(String code, SlavicTokenizer tokenizer, CompletableFuture<Loaded> loaded, List<AnalysisStage> stages, StageTimes clock) {
            this.code = code;
            this.tokenizer = tokenizer;
            this.loaded = loaded;
            this.stages = stages;
            this.clock = clock;
        }

        @Override
        public ParsedText parse(String text) {
            Loaded l = Futures.joined(loaded);
            return SlavicParser.parse(text, tokenizer, l.morphology(), l.tags(), l.pos(), clock);
        }

        @Override
        public Analysis analyze(ParsedText doc, ArticleInfo info) {
            Futures.joined(loaded);
            Draft draft = new Draft(doc, info.title(), info.published(), code, clock, WORDS);
            AnalysisStage.runAll(stages, draft);
            return draft.analysis();
        }
    }

}
