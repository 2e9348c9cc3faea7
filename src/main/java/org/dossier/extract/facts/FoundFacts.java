package org.dossier.extract.facts;

import java.util.List;

/**
 * Facts as token ranges ({@code [first, end)}) of a {@link org.dossier.nlp.ParsedText}; entities as
 * indexes into the {@link EntityIndex}, -1 for none.
 */
public record FoundFacts(List<Descriptor> descriptors, List<Relation> relations, List<Time> times, List<Stance> stances) {
    /** No facts. */
    public static final FoundFacts NONE = new FoundFacts(List.of(), List.of(), List.of(), List.of());

    public record Descriptor(int entity, int first, int end) {}

    public record Relation(int subject, String predicate, int object, String objectText, int sentence) {}

    /** @param event token range of what happened then, or null */
    public record Time(int first, int end, String value, int[] event) {}

    public record Stance(int holder, int[] holderTokens, int target, int[] targetTokens, String polarity, String kind, int sentence) {}
}
