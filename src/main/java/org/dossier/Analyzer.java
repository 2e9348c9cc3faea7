package org.dossier;

import org.dossier.lang.LanguageDetector;
import org.dossier.lang.UnsupportedLanguageException;
import org.dossier.model.Analysis;
import org.dossier.nlp.ParsedText;
import org.dossier.nlp.StageTimes;
import org.dossier.text.ArticleLength;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Analyzes news articles: text in, {@link Analysis} out. Each text is read in its
 * {@link Language}, given or detected; the language's pipeline parses it, extracts entities and
 * attributions and assembles the output with code-point offsets. Loading takes several seconds,
 * so make one and reuse it; it is thread-safe.
 *
 * <pre>{@code
 * Analyzer analyzer = Analyzer.load();
 * Analysis a = analyzer.analyze(text, new ArticleInfo("Title", "2025-05-15"));
 * }</pre>
 */
public final class Analyzer {
    /** The language a text too short to tell is read in, when it is loaded; else the first loaded. */
    public static final String DEFAULT_LANGUAGE = "en";

    /** The loaded languages by code, the default first. */
    private final Map<String, Language.Pipeline> pipelines;
    private final Map<String, Language> languages;
    private final StageTimes times;

    private Analyzer(Map<Language, Language.Pipeline> loaded, StageTimes times) {
        if (loaded.isEmpty()) throw new IllegalArgumentException("no language to analyze");
        this.pipelines = new LinkedHashMap<>();
        this.languages = new LinkedHashMap<>();
        // English, when loaded, is the default: a text too short to tell is read as English
        List<Language> order = new ArrayList<>(loaded.keySet());
        order.sort(java.util.Comparator.comparing((Language l) -> !l.code().equals(DEFAULT_LANGUAGE)));
        for (Language l : order) {
            pipelines.put(l.code(), loaded.get(l));
            languages.put(l.code(), l);
        }
        this.times = times;
    }

    /** An analyzer over a pipeline made already (training tries a new model this way). */
    public static Analyzer of(Language language, Language.Pipeline pipeline, StageTimes times) {
        return new Analyzer(Map.of(language, pipeline), times);
    }

    /** Loads every installed language ({@link Language#installed()}). */
    public static Analyzer load() {
        return load(Language.installed().toArray(Language[]::new));
    }

    /**
     * Loads these languages only, their models several at once: loading is most of the time of a
     * run over one article. It returns once texts can be parsed; the rest finishes loading
     * meanwhile, and the first analysis waits for it (and fails as loading failed, if it did).
     */
    public static Analyzer load(Language... languages) {
        ExecutorService loader = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()), r -> {
            Thread t = new Thread(r, "dossier-load");
            t.setDaemon(true);
            return t;
        });
        try {
            StageTimes times = new StageTimes();
            Map<Language, Language.Pipeline> loaded = new LinkedHashMap<>();
            CompletableFuture.runAsync(LanguageDetector::load, loader);  // beside the languages' models; detect() waits if need be
            for (Language l : languages) loaded.put(l, l.load(loader, times));
            return new Analyzer(loaded, times);
        } finally {
            loader.shutdown();  // what is queued still runs
        }
    }

    /** The loaded languages, the default (for texts too short to tell) first. */
    public List<Language> languages() {
        return new ArrayList<>(languages.values());
    }

    /** CPU time per analysis stage so far, summed over threads (the JSON stage is counted by whoever writes it). */
    public StageTimes times() {
        return times;
    }

    /**
     * Analyzes one article.
     *
     * @throws IllegalArgumentException     when the text is too long ({@link ArticleLength})
     * @throws UnsupportedLanguageException when it is in a language this analyzer does not read
     */
    public Analysis analyze(String text, ArticleInfo info) {
        String tooLong = ArticleLength.problem(text);
        if (tooLong != null) throw new IllegalArgumentException(tooLong);
        String language = languageOf(text, info);
        Language.Pipeline p = pipelines.get(language);
        return p.analyze(p.parse(text), withLanguage(info, language));
    }

    /** Analyzes an already parsed text (training and evaluation reuse parses). */
    public Analysis analyze(ParsedText doc, ArticleInfo info) {
        String language = languageOf(doc.text(), info);
        return pipelines.get(language).analyze(doc, withLanguage(info, language));
    }

    /**
     * The code of the language to read a text in: the one given, else the one detected, else (a
     * text too short to tell) the likeliest Cyrillic language for a Cyrillic text, the default one
     * for any other.
     *
     * @throws UnsupportedLanguageException when that language is not loaded: never read as another
     */
    private String languageOf(String text, ArticleInfo info) {
        String given = info == null ? null : info.language();
        LanguageDetector.Detected detected = given != null ? null : LanguageDetector.detect(text);
        String cyrillic = detected == null || detected.determined() ? null : LanguageDetector.likeliestCyrillic(text);
        String fallback = cyrillic != null && pipelines.containsKey(cyrillic) ? cyrillic : pipelines.keySet().iterator().next();
        String language = given != null ? given : detected.codeOr(fallback);
        if (!pipelines.containsKey(language)) throw new UnsupportedLanguageException(language, pipelines.keySet());
        return language;
    }

    private static ArticleInfo withLanguage(ArticleInfo info, String language) {
        return info == null ? new ArticleInfo(null, null, language) : new ArticleInfo(info.title(), info.published(), language);
    }
}
