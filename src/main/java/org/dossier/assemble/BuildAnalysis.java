package org.dossier.assemble;

import org.dossier.model.Analysis;
import org.dossier.model.Attribution;
import org.dossier.model.Phrase;
import org.dossier.model.Relation;
import org.dossier.model.Span;
import org.dossier.model.Stance;
import org.dossier.model.TimeExpression;
import org.dossier.nlp.StageTimes;

import java.util.List;
import java.util.Locale;

/** The last stage: the {@link Analysis}, with relations, times and stances in code-point offsets. */
public final class BuildAnalysis implements AnalysisStage {
    @Override
    public StageTimes.Stage timing() {
        return StageTimes.Stage.SOURCES;
    }

    @Override
    public void apply(Draft d) {
        List<Attribution> out = d.attributions;
        d.analysis = new Analysis(Analysis.DOSSIER_VERSION, d.language, d.title, d.published, d.cp.length(), List.copyOf(d.entities), out,
                d.facts.relations().stream().map(r -> new Relation(d.id(r.subject()), r.predicate(), d.id(r.object()), r.objectText(),
                        d.sentenceSpan(r.sentence()))).toList(),
                d.facts.times().stream().map(t -> {
                    Phrase p = d.phrase(t.first(), t.end());
                    return new TimeExpression(p.start(), p.end(), p.text(), t.value(),
                            t.event() == null ? null : d.phrase(t.event()[0], t.event()[1]));
                }).toList(),
                d.facts.stances().stream().map(st -> {
                    Phrase holder = d.phrase(st.holderTokens()[0], st.holderTokens()[1]);
                    String holderId = st.holder() >= 0 ? d.id(st.holder()) : speakerOf(d, holder, out);
                    return new Stance(holderId, holder.text(), d.id(st.target()), d.phrase(st.targetTokens()[0], st.targetTokens()[1]).text(),
                            st.polarity(), st.kind(), d.sentenceSpan(st.sentence()));
                }).toList());
    }

    /** "We" or "I" inside what someone is quoted as saying is that someone ("we are not enemies of Ukraine", said Yashin). */
    private static String speakerOf(Draft d, Phrase holder, List<Attribution> attributions) {
        if (!d.words.firstPersonPronouns().contains(holder.text().toLowerCase(Locale.ROOT))) return null;
        for (Attribution a : attributions) {
            if (a.source() == null || a.source().entity() == null) continue;
            for (Span s : a.content().spans()) if (s.start() <= holder.start() && holder.end() <= s.end()) return a.source().entity();
        }
        return null;
    }
}
