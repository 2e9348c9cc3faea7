package org.dossier.extract.attribution;

import org.dossier.model.AttributionType;

import java.util.List;

/**
 * An attribution as token indexes into its {@link org.dossier.nlp.ParsedText}, before entities
 * are resolved and offsets converted.
 *
 * @param anchor     the cue's main token; for a run-on quotation, which has no cue, its first token
 * @param type       what kind of report it is ({@link AttributionType}); null until typed
 * @param continues  for a run-on quotation, the index (in the extractor's list) of the attribution
 *                   it continues; -1 otherwise
 * @param confidence estimated probability that the attribution is right
 */
public record FoundAttribution(int anchor, List<Integer> cue, List<Integer> source, List<Integer> content,
                               double confidence, AttributionType type, int continues) {

    public FoundAttribution(int anchor, List<Integer> cue, List<Integer> source, List<Integer> content, double confidence) {
        this(anchor, cue, source, content, confidence, null, -1);
    }

    public FoundAttribution withType(AttributionType t) {
        return new FoundAttribution(anchor, cue, source, content, confidence, t, continues);
    }

    public FoundAttribution withSource(List<Integer> s) {
        return new FoundAttribution(anchor, cue, s, content, confidence, type, continues);
    }

    public FoundAttribution withContent(List<Integer> c) {
        return new FoundAttribution(anchor, cue, source, c, confidence, type, continues);
    }

    /** The attribution with {@code s} as its source, and those tokens out of its content. */
    public FoundAttribution withSourceOutOfContent(List<Integer> s) {
        List<Integer> c = new java.util.ArrayList<>(content);
        c.removeAll(s);
        return withSource(s).withContent(c);
    }

    /** The last token of the attribution: of its content, cue or source; -1 for none. */
    public int lastToken() {
        int end = -1;
        for (List<Integer> part : List.of(content, cue, source)) for (int t : part) end = Math.max(end, t);
        return end;
    }

    /** A quotation with no cue of its own that goes on with an earlier one's speaker. */
    public boolean isRunOn() {
        return continues >= 0;
    }
}
