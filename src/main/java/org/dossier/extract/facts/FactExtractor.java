package org.dossier.extract.facts;

import org.dossier.nlp.ParsedText;

import java.util.List;

/** Descriptors, relations, times and stances of one article: the stages after entities. Thread-safe. */
public final class FactExtractor {
    private final Times times = new Times();

    /** @param published YYYY-MM-DD or null */
    public FoundFacts extract(ParsedText doc, EntityIndex entities, String published) {
        List<FoundFacts.Descriptor> descriptors = Descriptors.extract(doc, entities);
        return new FoundFacts(descriptors, Relations.extract(doc, entities, descriptors), times.extract(doc, published),
                Stances.extract(doc, entities));
    }
}
