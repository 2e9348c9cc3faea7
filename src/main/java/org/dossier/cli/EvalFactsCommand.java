package org.dossier.cli;

import org.dossier.Analyzer;
import org.dossier.eval.FactsEvaluation;
import org.dossier.eval.Prf;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

@Command(name = "eval-facts", mixinStandardHelpOptions = true,
        description = {"Scores descriptors, relations, times and stances against hand annotations.",
                "The annotations are one JSON per article (see eval-data/facts/GUIDE.md); each annotated article is analyzed "
                        + "with its publication date, and P/R/F1 is printed per kind."},
        footer = {"", "Example:", "  dossier eval-facts --gold eval-data/facts \\", "      --text ../shared/data/polnear/train/text"})
final class EvalFactsCommand implements Callable<Integer> {
    private final Supplier<Analyzer> analyzers;

    @Option(names = "--gold", paramLabel = "DIR", description = "Annotations (default: ${DEFAULT-VALUE}).")
    Path gold = Path.of("eval-data", "facts");

    @Option(names = "--text", required = true, paramLabel = "DIR", description = "Where the annotated articles' texts are.")
    Path text;

    EvalFactsCommand(Supplier<Analyzer> analyzers) {
        this.analyzers = analyzers;
    }

    @Override
    public Integer call() throws Exception {
        Map<String, Prf> scores = FactsEvaluation.evaluate(analyzers.get(), gold, text);
        StringBuilder t = new StringBuilder("| kind | precision | recall | F1 |\n|---|---|---|---|\n");
        scores.forEach((k, s) -> t.append(String.format("| %s | %.3f | %.3f | %.3f |%n", k, s.precision(), s.recall(), s.f1())));
        System.out.print(t);
        return 0;
    }
}
