package org.dossier.lang.en;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Configuration;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.ParsingSystem;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TreeGraphNode;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP's neural dependency parser (Chen and Manning's arc-standard parser with CoreNLP's English
 * UD model) run with the same weights and the same arithmetic, so to the same trees, in about half
 * the time.
 *
 * <p>Profiled over PolNeAR dev, CoreNLP's parser spent its time on three things that are not the
 * arithmetic: a 5,000-entry least-recently-used cache, behind a lock, of the hidden-layer
 * contributions it has not precomputed, which thrashes on news text; a map of boxed integers to
 * find the precomputed ones; and an output layer summed one transition at a time, each addition
 * waiting for the one before, over 83 transitions by 1,000 hidden units read afresh for every
 * transition of every sentence. Here the precomputed contributions sit in an open-addressing table
 * of ints, the others in a lock-free direct-mapped cache shared by all threads, and an article's
 * sentences advance together, so that each step reads the output layer once for all of them. Each
 * sum still adds the same numbers in the same order as CoreNLP's.
 *
 * <p>The weights are read from the loaded parser's private fields (CoreNLP 4.5 has no public
 * accessor for them); {@code NeuralParserTest} checks that the trees equal CoreNLP's own.
 */
final class NeuralParser {
    /**
     * How many of the model's most frequent features keep their hidden-layer contribution unrounded,
     * as CoreNLP's default {@code numPreComputed}. CoreNLP's loader computes them all at load, one
     * unit at a time, each addition waiting for the one before: more than a second of start-up.
     * So the parser is loaded with none, and each is computed here on first use.
     */
    static final int PRECOMPUTED = 20_000;
    /** Direct-mapped cache slots for features that are not precomputed: at most 128 MB at the model's 1,000 hidden units. */
    private static final int CACHE_SLOTS = 1 << 15;

    /** CoreNLP's private steps that are used as they are; static final, so that the JIT inlines the calls. */
    private static final MethodHandle FEATURES, RELATION_NAMED, STRUCTURE_OF;

    static {
        try {
            FEATURES = privateMethod("getFeatureArray", Configuration.class);
            RELATION_NAMED = privateMethod("makeGrammaticalRelation", String.class);
            STRUCTURE_OF = privateMethod("makeGrammaticalStructure", List.class, TreeGraphNode.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final DependencyParser parser;
    private final ParsingSystem system;
    private final List<String> transitions;
    private final float[][] embeddings;
    private final float[] bias;
    /** The first layer's weights column by column: {@code w1ByColumn[column * units + unit]}. */
    private final float[] w1ByColumn;
    /** The output layer's, {@code w2ByColumn[unit * transitions + transition]}, widened once as CoreNLP widens them in each product. */
    private final double[] w2ByColumn;
    /** The precomputed features' contributions, each computed on first use. */
    private final Exact[] precomputed;
    /** For each feature ({@code token * numTokens + position}), its index in {@link #precomputed}, else -1: one read per lookup. */
    private final int[] precomputedIndex;
    private final int embeddingSize;
    private final Cached[] cache = new Cached[CACHE_SLOTS];

    /** A feature's hidden-layer contribution; final fields make a racy publication safe. */
    private record Cached(int feature, float[] hidden) {}

    /** A precomputed feature's contribution, unrounded as CoreNLP keeps it. */
    private record Exact(double[] hidden) {}

    @SuppressWarnings("unchecked")
    NeuralParser(DependencyParser parser) {
        this.parser = parser;
        try {
            Classifier classifier = (Classifier) field(DependencyParser.class, "classifier").get(parser);
            system = (ParsingSystem) field(DependencyParser.class, "system").get(parser);
            transitions = List.copyOf((List<String>) field(ParsingSystem.class, "transitions").get(system));
            float[] w2 = byColumn(classifier.getW2());
            w2ByColumn = new double[w2.length];
            for (int i = 0; i < w2.length; i++) w2ByColumn[i] = w2[i];
            embeddings = classifier.getE();
            bias = classifier.getb1();
            w1ByColumn = byColumn(classifier.getW1());
            // the features CoreNLP would precompute: the model's most frequent, first in its list
            List<Integer> frequent = (List<Integer>) field(DependencyParser.class, "preComputed").get(parser);
            int count = Math.min(PRECOMPUTED, frequent.size());
            precomputed = new Exact[count];
            embeddingSize = embeddings[0].length;
            precomputedIndex = new int[embeddings.length * (w1ByColumn.length / bias.length / embeddingSize)];
            java.util.Arrays.fill(precomputedIndex, -1);
            for (int i = 0; i < count; i++) precomputedIndex[frequent.get(i)] = i;
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("this CoreNLP's dependency parser is not the one Dossier was built for", e);
        }
    }

    /**
     * CoreNLP's English parser, loaded without its own precomputation (see {@link #PRECOMPUTED}):
     * from the {@link ParserModelFile} in the folder that the system property {@value #CACHE}
     * names (the launcher's {@code target/}) when there is one, else from CoreNLP's model, then
     * written there for the next start.
     */
    static NeuralParser load() {
        Path cached = cachedModel();
        if (cached != null && Files.isRegularFile(cached)) {
            try {
                return new NeuralParser(ParserModelFile.read(cached));
            } catch (IOException | RuntimeException e) {
                // unreadable (cut short, another CoreNLP): loaded afresh and written again below
            }
        }
        Properties none = new Properties();
        none.setProperty("numPreComputed", "0");
        DependencyParser parser = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, none);
        if (cached != null) {
            try {
                ParserModelFile.write(parser, cached);
            } catch (IOException | RuntimeException e) {
                // a folder that cannot be written to only means slower starts
            }
        }
        return new NeuralParser(parser);
    }

    /** The system property naming the folder where the parser's model is kept as raw numbers. */
    static final String CACHE = "dossier.cache";

    /** The raw model's file, named after the models jar it came from so that another CoreNLP never reads it; null when not kept. */
    private static Path cachedModel() {
        String dir = System.getProperty(CACHE);
        java.net.URL model = DependencyParser.class.getClassLoader().getResource(DependencyParser.DEFAULT_MODEL);
        if (dir == null || model == null) return null;
        String source = model.toString().replaceAll("^jar:.*/([^/!]+)!.*$", "$1").replaceAll("[^A-Za-z0-9.-]", "_");
        return Path.of(dir, "parser-" + source + ".bin");
    }

    private static float[] byColumn(float[][] matrix) {
        int rows = matrix.length, columns = matrix[0].length;
        float[] out = new float[rows * columns];
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < columns; c++) out[c * rows + r] = matrix[r][c];
        return out;
    }

    private static MethodHandle privateMethod(String name, Class<?>... parameters) throws ReflectiveOperationException {
        Method m = DependencyParser.class.getDeclaredMethod(name, parameters);
        m.setAccessible(true);
        return MethodHandles.lookup().unreflect(m);
    }

    static Field field(Class<?> owner, String name) throws NoSuchFieldException {
        Field f = owner.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }

    private static int slot(int key, int size) {
        int h = key * 0x9E3779B9;
        return (h ^ (h >>> 16)) & (size - 1);
    }

    /**
     * Parses sentences whose tokens carry their POS tags, each as CoreNLP's {@code
     * DependencyParser.predict} does. The sentences advance together, one transition each per
     * step, so that the output layer's weights are read once per step for all of them rather than
     * once per sentence and transition.
     */
    List<GrammaticalStructure> predict(List<CoreMap> sentences) {
        int n = sentences.size(), units = bias.length, outputs = transitions.size();
        Configuration[] configurations = new Configuration[n];
        for (int s = 0; s < n; s++) configurations[s] = system.initialConfiguration(sentences.get(s));
        int[] active = new int[n];
        double[][] hidden = new double[n][units], scores = new double[n][outputs];
        while (true) {
            int live = 0;
            for (int s = 0; s < n; s++) {
                Configuration c = configurations[s];
                // CoreNLP scores these steps too, then has one transition to take: the same tree
                for (String forced = onlyChoice(c); forced != null; forced = onlyChoice(c)) {
                    system.apply(c, forced);
                }
                if (c.getStackSize() == 1 && c.getBufferSize() == 0) continue;
                active[live++] = s;
                hiddenLayer(features(c), hidden[s]);
                java.util.Arrays.fill(scores[s], 0);
            }
            if (live == 0) break;
            outputLayer(hidden, scores, active, live);
            for (int a = 0; a < live; a++) {
                Configuration c = configurations[active[a]];
                double[] out = scores[active[a]];
                double best = Double.NEGATIVE_INFINITY;
                String chosen = null;
                for (int t = 0; t < outputs; t++) {
                    if (out[t] > best && system.canApply(c, transitions.get(t))) {
                        best = out[t];
                        chosen = transitions.get(t);
                    }
                }
                system.apply(c, chosen);
            }
        }
        List<GrammaticalStructure> out = new ArrayList<>(n);
        for (int s = 0; s < n; s++) out.add(structure(sentences.get(s), configurations[s]));
        return out;
    }

    /**
     * Adds each live sentence's hidden units times the output weights into its scores. Each score
     * is summed over the hidden units in order, as ArrayMath.dotProduct sums it, four units at a
     * time, so that a score is loaded and stored once per four products instead of once per
     * product (the addition order, and so each double, is unchanged).
     */
    private void outputLayer(double[][] hidden, double[][] scores, int[] active, int live) {
        int units = bias.length, outputs = transitions.size(), k = 0;
        for (; k + 4 <= units; k += 4) {
            int r0 = k * outputs, r1 = r0 + outputs, r2 = r1 + outputs, r3 = r2 + outputs;
            for (int a = 0; a < live; a++) {
                double[] h = hidden[active[a]], out = scores[active[a]];
                double h0 = h[k], h1 = h[k + 1], h2 = h[k + 2], h3 = h[k + 3];
                for (int t = 0; t < outputs; t++)
                    out[t] = out[t] + h0 * w2ByColumn[r0 + t] + h1 * w2ByColumn[r1 + t]
                            + h2 * w2ByColumn[r2 + t] + h3 * w2ByColumn[r3 + t];
            }
        }
        for (; k < units; k++) {
            int row = k * outputs;
            for (int a = 0; a < live; a++) {
                double h = hidden[active[a]][k];
                double[] out = scores[active[a]];
                for (int t = 0; t < outputs; t++) out[t] += h * w2ByColumn[row + t];
            }
        }
    }

    /**
     * The one transition the parser can take in {@code c}, or null when it has a choice: with a
     * single root, a stack of the root and at most one word only shifts, or attaches that word
     * to the root once the buffer is empty (one step in seven over PolNeAR dev: 21,581 of 156,708).
     */
    private String onlyChoice(Configuration c) {
        String only = null;
        for (String t : transitions) {
            if (!system.canApply(c, t)) continue;
            if (only != null) return null;
            only = t;
        }
        return only;
    }

    /** The parsed tree as a GrammaticalStructure, built as {@code DependencyParser.predict} builds it. */
    private GrammaticalStructure structure(CoreMap sentence, Configuration c) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<TypedDependency> dependencies = new ArrayList<>();
        IndexedWord root = new IndexedWord(new Word("ROOT"));
        root.set(CoreAnnotations.IndexAnnotation.class, 0);
        try {
            for (int i = 1; i <= tokens.size(); i++) {
                int head = c.getHead(i);
                IndexedWord word = new IndexedWord(tokens.get(i - 1));
                IndexedWord headWord = head == 0 ? root : new IndexedWord(tokens.get(head - 1));
                GrammaticalRelation relation = head == 0 ? GrammaticalRelation.ROOT
                        : (GrammaticalRelation) RELATION_NAMED.invokeExact(parser, c.getLabel(i));
                dependencies.add(new TypedDependency(relation, headWord, word));
            }
            return (GrammaticalStructure) STRUCTURE_OF.invokeExact(parser, dependencies, new TreeGraphNode(root));
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private int[] features(Configuration c) {
        try {
            return (int[]) FEATURES.invokeExact(parser, c);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** The hidden layer of CoreNLP's {@code Classifier.computeScores}, step for step, into {@code hidden}. */
    private void hiddenLayer(int[] feature, double[] hidden) {
        java.util.Arrays.fill(hidden, 0);
        int numTokens = feature.length;
        for (int j = 0, offset = 0; j < numTokens; j++, offset += embeddingSize) {
            int tok = feature[j];
            int index = tok * numTokens + j;
            int pre = precomputedIndex[index];
            if (pre >= 0) {
                Exact e = precomputed[pre];
                if (e == null) precomputed[pre] = e = new Exact(contribution(tok, offset));
                double[] saved = e.hidden();
                for (int i = 0; i < hidden.length; i++) hidden[i] += saved[i];
            } else {
                float[] slice = cached(index, tok, offset);
                for (int i = 0; i < hidden.length; i++) hidden[i] += slice[i];
            }
        }
        for (int i = 0; i < hidden.length; i++) {
            hidden[i] += bias[i];
            hidden[i] = hidden[i] * hidden[i] * hidden[i];
        }
    }

    /**
     * The hidden-layer contribution of word, tag or label {@code tok} at the feature whose
     * embedding starts at column {@code offset}: each unit summed in the order CoreNLP's {@code
     * matrixMultiplySlice(Sum)} sums it, so to the same double. CoreNLP sums one unit at a time,
     * each addition waiting for the one before; here all units advance together over the
     * transposed weights, which the processor overlaps.
     */
    private double[] contribution(int tok, int offset) {
        float[] vector = embeddings[tok];
        int units = bias.length;
        double[] sums = new double[units];
        int j = 0;
        for (; j + 4 <= vector.length; j += 4) {
            // four embedding dimensions per pass, added in the same order: a sum is loaded and stored once per four
            float v0 = vector[j], v1 = vector[j + 1], v2 = vector[j + 2], v3 = vector[j + 3];
            int c0 = (offset + j) * units, c1 = c0 + units, c2 = c1 + units, c3 = c2 + units;
            for (int i = 0; i < units; i++)
                sums[i] = sums[i] + w1ByColumn[c0 + i] * v0 + w1ByColumn[c1 + i] * v1
                        + w1ByColumn[c2 + i] * v2 + w1ByColumn[c3 + i] * v3;
        }
        for (; j < vector.length; j++) {
            float v = vector[j];
            int column = (offset + j) * units;
            for (int i = 0; i < units; i++) sums[i] += w1ByColumn[column + i] * v;
        }
        return sums;
    }

    /**
     * The hidden-layer contribution of a feature that is not precomputed, as CoreNLP's {@code
     * matrixMultiplySlice} rounds it to floats, from the cache or computed into it.
     */
    private float[] cached(int index, int tok, int offset) {
        int at = slot(index, CACHE_SLOTS);
        Cached c = cache[at];
        if (c != null && c.feature() == index) return c.hidden();
        double[] sums = contribution(tok, offset);
        float[] slice = new float[sums.length];
        for (int i = 0; i < sums.length; i++) slice[i] = (float) sums[i];
        cache[at] = new Cached(index, slice);
        return slice;
    }
}
