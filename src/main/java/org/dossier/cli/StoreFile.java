package org.dossier.cli;

import org.dossier.store.CorpusStore;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The {@code --db} option of every command that reads or writes the corpus store. */
final class StoreFile {
    @Option(names = "--db", paramLabel = "FILE", description = "The corpus store (default: ${DEFAULT-VALUE}).")
    Path db = CorpusStore.DEFAULT_FILE;
}
