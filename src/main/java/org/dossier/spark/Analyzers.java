package org.dossier.spark;

import org.dossier.Analyzer;

/**
 * The analyzer of this JVM: loaded once, on first use, by whichever task needs it first, then
 * shared by every task the executor runs (it is thread-safe). Loading takes seconds and about a
 * gigabyte, so it must not happen per record or per partition.
 */
final class Analyzers {
    private static volatile Analyzer shared;

    private Analyzers() {}

    /** Uses an analyzer already loaded in this JVM (a local run's driver is its only executor). */
    static synchronized void install(Analyzer analyzer) {
        if (shared == null) shared = analyzer;
    }

    static Analyzer get() {
        Analyzer a = shared;
        if (a == null) {
            synchronized (Analyzers.class) {
                if (shared == null) {
                    long t0 = System.nanoTime();
                    shared = Analyzer.load();
                    System.err.printf("dossier: models loaded in this JVM in %.1f s%n", (System.nanoTime() - t0) / 1e9);
                }
                a = shared;
            }
        }
        return a;
    }
}
