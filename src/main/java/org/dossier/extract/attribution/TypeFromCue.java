package org.dossier.extract.attribution;

import org.dossier.model.AttributionType;

import org.dossier.nlp.ParsedText;

import java.util.List;

/**
 * Types each attribution from its cue in context ({@link AttributionTyper}): speech, thought,
 * evidence, refusal or other. "The company declined to comment" is a refusal, "the poll found
 * that ..." evidence. Rules before it see untyped attributions; rules after it may use the type.
 */
final class TypeFromCue implements AttributionRule {
    @Override
    public List<FoundAttribution> apply(ParsedText doc, List<FoundAttribution> found) {
        return new AttributionTyper(doc).typed(found);
    }
}
