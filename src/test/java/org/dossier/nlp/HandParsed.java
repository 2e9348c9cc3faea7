package org.dossier.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A {@link ParsedText} written by hand, for tests that need a parse but not the models that make
 * one. One token a line, in CoNLL-U's spirit: word, lemma ({@code _} for the word in lower case),
 * tag, head (1-based within the sentence, 0 for the root), relation and, optionally, the named
 * entity type. A blank line ends a sentence; a line {@code # newpar} starts a paragraph:
 * <pre>
 *   Smith  Smith  NNP  2  nsubj  PERSON
 *   said   say    VBD  0  root
 *   .      .      .    2  punct
 * </pre>
 * The text is the words joined as written prose: no space before closing punctuation and
 * quotation marks, none after opening ones; sentences apart by a space, paragraphs by a blank
 * line. Token offsets point into that text, and ParsedText itself derives the dependents and the
 * quotations, as for a parse of the models.
 */
public final class HandParsed {
    private static final Set<String> NO_SPACE_BEFORE = Set.of(",", ".", ";", ":", "!", "?", "”", "’", ")", "'s", "n't", "%", "»");
    private static final Set<String> NO_SPACE_AFTER = Set.of("“", "‘", "(", "$", "«");

    private final StringBuilder text = new StringBuilder();
    private final List<Token> tokens = new ArrayList<>();
    private final List<Sentence> sentences = new ArrayList<>();
    private int paragraph;
    private boolean straightQuoteOpen;

    private HandParsed() {}

    /** Parses the description above into a text with its tokens, sentences and trees. */
    public static ParsedText parse(String conll) {
        HandParsed b = new HandParsed();
        List<String[]> sentence = new ArrayList<>();
        for (String line : conll.strip().lines().map(String::strip).toList()) {
            if (line.isEmpty() || line.equals("# newpar")) {
                b.add(sentence);
                sentence.clear();
                if (line.startsWith("#") && !b.tokens.isEmpty()) b.paragraph++;
                continue;
            }
            String[] columns = line.split("\\s+");
            if (columns.length < 5) throw new IllegalArgumentException("word lemma tag head relation [ner] expected: " + line);
            sentence.add(columns);
        }
        b.add(sentence);
        return new ParsedText(b.text.toString(), b.tokens, b.sentences);
    }

    private void add(List<String[]> words) {
        if (words.isEmpty()) return;
        if (!tokens.isEmpty()) text.append(tokens.get(tokens.size() - 1).paragraph() == paragraph ? " " : "\n\n");
        int first = tokens.size(), start = text.length();
        for (int i = 0; i < words.size(); i++) {
            String[] c = words.get(i);
            String word = c[0];
            if (i > 0 && spaceBetween(words.get(i - 1)[0], word)) text.append(' ');
            if (word.equals("\"")) straightQuoteOpen = !straightQuoteOpen;
            int head = Integer.parseInt(c[3]);
            String lemma = c[1].equals("_") ? word.toLowerCase(Locale.ROOT) : c[1];
            String ner = c.length > 5 ? c[5] : "O";
            tokens.add(new Token(first + i, word, text.length(), text.length() + word.length(), lemma, c[2], ner,
                    head == 0 ? -1 : first + head - 1, c[4], sentences.size(), paragraph));
            text.append(word);
        }
        sentences.add(new Sentence(sentences.size(), first, tokens.size(), start, text.length(), paragraph));
    }

    /** Whether prose puts a space between two words; a straight quotation mark opens and closes by turns. */
    private boolean spaceBetween(String before, String word) {
        if (NO_SPACE_AFTER.contains(before) || before.equals("\"") && straightQuoteOpen) return false;
        return !NO_SPACE_BEFORE.contains(word) && !(word.equals("\"") && straightQuoteOpen);
    }

    /** The indexes of the first tokens that read {@code words} (tokens apart by spaces): "the talks". */
    public static List<Integer> tokens(ParsedText doc, String words) {
        List<String> wanted = Arrays.asList(words.split(" "));
        for (int t = 0; t + wanted.size() <= doc.tokens().size(); t++) {
            List<Integer> run = new ArrayList<>();
            for (int k = 0; k < wanted.size() && doc.token(t + k).text().equals(wanted.get(k)); k++) run.add(t + k);
            if (run.size() == wanted.size()) return run;
        }
        throw new AssertionError("no tokens read '" + words + "' in: " + doc.text());
    }

    /** The index of the first token that reads {@code word}. */
    public static int token(ParsedText doc, String word) {
        return tokens(doc, word).get(0);
    }

    /** The words of some tokens, apart by single spaces: what a test compares. */
    public static String words(ParsedText doc, List<Integer> tokens) {
        return String.join(" ", tokens.stream().map(t -> doc.token(t).text()).toList());
    }
}
