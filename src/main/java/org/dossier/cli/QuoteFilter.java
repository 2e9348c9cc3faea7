package org.dossier.cli;

import org.dossier.model.AttributionType;
import org.dossier.store.CorpusQueries;
import picocli.CommandLine.Option;

import java.time.LocalDate;

/** Date, publisher and count options of the quote queries. */
final class QuoteFilter {
    @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "Only statements first reported on or after this date.")
    LocalDate since;

    @Option(names = "--until", paramLabel = "YYYY-MM-DD", description = "Only statements first reported on or before this date.")
    LocalDate until;

    @Option(names = "--publisher", paramLabel = "NAME", description = "Only statements this publisher reported.")
    String publisher;

    @Option(names = "--limit", converter = CliValues.Count.class, description = "At most this many rows (default: ${DEFAULT-VALUE}).")
    int limit = 20;

    @Option(names = "--type", paramLabel = "TYPE",
            description = "Only statements of this type: speech (said or wrote), thought, evidence, refusal, other (default: all types).")
    String type;

    CorpusQueries.Filter filter() {
        return new CorpusQueries.Filter(since == null ? null : since.toString(), until == null ? null : until.toString(), publisher, limit,
                type == null ? null : AttributionType.of(type).label());
    }
}
