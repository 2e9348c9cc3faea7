package org.dossier.cli;

import org.dossier.Analyzer;
import org.dossier.SharedAnalyzer;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Supplier;

/** Runs the command line in-process with the shared analyzer, capturing what it prints. */
record CliRun(int exit, String out, String err) {
    static CliRun of(String... args) {
        return run(SharedAnalyzer::get, args);
    }

    /** A run that must end before the models load: asking for them fails the test. */
    static CliRun withoutModels(String... args) {
        return run(() -> {
            throw new AssertionError("the models were loaded");
        }, args);
    }

    private static CliRun run(Supplier<Analyzer> analyzers, String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = Main.commandLine(analyzers);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }
}
