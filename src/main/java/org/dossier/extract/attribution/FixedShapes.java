package org.dossier.extract.attribution;

import org.dossier.lang.Words;
import org.dossier.nlp.ParsedText;
import org.dossier.nlp.Quotes;
import org.dossier.nlp.Sentence;
import org.dossier.nlp.Token;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Attributions in fixed shapes of news prose that the statistical models miss, mostly because the
 * tagger misreads them:
 * <ul>
 *   <li>"..., News.bg reports." An outlet's name unknown to the tagger turns its verb into a noun
 *       ("News.bg/NN reports/NNS").</li>
 *   <li>A paragraph that is a quotation signed with a dash: "“...” ― Sonya Herridge".</li>
 *   <li>An opinion opener: "In their opinion, ...", "In Smith's view, ...".</li>
 *   <li>A quotation given as what a remark says, which no cue claimed: "The comment, which
 *       included the line “...”", "his words, “...”".</li>
 *   <li>A line of a transcript: a paragraph that opens with a name in capitals and a colon,
 *       "PENCE: Well, look, ...", quoted or not; the colon is the cue.</li>
 *   <li>A quotation signed by its speaker and verb, "“...,” she replied.", where the quotation's
 *       own words take the verb for a clause of theirs.</li>
 * </ul>
 * Each is added unless a cue of the models already anchors it.
 */
final class FixedShapes implements AttributionRule {
    private static final Words EN = Words.of("en");
    private static final Set<String> REPORTING = EN.set("reporting-verb-forms");
    private static final Set<String> OPINIONS = EN.set("opinion-nouns");
    private static final Set<String> DASHES = Set.of("―", "—", "–", "-", "--");

    private final double confidence;

    FixedShapes(double confidence) {
        this.confidence = confidence;
    }

    @Override
    public List<FoundAttribution> apply(ParsedText doc, List<FoundAttribution> found) {
        List<FoundAttribution> out = new ArrayList<>(found);
        out.addAll(find(doc, found));
        return out;
    }

    /** The attributions of these shapes whose cue is not already among {@code found}. */
    private List<FoundAttribution> find(ParsedText doc, List<FoundAttribution> found) {
        Set<Integer> anchors = new HashSet<>();
        for (FoundAttribution f : found) anchors.add(f.anchor());
        List<FoundAttribution> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            FoundAttribution a = trailingReport(doc, s);
            if (a == null) a = signedQuote(doc, s);
            if (a == null) a = opinionOpener(doc, s);
            if (a == null) a = transcriptLine(doc, s);
            if (a == null) a = signedByVerb(doc, s, found);
            if (a != null && !anchors.contains(a.anchor())) out.add(a);
        }
        for (FoundAttribution a : quotedRemarks(doc, found)) if (!anchors.contains(a.anchor())) out.add(a);
        return out;
    }

    private static final Set<String> REMARKS = EN.set("remark-nouns");
    private static final Set<String> ANAPHORIC = EN.set("anaphoric-determiners");

    /**
     * Quotations hanging (within three steps up the tree) from a remark noun, that no found
     * attribution with a source claims as its own words: one whose content holds the remark too
     * is about the remark ("The comment ... was criticized by Ukrainians"). The source is the
     * remark's owner ("his words"), or, for "the comment", the source of the closest attribution
     * before it: the remark it refers back to.
     */
    private List<FoundAttribution> quotedRemarks(ParsedText doc, List<FoundAttribution> found) {
        List<FoundAttribution> out = new ArrayList<>();
        for (List<Integer> quote : doc.quotationTokens()) {
            if (quote.stream().filter(t -> !doc.token(t).isPunct()).count() < 3) continue;
            int remark = remarkAbove(doc, quote);
            if (remark < 0 || found.stream().anyMatch(f -> !f.source().isEmpty() && !f.content().contains(remark)
                    && quote.stream().anyMatch(f.content()::contains))) continue;
            List<Integer> source = ownerOf(doc, remark);
            if (source.isEmpty() && isAnaphoric(doc, remark)) source = sourceBefore(doc, found, quote.get(0));
            if (!source.isEmpty()) out.add(new FoundAttribution(remark, List.of(remark), source, quote, confidence));
        }
        return out;
    }

    private static int remarkAbove(ParsedText doc, List<Integer> quote) {
        int t = doc.rootOf(quote);
        for (int up = 0; up < 3 && (t = doc.token(t).head()) >= 0; up++) {
            Token n = doc.token(t);
            if (n.pos().startsWith("NN") && REMARKS.contains(n.lemma().toLowerCase(Locale.ROOT))) return t;
        }
        return -1;
    }

    private static List<Integer> ownerOf(ParsedText doc, int noun) {
        for (int k : doc.children(noun)) {
            if (doc.token(k).deprel().equals("nmod:poss")) {
                int[] r = doc.subtreeRange(k);
                List<Integer> owner = range(r[0], r[1] + 1);
                owner.removeIf(t -> doc.token(t).pos().equals("POS"));
                return owner;
            }
        }
        return List.of();
    }

    private static boolean isAnaphoric(ParsedText doc, int noun) {
        for (int k : doc.children(noun)) {
            if (doc.token(k).deprel().equals("det") && ANAPHORIC.contains(doc.token(k).text().toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    /** The source of the closest earlier attribution, within the previous two sentences. */
    private static List<Integer> sourceBefore(ParsedText doc, List<FoundAttribution> found, int t) {
        FoundAttribution best = null;
        for (FoundAttribution f : found) {
            if (f.source().isEmpty() || f.anchor() >= t || doc.token(t).sentence() - doc.token(f.anchor()).sentence() > 2) continue;
            if (best == null || f.anchor() > best.anchor()) best = f;
        }
        return best == null ? List.of() : best.source();
    }

    private FoundAttribution trailingReport(ParsedText doc, Sentence s) {
        int last = lastWord(doc, s);
        if (last < 0 || !REPORTING.contains(doc.token(last).text().toLowerCase(Locale.ROOT))) return null;
        int comma = last - 1;
        while (comma > s.firstToken() && comma >= last - 5 && !doc.token(comma).text().equals(",")) comma--;
        if (comma <= s.firstToken() + 2 || !doc.token(comma).text().equals(",") || comma == last - 1) return null;
        List<Integer> source = new ArrayList<>();
        for (int t = comma + 1; t < last; t++) {
            if (!Character.isUpperCase(doc.token(t).text().codePointAt(0)) && !doc.token(t).pos().equals("DT")) return null;
            source.add(t);
        }
        return new FoundAttribution(last, List.of(last), source, range(s.firstToken(), comma), confidence);
    }

    /**
     * "“...,” she replied." closing a sentence: a speaker ("he", "she", "they" or a capitalised name
     * of up to three words) and a speech verb right after a quotation that a comma, a question or an
     * exclamation ends. The models miss it where the quotation's own words hang the verb as a
     * clause of theirs ("... but I tell you, that's a great idea,” she replied"); the quotation
     * is the content whole, unless a found attribution already claims it.
     */
    private FoundAttribution signedByVerb(ParsedText doc, Sentence s, List<FoundAttribution> found) {
        int verb = lastWord(doc, s);
        if (verb < 0 || verb + 1 < s.endToken() && !doc.token(verb + 1).isPunct()) return null;
        Token v = doc.token(verb);
        if (!v.pos().equals("VBD") && !v.pos().equals("VBZ") || !SPEECH.contains(v.lemma().toLowerCase(Locale.ROOT))) return null;
        int first = verb - 1;
        if (first < 0) return null;
        if (SIGNING_PRONOUNS.contains(doc.token(first).text().toLowerCase(Locale.ROOT))) {
            first--;
        } else {
            int k = first;
            while (k >= 0 && verb - k <= 3 && doc.token(k).pos().startsWith("NNP")) k--;
            if (k == first) return null;
            first = k;
        }
        if (first < 1 || !Quotes.isQuoteMark(doc.token(first).text()) || !CLOSING_PUNCTUATION.contains(doc.token(first - 1).text())) return null;
        int quotation = doc.quotationOf(first - 1);
        if (quotation < 0) return null;
        List<Integer> content = doc.quotation(quotation);
        if (content.isEmpty() || found.stream().anyMatch(f -> f.content().stream().anyMatch(content::contains))) return null;
        return new FoundAttribution(verb, List.of(verb), range(first + 1, verb), content, confidence);
    }

    private static final Set<String> SPEECH = EN.set("speech-cues");
    private static final Set<String> SIGNING_PRONOUNS = Set.of("he", "she", "they");
    private static final Set<String> CLOSING_PUNCTUATION = Set.of(",", "?", "!");

    /** "“...” ― Name" closing a paragraph: the quotation may span the paragraph's sentences. */
    private FoundAttribution signedQuote(ParsedText doc, Sentence s) {
        int last = lastWord(doc, s);
        if (last < 0 || last + 1 < s.endToken() && !doc.token(last + 1).isPunct()) return null;
        boolean endsParagraph = s.index() + 1 == doc.sentences().size()
                || doc.sentences().get(s.index() + 1).paragraph() != s.paragraph();
        if (!endsParagraph) return null;
        int dash = last;
        while (dash > s.firstToken() && last - dash < 5 && !DASHES.contains(doc.token(dash).text())) dash--;
        if (!DASHES.contains(doc.token(dash).text()) || dash == last || dash == 0) return null;
        Token before = doc.token(dash - 1);  // the closing mark, perhaps ending the previous sentence
        if (before.paragraph() != s.paragraph() || !Quotes.isQuoteMark(doc.slice(before.start(), before.end()))) return null;
        List<Integer> source = range(dash + 1, last + 1);
        for (int t : source) if (!Character.isUpperCase(doc.token(t).text().codePointAt(0))) return null;
        int first = s.firstToken();
        while (first > 0 && doc.token(first - 1).paragraph() == s.paragraph()) first--;
        return new FoundAttribution(dash, List.of(dash), source, range(first, dash), confidence);
    }

    private FoundAttribution opinionOpener(ParsedText doc, Sentence s) {
        int f = s.firstToken();
        if (s.size() < 6 || !doc.token(f).text().equalsIgnoreCase("in")) return null;
        int noun = f + 1;
        while (noun < f + 5 && !OPINIONS.contains(doc.token(noun).text().toLowerCase(Locale.ROOT))) noun++;
        if (noun == f + 1 || noun >= f + 5 || !doc.token(noun + 1).text().equals(",")) return null;
        List<Integer> source = range(f + 1, noun);
        String possessor = doc.token(noun - 1).pos();
        if (!possessor.equals("PRP$") && !possessor.equals("POS")) return null;
        if (possessor.equals("POS")) source = range(f + 1, noun - 1);
        int end = lastWord(doc, s) + 1;
        return new FoundAttribution(noun, List.of(f, noun), source, range(noun + 2, end), confidence);
    }

    /** "KATE BOULDUAN: Why not debate?" or "\"PENCE: Well, ..." opening a paragraph: up to four words in capitals. */
    private FoundAttribution transcriptLine(ParsedText doc, Sentence s) {
        int f = s.firstToken();
        if (f > 0 && doc.token(f - 1).paragraph() == s.paragraph()) return null;
        if (Quotes.isQuoteMark(doc.token(f).text())) f++;
        int colon = f;
        while (colon < s.endToken() && colon < f + 4 && isCapitalWord(doc.token(colon).text())) colon++;
        if (colon == f || colon >= s.endToken() || !doc.token(colon).text().equals(":")) return null;
        int end = colon + 1;
        while (end < doc.tokens().size() && doc.token(end).paragraph() == s.paragraph()) end++;
        if (end == colon + 1) return null;
        return new FoundAttribution(colon, List.of(colon), range(f, colon), range(colon + 1, end), confidence);
    }

    /** A word written in capitals only, of two letters or more ("PENCE", "BOULDUAN"). */
    private static boolean isCapitalWord(String word) {
        return word.length() > 1 && word.codePoints().allMatch(c -> Character.isUpperCase(c) || c == '.' || c == '\'' || c == '-')
                && word.codePoints().anyMatch(Character::isLetter);
    }

    private static int lastWord(ParsedText doc, Sentence s) {
        for (int t = s.endToken() - 1; t >= s.firstToken(); t--) if (!doc.token(t).isPunct()) return t;
        return -1;
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> out = new ArrayList<>();
        for (int t = from; t < to; t++) out.add(t);
        return out;
    }
}
