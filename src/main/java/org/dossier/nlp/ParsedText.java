package org.dossier.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A text with its tokens, sentences and dependency trees: the one document object that every
 * extraction stage reads. Immutable after construction.
 */
public final class ParsedText implements java.io.Serializable {
    private final String text;
    private final List<Token> tokens;
    private final List<Sentence> sentences;
    private final List<List<Integer>> children;
    private final int[] quotationOf;

    public ParsedText(String text, List<Token> tokens, List<Sentence> sentences) {
        this.text = text;
        this.tokens = List.copyOf(tokens);
        this.sentences = List.copyOf(sentences);
        List<List<Integer>> kids = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) kids.add(new ArrayList<>());
        for (Token t : tokens) if (t.head() >= 0) kids.get(t.head()).add(t.index());
        this.children = kids;
        this.quotationOf = Quotes.quotationOfTokens(this.tokens, Quotes.find(text));
    }

    /** Quotations are recomputed on reading, so that parses cached by an older build get today's. */
    private Object readResolve() {
        return new ParsedText(text, tokens, sentences);
    }

    /**
     * Whether the text has a dependency parse: false for a language without a parser, whose tokens
     * have no head ({@link Token#NO_RELATION}); stages that need a parse do not run on it.
     */
    public boolean hasParse() {
        return tokens.isEmpty() || tokens.get(0).parsed();
    }

    public String text() { return text; }
    public List<Token> tokens() { return tokens; }
    public List<Sentence> sentences() { return sentences; }

    /**
     * Whether the sentence is the text's headline: its first line, a paragraph of its own before
     * more text, with no full stop at its end or in title case ("Donald Trump Denies Mike Tyson
     * Invited to Appear at GOP Convention."). A headline sums up what the article reports; it
     * reports nothing itself.
     */
    public boolean isHeadline(Sentence s) {
        if (s.index() != 0 || sentences.size() < 2 || sentences.get(1).paragraph() == s.paragraph()) return false;
        if (!tokens.get(s.endToken() - 1).text().equals(".")) return true;
        int words = 0, capitalised = 0;
        for (int t = s.firstToken(); t < s.endToken(); t++) {
            String w = tokens.get(t).text();
            if (w.length() <= 3 || !Character.isLetter(w.codePointAt(0))) continue;
            words++;
            if (Character.isUpperCase(w.codePointAt(0))) capitalised++;
        }
        return words >= 3 && capitalised == words;
    }
    public Token token(int i) { return tokens.get(i); }
    public Sentence sentenceOf(int tokenIndex) { return sentences.get(tokens.get(tokenIndex).sentence()); }

    /** Index of the quotation (see {@link Quotes#find}) holding a token, or -1 outside quotations. */
    public int quotationOf(int tokenIndex) { return quotationOf[tokenIndex]; }

    /** The tokens of quotation {@code q} (see {@link #quotationOf}), sorted; none for -1 or an index no token has. */
    public List<Integer> quotation(int q) {
        List<Integer> out = new ArrayList<>();
        if (q < 0) return out;
        for (int t = 0; t < tokens.size(); t++) if (quotationOf[t] == q) out.add(t);
        return out;
    }

    /** The tokens of each quotation that holds any, in text order, each list sorted. */
    public List<List<Integer>> quotationTokens() {
        java.util.TreeMap<Integer, List<Integer>> byQuotation = new java.util.TreeMap<>();
        for (int t = 0; t < tokens.size(); t++) {
            if (quotationOf[t] >= 0) byQuotation.computeIfAbsent(quotationOf[t], k -> new ArrayList<>()).add(t);
        }
        return List.copyOf(byQuotation.values());
    }

    /** Head of a token, or -1 for the root of its sentence (spaCy's {@code Token.head}). */
    public int head(int tokenIndex) { return tokens.get(tokenIndex).head(); }

    /** Dependents of a token, in text order. */
    public List<Integer> children(int tokenIndex) { return children.get(tokenIndex); }

    /** The text between two UTF-16 offsets. */
    public String slice(int start, int end) { return text.substring(start, end); }

    /**
     * The syntactic head of a phrase (spaCy's {@code Span.root}): its first token whose head lies
     * outside it, a word before punctuation. In a tree every phrase has one; the first token stands
     * in otherwise.
     */
    public int rootOf(List<Integer> phrase) {
        // a comma or a quotation mark at the phrase's edge hangs from outside it, but heads nothing
        for (int t : phrase) if (!phrase.contains(head(t)) && !token(t).isPunct()) return t;
        for (int t : phrase) if (!phrase.contains(head(t))) return t;
        return phrase.get(0);
    }

    /** The syntactic head of the tokens {@code [first, end)}. */
    public int rootOf(int first, int end) {
        List<Integer> range = new ArrayList<>();
        for (int t = first; t < end; t++) range.add(t);
        return rootOf(range);
    }

    /** The tokens of the subtree under {@code root}, itself included, in text order (spaCy's {@code Token.subtree}). */
    public List<Integer> subtree(int root) {
        return subtreeWithout(root, -1);
    }

    /**
     * The subtree of {@code root} less the branch under one of its descendants, that branch's own
     * root included: a clause as seen from a word inside it, "said" with its dependents but the one
     * on the way down to that word.
     */
    public List<Integer> subtreeWithout(int root, int branch) {
        List<Integer> out = new ArrayList<>();
        List<Integer> stack = new ArrayList<>(List.of(root));
        while (!stack.isEmpty()) {
            int t = stack.remove(stack.size() - 1);
            out.add(t);
            for (int k : children.get(t)) if (k != branch) stack.add(k);
        }
        out.sort(null);
        return out;
    }

    /** Lowest and highest token index in the subtree of {@code root}. */
    public int[] subtreeRange(int root) {
        int lo = root, hi = root;
        ArrayList<Integer> stack = new ArrayList<>();
        stack.add(root);
        while (!stack.isEmpty()) {
            int t = stack.remove(stack.size() - 1);
            lo = Math.min(lo, t);
            hi = Math.max(hi, t);
            stack.addAll(children.get(t));
        }
        return new int[] {lo, hi};
    }

    /** True when {@code ancestor} dominates {@code t} (or is it). */
    public boolean dominates(int ancestor, int t) {
        return depthBelow(ancestor, t) >= 0;
    }

    /**
     * Steps up from {@code t} to {@code ancestor}: 0 when they are one token, -1 when it is no
     * ancestor. The walk stops after 200 steps, a guard against a parse that is not a tree.
     */
    public int depthBelow(int ancestor, int t) {
        for (int steps = 0; t >= 0 && steps < 200; steps++, t = head(t)) if (t == ancestor) return steps;
        return -1;
    }

    /**
     * A token and its ancestors, up to its sentence's root (spaCy's {@code Token.ancestors}, with
     * the token first). At most 100 tokens, a guard against a parse that is not a tree.
     */
    public List<Integer> pathToRoot(int t) {
        List<Integer> out = new ArrayList<>();
        for (int guard = 0; t >= 0 && guard < 100; guard++) {
            out.add(t);
            t = head(t);
        }
        return out;
    }

    /** The first dependent of a token that is its subject (nsubj, nsubj:pass, ...), or -1. */
    public int subjectOf(int head) {
        for (int k : children.get(head)) if (tokens.get(k).deprel().startsWith("nsubj")) return k;
        return -1;
    }

    /** Whether a token has a case marker that is {@code word}, in any case: "by" in "by Ukrainians". */
    public boolean hasCase(int t, String word) {
        return children.get(t).stream().anyMatch(k -> tokens.get(k).deprel().equals("case") && tokens.get(k).text().equalsIgnoreCase(word));
    }

    /** Whether a token has a case marker among {@code words} (lower case): "from" or "by" in "a memo from the mayor". */
    public boolean hasCase(int t, Set<String> words) {
        return children.get(t).stream().anyMatch(k -> tokens.get(k).deprel().equals("case")
                && words.contains(tokens.get(k).text().toLowerCase(Locale.ROOT)));
    }
}
