package org.dossier.nlp;

/** A sentence: tokens {@code [firstToken, endToken)} and its UTF-16 character span. */
public record Sentence(int index, int firstToken, int endToken, int start, int end, int paragraph) implements java.io.Serializable {
    public int size() {
        return endToken - firstToken;
    }
}
