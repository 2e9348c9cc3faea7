package org.dossier.extract.entity;

import org.dossier.lang.Words;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Common nouns by which news names an organisation: "the firm", "The airline", "building products group James Hardie". */
public final class OrganisationNouns {
    /**
     * Those that never describe a person. Nouns for what an organisation does ("maker", "publisher",
     * "retailer", "giant") describe people too: "games maker Peter Molyneux".
     */
    private static final Set<String> ONLY_ORGANISATIONS = Words.of("en").set("organisation-only-nouns");
    private static final Set<String> NOUNS = Stream.concat(ONLY_ORGANISATIONS.stream(), Words.of("en").set("organisation-nouns").stream())
            .collect(Collectors.toUnmodifiableSet());

    private OrganisationNouns() {}

    /** Whether a name right after this noun ("building products group James Hardie") is an organisation's. */
    public static boolean namesOnlyOrganisations(String lemma) {
        return ONLY_ORGANISATIONS.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** Whether a singular common noun's lemma is one of them. */
    public static boolean contains(String lemma) {
        return NOUNS.contains(lemma.toLowerCase(Locale.ROOT));
    }
}
