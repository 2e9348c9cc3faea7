package org.dossier.cli;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSSample;
import org.dossier.lang.slavic.PosTagger;
import org.dossier.train.PosTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

@Command(name = "train-pos", mixinStandardHelpOptions = true,
        description = {"Trains the Russian or Ukrainian part-of-speech model on a Universal Dependencies treebank.",
                "The model is trained on the treebank's dev part and scored on its test part (accuracy printed), then trained "
                        + "on both and written where the build ships it from (src/main/resources/org/dossier/lang/CODE/pos.bin)."},
        footer = {"", "Example:", "  dossier train-pos --lang ru --ud ../shared/data/ud"})
final class TrainPosCommand implements Callable<Integer> {
    /** The treebank of each language, under the UD folder. */
    private static final Map<String, String> TREEBANKS = Map.of("ru", "UD_Russian-GSD", "uk", "UD_Ukrainian-ParlaMint");

    @Option(names = "--lang", required = true, paramLabel = "CODE", description = "ru or uk.")
    String lang;

    @Option(names = "--ud", paramLabel = "DIR", description = "The UD treebanks (default: ${DEFAULT-VALUE}).")
    Path ud = Path.of("..", "shared", "data", "ud");

    @Option(names = "--out", paramLabel = "FILE", description = "Where the model goes (default: the source tree's resource).")
    Path out;

    @Override
    public Integer call() throws Exception {
        String treebank = TREEBANKS.get(lang);
        if (treebank == null) {
            System.err.println("dossier train-pos: no treebank for '" + lang + "'; there are " + TREEBANKS.keySet());
            return 2;
        }
        Path dir = ud.resolve(treebank);
        Path dev = find(dir, "-ud-dev.conllu"), test = find(dir, "-ud-test.conllu");
        if (dev == null || test == null) {
            System.err.println("dossier train-pos: " + dir + " holds no dev and test CoNLL-U files");
            return 1;
        }
        List<POSSample> devSentences = PosTraining.read(dev), testSentences = PosTraining.read(test);
        POSModel trial = PosTraining.train(lang, devSentences);
        System.out.printf("%s: trained on %s (%d sentences), accuracy on %s (%d sentences): %.4f%n", lang, dev.getFileName(), devSentences.size(),
                test.getFileName(), testSentences.size(), PosTraining.accuracy(trial, testSentences));
        List<POSSample> all = new ArrayList<>(devSentences);
        all.addAll(testSentences);
        POSModel model = PosTraining.train(lang, all);
        Path target = out != null ? out : Path.of("src", "main", "resources").resolve(PosTagger.resource(lang));
        Files.createDirectories(target.toAbsolutePath().getParent());
        try (OutputStream o = Files.newOutputStream(target)) {
            model.serialize(o);
        }
        System.out.println("model (trained on both parts) written to " + target + " (" + Files.size(target) / 1024 + " KB)");
        return 0;
    }

    private static Path find(Path dir, String suffix) throws Exception {
        if (!Files.isDirectory(dir)) return null;
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
        }
    }
}
