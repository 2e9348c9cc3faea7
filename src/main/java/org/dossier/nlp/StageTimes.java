package org.dossier.nlp;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Where analysis time goes: CPU time per stage, summed over every article and thread an
 * {@link Analyzer} has analyzed. Thread CPU time rather than wall time, so that other processes on
 * a shared machine, and other articles analyzed at once, do not count against a stage.
 * {@code dossier bench} prints it as a table. Thread-safe; reading the clock costs about a
 * microsecond, a dozen times an article.
 */
public final class StageTimes {
    /** The stages, in pipeline order. */
    public enum Stage {
        TOKENIZE("tokenize + sentences"), POS("part of speech"), LEMMA("lemma"), NER("named entities"),
        PARSE("dependency parse"), ENTITIES("entities"), ATTRIBUTIONS("attributions"),
        SOURCES("sources and chains"), FACTS("facts (no SUTime)"), SUTIME("SUTime"), JSON("JSON output");

        private final String label;

        Stage(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);

    public StageTimes() {
        for (Stage s : Stage.values()) nanos.put(s, new LongAdder());
    }

    /** The current thread's CPU time in nanoseconds: pass it to {@link #add} when the stage ends. */
    public static long now() {
        return THREADS.getCurrentThreadCpuTime();
    }

    /** Counts the CPU time since {@code start} (a {@link #now()}) to {@code stage}; returns the time now. */
    public long add(Stage stage, long start) {
        long now = now();
        nanos.get(stage).add(now - start);
        return now;
    }

    /** Nanoseconds per stage so far, in pipeline order. */
    public Map<Stage, Long> snapshot() {
        Map<Stage, Long> out = new EnumMap<>(Stage.class);
        nanos.forEach((s, n) -> out.put(s, n.sum()));
        return out;
    }
}
