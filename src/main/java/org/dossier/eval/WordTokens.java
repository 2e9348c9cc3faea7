package org.dossier.eval;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import org.dossier.model.Span;

/**
 * The evaluation's word tokens: maximal runs of letters or digits ({@link Character#isLetterOrDigit(int)}),
 * as code-point ranges. Punctuation and spaces belong to no token.
 */
public final class WordTokens {
    private final int[] starts;
    private final int[] ends;

    private WordTokens(int[] starts, int[] ends) {
        this.starts = starts;
        this.ends = ends;
    }

    /** Tokenises {@code text}; offsets are code points. */
    public static WordTokens of(String text) {
        int[] cps = text.codePoints().toArray();
        List<int[]> runs = new ArrayList<>();
        for (int i = 0; i < cps.length; ) {
            if (!Character.isLetterOrDigit(cps[i])) { i++; continue; }
            int start = i;
            while (i < cps.length && Character.isLetterOrDigit(cps[i])) i++;
            runs.add(new int[] {start, i});
        }
        return new WordTokens(runs.stream().mapToInt(r -> r[0]).toArray(), runs.stream().mapToInt(r -> r[1]).toArray());
    }

    public int size() { return starts.length; }

    /** The code-point range of token {@code i}. */
    public Span token(int i) { return new Span(starts[i], ends[i]); }

    /** Indexes of the tokens that share at least one code point with one of {@code spans}. */
    public BitSet covered(Collection<Span> spans) {
        BitSet out = new BitSet(size());
        for (Span s : spans) {
            if (s.length() == 0) continue;
            // first token ending after the span's start
            int lo = 0, hi = size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (ends[mid] <= s.start()) lo = mid + 1; else hi = mid;
            }
            for (int i = lo; i < size() && starts[i] < s.end(); i++) out.set(i);
        }
        return out;
    }

    /** Jaccard overlap of two token sets: shared tokens over tokens in either; 0 when both are empty. */
    public static double jaccard(BitSet a, BitSet b) {
        BitSet both = (BitSet) a.clone();
        both.and(b);
        BitSet either = (BitSet) a.clone();
        either.or(b);
        return either.isEmpty() ? 0 : (double) both.cardinality() / either.cardinality();
    }
}
