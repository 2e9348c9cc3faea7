package org.dossier.extract.attribution;

import org.dossier.nlp.ParsedText;

import java.util.List;
import java.util.Locale;

/**
 * One step of the attribution chain ({@link AttributionRules}): it reads the parse and the
 * attributions the rules before it found, and returns them with its own found, fixed or dropped.
 * Rules hold no state of a document, so one chain serves every thread.
 */
interface AttributionRule {
    /** The class's name in kebab case: {@code SpeakerNotVenue} is "speaker-not-venue". */
    default String name() {
        return getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    List<FoundAttribution> apply(ParsedText doc, List<FoundAttribution> found);
}
