package org.dossier.lang.en;

import org.dossier.nlp.RawData;

import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Config;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.trees.TreebankLanguagePack;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP's English dependency parser model as raw numbers, so that a start reads it in a fraction
 * of the time: CoreNLP ships it as text, and parsing its 6.3 million numbers is the longest part of
 * loading Dossier's models (about 1.4 s of CPU). The launcher keeps one under {@code target/},
 * written on the first run after a build from CoreNLP's own load; its numbers are the very floats
 * CoreNLP read, so the trees are the same ({@code NeuralParserTest}).
 */
final class ParserModelFile {
    private static final int MAGIC = 0x44504d31;  // "DPM1"

    private ParserModelFile() {}

    /** Writes the loaded parser's model to {@code file}, aside and then renamed, so that no reader sees half of it. */
    static void write(DependencyParser parser, Path file) throws IOException {
        Path part = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid());
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(part), 1 << 16))) {
            Config config = (Config) get("config", parser);
            Classifier classifier = (Classifier) get("classifier", parser);
            out.writeInt(MAGIC);
            out.writeUTF(config.language.name());
            out.writeUTF(config.tlp.getClass().getName());
            for (String list : new String[] {"knownWords", "knownPos", "knownLabels"}) {
                @SuppressWarnings("unchecked")
                List<String> strings = (List<String>) get(list, parser);
                RawData.writeStrings(out, strings);
            }
            @SuppressWarnings("unchecked")
            List<Integer> frequent = (List<Integer>) get("preComputed", parser);
            out.writeInt(frequent.size());
            for (int f : frequent) out.writeInt(f);
            matrix(out, classifier.getE());
            matrix(out, classifier.getW1());
            matrix(out, new float[][] {classifier.getb1()});
            matrix(out, classifier.getW2());
        } catch (IOException e) {
            Files.deleteIfExists(part);
            throw e;
        }
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** A parser ready to parse, as {@code DependencyParser.loadFromModelFile} leaves it with nothing precomputed. */
    static DependencyParser read(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != MAGIC) throw new IOException(file + " is not a parser model file");
            Properties p = new Properties();
            p.setProperty("language", in.readUTF());
            String treebank = in.readUTF();
            p.setProperty("numPreComputed", "0");
            DependencyParser parser = new DependencyParser(p);
            Config config = (Config) get("config", parser);
            // set here, not as the "tlp" property, which CoreNLP would announce on stderr
            config.tlp = (TreebankLanguagePack) Class.forName(treebank).getDeclaredConstructor().newInstance();
            for (String list : new String[] {"knownWords", "knownPos", "knownLabels"}) set(list, parser, RawData.readStrings(in));
            List<Integer> frequent = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) frequent.add(in.readInt());
            float[][] e = matrix(in), w1 = matrix(in), b1 = matrix(in), w2 = matrix(in);
            config.embeddingSize = e[0].length;
            config.hiddenSize = b1[0].length;
            set("preComputed", parser, frequent);
            set("classifier", parser, new Classifier(config, e, w1, b1[0], w2, frequent));
            call(parser, "generateIDs");
            call(parser, "initialize", false);
            return parser;
        } catch (ReflectiveOperationException e) {
            throw new IOException("this CoreNLP's dependency parser is not the one Dossier was built for", e);
        }
    }

    private static void matrix(DataOutputStream out, float[][] m) throws IOException {
        out.writeInt(m.length);
        out.writeInt(m[0].length);
        ByteBuffer row = ByteBuffer.allocate(m[0].length * Float.BYTES);
        for (float[] r : m) {
            row.clear();
            row.asFloatBuffer().put(r);
            out.write(row.array());
        }
    }

    private static float[][] matrix(DataInputStream in) throws IOException {
        int rows = in.readInt(), columns = in.readInt();
        float[][] m = new float[rows][columns];
        byte[] bytes = new byte[columns * Float.BYTES];
        for (float[] r : m) {
            in.readFully(bytes);
            ByteBuffer.wrap(bytes).asFloatBuffer().get(r);
        }
        return m;
    }

    /** A private field of CoreNLP's parser, as a failure to read or write the model file where this CoreNLP has none. */
    private static Object get(String name, DependencyParser parser) throws IOException {
        try {
            return NeuralParser.field(DependencyParser.class, name).get(parser);
        } catch (ReflectiveOperationException e) {
            throw new IOException("this CoreNLP's dependency parser is not the one Dossier was built for", e);
        }
    }

    private static void set(String name, DependencyParser parser, Object value) throws ReflectiveOperationException {
        NeuralParser.field(DependencyParser.class, name).set(parser, value);
    }

    private static void call(DependencyParser parser, String name, Object... args) throws ReflectiveOperationException {
        Class<?>[] types = new Class<?>[args.length];
        for (int i = 0; i < args.length; i++) types[i] = args[i] instanceof Boolean ? boolean.class : args[i].getClass();
        Method m = DependencyParser.class.getDeclaredMethod(name, types);
        m.setAccessible(true);
        m.invoke(parser, args);
    }
}
