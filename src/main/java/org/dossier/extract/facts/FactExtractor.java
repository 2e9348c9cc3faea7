package org.dossier.extract.facts;

import org.dossier.nlp.StageTimes;
import org.dossier.nlp.StageTimes.Stage;
import org.dossier.nlp.ParsedText;

import java.util.List;

/** Descriptors, relations, times and stances of one article: the stages after entities. Thread-safe. */
public final class FactExtractor {
    private final Times times = new Times();

    /**
     * @param published YYYY-MM-DD or null
     * @param clock     counts SUTime's time apart from the rest
     */
    public FoundFacts extract(ParsedText doc, EntityIndex entities, String published, StageTimes clock) {
        long t = StageTimes.now();
        List<FoundFacts.Descriptor> descriptors = Descriptors.extract(doc, entities);
        List<FoundFacts.Relation> relations = Relations.extract(doc, entities, descriptors);
        List<FoundFacts.Stance> stances = Stances.extract(doc, entities);
        t = clock.add(Stage.FACTS, t);
        List<FoundFacts.Time> found = times.extract(doc, published);
        clock.add(Stage.SUTIME, t);
        return new FoundFacts(descriptors, relations, found, stances);
    }
}
