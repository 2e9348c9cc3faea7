package org.dossier.extract.attribution;

import org.dossier.extract.entity.Prizes;
import org.dossier.nlp.ParsedText;

import java.util.ArrayList;
import java.util.List;

/**
 * A prize is never who speaks: a source whose head is a prize's name ("The actor, who won a
 * Golden Globe and an Academy Award for the role, said ...", where the models took the prizes
 * for the source) becomes the subject of the cue's clause, as {@link SpeakerNotVenue} does;
 * without one, there is no source.
 */
final class PrizeNotSpeaker implements AttributionFix {
    @Override
    public FoundAttribution fix(ParsedText doc, FoundAttribution a) {
        if (a.source().isEmpty() || !Prizes.isPrize(nameAt(doc, doc.rootOf(a.source())))) return a;
        FoundAttribution fixed = SpeakerNotVenue.withClauseSubject(doc, a);
        // the clause's subject may be the prize itself ("the Golden Globe is said to ...")
        return fixed.source().isEmpty() || Prizes.isPrize(nameAt(doc, doc.rootOf(fixed.source()))) ? a.withSource(List.of()) : fixed;
    }

    /** The words of the name a noun heads: its compounds before it, then itself ("Academy Award"). */
    private static List<String> nameAt(ParsedText doc, int head) {
        List<String> words = new ArrayList<>();
        for (int k : doc.children(head)) {
            if (k < head && doc.token(k).deprel().matches("compound|flat|amod")) words.add(doc.token(k).text());
        }
        words.add(doc.token(head).text());
        return words;
    }
}
