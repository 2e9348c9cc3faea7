package org.dossier.model;

import java.util.Locale;

/**
 * What an attribution reports, so that quotes can be told from beliefs: users who count quotes
 * want {@link #SPEECH}; PolNeAR's broad notion of attribution is all five together.
 */
public enum AttributionType {
    /** Spoken or written communication: said, told, wrote, announced, "according to". */
    SPEECH,
    /** A belief, wish or state of mind: believes, thinks, hopes, fears, wants, knows. */
    THOUGHT,
    /** What a study, poll, document or data shows or finds. */
    EVIDENCE,
    /** A refusal to speak: "did not comment", "declined to comment"; kept, never a statement. */
    REFUSAL,
    /** An act that is not a report ("ordered the invasion", "voted"), which PolNeAR still counts. */
    OTHER;

    /** The lowercase name used in JSON, the store and the command line. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a label such as "speech" (any case); throws with the valid names otherwise. */
    public static AttributionType of(String label) {
        for (AttributionType t : values()) if (t.label().equalsIgnoreCase(label.strip())) return t;
        throw new IllegalArgumentException("unknown attribution type '" + label + "': use speech, thought, evidence, refusal or other");
    }
}
