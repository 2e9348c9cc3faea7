package org.dossier.cli;

import org.dossier.store.CorpusQueries;
import org.dossier.store.CorpusQueries.Quote;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Quotes whose content matches TEXT (all its words; the exact phrase in double quotes), best first.",
                "One row per statement, with the article that first reported it and how many articles did; "
                        + "`dossier statement ID` lists every report. With --articles, searches the articles' titles and text instead.",
                "A word in Russian, Ukrainian or Bulgarian also matches its other cases (Путина finds Путин, переговорах finds "
                        + "переговоры); a name puts the statements of the entity it names first, in any language."},
        footer = {"", "Examples:", "  dossier search prisoner exchange", "  dossier search '\"not enemies of Ukraine\"' --csv",
                "  dossier search --articles Crimea annexation --since 2025-01-01", "  dossier search Путина"})
final class SearchCommand extends QueryCommand {
    @Parameters(arity = "1..*", paramLabel = "TEXT", description = "Words to look for.")
    List<String> words;

    @Mixin
    QuoteFilter filter;

    @Option(names = "--articles", description = "Search the articles' titles and text rather than the quotes.")
    boolean articles;

    @Override
    Integer query(CorpusQueries q) throws Exception {
        String text = String.join(" ", words);
        if (!articles) return printQuotes(q.search(text, filter.filter()));
        List<CorpusQueries.ArticleHit> hits = q.searchArticles(text, filter.filter());
        Table t = new Table("id", "date", "publisher", "article", "passage");
        for (CorpusQueries.ArticleHit h : hits) {
            t.row(h.article().id(), h.article().published(), h.article().publisher(), h.article().label(), h.snippet());
        }
        t.print(out(), format, hits);
        return 0;
    }

    static Table quoteTable(List<Quote> quotes) {
        Table t = new Table("id", "date", "speaker", "type", "quote", "publisher", "article", "reports");
        for (Quote x : quotes) {
            t.row(x.statement(), x.article().published(), x.speaker(), x.type(), x.content(), x.article().publisher(), x.article().label(),
                    x.reports());
        }
        return t;
    }
}
