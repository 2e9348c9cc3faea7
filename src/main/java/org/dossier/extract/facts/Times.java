package org.dossier.extract.facts;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import org.dossier.lang.Words;
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
    /**
     * Tokens on each side of a time word: "the last three months of 2015" and "three o'clock in the
     * morning" fit. Six read a third more tokens and found nothing the facts evaluation counts
     * (times F1 0.801 with six, 0.803 with four); three cut expressions short.
     */
    private static final int WINDOW = 4;
    /**
     * Tokens that can be part of a date or time (a digit, or a time word anywhere in the token:
     * "mid-January"); SUTime reads only the stretches around them. The words are plain letters,
     * so joining them makes a regex alternation.
     */
    private static final java.util.regex.Pattern TIME_WORD = java.util.regex.Pattern.compile(
            "(?i)\\d|\\b(" + String.join("|", Words.of("en").list("time-words")) + ")\\b");
    private static final Set<String> VAGUE = Words.of("en").set("vague-time-words");
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
        // SUTime is the costly part, and its cost grows with the tokens it reads: it reads only the
        // stretches around words that can be part of a time, each a few tokens wide.
        for (int[] w : windows(doc)) {
            List<CoreLabel> words = new ArrayList<>();
            for (int i = w[0]; i < w[1]; i++) {
                Token t = doc.token(i);
                CoreLabel label = new CoreLabel();
                label.setWord(t.text());
                label.setValue(t.text());
                label.setOriginalText(t.text());
                label.setBeginPosition(t.start());
                label.setEndPosition(t.end());
                label.setTag(t.pos());
                label.setIndex(i - w[0] + 1);
                label.set(CoreAnnotations.TokenBeginAnnotation.class, i);
                words.add(label);
            }
            int start = doc.token(w[0]).start(), end = doc.token(w[1] - 1).end();
            CoreMap sentence = new ArrayCoreMap();
            sentence.set(CoreAnnotations.TokensAnnotation.class, words);
            sentence.set(CoreAnnotations.TextAnnotation.class, doc.slice(start, end));
            sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, start);
            sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
            sentence.set(CoreAnnotations.TokenBeginAnnotation.class, w[0]);
            sentence.set(CoreAnnotations.TokenEndAnnotation.class, w[1]);
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

    /** Token ranges within sentences around the words that can be part of a time, merged where they touch. */
    private static List<int[]> windows(ParsedText doc) {
        List<int[]> out = new ArrayList<>();
        for (Token t : doc.tokens()) {
            if (!TIME_WORD.matcher(t.text()).find()) continue;
            Sentence s = doc.sentences().get(t.sentence());
            int from = Math.max(s.firstToken(), t.index() - WINDOW), to = Math.min(s.endToken(), t.index() + WINDOW + 1);
            int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && from <= last[1] && doc.token(last[0]).sentence() == t.sentence()) last[1] = Math.max(last[1], to);
            else out.add(new int[] {from, to});
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
        int head = doc.rootOf(first, end);
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
