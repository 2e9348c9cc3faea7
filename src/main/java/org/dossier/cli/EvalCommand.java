package org.dossier.cli;

import org.dossier.eval.EvalReport;
import org.dossier.eval.Evaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score predicted attributions against PolNeAR-style gold.",
                "Predictions are NAME.json files from 'analyze --out'; gold is brat standoff in PolNeAR's layout",
                "(GOLD/text/NAME.txt, GOLD/attributions/NAME_ANNOTATOR.ann; the first annotator's file is used).",
                "Attributions match when the Jaccard overlap of their content word tokens is at least 0.5."})
final class EvalCommand implements Callable<Integer> {
    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Gold folder (PolNeAR layout).")
    Path gold;

    @Option(names = "--pred", required = true, paramLabel = "DIR", description = "Folder of predicted NAME.json files.")
    Path pred;

    @Override
    public Integer call() throws Exception {
        EvalReport report = Evaluation.evaluate(gold, pred);
        System.out.println(report.table());
        return 0;
    }
}
