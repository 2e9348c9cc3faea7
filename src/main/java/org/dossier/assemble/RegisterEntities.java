package org.dossier.assemble;

import org.dossier.extract.entity.FoundEntity;
import org.dossier.nlp.StageTimes;

import java.util.ArrayList;

/** The entities found become the analysis' entities, numbered E1, E2, ... in the order found. */
public final class RegisterEntities implements AnalysisStage {
    @Override
    public StageTimes.Stage timing() {
        return StageTimes.Stage.SOURCES;
    }

    @Override
    public void apply(Draft d) {
        for (FoundEntity e : d.foundEntities) d.addEntity(e.type(), e.name(), new ArrayList<>(e.mentions()));
        d.indexMentions();
    }
}
