package org.dossier.extract.attribution;

import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.ling.BasicDatum;
import org.dossier.nlp.ParsedText;
import org.dossier.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The features the attribution models see, for one parsed text. Two questions are asked:
 * is this token the anchor of a cue ("said", "according", ":")? and, given a cue, is this
 * token part of its source, its content, or neither? Both are answered by linear models over
 * lexical, syntactic (dependency path) and quotation features, as in PARC-style extractors.
 */
final class AttributionFeatures {
    /** Sentences before and after a cue's own that may hold its content or source. */
    static final int WINDOW = 2;

    private final ParsedText doc;
    private final double[] cueProbability;

    /** Features for cue decisions only. */
    AttributionFeatures(ParsedText doc) {
        this(doc, null);
    }

    /** Features for both decisions: role features look at where the cue model sees other cues. */
    AttributionFeatures(ParsedText doc, LinearClassifier<String, String> cues) {
        this.doc = doc;
        this.cueProbability = new double[doc.tokens().size()];
        if (cues != null) {
            for (Token t : doc.tokens()) {
                if (ModelCues.mayBeCue(t)) {
                    cueProbability[t.index()] = cues.probabilityOf(new BasicDatum<>(cue(t.index()))).getCount(AttributionModel.CUE);
                }
            }
        }
    }

    double cueProbability(int t) { return cueProbability[t]; }

    ParsedText doc() { return doc; }

    boolean inQuote(int t) { return doc.quotationOf(t) >= 0; }

    /**
     * Every token of the quotations a cue introduces or closes: a quotation ending just before it
     * ("“...,” he said") or starting just after it (said: “...”), with only the source and
     * punctuation between. A quotation closed by a cue whose sentence holds no other quotation
     * goes on in a quotation opening the next sentence of the paragraph ("“...,” he said. “...”"):
     * in PolNeAR train that continuation is the same attribution's content 95% of the time.
     */
    List<Integer> adjacentQuotations(int c, java.util.Collection<Integer> source) {
        java.util.Set<Integer> quotes = new java.util.TreeSet<>();
        var s = doc.sentenceOf(c);
        int before = -1;
        for (int dir = -1; dir <= 1; dir += 2) {
            for (int t = c + dir; t >= s.firstToken() && t < s.endToken(); t += dir) {
                if (inQuote(t)) { quotes.add(doc.quotationOf(t)); if (dir < 0) before = t; break; }
                if (!doc.token(t).isPunct() && !source.contains(t)) break;
            }
        }
        boolean closes = before >= 0;
        for (int t = c + 1; t < s.endToken(); t++) closes &= !inQuote(t);
        if (closes && s.index() + 1 < doc.sentences().size()) {
            var next = doc.sentences().get(s.index() + 1);
            int first = next.firstToken();
            while (first < next.endToken() && doc.token(first).isPunct() && !inQuote(first)) first++;
            if (next.paragraph() == s.paragraph() && first < next.endToken() && inQuote(first)) quotes.add(doc.quotationOf(first));
        }
        List<Integer> out = new ArrayList<>();
        if (quotes.isEmpty()) return out;
        for (Token t : doc.tokens()) if (quotes.contains(doc.quotationOf(t.index()))) out.add(t.index());
        return out;
    }

    /** Features of token {@code t} as a possible cue anchor. */
    List<String> cue(int t) {
        Token tok = doc.token(t);
        List<String> f = new ArrayList<>(40);
        String w = lower(tok.text());
        String l = lower(tok.lemma());
        String d = tok.deprel();
        f.add("w=" + w);
        f.add("l=" + l);
        f.add("p=" + tok.pos());
        f.add("d=" + d);
        f.add("l|d=" + l + "|" + d);
        f.add("l|p=" + l + "|" + tok.pos());
        f.add("p|d=" + tok.pos() + "|" + d);
        Token head = tok.head() >= 0 ? doc.token(tok.head()) : null;
        f.add("hl=" + (head == null ? "ROOT" : lower(head.lemma())));
        f.add("hp|d=" + (head == null ? "ROOT" : head.pos()) + "|" + d);
        boolean ccomp = false, subj = false;
        String subjKind = "none";
        for (int k : doc.children(t)) {
            Token c = doc.token(k);
            String kd = c.deprel();
            f.add("k=" + kd);
            f.add("l|k=" + l + "|" + kd);
            if (kd.equals("ccomp") || kd.equals("parataxis") || kd.equals("xcomp")) ccomp = true;
            if (kd.startsWith("nsubj")) {
                subj = true;
                subjKind = c.pos().startsWith("PRP") ? "PRP" : !c.ner().equals("O") ? c.ner() : c.pos();
            }
            if (kd.equals("mark") || kd.equals("obj") || kd.equals("obl") || kd.equals("case") || kd.equals("fixed")) {
                f.add("l|" + kd + "=" + l + "|" + lower(c.text()));
            }
        }
        f.add("cc|sj=" + ccomp + "|" + subj);
        f.add("l|cc=" + l + "|" + ccomp);
        f.add("sk=" + subjKind);
        f.add("l|sk=" + l + "|" + subjKind);
        f.add("pw=" + (t > 0 ? lower(doc.token(t - 1).text()) : "BOS"));
        f.add("nw=" + (t + 1 < doc.tokens().size() ? lower(doc.token(t + 1).text()) : "EOS"));
        f.add("l|nw=" + l + "|" + (t + 1 < doc.tokens().size() ? lower(doc.token(t + 1).text()) : "EOS"));
        f.add("q=" + inQuote(t));
        f.add("l|q=" + l + "|" + inQuote(t));
        f.add("sq=" + sentenceHasQuote(t));
        f.add("quoteNear=" + quoteNear(t));
        f.add("l|quoteNear=" + l + "|" + quoteNear(t));
        String suffix = w.length() > 3 ? w.substring(w.length() - 3) : w;
        f.add("suf|p=" + suffix + "|" + tok.pos());
        var s = doc.sentenceOf(t);
        f.add("pos=" + (t - s.firstToken() < 4 ? "start" : s.endToken() - t < 4 ? "end" : "mid"));
        if (w.equals(":")) f.add("colon|lead=" + leadingNameShape(s.firstToken(), t));
        return f;
    }

    /** Features of token {@code t} as part of the source or content of the cue anchored at {@code c}. */
    List<String> role(int c, int t) {
        Token cue = doc.token(c), tok = doc.token(t);
        List<String> f = new ArrayList<>(32);
        String cl = lower(cue.lemma());
        int sd = Math.max(-3, Math.min(3, tok.sentence() - cue.sentence()));
        String side = t < c ? "L" : "R";
        f.add("side=" + side);
        f.add("sd=" + sd);
        f.add("sd|side|q=" + sd + side + inQuote(t));
        f.add("tp=" + tok.pos());
        f.add("td=" + tok.deprel());
        f.add("tw=" + lower(tok.text()));
        f.add("dist=" + bucket(Math.abs(t - c)) + side);
        f.add("tq=" + inQuote(t) + "|cq=" + inQuote(c));
        f.add("sameq=" + (inQuote(t) && doc.quotationOf(t) == doc.quotationOf(c)));
        f.add("cl=" + cl);
        f.add("cd=" + cue.deprel());
        if (sd == 0) {
            f.add("commas|side=" + between(c, t, ",") + side);
            f.add("cueAt|side=" + where(c) + side);
            f.add("dom=" + (doc.dominates(c, t) ? "cue>t" : doc.dominates(t, c) ? "t>cue" : "none") + side);
            f.add("cueAt|dom|commas|side=" + where(c) + (doc.dominates(c, t) ? "D" : "-") + between(c, t, ",") + side);
            String[] path = path(c, t);
            String up = path[0], down1 = path[1];
            f.add("up|dn=" + up + "|" + down1);
            f.add("dn|side=" + down1 + "|" + side);
            f.add("up|dn|side=" + up + "|" + down1 + "|" + side);
            f.add("cl|up|dn=" + cl + "|" + up + "|" + down1);
            f.add("cd|up|dn=" + cue.deprel() + "|" + up + "|" + down1 + "|" + side);
            f.add("depth=" + path[2]);
            f.add("dn|td=" + down1 + "|" + tok.deprel());
        } else {
            // A sentence with a cue of its own is usually that cue's content, not this one's.
            f.add("otherCue|sd|q=" + otherCue(t) + sd + inQuote(t));
            f.add("xs|sq=" + sd + "|" + sentenceHasQuote(t) + "|" + inQuote(t));
            f.add("xs|cq=" + sd + "|" + sentenceHasQuote(c) + "|" + inQuote(t));
            f.add("xs|para=" + sd + "|" + (tok.paragraph() - cue.paragraph()));
            f.add("xs|cl=" + sd + "|" + cl);
            f.add("xs|cd=" + sd + "|" + cue.deprel() + "|" + inQuote(t));
        }
        return f;
    }

    /** How sure the cue model is of a cue in t's sentence. */
    private String otherCue(int t) {
        double best = 0;
        var s = doc.sentenceOf(t);
        for (int i = s.firstToken(); i < s.endToken(); i++) best = Math.max(best, cueProbability[i]);
        return best < 0.2 ? "no" : best < 0.5 ? "weak" : best < 0.8 ? "likely" : "sure";
    }

    /** How many tokens with the given text lie strictly between a and b: 0, 1 or 2+. */
    private String between(int a, int b, String text) {
        int n = 0;
        for (int i = Math.min(a, b) + 1; i < Math.max(a, b); i++) if (doc.token(i).text().equals(text)) n++;
        return n >= 2 ? "2+" : Integer.toString(n);
    }

    /** Whether a token sits at the start, middle or end of its sentence, punctuation aside. */
    private String where(int t) {
        var s = doc.sentenceOf(t);
        int before = 0, after = 0;
        for (int i = s.firstToken(); i < t; i++) if (!doc.token(i).isPunct()) before++;
        for (int i = t + 1; i < s.endToken(); i++) if (!doc.token(i).isPunct()) after++;
        return before <= 2 ? "start" : after <= 3 ? "end" : "mid";
    }

    /**
     * The dependency path from cue {@code c} to token {@code t} in one sentence: the relations
     * climbed from c to their lowest common ancestor (at most three, then "+"), the relation of
     * the branch taken down from it, and how deep t lies below that branch.
     */
    private String[] path(int c, int t) {
        List<Integer> upC = doc.pathToRoot(c);
        List<Integer> upT = doc.pathToRoot(t);
        int lca = -1, iT = -1;
        for (int i = 0; i < upC.size() && lca < 0; i++) {
            int j = upT.indexOf(upC.get(i));
            if (j >= 0) { lca = upC.get(i); iT = j; }
        }
        StringBuilder up = new StringBuilder();
        int climbed = lca < 0 ? upC.size() : upC.indexOf(lca);
        for (int i = 0; i < Math.min(3, climbed); i++) up.append(doc.token(upC.get(i)).deprel()).append('^');
        if (climbed > 3) up.append('+');
        if (lca < 0) return new String[] {up + "X", "none", "0"};
        String down = iT == 0 ? "self" : doc.token(upT.get(iT - 1)).deprel();
        return new String[] {up.toString(), down, Integer.toString(Math.min(iT, 4))};
    }

    /**
     * The shape of what precedes a colon in its sentence: "WALLACE:" and "Pence:" introduce speech,
     * also after an opening quotation mark ("WALLACE: ... in a quoted transcript).
     */
    private String leadingNameShape(int from, int colon) {
        while (from < colon && doc.token(from).isPunct()) from++;
        int n = colon - from;
        if (n == 0) return "none";
        if (n > 4) return "long";
        boolean upper = true, proper = true;
        for (int i = from; i < colon; i++) {
            String x = doc.token(i).text();
            upper &= x.equals(x.toUpperCase(Locale.ROOT)) && x.chars().anyMatch(Character::isLetter);
            proper &= doc.token(i).pos().startsWith("NNP");
        }
        return upper ? "CAPS" : proper ? "name" : "short";
    }

    private boolean sentenceHasQuote(int t) {
        var s = doc.sentenceOf(t);
        for (int i = s.firstToken(); i < s.endToken(); i++) if (inQuote(i)) return true;
        return false;
    }

    /** Whether a quotation ends just before t (", he said") or starts just after (said: "..."). */
    private String quoteNear(int t) {
        var s = doc.sentenceOf(t);
        for (int i = Math.max(s.firstToken(), t - 3); i < t; i++) if (inQuote(i) && !inQuote(t)) return "before";
        for (int i = t + 1; i < Math.min(s.endToken(), t + 4); i++) if (inQuote(i) && !inQuote(t)) return "after";
        return "no";
    }

    private static String bucket(int d) {
        return d <= 2 ? Integer.toString(d) : d <= 5 ? "3-5" : d <= 10 ? "6-10" : d <= 20 ? "11-20" : ">20";
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
