package org.dossier.cli;

import org.dossier.store.CorpusQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;

@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = "What one person or organisation said, newest first: one row per statement.",
        footer = {"", "Examples:", "  dossier quotes --by Zelensky --since 2025-01-01", "  dossier quotes --by \"Kara-Murza\" --json"})
final class QuotesCommand extends QueryCommand {
    @Option(names = "--by", required = true, paramLabel = "NAME", description = "A name, surname or spelling variant (Zelenskyy).")
    String name;

    @Mixin
    QuoteFilter filter;

    @Option(names = "--all-types", description = "Statements of every type, as without --type (entity and top-sources take it too).")
    boolean allTypes;

    @Override
    Integer query(CorpusQueries q) throws Exception {
        if (allTypes && filter.type != null) {
            err().println("dossier quotes: give --type TYPE or --all-types, not both");
            return 1;
        }
        List<CorpusQueries.Source> found = q.findEntities(name);
        if (found.isEmpty()) {
            err().println("dossier quotes: no entity named '" + name + "' in " + store.db);
            return 1;
        }
        EntityCommand.noteOthers(err(), found);
        return printQuotes(q.quotesBy(found.get(0).id(), filter.filter()));
    }
}
