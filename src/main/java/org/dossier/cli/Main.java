package org.dossier.cli;

import org.dossier.Analyzer;
import org.dossier.text.Problems;
import picocli.CommandLine;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;

/** The {@code dossier} command line. */
@Command(name = "dossier", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Who said what, about whom, reported by whom, and when: attribution extraction from news.",
        subcommands = {AnalyzeCommand.class, IngestCommand.class, SearchCommand.class, QuotesCommand.class,
                StatementCommand.class, EntityCommand.class, TopSourcesCommand.class, ServeCommand.class, SparkCommand.class, ImportCommand.class, SparkBenchCommand.class, EvalCommand.class, AgreementCommand.class, EvalFactsCommand.class, EvalQuotesCommand.class, EvalSourcesCommand.class, EvalNerCommand.class, EvalLinksCommand.class, ExportEntitiesCommand.class, TrainCommand.class, TrainPosCommand.class, BenchCommand.class, StoreBenchCommand.class, ServeBenchCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Without a command: the usage, as an error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 1;
    }

    /** "dossier 0.1.0", the version the build wrote. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"dossier " + org.dossier.model.Analysis.DOSSIER_VERSION};
        }
    }

    public static void main(String[] args) {
        System.exit(commandLine(Analyzer::load).execute(args));
    }

    /** The configured command line; tests pass an analyzer they share across runs. */
    public static CommandLine commandLine(Supplier<Analyzer> analyzers) {
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                if (cls == AnalyzeCommand.class) return cls.cast(new AnalyzeCommand(analyzers));
                if (cls == IngestCommand.class) return cls.cast(new IngestCommand(analyzers));
                if (cls == EvalFactsCommand.class) return cls.cast(new EvalFactsCommand(analyzers));
                if (cls == EvalQuotesCommand.class) return cls.cast(new EvalQuotesCommand(analyzers));
                if (cls == EvalSourcesCommand.class) return cls.cast(new EvalSourcesCommand(analyzers));
                if (cls == ServeCommand.class) return cls.cast(new ServeCommand(analyzers));
                if (cls == SparkCommand.class) return cls.cast(new SparkCommand(analyzers));
                if (cls == SparkBenchCommand.class) return cls.cast(new SparkBenchCommand(analyzers));
                if (cls == StoreBenchCommand.class) return cls.cast(new StoreBenchCommand(analyzers));
                return CommandLine.defaultFactory().create(cls);
            }
        };
        CommandLine cl = new CommandLine(new Main(), factory);
        cl.registerConverter(LocalDate.class, CliValues::date);
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println(cmd.getCommandSpec().qualifiedName() + ": " + Problems.inWords(e));
            return 1;
        });
        return cl;
    }
}
