package org.dossier.extract.attribution;

import org.dossier.nlp.ParsedText;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.Set;

/** Turns the per-token decisions of the role model into tidy runs of tokens. */
final class TokenRuns {
    private TokenRuns() {}

    /**
     * Content tokens as the role model chose them, with gaps of one to three punctuation tokens
     * closed. (Dropping short stray runs as well was measured on dev and lost F1.)
     */
    static List<Integer> closePunctuationGaps(ParsedText doc, List<Integer> tokens) {
        List<Integer> out = new ArrayList<>();
        for (List<Integer> r : runs(doc, tokens)) out.addAll(r);
        return out;
    }

    /**
     * Adds to a content the sentences before and after the cue's own that the role model found
     * mostly content, as long as they adjoin: quotes run on over several sentences.
     */
    static List<Integer> withAdjoiningSentences(ParsedText doc, List<Integer> content, List<Integer> elsewhere,
                                                int own, List<Integer> cue, List<Integer> source) {
        Map<Integer, Integer> contentWords = new HashMap<>();
        for (int t : elsewhere) if (!doc.token(t).isPunct()) contentWords.merge(doc.token(t).sentence(), 1, Integer::sum);
        Set<Integer> excluded = new HashSet<>(cue);
        excluded.addAll(source);
        List<Integer> out = new ArrayList<>(content);
        for (int dir = -1; dir <= 1; dir += 2) {
            for (int s = own + dir; s >= 0 && s < doc.sentences().size(); s += dir) {
                var sent = doc.sentences().get(s);
                int words = 0;
                for (int t = sent.firstToken(); t < sent.endToken(); t++) if (!doc.token(t).isPunct()) words++;
                if (2 * contentWords.getOrDefault(s, 0) < words || words == 0) break;
                for (int t = sent.firstToken(); t < sent.endToken(); t++) if (!excluded.contains(t)) out.add(t);
            }
        }
        out.sort(null);
        return out;
    }

    /**
     * The run of the tokens that holds {@code preferred} (the cue's subject), else the longest
     * (sources are one phrase): in "Steve Sweeney, who also serves as a top official in the
     * state iron workers union, said", the relative clause is the longer run but not the one who said.
     */
    static List<Integer> runHoldingOrLargest(ParsedText doc, List<Integer> tokens, int preferred) {
        List<Integer> best = new ArrayList<>();
        for (List<Integer> r : runs(doc, tokens)) {
            if (r.contains(preferred)) return r;
            if (r.size() > best.size()) best = r;
        }
        return best;
    }

    /** Maximal runs of the (sorted) tokens, allowing punctuation-only gaps inside a run. */
    static List<List<Integer>> runs(ParsedText doc, List<Integer> tokens) {
        List<List<Integer>> runs = new ArrayList<>();
        List<Integer> cur = null;
        int last = -2;
        for (int t : tokens) {
            boolean joins = cur != null && punctuationBetween(doc, last, t);
            if (!joins) {
                cur = new ArrayList<>();
                runs.add(cur);
            } else {
                for (int g = last + 1; g < t; g++) cur.add(g);
            }
            cur.add(t);
            last = t;
        }
        return runs;
    }

    private static boolean punctuationBetween(ParsedText doc, int a, int b) {
        if (b - a > 3) return false;
        for (int g = a + 1; g < b; g++) if (!doc.token(g).isPunct()) return false;
        return true;
    }

    /** Maximal runs of consecutive tokens, in text order: {3, 4, 7} is [3, 4] and [7]. */
    static List<List<Integer>> consecutive(java.util.SortedSet<Integer> tokens) {
        List<List<Integer>> runs = new ArrayList<>();
        int last = -2;
        for (int t : tokens) {
            if (t != last + 1) runs.add(new ArrayList<>());
            runs.get(runs.size() - 1).add(t);
            last = t;
        }
        return runs;
    }

    static double jaccard(List<Integer> a, List<Integer> b) {
        Set<Integer> sa = new HashSet<>(a);
        int inter = 0;
        for (int x : b) if (sa.contains(x)) inter++;
        int union = sa.size() + b.size() - inter;
        return union == 0 ? 0 : (double) inter / union;
    }
}
