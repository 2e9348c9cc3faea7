package org.dossier.assemble;

import org.dossier.lang.Words;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The word lists the assembly stages read, from one language's resource folder: the stages are
 * the same for every language, the words are not.
 *
 * @param relayingCues          cues whose source passes on what it contains ("News.bg reports")
 * @param recipientPrepositions "revealed to Politico", "an interview with Fox News"
 * @param pluralPronouns        "they" points back to a plural subject
 * @param groupQuantifiers      "many in Ukraine" is a group of speakers
 * @param spokespeople          "a Tesco spokesman" speaks for Tesco
 * @param collectiveNouns       "his team" speaks as one
 * @param firstPersonPronouns   "we" inside a quotation is its speaker
 * @param maleSourcePronouns    "he said" after a man's quotation
 * @param femaleSourcePronouns  "she said" after a woman's quotation
 * @param personRoles           "the minister" refers back to a person
 * @param sameRoles             groups of roles that name one post ("minister", "secretary")
 * @param documentNouns         "the statement" speaks for its author
 * @param issuingVerbs          "X published a paper": X is its author
 * @param authorPrepositions    "a statement from Tesco"
 * @param publicationNouns      "the newspaper" refers back to a publication
 * @param publicationNameWords  "the Financial Times", "Fox News": a publication's name
 */
public record AssemblyWords(Set<String> relayingCues, Set<String> recipientPrepositions, Set<String> pluralPronouns,
                            Set<String> groupQuantifiers, Set<String> spokespeople, Set<String> collectiveNouns,
                            Set<String> firstPersonPronouns, Set<String> maleSourcePronouns, Set<String> femaleSourcePronouns,
                            Set<String> personRoles, List<Set<String>> sameRoles, Set<String> documentNouns,
                            Set<String> issuingVerbs, Set<String> authorPrepositions,
                            Set<String> publicationNouns, Set<String> publicationNameWords) {
    /** No words at all: for a language whose attribution stages are still to come, so that the assembly stages find nothing to resolve. */
    public static AssemblyWords none() {
        return new AssemblyWords(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), List.of(),
                Set.of(), Set.of(), Set.of(), Set.of(), Set.of());
    }

    /** The lists of one language. */
    public static AssemblyWords of(Words words) {
        return new AssemblyWords(words.set("relaying-cues"), words.set("recipient-prepositions"), words.set("plural-pronouns"),
                words.set("group-quantifiers"), words.set("spokespeople"), words.set("collective-nouns"),
                words.set("first-person-pronouns"), words.set("male-source-pronouns"), words.set("female-source-pronouns"),
                words.set("person-roles"), words.list("same-roles").stream().map(line -> Set.copyOf(Arrays.asList(line.split("\\s+")))).toList(),
                words.set("document-nouns"), words.set("issuing-verbs"), words.set("author-prepositions"),
                words.set("publication-nouns"), words.set("publication-name-words"));
    }
}
