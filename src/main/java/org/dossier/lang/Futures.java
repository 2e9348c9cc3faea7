package org.dossier.lang;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** What languages share when they load their models several at once. */
public final class Futures {
    private Futures() {}

    /** The future's value, or what it failed with (not wrapped in a {@link CompletionException}). */
    public static <T> T joined(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error r) throw r;
            throw e;
        }
    }
}
