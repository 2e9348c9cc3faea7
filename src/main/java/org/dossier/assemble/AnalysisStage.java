package org.dossier.assemble;

import org.dossier.nlp.StageTimes;

import java.util.List;
import java.util.function.Consumer;

/**
 * One step of an analysis after parsing: it reads what earlier steps left in a {@link Draft} and
 * adds to it. A language declares its steps as one list, in the order they run (see
 * {@code org.dossier.lang.en.English}), and {@link #runAll} runs them.
 */
public interface AnalysisStage {
    /** What the stage does, in a few words: its class's name in words ("resolve sources"). */
    default String name() {
        return getClass().getSimpleName().replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(java.util.Locale.ROOT);
    }

    /** The profiler stage its CPU time counts to, or null for a stage that counts its own time. */
    StageTimes.Stage timing();

    void apply(Draft draft);

    /** A stage made of a function: for the extraction stages, which only store what an extractor found. */
    static AnalysisStage of(String name, StageTimes.Stage timing, Consumer<Draft> body) {
        return new AnalysisStage() {
            public String name() {
                return name;
            }

            public StageTimes.Stage timing() {
                return timing;
            }

            public void apply(Draft draft) {
                body.accept(draft);
            }
        };
    }

    /** Runs the stages in order over a draft, each one's CPU time counted to its {@link #timing}. */
    static void runAll(List<AnalysisStage> stages, Draft draft) {
        long t = StageTimes.now();
        for (AnalysisStage s : stages) {
            s.apply(draft);
            t = s.timing() == null ? StageTimes.now() : draft.clock.add(s.timing(), t);
        }
    }
}
