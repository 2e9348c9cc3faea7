package org.dossier.cli;

import org.dossier.store.CorpusQueries;
import org.dossier.text.Plural;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

@Command(name = "export-entities", mixinStandardHelpOptions = true,
        description = {"Writes the store's entities as JSON Lines, one corpus entity a line: its id, type, display name, the names "
                + "it bears in each language (with how many articles use each), and every mention (article as ingested, "
                + "language, code-point offsets, text), so that the linking across articles and languages can be scored "
                + "from outside (eval-links)."},
        footer = {"", "Examples:", "  dossier export-entities --db corpus.db > entities.jsonl",
                "  dossier export-entities --db corpus.db --out entities.jsonl"})
final class ExportEntitiesCommand extends QueryCommand {
    @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of to standard output.")
    Path outFile;

    @Override
    Integer query(CorpusQueries q) throws Exception {
        int[] written = {0};
        Writer w = outFile == null ? out() : Files.newBufferedWriter(outFile, StandardCharsets.UTF_8);
        try {
            q.exportEntities(e -> {
                try {
                    w.write(Json.LINES.writeValueAsString(e));
                    w.write('\n');
                    written[0]++;
                } catch (IOException x) {
                    throw new UncheckedIOException(x);
                }
            });
        } finally {
            if (w instanceof BufferedWriter) w.close();
            else w.flush();
        }
        err().println("dossier export-entities: " + Plural.of(written[0], "entity", "entities") + (outFile == null ? "" : " written to " + outFile));
        return 0;
    }
}
