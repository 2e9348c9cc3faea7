package org.dossier.extract.facts;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import org.dossier.nlp.ParsedText;
import org.dossier.nlp.Sentence;
import org.dossier.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * Dates and times, found and normalised by CoreNLP's SUTime against the publication date ("last
 * year" -> 2024), each with the event the text ties to it: the verb or noun the expression
 * modifies, with its objects ("released from a Siberian prison in a prisoner exchange").
 * Durations and recurring sets are left out: they are not points in time.
 */
public final class Times {
    private static final Set<String> KEPT = Set.of("DATE", "TIME");
    private static final Set<String> VAGUE = Set.of("once", "time", "daylight", "previously", "future", "past", "times");
    private final TimeAnnotator sutime;

    public Times() {
        Properties p = new Properties();
        p.setProperty("sutime.includeRange", "false");
        p.setProperty("sutime.markTimeRanges", "false");
        this.sutime = new TimeAnnotator("sutime", p, true);
    }

    /** @param published YYYY-MM-DD, or null: relative expressions then get no value */
    List<FoundFacts.Time> extract(ParsedText doc, String published) {
        Annotation a = new Annotation(doc.text());
        List<CoreMap> sentences = new ArrayList<>();
        List<CoreLabel> all = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            List<CoreLabel> words = new ArrayList<>();
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                Token t = doc.token(i);
                CoreLabel w = new CoreLabel();
                w.setWord(t.text());
                w.setValue(t.text());
                w.setOriginalText(t.text());
                w.setBeginPosition(t.start());
                w.setEndPosition(t.end());
                w.setTag(t.pos());
                w.setIndex(i - s.firstToken() + 1);
                w.set(CoreAnnotations.TokenBeginAnnotation.class, i);
                words.add(w);
            }
            CoreMap sentence = new ArrayCoreMap();
            sentence.set(CoreAnnotations.TokensAnnotation.class, words);
            sentence.set(CoreAnnotations.TextAnnotation.class, doc.slice(s.start(), s.end()));
            sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, s.start());
            sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, s.end());
            sentence.set(CoreAnnotations.TokenBeginAnnotation.class, s.firstToken());
            sentence.set(CoreAnnotations.TokenEndAnnotation.class, s.endToken());
            sentences.add(sentence);
            all.addAll(words);
        }
        a.set(CoreAnnotations.SentencesAnnotation.class, sentences);
        a.set(CoreAnnotations.TokensAnnotation.class, all);
        if (published != null) a.set(CoreAnnotations.DocDateAnnotation.class, published);
        sutime.annotate(a);
        List<FoundFacts.Time> out = new ArrayList<>();
        List<CoreMap> timexes = a.get(TimeAnnotations.TimexAnnotations.class);
        if (timexes == null) return out;
        for (CoreMap m : timexes) {
            Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
            if (timex == null || !KEPT.contains(timex.timexType())) continue;
            int begin = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class), end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            int first = -1, last = -1;
            for (Token t : doc.tokens()) {
                if (t.start() >= begin && t.end() <= end) {
                    if (first < 0) first = t.index();
                    last = t.index();
                }
            }
            if (first < 0 || vague(doc, first, last + 1)) continue;
            out.add(new FoundFacts.Time(first, last + 1, value(timex.value()), event(doc, first, last + 1)));
        }
        return out;
    }

    /**
     * SUTime's value when it is a date or a reference point (PRESENT_REF), reduced to the day
     * when SUTime adds only a part of it ("2015-11-10TNI", Tuesday night); its unresolved forms
     * ("THIS P1Y OFFSET P-1Y", "XXXX-04") are not values.
     */
    private static String value(String v) {
        if (v == null || v.contains(" ") || v.contains("X") || v.matches("P\\d.*|PT.*")) return null;
        return v.replaceFirst("^(\\d{4}-\\d{2}-\\d{2})T[A-Z]{2}$", "$1");
    }

    /** Words SUTime reads as times that say no when: "current", "recent", "once", "time". */
    private static boolean vague(ParsedText doc, int first, int end) {
        if (end - first != 1) return doc.slice(doc.token(first).start(), doc.token(end - 1).end()).equalsIgnoreCase("the past");
        Token t = doc.token(first);
        return t.pos().startsWith("JJ") || VAGUE.contains(t.text().toLowerCase(java.util.Locale.ROOT));
    }

    /** The verb or noun the time expression modifies, with its objects and obliques, without its subject. */
    private static int[] event(ParsedText doc, int first, int end) {
        int head = Relations.headOf(doc, first, end);
        int gov = doc.token(head).head();
        if (gov < 0 || !(doc.token(gov).pos().startsWith("VB") || doc.token(gov).pos().startsWith("NN"))) return null;
        int lo = gov, hi = gov + 1;
        for (int c : doc.children(gov)) {
            String rel = doc.token(c).deprel();
            if (c >= first && c < end) continue;
            if (!(rel.equals("obj") || rel.equals("obl") || rel.equals("nmod") || rel.equals("compound:prt") || rel.equals("xcomp"))) continue;
            int[] sub = doc.subtreeRange(c);
            if (sub[0] <= head && head <= sub[1]) continue;
            lo = Math.min(lo, sub[0]);
            hi = Math.max(hi, sub[1] + 1);
        }
        if (first >= lo && first < hi) return null;  // would swallow the time itself
        return hi - lo > Phrases.MAX_TOKENS ? new int[] {gov, gov + 1} : new int[] {lo, hi};
    }
}
