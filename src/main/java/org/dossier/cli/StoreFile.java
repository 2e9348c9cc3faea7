package org.dossier.cli;

import org.dossier.store.CorpusStore;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;

/** The {@code --db} option of every command that reads or writes the corpus store. */
final class StoreFile {
    @Option(names = "--db", paramLabel = "FILE", description = "The corpus store (default: ${DEFAULT-VALUE}).")
    Path db = CorpusStore.DEFAULT_FILE;

    /**
     * Whether the store can be used, saying why not on {@code err}: commands ask first, so that a
     * wrong --db fails at once rather than after the models have loaded.
     *
     * @param create whether a missing or empty file is fine (ingest and import create the store)
     */
    boolean usable(PrintWriter err, String command, boolean create) {
        String problem = CorpusStore.problemWith(db, create);
        if (problem == null) return true;
        err.println("dossier " + command + ": " + problem);
        err.flush();
        return false;
    }
}
