package org.dossier.lang.slavic;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Universal Dependencies parts of speech from an Apache OpenNLP model that {@code dossier
 * train-pos} trained on a UD treebank, shipped as {@code org/dossier/lang/CODE/pos.bin}.
 * Thread-safe: each thread has its own tagger.
 */
public final class PosTagger {
    private final ThreadLocal<POSTaggerME> taggers;

    private PosTagger(POSModel model) {
        this.taggers = ThreadLocal.withInitial(() -> new POSTaggerME(model, POSTagFormat.CUSTOM));
    }

    /** The resource that holds a language's model. */
    public static String resource(String code) {
        return "org/dossier/lang/" + code + "/pos.bin";
    }

    /** The language's model, or null when none ships. */
    public static PosTagger load(String code) {
        try (InputStream in = PosTagger.class.getClassLoader().getResourceAsStream(resource(code))) {
            return in == null ? null : new PosTagger(new POSModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + resource(code), e);
        }
    }

    /** A tagger over a model in hand (training scores one this way). */
    public static PosTagger of(POSModel model) {
        return new PosTagger(model);
    }

    /** The part of speech of each word of a sentence. */
    public String[] tag(String[] words) {
        return taggers.get().tag(words);
    }
}
