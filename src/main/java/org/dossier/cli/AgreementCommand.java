package org.dossier.cli;

import org.dossier.eval.Agreement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "agreement", mixinStandardHelpOptions = true,
        description = {"How far the gold's own annotators agree, scored exactly as 'eval' scores Dossier.",
                "On each article with several annotation files, the first by name is gold (as in 'eval'); each later "
                        + "annotator's file, and the attributions a majority of the later annotators marked, are scored against it."},
        footer = {"", "Example:", "  dossier agreement --gold ../shared/data/polnear/train \\", "      --gold ../shared/data/polnear/dev"})
final class AgreementCommand implements Callable<Integer> {
    @Option(names = "--gold", required = true, paramLabel = "DIR",
            description = "Gold folder in PolNeAR layout; repeat to pool several.")
    List<Path> gold;

    @Override
    public Integer call() throws Exception {
        System.out.print(Agreement.table(Agreement.measure(gold)));
        return 0;
    }
}
