package org.dossier.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Tokenizes, tags, recognises named entities and parses a text with Stanford CoreNLP.
 * Loading takes seconds and hundreds of MB, so make one per process and share it; {@link #parse}
 * is thread-safe.
 *
 * <p>Only the fast annotators run: CoreNLP's statistical coreference and quote attribution cost
 * three quarters of its time and are replaced by Dossier's own extraction stages.
 */
public final class NlpPipeline {
    private final StanfordCoreNLP corenlp;

    public NlpPipeline() {
        // CoreNLP narrates every model it loads on stderr; a command line tool must not.
        RedwoodConfiguration.current().clear().apply();
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        // Hyphenated words stay whole: "Kara-Murza" is one name, not Kara - Murza.
        p.setProperty("tokenize.options", "invertible=true,normalizeParentheses=false,normalizeOtherBrackets=false,splitHyphenated=false");
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        // One CRF model (person/organisation/location/misc) instead of three, no SUTime or
        // regex NER: time is normalised by Dossier's own stage, and the full NER triples the cost.
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        p.setProperty("depparse.extradependencies", "NONE");
        p.setProperty("parse.maxlen", "120");
        this.corenlp = new StanfordCoreNLP(p);
    }

    /** Parses a text. Paragraphs are separated by line breaks. */
    public ParsedText parse(String text) {
        Annotation doc = new Annotation(text);
        corenlp.annotate(doc);
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        int paragraph = 0;
        int lastEnd = 0;
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> words = s.get(CoreAnnotations.TokensAnnotation.class);
            if (words.isEmpty()) continue;
            int sStart = words.get(0).beginPosition();
            if (text.substring(lastEnd, sStart).indexOf('\n') >= 0 && !tokens.isEmpty()) paragraph++;
            int first = tokens.size();
            int[] heads = new int[words.size()];
            String[] rels = new String[words.size()];
            java.util.Arrays.fill(heads, -2);
            SemanticGraph g = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
            if (g != null) {
                for (SemanticGraphEdge e : g.edgeIterable()) {
                    int d = e.getDependent().index() - 1;
                    heads[d] = e.getGovernor().index() - 1;
                    rels[d] = e.getRelation().toString();
                }
                for (var r : g.getRoots()) {
                    heads[r.index() - 1] = -1;
                    rels[r.index() - 1] = "root";
                }
            }
            int si = sentences.size();
            for (int i = 0; i < words.size(); i++) {
                CoreLabel w = words.get(i);
                int head = heads[i] >= 0 ? first + heads[i] : -1;
                String rel = rels[i] == null ? "dep" : rels[i];
                tokens.add(new Token(first + i, w.word(), w.beginPosition(), w.endPosition(),
                        w.lemma() == null ? w.word().toLowerCase() : w.lemma(), w.tag(),
                        w.ner() == null ? "O" : w.ner(), head, rel, si, paragraph));
            }
            int sEnd = words.get(words.size() - 1).endPosition();
            sentences.add(new Sentence(si, first, tokens.size(), sStart, sEnd, paragraph));
            lastEnd = sEnd;
        }
        return new ParsedText(text, tokens, sentences);
    }
}
