package org.dossier.cli;

import org.dossier.store.CorpusQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.List;

@Command(name = "statement", mixinStandardHelpOptions = true,
        description = "One statement and every article that reported it: date, publisher, the source as each wrote it, "
                + "and who relayed it. Statement ids are the 'id' column of search and quotes.",
        footer = {"", "Example:", "  dossier statement 42"})
final class StatementCommand extends QueryCommand {
    /** The JSON form: the statement, then its reports. */
    record Reported(CorpusQueries.Quote statement, List<CorpusQueries.Report> reports) {}

    @Parameters(paramLabel = "ID", description = "A statement id.")
    long id;

    @Override
    Integer query(CorpusQueries q) throws Exception {
        var statement = q.statement(id);
        if (statement.isEmpty()) {
            err().println("dossier statement: no statement " + id + " in " + store.db);
            return 1;
        }
        List<CorpusQueries.Report> reports = q.reports(id);
        Table t = new Table("date", "publisher", "article", "source as written", "cue", "relayed via", "kind");
        for (CorpusQueries.Report r : reports) {
            t.row(r.article().published(), r.article().publisher(), r.article().label(), r.source(), r.cue(),
                    String.join(" -> ", r.via()), r.kind());
        }
        if (!format.json && !format.csv) {
            out().println((statement.get().speaker() == null ? "(no resolved speaker)" : statement.get().speaker()) + ": "
                    + statement.get().content());
            out().println();
        }
        t.print(out(), format, new Reported(statement.get(), reports));
        return 0;
    }
}
