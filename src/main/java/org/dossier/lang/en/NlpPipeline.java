package org.dossier.lang.en;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.AnnotatorImplementations;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import org.dossier.nlp.ParsedText;
import org.dossier.nlp.Quotes;
import org.dossier.nlp.Sentence;
import org.dossier.nlp.StageTimes;
import org.dossier.nlp.Token;
import org.dossier.nlp.StageTimes.Stage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tokenizes, tags, recognises named entities and parses a text with Stanford CoreNLP.
 * Loading takes seconds and hundreds of MB, so make one per process and share it; {@link #parse}
 * is thread-safe.
 *
 * <p>Only the fast annotators run: CoreNLP's statistical coreference and quote attribution cost
 * three quarters of its time and are replaced by Dossier's own extraction stages.
 */
public final class NlpPipeline {
    /** Changes whenever parses change, so that training never reuses a cache of older parses. */
    public static final int VERSION = 2;

    /** CoreNLP's annotators in the order they run, each with the stage its time counts to. */
    private final List<Map.Entry<Stage, Consumer<Annotation>>> annotators;
    private final StageTimes times;

    private NlpPipeline(List<Map.Entry<Stage, Consumer<Annotation>>> annotators, StageTimes times) {
        this.annotators = annotators;
        this.times = times;
    }

    /** Loads the models on this thread, with a clock of its own. */
    public NlpPipeline() {
        this(load(Runnable::run, new StageTimes()).join());
    }

    private NlpPipeline(NlpPipeline loaded) {
        this(loaded.annotators, loaded.times);
    }

    /**
     * Loads the models on {@code loader}'s threads, several at once: loading is most of the wall time of
     * a run over one article, and the dependency parser alone takes as long as the rest together, so
     * it is asked for first.
     */
    public static CompletableFuture<NlpPipeline> load(Executor loader, StageTimes clock) {
        // CoreNLP narrates every model it loads on stderr; a command line tool must not.
        RedwoodConfiguration.current().clear().apply();
        Properties p = properties();
        AnnotatorImplementations make = new AnnotatorImplementations();
        CompletableFuture<NeuralParser> parser = CompletableFuture.supplyAsync(NeuralParser::load, loader);
        CompletableFuture<Annotator> ner = CompletableFuture.supplyAsync(() -> make.ner(p), loader);
        CompletableFuture<Annotator> pos = CompletableFuture.supplyAsync(() -> make.posTagger(p), loader);
        return CompletableFuture.allOf(parser, ner, pos).thenApply(done -> new NlpPipeline(List.of(
                Map.entry(Stage.TOKENIZE, make.tokenizer(p)::annotate),
                Map.entry(Stage.TOKENIZE, make.wordToSentences(p)::annotate),
                Map.entry(Stage.POS, pos.join()::annotate),
                Map.entry(Stage.POS, SpeechVerbAfterQuotation::annotate),
                Map.entry(Stage.LEMMA, make.morpha(p, false)::annotate),
                Map.entry(Stage.NER, ner.join()::annotate),
                Map.entry(Stage.NER, NamesNotVerbs::annotate),
                Map.entry(Stage.PARSE, basicDependencies(parser.join()))), clock));
    }

    /**
     * CoreNLP's neural dependency parser, scored faster ({@link NeuralParser}), keeping only the
     * basic dependencies as a list. CoreNLP's own depparse annotator also builds the collapsed,
     * CC-processed, enhanced and enhanced++ graphs of every sentence (the enhanced ones with Semgrex
     * rules), none of which Dossier reads, and a SemanticGraph of each, which Dossier does not need.
     */
    private static Consumer<Annotation> basicDependencies(NeuralParser parser) {
        return doc -> {
            List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
            List<GrammaticalStructure> parses = parser.predict(sentences);
            for (int i = 0; i < sentences.size(); i++) sentences.get(i).set(BasicDependencies.class, parses.get(i).typedDependencies());
        };
    }

    /** Where the parse stage leaves a sentence's basic dependencies. */
    private static final class BasicDependencies implements CoreAnnotation<Collection<TypedDependency>> {
        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public Class<Collection<TypedDependency>> getType() {
            return (Class) Collection.class;
        }
    }

    /** CPU time per stage of every {@link #parse} so far; the analysis stages count to the same clock. */
    public StageTimes times() {
        return times;
    }

    private static Properties properties() {
        Properties p = new Properties();
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
        return p;
    }

    /**
     * A party-and-state tag ending in a period, "(R-Wis.)": CoreNLP's tokenizer splits the period
     * off and ends the sentence there, cutting "Sen. Ryan (R-Wis.) | said ..." from its verb.
     */
    private static final Pattern PARTY_STATE = Pattern.compile("\\([RDI]-[A-Z][A-Za-z.]*\\.\\)");
    /** A quoted question or exclamation that the sentence goes on after: "“Why?” he asked." */
    private static final Pattern QUOTED_QUESTION = Pattern.compile("[?!](?=(?:[\"”’]|'')[ \\t]+[a-z])");

    /**
     * The text as CoreNLP should read it, of the same length so that offsets hold: party-and-state
     * tags as one plain word ("(R-xxxx)"), such a question mark as a comma, so that neither ends
     * the sentence, and an opening '' as ``, so that it opens the next sentence instead of closing
     * the last. Tokens keep the original text.
     */
    static String masked(String text) {
        StringBuilder mask = new StringBuilder(text);
        for (Quotes.Quotation q : Quotes.find(text)) if (text.startsWith("''", q.start())) mask.replace(q.start(), q.start() + 2, "``");
        Matcher m = PARTY_STATE.matcher(text);
        while (m.find()) for (int i = m.start() + 3; i < m.end() - 1; i++) mask.setCharAt(i, 'x');
        m = QUOTED_QUESTION.matcher(text);
        while (m.find()) mask.setCharAt(m.start(), ',');
        return mask.toString();
    }

    /** Parses a text. Paragraphs are separated by line breaks. */
    public ParsedText parse(String text) {
        String masked = masked(text);
        Annotation doc = new Annotation(masked);
        long t = StageTimes.now();
        for (Map.Entry<Stage, Consumer<Annotation>> a : annotators) {
            a.getValue().accept(doc);
            t = times.add(a.getKey(), t);
        }
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
            Collection<TypedDependency> dependencies = s.get(BasicDependencies.class);
            if (dependencies != null) {
                for (TypedDependency d : dependencies) {
                    int dependent = d.dep().index() - 1;
                    heads[dependent] = d.gov().index() - 1;  // -1: the root
                    rels[dependent] = heads[dependent] < 0 ? "root" : d.reln().toString();
                }
            }
            int si = sentences.size();
            for (int i = 0; i < words.size(); i++) {
                CoreLabel w = words.get(i);
                int head = heads[i] >= 0 ? first + heads[i] : -1;
                String rel = rels[i] == null ? "dep" : rels[i];
                boolean wasMasked = !text.regionMatches(w.beginPosition(), masked, w.beginPosition(), w.endPosition() - w.beginPosition());
                String word = wasMasked ? text.substring(w.beginPosition(), w.endPosition()) : w.word();
                tokens.add(new Token(first + i, word, w.beginPosition(), w.endPosition(),
                        wasMasked || w.lemma() == null ? word.toLowerCase() : w.lemma(), w.tag(),
                        w.ner() == null ? "O" : w.ner(), head, rel, si, paragraph));
            }
            int sEnd = words.get(words.size() - 1).endPosition();
            sentences.add(new Sentence(si, first, tokens.size(), sStart, sEnd, paragraph));
            lastEnd = sEnd;
        }
        return new ParsedText(text, tokens, sentences);
    }
}
