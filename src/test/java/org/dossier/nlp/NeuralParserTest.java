package org.dossier.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Dossier's scoring loop gives the trees CoreNLP's own parser gives, sentence for sentence. */
class NeuralParserTest {
    /** The basic dependencies as Dossier reads them: relation(head-index, dependent-index) per token. */
    private static List<String> dependencies(GrammaticalStructure g) {
        return g.typedDependencies().stream().map(TypedDependency::toString).toList();
    }

    @Test
    void treesEqualCoreNlps() throws Exception {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos");
        Annotation doc = new Annotation(Files.readString(Path.of("examples", "seed-article.txt")));
        new StanfordCoreNLP(p).annotate(doc);
        DependencyParser coreNlp = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, new Properties());
        NeuralParser ours = NeuralParser.load();
        int sentences = 0;
        List<CoreMap> all = doc.get(CoreAnnotations.SentencesAnnotation.class);
        List<GrammaticalStructure> parsed = ours.predict(all);
        for (int i = 0; i < all.size(); i++) {
            String sentence = all.get(i).get(CoreAnnotations.TextAnnotation.class);
            assertEquals(dependencies(coreNlp.predict(all.get(i))), dependencies(parsed.get(i)), sentence);
            sentences++;
        }
        assertTrue(sentences > 20, "sentences parsed: " + sentences);
    }
}
