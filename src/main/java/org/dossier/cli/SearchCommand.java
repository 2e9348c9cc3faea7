package org.dossier.cli;

import org.dossier.store.CorpusQueries;
import org.dossier.store.CorpusQueries.Quote;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.util.List;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Quotes whose content matches TEXT (all its words; the exact phrase in double quotes), best first.",
                "One row per statement, with the article that first reported it and how many articles did."},
        footer = {"", "Examples:", "  dossier search prisoner exchange", "  dossier search '\"not enemies of Ukraine\"' --csv"})
final class SearchCommand extends QueryCommand {
    @Parameters(arity = "1..*", paramLabel = "TEXT", description = "Words to look for.")
    List<String> words;

    @Mixin
    QuoteFilter filter;

    @Override
    Integer query(CorpusQueries q) throws Exception {
        return printQuotes(q.search(String.join(" ", words), filter.filter()));
    }

    static Table quoteTable(List<Quote> quotes) {
        Table t = new Table("date", "speaker", "quote", "publisher", "article", "reports");
        for (Quote x : quotes) {
            t.row(x.article().published(), x.speaker(), x.content(), x.article().publisher(), x.article().label(), x.reports());
        }
        return t;
    }
}
