package org.dossier.cli;

import java.util.concurrent.CountDownLatch;

/**
 * Ctrl-C (SIGINT) and SIGTERM during a batch: a shutdown hook raises the flag, which the batch
 * reads between articles, and holds the JVM until the batch has finished its current articles
 * and printed its summary. The JVM then exits with the signal's conventional status: 130 for
 * Ctrl-C, 143 for SIGTERM.
 */
final class StopSignal implements AutoCloseable {
    private volatile boolean raised;
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook = new Thread(this::stopAndWait, "dossier-stop");

    private StopSignal() {}

    /** Installs the hook; close it once the summary is printed. */
    static StopSignal install() {
        StopSignal s = new StopSignal();
        Runtime.getRuntime().addShutdownHook(s.hook);
        return s;
    }

    boolean raised() {
        return raised;
    }

    private void stopAndWait() {
        raised = true;
        try {
            finished.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook returns now that the batch has finished
        }
    }
}
