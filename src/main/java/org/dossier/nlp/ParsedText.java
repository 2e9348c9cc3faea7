package org.dossier.nlp;

import java.util.ArrayList;
import java.util.List;

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

    public String text() { return text; }
    public List<Token> tokens() { return tokens; }
    public List<Sentence> sentences() { return sentences; }
    public Token token(int i) { return tokens.get(i); }
    public Sentence sentenceOf(int tokenIndex) { return sentences.get(tokens.get(tokenIndex).sentence()); }

    /** Index of the quotation (see {@link Quotes#find}) holding a token, or -1 outside quotations. */
    public int quotationOf(int tokenIndex) { return quotationOf[tokenIndex]; }

    /** The tokens of each quotation that holds any, in text order, each list sorted. */
    public List<List<Integer>> quotationTokens() {
        java.util.TreeMap<Integer, List<Integer>> byQuotation = new java.util.TreeMap<>();
        for (int t = 0; t < tokens.size(); t++) {
            if (quotationOf[t] >= 0) byQuotation.computeIfAbsent(quotationOf[t], k -> new ArrayList<>()).add(t);
        }
        return List.copyOf(byQuotation.values());
    }

    /** Dependents of a token, in text order. */
    public List<Integer> children(int tokenIndex) { return children.get(tokenIndex); }

    /** The text between two UTF-16 offsets. */
    public String slice(int start, int end) { return text.substring(start, end); }

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
        for (int guard = 0; t >= 0 && guard < 200; guard++) {
            if (t == ancestor) return true;
            t = tokens.get(t).head();
        }
        return false;
    }
}
