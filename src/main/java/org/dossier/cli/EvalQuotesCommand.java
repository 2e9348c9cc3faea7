package org.dossier.cli;

import org.dossier.Analyzer;
import org.dossier.eval.QuoteEvaluation;
import org.dossier.model.AttributionType;
import org.dossier.text.Plural;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

@Command(name = "eval-quotes", mixinStandardHelpOptions = true,
        description = "Scores the quotes Dossier finds against hand-annotated quotes (eval-data/quotes/GUIDE.md): a gold "
                + "quote is found when a predicted attribution covers more than 30%% (and, in a second row, 80%%) of its "
                + "characters, one to one, best overlap first. Prints P/R/F1, speaker match (the source span overlaps "
                + "the gold speaker, or neither has one) and resolved-speaker accuracy (the source's entity bears the "
                + "annotated full name), then recall by kind of quote.",
        footer = {"", "Example:", "  dossier eval-quotes --gold eval-data/quotes --text ../shared/data/bbc-news --type speech"})
final class EvalQuotesCommand implements Callable<Integer> {
    private final Supplier<Analyzer> analyzers;

    @Option(names = "--gold", paramLabel = "DIR", description = "Quote annotations (default: ${DEFAULT-VALUE}).")
    Path gold = Path.of("eval-data", "quotes");

    @Option(names = "--text", required = true, paramLabel = "DIR", description = "Where the annotated articles' texts are.")
    Path text;

    @Option(names = "--type", paramLabel = "TYPE",
            description = "Score only attributions of this type (speech, thought, evidence, refusal, other); default: all types, then speech.")
    String type;

    @Option(names = "--misses", description = "Also list, on stderr, each missed gold quote, each extra prediction and each wrong speaker.")
    boolean misses;

    EvalQuotesCommand(Supplier<Analyzer> analyzers) {
        this.analyzers = analyzers;
    }

    @Override
    public Integer call() throws Exception {
        List<String> types = new ArrayList<>();
        if (type != null) types.add(AttributionType.of(type).label());
        else {
            types.add(null);
            types.add("speech");
        }
        QuoteEvaluation eval = QuoteEvaluation.run(analyzers.get(), gold, text);
        StringBuilder t = new StringBuilder(Plural.of(eval.articles(), "article") + String.format("%n%n"));
        t.append("| types | overlap | gold | predicted | found | P | R | F1 | speaker match | resolved speaker |\n")
                .append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        QuoteEvaluation.Result last = null;
        for (String ty : types) {
            for (double overlap : new double[] {0.3, 0.8}) {
                QuoteEvaluation.Result r = eval.score(ty, overlap, misses && overlap == 0.3 && ty == types.get(types.size() - 1) ? System.err : null);
                t.append(String.format("| %s | >%.0f%% | %d | %d | %d | %.3f | %.3f | %.3f | %.3f (%d/%d) | %.3f (%d/%d) |%n", r.types(), 100 * overlap,
                        r.gold(), r.predicted(), r.found(), r.prf().precision(), r.prf().recall(), r.prf().f1(),
                        r.speakerMatchRate(), r.speakerMatch(), r.found(), r.resolvedRate(), r.resolved(), r.named()));
                if (overlap == 0.3) last = r;
            }
        }
        t.append(String.format("%n| gold kind | found at >30%% (%s) |%n|---|---:|%n", last.types()));
        last.recallByKind().forEach((k, c) -> t.append(String.format("| %s | %d/%d |%n", k, c[0], c[1])));
        int named = last.resolvedByForm().values().stream().mapToInt(c -> c[0]).sum();
        t.append(String.format("%n| speaker as written (%s, found, with a gold name) | share | resolved to the named entity |%n|---|---:|---:|%n", last.types()));
        last.resolvedByForm().forEach((k, c) -> t.append(String.format("| %s | %.2f (%d) | %.3f (%d/%d) |%n", k,
                (double) c[0] / Math.max(1, named), c[0], (double) c[1] / Math.max(1, c[0]), c[1], c[0])));
        System.out.print(t);
        return 0;
    }
}
