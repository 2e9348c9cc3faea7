package org.dossier.cli;

import org.dossier.Analyzer;
import org.dossier.eval.SourceNameEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

@Command(name = "eval-sources", mixinStandardHelpOptions = true,
        description = "Scores how sources that are pronouns or descriptions (\"he\", \"the campaign\") resolve, against "
                + "hand-annotated names (eval-data/sources/GUIDE.md): of the annotated sources that a predicted "
                + "attribution's source overlaps, the share whose entity bears the annotated name, or, where nobody is "
                + "named, that are not forced onto a named person or organisation.",
        footer = {"", "Example:", "  dossier eval-sources --text ../shared/data/polnear/dev/text"})
final class EvalSourcesCommand implements Callable<Integer> {
    private final Supplier<Analyzer> analyzers;

    @Option(names = "--gold", paramLabel = "FILE", description = {"Annotated sources.", "Default: ${DEFAULT-VALUE}."})
    Path gold = Path.of("eval-data", "sources", "polnear-dev.json");

    @Option(names = "--text", required = true, paramLabel = "DIR", description = "Where the articles' texts are (ARTICLE.txt).")
    Path text;

    @Option(names = "--misses", description = "Also list, on stderr, each reached source resolved wrongly.")
    boolean misses;

    EvalSourcesCommand(Supplier<Analyzer> analyzers) {
        this.analyzers = analyzers;
    }

    @Override
    public Integer call() throws Exception {
        Map<String, SourceNameEvaluation.Counts> counts = SourceNameEvaluation.run(analyzers.get(), gold, text, misses ? System.err : null);
        StringBuilder t = new StringBuilder("| sources | annotated | reached by an attribution | resolved right |\n|---|---:|---:|---:|\n");
        counts.forEach((k, c) -> t.append(String.format("| %s | %d | %d | %.3f (%d/%d) |%n", k, c.gold(), c.reached(),
                (double) c.right() / Math.max(1, c.reached()), c.right(), c.reached())));
        System.out.print(t);
        return 0;
    }
}
