package org.dossier.nlp;


import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Parses many texts on all cores, keeping the result in a cache file: parsing PolNeAR takes
 * minutes, while training and tuning are rerun many times over the same parses.
 */
public final class ParseCache {
    private ParseCache() {}

    @SuppressWarnings("unchecked")
    public static List<ParsedText> parseAll(Function<String, ParsedText> nlp, List<String> texts, Path cache, PrintStream log)
            throws IOException {
        if (Files.isRegularFile(cache)) {
            try (ObjectInputStream in = new ObjectInputStream(new GZIPInputStream(Files.newInputStream(cache)))) {
                List<ParsedText> parsed = (List<ParsedText>) in.readObject();
                if (sameTexts(parsed, texts)) return parsed;
            } catch (ClassNotFoundException | java.io.InvalidClassException e) {
                // stale cache from an older build: parse again
            }
        }
        List<ParsedText> parsed = parse(nlp, texts, log);
        Files.createDirectories(cache.toAbsolutePath().getParent());
        try (ObjectOutputStream out = new ObjectOutputStream(new GZIPOutputStream(Files.newOutputStream(cache)))) {
            out.writeObject(new ArrayList<>(parsed));
        }
        return parsed;
    }

    /** Parses texts in parallel, in order, logging progress. */
    public static List<ParsedText> parse(Function<String, ParsedText> nlp, List<String> texts, PrintStream log) {
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try {
            AtomicInteger done = new AtomicInteger();
            long t0 = System.nanoTime();
            List<Future<ParsedText>> futures = new ArrayList<>();
            for (String t : texts) {
                futures.add(pool.submit(() -> {
                    ParsedText p = nlp.apply(t);
                    int n = done.incrementAndGet();
                    if (n % 50 == 0 || n == texts.size()) {
                        log.printf("parsed %d/%d (%.1f texts/s)%n", n, texts.size(), n / ((System.nanoTime() - t0) / 1e9));
                    }
                    return p;
                }));
            }
            List<ParsedText> out = new ArrayList<>();
            for (Future<ParsedText> f : futures) out.add(f.get());
            return out;
        } catch (Exception e) {
            throw new IllegalStateException("parsing failed", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static boolean sameTexts(List<ParsedText> parsed, List<String> texts) {
        if (parsed.size() != texts.size()) return false;
        for (int i = 0; i < texts.size(); i++) if (!parsed.get(i).text().equals(texts.get(i))) return false;
        return true;
    }
}
