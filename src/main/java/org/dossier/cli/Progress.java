package org.dossier.cli;

import org.dossier.text.Plural;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** Progress lines on stderr: done/total, articles/s and characters/s, at most every two seconds. */
final class Progress {
    private final PrintWriter err;
    private final int total;
    private final long t0 = System.nanoTime();
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicLong chars = new AtomicLong();
    private volatile long lastPrint = System.nanoTime();

    Progress(PrintWriter err, int total) {
        this.err = err;
        this.total = total;
    }

    void done(int length) {
        int n = done.incrementAndGet();
        chars.addAndGet(length);
        long now = System.nanoTime();
        if (now - lastPrint > 2_000_000_000L) {
            lastPrint = now;
            print(n, now);
        }
    }

    void finish() {
        print(done.get(), System.nanoTime());
    }

    private void print(int n, long now) {
        double s = Math.max(1e-9, (now - t0) / 1e9);
        double rate = n / s;
        long left = rate > 0 ? Math.round((total - n) / rate) : 0;
        err.printf("  %d/%s, %.2f articles/s, %,.0f chars/s, %ds left%n", n, Plural.of(total, "article"), rate, chars.get() / s, left);
        err.flush();
    }
}
