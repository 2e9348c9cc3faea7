package org.dossier.extract.attribution;

import java.util.List;

/**
 * The attribution rule chain, declared in the order the rules run: each sees what the rules
 * before it found. A new rule is one class implementing {@link AttributionRule} (or
 * {@link AttributionFix} when it fixes attributions one at a time), one entry here and one test.
 */
final class AttributionRules {
    private AttributionRules() {}

    /** The chain for English news, with the trained models behind its first rule. */
    static List<AttributionRule> english(AttributionModel model) {
        return List.of(
                // find
                new ModelCues(model),
                new FixedShapes(model.confidence(0.9, 0.9)),
                new DuplicateClaims(),
                new SectionLabels(),
                new HeadlineReportsNothing(),
                // fix sources and contents
                new SpeakerAfterQuotation(),
                new RelativePronounSource(),
                new PossessorOfNounCue(),
                new DemonstrativeContent(),
                new DatelineOutOfSource(),
                new SpeakerNotVenue(),
                new PrizeNotSpeaker(),
                new ReportedSubjectNotSource(),
                new InvertedSource(),
                new ColonQuotation(model.confidence(0.9, 0.9)),
                new QuotationsGoingOn(),
                new OneOwnerPerWord(),
                new BarePunctuation(),
                new ContentAsWritten(),
                new NameCalled(),
                // type, then what needs the type
                new TypeFromCue(),
                new PurposeClauses(),
                new ThingsNotWords(),
                new QuotationsGivenBack(),
                new RunOnQuotes());
    }
}
