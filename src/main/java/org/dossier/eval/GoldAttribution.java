package org.dossier.eval;

import java.util.List;
import org.dossier.model.Span;

/**
 * One gold attribution: the spans of its source, cue and content, each sorted by offset.
 * A missing source or cue is an empty list, never null.
 */
public record GoldAttribution(List<Span> source, List<Span> cue, List<Span> content) {
    public GoldAttribution {
        source = List.copyOf(source);
        cue = List.copyOf(cue);
        content = List.copyOf(content);
    }
}
