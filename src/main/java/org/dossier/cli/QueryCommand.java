package org.dossier.cli;

import org.dossier.store.CorpusQueries;
import org.dossier.store.CorpusQueries.Quote;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Callable;

/** A command that reads the corpus store and prints a table, CSV or JSON. */
abstract class QueryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreFile store;

    @Mixin
    Table.Format format;

    abstract Integer query(CorpusQueries q) throws Exception;

    @Override
    public final Integer call() throws Exception {
        if (!store.usable(err(), spec.name(), false)) return 1;
        try (CorpusQueries q = CorpusQueries.open(store.db)) {
            return query(q);
        } catch (SQLException e) {
            err().println("dossier " + spec.name() + ": " + e.getMessage());
            return 1;
        }
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    Integer printQuotes(List<Quote> quotes) throws Exception {
        SearchCommand.quoteTable(quotes).print(out(), format, quotes);
        if (quotes.isEmpty() && !format.json && !format.csv) err().println("(no quotes found)");
        return 0;
    }
}
