package org.dossier.extract.attribution;

import org.dossier.model.AttributionType;

import org.dossier.nlp.ParsedText;
import org.dossier.nlp.Token;

import java.util.List;
import java.util.Set;

/**
 * A participle clause of purpose that is not speech is no attribution: "..., seeking to build a
 * political bridge" tells what someone wants, with an infinitive for content. It runs after
 * typing, as it needs the type to tell speech from the rest.
 */
final class PurposeClauses implements AttributionRule {
    private static final Set<String> PARTICIPLE_CLAUSES = Set.of("advcl", "acl", "xcomp", "dep", "conj");

    @Override
    public List<FoundAttribution> apply(ParsedText doc, List<FoundAttribution> found) {
        return found.stream().filter(a -> !isPurposeClause(doc, a)).toList();
    }

    private static boolean isPurposeClause(ParsedText doc, FoundAttribution a) {
        if (a.type() != AttributionType.THOUGHT && a.type() != AttributionType.OTHER) return false;
        Token cue = doc.token(a.anchor());
        if (!cue.pos().equals("VBG") || !PARTICIPLE_CLAUSES.contains(cue.deprel())) return false;
        int first = a.content().stream().filter(t -> !doc.token(t).isPunct()).findFirst().orElse(-1);
        return first >= 0 && doc.token(first).text().equalsIgnoreCase("to");
    }
}
