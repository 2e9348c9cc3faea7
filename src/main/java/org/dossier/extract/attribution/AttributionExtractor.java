package org.dossier.extract.attribution;

import org.dossier.nlp.ParsedText;

import java.util.List;

/**
 * Finds attributions in a parsed text by running the rule chain of {@link AttributionRules}: the
 * trained models' cues first, then the rules that add shapes they miss, fix classes of error, type
 * each attribution and add the quotations that run on. Thread-safe: the models are read-only and
 * the rules keep no state.
 */
public final class AttributionExtractor {
    private final List<AttributionRule> rules;

    public AttributionExtractor(AttributionModel model) {
        this.rules = AttributionRules.english(model);
    }

    /** Opens the bundled WordNet now rather than on the first article (loading does it beside the other models). */
    public static void openLexicon() {
        CueLexicon.lexicalClass("say", "VB");
    }

    public List<FoundAttribution> extract(ParsedText doc) {
        List<FoundAttribution> found = List.of();
        for (AttributionRule rule : rules) found = rule.apply(doc, found);
        return found;
    }

    /** The names of the rules, in the order they run. */
    List<String> ruleNames() {
        return rules.stream().map(AttributionRule::name).toList();
    }
}
