package org.dossier;

import org.dossier.model.Analysis;
import org.dossier.nlp.ParsedText;
import org.dossier.nlp.StageTimes;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

/**
 * A language Dossier reads. Each is one package, {@code org.dossier.lang.en} for English, that
 * gives its NLP pipeline, its word lists (resource files beside it) and its extraction and
 * assembly stages, and names itself in {@code META-INF/services/org.dossier.Language}, so that
 * {@link Analyzer} finds it without importing it, as Java's {@link ServiceLoader} finds any
 * provider.
 */
public interface Language {
    /** ISO 639-1 code: "en". */
    String code();

    /** Its name in English: "English". */
    String name();

    /**
     * Starts loading what reading this language needs on {@code loader}'s threads, several parts
     * at once, and returns once a text can be parsed: what analysis needs besides may still be
     * loading, and the first analysis waits for it.
     *
     * @param clock where the pipeline counts the CPU time of each stage
     */
    Pipeline load(Executor loader, StageTimes clock);

    /**
     * The stem that a search for this word also matches as a prefix, so that one inflected form
     * finds the others: "Путина" gives "путин", which "Путин" and "Путиным" start with. Empty
     * when the word is not in this language's script or is too short to cut; English searches
     * match words as written, so its is always empty. Needs nothing loaded.
     */
    default Optional<String> searchStem(String word) {
        return Optional.empty();
    }

    /** A loaded language: thread-safe. */
    interface Pipeline {
        /** Tokens, sentences, tags, lemmas, names and, where the language has one, a dependency parse. */
        ParsedText parse(String text);

        /** Everything found in a parsed text; {@code info.language()} is this language's code. */
        Analysis analyze(ParsedText doc, ArticleInfo info);
    }

    /** The languages on the class path, by code. */
    static List<Language> installed() {
        return ServiceLoader.load(Language.class, Language.class.getClassLoader()).stream().map(ServiceLoader.Provider::get)
                .sorted(java.util.Comparator.comparing(Language::code)).toList();
    }

    /**
     * The installed language with an ISO 639-1 code.
     *
     * @throws IllegalArgumentException naming the languages there are, when none has that code
     */
    static Language forCode(String code) {
        List<Language> all = installed();
        String wanted = code.toLowerCase(Locale.ROOT);
        return all.stream().filter(l -> l.code().equals(wanted)).findFirst().orElseThrow(() -> new IllegalArgumentException(
                "Dossier does not read '" + code + "'; it reads " + all.stream().map(l -> l.name() + " (" + l.code() + ")")
                        .collect(Collectors.joining(", "))));
    }
}
