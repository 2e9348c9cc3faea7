package org.dossier.assemble;

import org.dossier.extract.facts.FactExtractor;
import org.dossier.extract.facts.FoundFacts;
import org.dossier.model.Entity;
import org.dossier.model.Phrase;
import org.dossier.nlp.StageTimes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The article's facts, found over the resolved entities: descriptors (added to their entities),
 * relations, times and stances. An entity that holds a stance acts as an organisation when it was
 * taken for a place ("Kiev's distrust").
 */
public final class AddFacts implements AnalysisStage {
    private final Supplier<FactExtractor> facts;

    /** @param facts asked for at each article: it may still be loading when the stage is made */
    public AddFacts(Supplier<FactExtractor> facts) {
        this.facts = facts;
    }

    /** The extractor counts its own time, SUTime apart. */
    @Override
    public StageTimes.Stage timing() {
        return null;
    }

    @Override
    public void apply(Draft d) {
        FoundFacts f = facts.get().extract(d.doc, d.entityIndex(), d.published, d.clock);
        long t = StageTimes.now();
        addDescriptors(d, f.descriptors());
        for (var st : f.stances()) if (st.holder() >= 0) d.actsAsOrganization(d.id(st.holder()));
        d.facts = f;
        d.clock.add(StageTimes.Stage.SOURCES, t);
    }

    /** Each entity's descriptions, each once, in text order. */
    private static void addDescriptors(Draft d, List<FoundFacts.Descriptor> found) {
        Map<Integer, List<Phrase>> byEntity = new LinkedHashMap<>();
        for (FoundFacts.Descriptor desc : found) {
            Phrase p = d.phrase(desc.first(), desc.end());
            List<Phrase> list = byEntity.computeIfAbsent(desc.entity(), k -> new ArrayList<>());
            if (list.stream().noneMatch(x -> x.text().equalsIgnoreCase(p.text()))) list.add(p);
        }
        byEntity.forEach((i, list) -> {
            list.sort(Comparator.comparingInt(Phrase::start));
            Entity e = d.entities.get(i);
            d.entities.set(i, new Entity(e.id(), e.type(), e.name(), e.mentions(), List.copyOf(list)));
        });
    }
}
