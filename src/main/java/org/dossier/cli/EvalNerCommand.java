package org.dossier.cli;

import org.dossier.Analyzer;
import org.dossier.Language;
import org.dossier.eval.NerEvaluation;
import org.dossier.eval.Prf;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "eval-ner", mixinStandardHelpOptions = true,
        description = {"Scores names in Russian, Ukrainian or Bulgarian against SlavicNER.",
                "Each document of the topics given is analyzed in the language given (that language alone is loaded); a name "
                        + "is right when its span and its type (PER, ORG, LOC) are exactly the gold one's. P/R/F1 per topic and "
                        + "per type, and the words analyzed per second of CPU time (one core, after loading)."},
        footer = {"", "Example:", "  dossier eval-ner --lang ru --topics nord_stream,ryanair,brexit"})
final class EvalNerCommand implements Callable<Integer> {
    @Option(names = "--lang", required = true, paramLabel = "CODE", description = "ru, uk or bg.")
    String lang;

    @Option(names = "--topics", required = true, split = ",", paramLabel = "TOPIC", description = "Topics of SlavicNER, comma-separated.")
    List<String> topics;

    @Option(names = "--data", paramLabel = "DIR", description = "SlavicNER (default: ${DEFAULT-VALUE}).")
    Path data = Path.of("..", "shared", "data", "slavicner");

    @Option(names = "--errors", paramLabel = "N", description = "Also print the N most frequent errors (found, gold, text).")
    int errors;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        if (!Files.isDirectory(data.resolve("raw"))) {
            err.println("dossier eval-ner: " + data + " holds no SlavicNER (no raw/ folder)");
            return 1;
        }
        Language language = Language.forCode(lang);
        Analyzer analyzer = Analyzer.load(language);
        List<NerEvaluation.Error> wrong = errors > 0 ? new ArrayList<>() : null;
        Map<String, NerEvaluation.Counts> scores = NerEvaluation.evaluate(analyzer, data, language.code(), topics, wrong);
        out.println("| " + language.code() + " | gold | found | right | precision | recall | F1 | words/s per core |");
        out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
        scores.forEach((topic, c) -> {
            Prf p = c.prf();
            out.printf("| %s | %d | %d | %d | %.3f | %.3f | %.3f | %,.0f |%n", topic, c.gold, c.predicted, c.correct, p.precision(), p.recall(), p.f1(),
                    c.wordsPerSecond());
        });
        NerEvaluation.Counts all = scores.get("all");
        all.byType.forEach((type, c) -> {
            Prf p = Prf.of(c[2], c[1], c[0]);
            out.printf("| all %s | %d | %d | %d | %.3f | %.3f | %.3f | |%n", type, c[0], c[1], c[2], p.precision(), p.recall(), p.f1());
        });
        if (wrong != null) {
            out.println();
            out.println("count\tfound\tgold\ttext");
            for (String line : NerEvaluation.summary(wrong, errors)) out.println(line);
        }
        out.flush();
        return 0;
    }
}
