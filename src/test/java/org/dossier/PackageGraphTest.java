package org.dossier;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The package graph, drawn by the JDK's {@code jdeps} from the compiled classes: no cycles, and
 * no import from a package earlier in the flow into a later one (text in -> language -> NLP ->
 * extraction -> assembly -> facade -> store -> query/serve). The layers below are the README's
 * layout block; a new package must be given its place here.
 */
class PackageGraphTest {
    /** Each package's layer: a package may use packages of its own layer or lower ones. */
    private static final Map<String, Integer> LAYERS = Map.ofEntries(
            Map.entry("text", 0), Map.entry("model", 0),
            Map.entry("ingest", 1), Map.entry("lang", 1),
            Map.entry("nlp", 2),
            Map.entry("extract.entity", 3), Map.entry("extract.attribution", 3), Map.entry("extract.facts", 3),
            Map.entry("assemble", 4),
            Map.entry("", 5),  // org.dossier, the facade
            Map.entry("lang.en", 6), Map.entry("lang.slavic", 6), Map.entry("lang.ru", 6), Map.entry("lang.uk", 6), Map.entry("lang.bg", 6),
            Map.entry("eval", 7), Map.entry("train", 7),
            Map.entry("store", 8),
            Map.entry("spark", 9), Map.entry("serve", 9), Map.entry("bench", 9),
            Map.entry("cli", 10));

    @Test
    void packagesFormNoCycleAndUseOnlyLowerLayers() {
        Map<String, Set<String>> uses = packageGraph();
        assertTrue(uses.size() >= LAYERS.size() - 1, "jdeps found too few packages: " + uses.keySet());
        List<String> wrongWay = new ArrayList<>();
        for (var e : uses.entrySet()) {
            assertTrue(LAYERS.containsKey(e.getKey()), "package org.dossier." + e.getKey() + " has no layer in PackageGraphTest");
            for (String used : e.getValue()) {
                assertTrue(LAYERS.containsKey(used), "package org.dossier." + used + " has no layer in PackageGraphTest");
                if (LAYERS.get(used) > LAYERS.get(e.getKey())) wrongWay.add(name(e.getKey()) + " -> " + name(used));
            }
        }
        assertEquals(List.of(), wrongWay, "imports from a lower layer into a higher one");
        assertEquals(List.of(), cycles(uses), "package cycles");
    }

    @Test
    void everyPackageSaysWhatItHolds() throws IOException {
        try (Stream<Path> dirs = Files.walk(Path.of("src/main/java/org/dossier"))) {
            List<Path> missing = dirs.filter(Files::isDirectory).filter(d -> hasJava(d) && !Files.exists(d.resolve("package-info.java"))).toList();
            assertEquals(List.of(), missing, "packages without a package-info.java");
        }
    }

    private static boolean hasJava(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String name(String pkg) {
        return pkg.isEmpty() ? "org.dossier" : pkg;
    }

    /** Package (without "org.dossier.", the root as "") -> the packages its classes use. */
    static Map<String, Set<String>> packageGraph() {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow(() -> new AssertionError("this JDK has no jdeps"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = jdeps.run(new PrintStream(out, true, StandardCharsets.UTF_8), System.err,
                "-verbose:package", "-filter:none", "-e", "org\\.dossier(\\..*)?", "target/classes");
        assertEquals(0, status, "jdeps failed: " + out);
        Map<String, Set<String>> uses = new TreeMap<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            String[] w = line.trim().split("\\s+");
            if (w.length < 3 || !w[1].equals("->") || !w[0].startsWith("org.dossier") || !w[2].startsWith("org.dossier")) continue;
            String from = shortName(w[0]), to = shortName(w[2]);
            uses.computeIfAbsent(from, k -> new TreeSet<>());
            if (!from.equals(to)) uses.get(from).add(to);
        }
        return uses;
    }

    private static String shortName(String pkg) {
        return pkg.equals("org.dossier") ? "" : pkg.substring("org.dossier.".length());
    }

    /** The strongly connected components of more than one package (Tarjan). */
    static List<Set<String>> cycles(Map<String, Set<String>> uses) {
        Map<String, Integer> index = new HashMap<>(), low = new HashMap<>();
        List<String> stack = new ArrayList<>();
        List<Set<String>> out = new ArrayList<>();
        for (String v : uses.keySet()) if (!index.containsKey(v)) connect(v, uses, index, low, stack, out);
        return out;
    }

    private static void connect(String v, Map<String, Set<String>> uses, Map<String, Integer> index, Map<String, Integer> low,
                                List<String> stack, List<Set<String>> out) {
        index.put(v, index.size());
        low.put(v, index.get(v));
        stack.add(v);
        for (String w : uses.getOrDefault(v, Set.of())) {
            if (!index.containsKey(w)) {
                connect(w, uses, index, low, stack, out);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (stack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            Set<String> component = new TreeSet<>();
            String w;
            do {
                w = stack.remove(stack.size() - 1);
                component.add(name(w));
            } while (!w.equals(v));
            if (component.size() > 1) out.add(component);
        }
    }

    @Test
    void aCycleIsFound() {
        Map<String, Set<String>> g = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a"));
        assertEquals(List.of(Set.of("a", "b", "c")), cycles(g));
    }
}
