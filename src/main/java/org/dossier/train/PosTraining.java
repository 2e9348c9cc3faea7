package org.dossier.train;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSSample;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.dossier.lang.slavic.PosTagger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Part-of-speech models for Russian and Ukrainian: Apache OpenNLP's maximum-entropy tagger with its
 * default features, trained on a Universal Dependencies treebank's sentences (CoNLL-U: the word
 * and its UPOS of each syntactic word; multi-word tokens and empty nodes are skipped).
 */
public final class PosTraining {
    private PosTraining() {}

    /** The sentences of a CoNLL-U file, each as its words and their UPOS tags. */
    public static List<POSSample> read(Path conllu) throws IOException {
        List<POSSample> out = new ArrayList<>();
        List<String> words = new ArrayList<>(), tags = new ArrayList<>();
        for (String line : Files.readAllLines(conllu, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                if (!words.isEmpty()) out.add(new POSSample(words.toArray(String[]::new), tags.toArray(String[]::new)));
                words.clear();
                tags.clear();
                continue;
            }
            if (line.startsWith("#")) continue;
            String[] f = line.split("\t");
            if (f.length < 4 || f[0].contains("-") || f[0].contains(".")) continue;
            words.add(f[1]);
            tags.add(f[3]);
        }
        if (!words.isEmpty()) out.add(new POSSample(words.toArray(String[]::new), tags.toArray(String[]::new)));
        return out;
    }

    /** A model trained on some sentences, with OpenNLP's default parameters (maximum entropy, 100 iterations, cutoff 5). */
    public static POSModel train(String language, List<POSSample> sentences) throws IOException {
        TrainingParameters params = TrainingParameters.defaultParams();
        return POSTaggerME.train(language, ObjectStreamUtils.createObjectStream(sentences), params, new POSTaggerFactory());
    }

    /** The share of words a model tags as the gold does. */
    public static double accuracy(POSModel model, List<POSSample> gold) {
        PosTagger tagger = PosTagger.of(model);
        long right = 0, all = 0;
        for (POSSample s : gold) {
            String[] tags = tagger.tag(s.getSentence());
            for (int i = 0; i < tags.length; i++) {
                all++;
                if (tags[i].equals(s.getTags()[i])) right++;
            }
        }
        return all == 0 ? 0 : (double) right / all;
    }
}
