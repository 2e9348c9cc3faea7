package org.dossier.cli;

import org.dossier.extract.attribution.AttributionModel;
import org.dossier.lang.en.NlpPipeline;
import org.dossier.train.Training;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Retrain the attribution model on PolNeAR.",
                "Trains on --train, chooses the cue threshold and calibrates confidences on --dev, prints dev scores "
                        + "and writes the model where the build bundles it. Parses are cached under --cache: about 15 minutes, then 5."})
final class TrainCommand implements Callable<Integer> {
    @Option(names = "--train", paramLabel = "DIR", description = "Training part (default: ${DEFAULT-VALUE}).")
    Path train = Path.of("..", "shared", "data", "polnear", "train");

    @Option(names = "--dev", paramLabel = "DIR", description = "Tuning part (default: ${DEFAULT-VALUE}).")
    Path dev = Path.of("..", "shared", "data", "polnear", "dev");

    @Option(names = "--cache", paramLabel = "DIR", description = "Parse cache (default: ${DEFAULT-VALUE}).")
    Path cache = Path.of("target", "cache");

    @Option(names = "--model", paramLabel = "FILE", description = "Model written (default: attribution.bin.gz in src/main/resources/org/dossier/lang/en/, which the build bundles).")
    Path model = Path.of("src", "main", "resources" + AttributionModel.RESOURCE);

    @Override
    public Integer call() throws Exception {
        for (Path d : new Path[] {train, dev}) {
            if (!Files.isDirectory(d.resolve("attributions"))) {
                System.err.println("dossier train: " + d + " is not a PolNeAR folder (no attributions/ inside)");
                return 1;
            }
        }
        new Training(new NlpPipeline(), System.err).run(train, dev, cache, model);
        return 0;
    }
}
