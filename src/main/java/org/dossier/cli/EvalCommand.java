package org.dossier.cli;

import org.dossier.eval.BratReader;
import org.dossier.eval.EvalReport;
import org.dossier.eval.GoldTypes;
import org.dossier.model.AttributionType;
import java.util.List;
import java.util.Map;
import org.dossier.eval.Evaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score predicted attributions against PolNeAR-style gold.",
                "Predictions are NAME.json files from 'analyze --out'; gold is brat standoff in PolNeAR's layout "
                        + "(GOLD/text/NAME.txt, GOLD/attributions/NAME_ANNOTATOR.ann; the first annotator's file is used).",
                "Attributions match when the Jaccard overlap of their content word tokens is at least 0.5."})
final class EvalCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Gold folder (PolNeAR layout).")
    Path gold;

    @Option(names = "--pred", paramLabel = "DIR", description = "Folder of predicted NAME.json files.")
    Path pred;

    @Option(names = "--types", description = "Instead of scoring: the share of each attribution type (speech, thought, evidence, "
            + "refusal, other) among the gold's attributions, typed by Dossier's rules from each gold cue (parses the texts; "
            + "the parses are cached in target/).")
    boolean types;

    @Override
    public Integer call() throws Exception {
        if (types) {
            List<org.dossier.eval.GoldArticle> articles = BratReader.readCorpus(gold);
            Map<AttributionType, Integer> counts = GoldTypes.count(articles, Path.of("target", "parse-cache",
                    "types-" + Integer.toHexString(gold.toAbsolutePath().normalize().toString().hashCode()) + ".ser.gz"), System.err);
            int total = counts.values().stream().mapToInt(Integer::intValue).sum();
            System.out.println("| type | gold attributions | share |\n|---|---:|---:|");
            counts.forEach((t, n) -> System.out.printf("| %s | %,d | %.1f%% |%n", t.label(), n, 100.0 * n / total));
            System.out.printf("| all with a cue | %,d | 100%% |%n", total);
            return 0;
        }
        if (pred == null) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--pred is required unless --types is given");
        EvalReport report = Evaluation.evaluate(gold, pred);
        System.out.println(report.table());
        return 0;
    }
}
