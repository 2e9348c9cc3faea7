package org.dossier.lang.en;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import org.dossier.LoadsModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Dossier's scoring loop gives the trees CoreNLP's own parser gives, sentence for sentence. */
@LoadsModels
class NeuralParserTest {
    /** The basic dependencies as Dossier reads them: relation(head-index, dependent-index) per token. */
    private static List<String> dependencies(GrammaticalStructure g) {
        return g.typedDependencies().stream().map(TypedDependency::toString).toList();
    }

    @Test
    void treesEqualCoreNlps(@TempDir Path cache) throws Exception {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos");
        Annotation doc = new Annotation(Files.readString(Path.of("examples", "seed-article.txt")));
        new StanfordCoreNLP(p).annotate(doc);
        List<CoreMap> all = doc.get(CoreAnnotations.SentencesAnnotation.class);
        assertTrue(all.size() > 20, "sentences: " + all.size());
        DependencyParser coreNlp = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, new Properties());
        List<List<String>> expected = all.stream().map(s -> dependencies(coreNlp.predict(s))).toList();
        assertEquals(expected, parse(NeuralParser.load(), all), "loaded from CoreNLP's model");
        // the same from the raw model file: written by the first load, read by the second
        System.setProperty(NeuralParser.CACHE, cache.toString());
        try {
            NeuralParser.load();
            Path written;
            try (var files = Files.list(cache)) {
                written = files.filter(f -> f.getFileName().toString().startsWith("parser-")).findFirst().orElseThrow();
            }
            assertEquals(expected, parse(new NeuralParser(ParserModelFile.read(written)), all), "loaded from the raw model file");
        } finally {
            System.clearProperty(NeuralParser.CACHE);
        }
    }

    private static List<List<String>> parse(NeuralParser parser, List<CoreMap> sentences) {
        return parser.predict(sentences).stream().map(NeuralParserTest::dependencies).toList();
    }
}
