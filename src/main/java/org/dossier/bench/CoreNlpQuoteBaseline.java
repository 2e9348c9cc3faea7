package org.dossier.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import org.dossier.model.Analysis;
import org.dossier.model.Attribution;
import org.dossier.model.Entity;
import org.dossier.model.Mention;
import org.dossier.model.Segments;
import org.dossier.model.Source;
import org.dossier.model.Span;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The comparison system of the benchmark: Stanford CoreNLP's own quote extraction
 * ({@code QuoteAnnotator}) and sieve-based quote attribution ({@code QuoteAttributionAnnotator},
 * Muzny et al. 2017), run with CoreNLP's stock English settings (less fine-grained NER, see {@link #properties}) so that the numbers are CoreNLP's,
 * not a tuned variant of it.
 *
 * <p>Each top-level quotation becomes a "direct" {@link Attribution} whose content is CoreNLP's
 * quote span, quotation marks included (as CoreNLP reports it, and as PolNeAR annotates quoted
 * content). Nested quotations are dropped. The source is the speaker mention CoreNLP links the
 * quote to ("he", "John Smith"); when coref or the speaker sieves resolve it to a person, that
 * person becomes a PERSON {@link Entity} holding its mentions. Cue and relays are not produced.
 *
 * <p>The pipeline takes ~2 GB and tens of seconds to load: make one and reuse it. Thread-safe but
 * serial: {@link #analyze} calls are serialised across all instances, because
 * {@code QuoteAttributionAnnotator} keeps per-document state (its character map) in fields, and
 * CoreNLP's static annotator pool hands the same annotator to every pipeline built from equal
 * properties, so separate instances would not isolate it either.
 */
public final class CoreNlpQuoteBaseline {
    /** Written to {@link Analysis#dossierVersion()} so that baseline output is never mistaken for Dossier's. */
    public static final String VERSION = "corenlp-quote-baseline/4.5.10";

    private final StanfordCoreNLP corenlp;

    public CoreNlpQuoteBaseline() {
        corenlp = new StanfordCoreNLP(properties());
    }

    /**
     * The CoreNLP settings used. Everything not set here is CoreNLP's default, except fine-grained
     * NER (nationalities, titles, ...: a second pass of regular expressions), which is off because
     * neither system uses it and it only slows CoreNLP down. The attributor needs
     * NER entity mentions (its candidate speakers: {@code ner.buildEntityMentions}, on by default)
     * and CoreNLP coreference ({@code quote.attribution.useCoref}, on by default) to map pronoun
     * mentions and to find canonical mentions; English coref defaults to the statistical system,
     * which runs on the dependency parse, so no constituency parser is needed.
     */
    public static Properties properties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("coref.algorithm", "statistical");
        p.setProperty("quote.attributeQuotes", "true");
        p.setProperty("quote.attribution.useCoref", "true");
        return p;
    }

    /** Finds and attributes the quotations of a text. Offsets are code points, as everywhere in Dossier. */
    public Analysis analyze(String text) {
        Annotation doc = new Annotation(text);
        synchronized (CoreNlpQuoteBaseline.class) { corenlp.annotate(doc); }
        List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
        List<CoreMap> quotes = doc.get(CoreAnnotations.QuotationsAnnotation.class); // top level only
        Map<String, String> entityIds = new LinkedHashMap<>();
        Map<String, List<Mention>> entityMentions = new LinkedHashMap<>();
        List<Attribution> attributions = new ArrayList<>();
        for (CoreMap q : quotes == null ? List.<CoreMap>of() : quotes) {
            Span content = span(text, q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
            Source source = null;
            Integer mb = q.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class);
            Integer me = q.get(QuoteAttributionAnnotator.MentionEndAnnotation.class); // inclusive
            if (mb != null && me != null) {
                Span s = tokenSpan(text, tokens, mb, me);
                // The entity is the coref chain's canonical mention of the source mention when there
                // is one, else the speaker CoreNLP's mention-to-speaker sieves chose: the sieves are
                // tuned for novels and can contradict coref ("she" -> John Smith, chain: Mary Jones).
                Integer cb = q.get(QuoteAttributionAnnotator.CanonicalMentionBeginAnnotation.class);
                Integer ce = q.get(QuoteAttributionAnnotator.CanonicalMentionEndAnnotation.class);
                Span canonical = cb == null || ce == null ? null : tokenSpan(text, tokens, cb, ce);
                String name = canonical != null ? slice(text, canonical)
                        : q.get(QuoteAttributionAnnotator.SpeakerAnnotation.class);
                String entity = null;
                if (name != null) {
                    entity = entityIds.computeIfAbsent(name, k -> "E" + (entityIds.size() + 1));
                    List<Mention> ms = entityMentions.computeIfAbsent(entity, k -> new ArrayList<>());
                    addMention(ms, text, s);
                    if (canonical != null) addMention(ms, text, canonical);
                }
                source = new Source(List.of(s), slice(text, s), entity);
            }
            attributions.add(new Attribution("A" + (attributions.size() + 1), "direct", "speech", source, null,
                    new Segments(List.of(content), slice(text, content)), List.of(), 1.0, null));
        }
        List<Entity> entities = new ArrayList<>();
        entityIds.forEach((name, id) -> {
            List<Mention> ms = entityMentions.get(id);
            ms.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(a.end(), b.end()));
            entities.add(new Entity(id, "PERSON", name, ms, List.of()));
        });
        return new Analysis(VERSION, "en", null, null, text.codePointCount(0, text.length()), entities, attributions, List.of(), List.of(), List.of());
    }

    /** Span over tokens {@code first..last}, both inclusive (CoreNLP's convention for mention ends). */
    private static Span tokenSpan(String text, List<CoreLabel> tokens, int first, int last) {
        return span(text, tokens.get(first).beginPosition(), tokens.get(Math.max(first, last)).endPosition());
    }

    /** Converts CoreNLP's UTF-16 offsets to code points. */
    private static Span span(String text, int begin, int end) {
        int b = text.codePointCount(0, begin);
        return new Span(b, b + text.codePointCount(begin, end));
    }

    private static String slice(String text, Span s) {
        int b = text.offsetByCodePoints(0, s.start());
        return text.substring(b, text.offsetByCodePoints(b, s.length()));
    }

    private static void addMention(List<Mention> ms, String text, Span s) {
        if (ms.stream().noneMatch(m -> m.start() == s.start() && m.end() == s.end()))
            ms.add(new Mention(s.start(), s.end(), slice(text, s)));
    }

    /**
     * Prints, per file, the quotes found and how many have a source; then analyses the files again
     * and prints the throughput of that second pass in whitespace-separated words per second (the
     * first pass warms up the JIT, which takes CoreNLP several articles).
     */
    public static void main(String... files) throws IOException {
        CoreNlpQuoteBaseline baseline = new CoreNlpQuoteBaseline();
        List<String> texts = new ArrayList<>();
        for (String f : files) texts.add(Files.readString(Path.of(f)));
        long words = 0;
        for (int i = 0; i < files.length; i++) {
            Analysis a = baseline.analyze(texts.get(i));
            long sourced = a.attributions().stream().filter(x -> x.source() != null).count();
            long w = texts.get(i).split("\\s+").length;
            words += w;
            System.out.printf("%s\t%d words\t%d quotes\t%d with source%n",
                    Path.of(files[i]).getFileName(), w, a.attributions().size(), sourced);
        }
        long t0 = System.nanoTime();
        for (String text : texts) baseline.analyze(text);
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf("throughput (warm): %d words in %.1f s = %.0f words/s%n", words, s, words / s);
    }
}
