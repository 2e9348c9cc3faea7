package org.dossier;

/** One analyzer for the whole test run: loading the models takes seconds. */
public final class SharedAnalyzer {
    private static Analyzer analyzer;

    private SharedAnalyzer() {}

    public static synchronized Analyzer get() {
        if (analyzer == null) analyzer = Analyzer.load();
        return analyzer;
    }
}
