package org.dossier.cli;

import org.dossier.text.Plural;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Load the Parquet output of `dossier spark` into a new corpus store, so that search, quotes, entity, "
                + "top-sources and serve work on a corpus analyzed on a cluster.",
                "Entity ids are those the Spark job resolved; statements are matched across articles here, as ingest "
                        + "does. All in one transaction: a failed import leaves the store empty. Later ingests into the "
                        + "store resolve against the imported entities. An article URL that is not http or https is "
                        + "dropped with a warning, as ingest does."},
        footer = {"", "Example:", "  dossier import analyzed/ --db news.db", "",
                "Exit status: 0 every row loaded; 1 bad usage, or a table loaded fewer rows than the job wrote."})
final class ImportCommand implements java.util.concurrent.Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreFile store;

    @Parameters(paramLabel = "DIR", description = "The --out folder of a `dossier spark` run (any Hadoop path).")
    String dir;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (!SparkCheck.available(err, "import") || !store.usable(err, "import", true)) return 1;
        if (Files.exists(store.db) && Files.size(store.db) > 0) {
            err.println("dossier import: " + store.db + " already exists; import builds a new store: give a new --db file");
            return 1;
        }
        long t0 = System.nanoTime();
        List<org.dossier.spark.SparkRun.Loaded> loaded;
        List<String> warnings = new ArrayList<>();
        try {
            loaded = org.dossier.spark.SparkRun.importInto(dir, store.db, n -> {
                if (n % 1000 == 0) {
                    err.printf("  %s loaded%n", Plural.of(n, "article"));
                    err.flush();
                }
            }, warnings::add);
        } catch (IllegalArgumentException | IllegalStateException e) {
            err.println("dossier import: " + e.getMessage());
            return 1;
        }
        PrintWriter o = spec.commandLine().getOut();
        o.printf("| table | rows loaded | rows written by the job |%n|---|---|---|%n");
        boolean complete = true;
        for (var l : loaded) {
            o.printf("| %s | %d | %d |%n", l.table(), l.rows(), l.written());
            complete &= l.rows() == l.written();
        }
        o.flush();
        err.printf("dossier: imported into %s in %.1f s, %s%n", store.db, (System.nanoTime() - t0) / 1e9,
                Plural.of(warnings.size(), "warning"));
        warnings.forEach(w -> err.println("  warning: " + w));
        if (!complete) err.println("dossier import: some tables hold fewer rows than the job wrote (table above)");
        err.flush();
        return complete ? 0 : 1;
    }
}
