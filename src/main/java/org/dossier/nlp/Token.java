package org.dossier.nlp;

/**
 * One word of a parsed text. Offsets are UTF-16 indexes into {@link ParsedText#text()};
 * they become code points only at the output boundary.
 *
 * @param index     position in the whole text's token list
 * @param sentence  index of the sentence holding this token
 * @param paragraph index of the paragraph (blank-line or newline separated block)
 * @param head      token index of the syntactic head, or -1 for the root
 * @param deprel    Universal Dependencies relation to the head ("root" for the root)
 */
public record Token(int index, String text, int start, int end, String lemma, String pos, String ner,
                    int head, String deprel, int sentence, int paragraph) implements java.io.Serializable {
    /** The relation of a token in a text that has no parse (a language without a parser): its head is -1. */
    public static final String NO_RELATION = "_";

    /** Whether this token comes from a parse: false for a language without a parser ({@link #NO_RELATION}). */
    public boolean parsed() {
        return !NO_RELATION.equals(deprel);
    }

    /** True for tokens made only of punctuation or symbols (not counted as words by the evaluation). */
    public boolean isPunct() {
        return text.codePoints().noneMatch(Character::isLetterOrDigit);
    }
}
