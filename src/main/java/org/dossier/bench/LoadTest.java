package org.dossier.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Concurrent HTTP clients against a running server: each client sends its next request as soon
 * as the last one is answered (keep-alive), for a fixed time.
 */
public final class LoadTest {
    /** One scenario's outcome; latencies in milliseconds. */
    public record Result(String scenario, int clients, double seconds, long requests, long errors, double perSecond,
                         double p50, double p99, double max) {}

    private LoadTest() {}

    /**
     * @param paths    the requests to pick from
     * @param distinct take the paths in order, each once, and stop when they run out (first visits:
     *                 nothing cached); otherwise pick one at random for every request
     */
    public static Result run(String scenario, String base, List<String> paths, boolean distinct, int clients, Duration duration)
            throws InterruptedException {
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        AtomicLong errors = new AtomicLong();
        List<double[]> latencies = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long end = System.nanoTime() + duration.toNanos();
        long t0 = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            double[][] mine = {new double[1 << 16]};
            int[] n = {0};
            Random random = new Random(c);
            Thread t = new Thread(() -> {
                while (System.nanoTime() < end) {
                    int i = distinct ? next.getAndIncrement() : random.nextInt(paths.size());
                    if (i >= paths.size()) break;
                    HttpRequest req = HttpRequest.newBuilder(URI.create(base + paths.get(i))).timeout(Duration.ofSeconds(10)).build();
                    long s = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() != 200) errors.incrementAndGet();
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    if (n[0] == mine[0].length) mine[0] = Arrays.copyOf(mine[0], n[0] * 2);
                    mine[0][n[0]++] = (System.nanoTime() - s) / 1e6;
                }
                synchronized (latencies) {
                    latencies.add(Arrays.copyOf(mine[0], n[0]));
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) t.join();
        double seconds = (System.nanoTime() - t0) / 1e9;
        double[] all = latencies.stream().flatMapToDouble(Arrays::stream).sorted().toArray();
        long count = all.length;
        return new Result(scenario, clients, seconds, count, errors.get(), count / seconds,
                percentile(all, 0.50), percentile(all, 0.99), count == 0 ? 0 : all[all.length - 1]);
    }

    private static double percentile(double[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.ceil(p * (sorted.length - 1))];
    }
}
