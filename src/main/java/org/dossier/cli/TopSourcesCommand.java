package org.dossier.cli;

import org.dossier.store.CorpusQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;

@Command(name = "top-sources", mixinStandardHelpOptions = true,
        description = {"The most quoted people and organisations, by distinct statements of speech: what they said or wrote.",
                "A statement carried by several articles counts once; 'reports' counts every article. Beliefs, findings, "
                        + "refusals to comment and acts are left out unless --all-types is given."},
        footer = {"", "Examples:", "  dossier top-sources", "  dossier top-sources --publisher Politico --csv"})
final class TopSourcesCommand extends QueryCommand {
    @Option(names = "--publisher", paramLabel = "NAME", description = "Count only what this publisher reported.")
    String publisher;

    @Option(names = "--limit", converter = CliValues.Count.class, description = "At most this many rows (default: ${DEFAULT-VALUE}).")
    int limit = 20;

    @Option(names = "--all-types", description = "Count attributions of every type (thought, evidence, refusal, other), not only speech.")
    boolean allTypes;

    @Override
    Integer query(CorpusQueries q) throws Exception {
        List<CorpusQueries.Source> top = q.topSources(publisher, limit, allTypes);
        if (!format.json && !format.csv) err().println(allTypes ? "(statements of every type)" : "(statements of speech; --all-types for every type)");
        Table t = new Table("rank", "entity", "type", "statements", "reports", "articles");
        int rank = 0;
        for (CorpusQueries.Source s : top) t.row(++rank, s.name(), s.type(), s.statements(), s.reports(), s.articles());
        t.print(out(), format, top);
        return 0;
    }
}
