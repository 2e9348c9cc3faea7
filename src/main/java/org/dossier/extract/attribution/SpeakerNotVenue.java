package org.dossier.extract.attribution;

import org.dossier.lang.Words;

import org.dossier.nlp.ParsedText;
import org.dossier.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where it was said is not who said it: a source that is a place of publication or a venue ("in
 * the Herald newspaper", "on BBC Radio 4") becomes the subject of the cue's clause, or of the
 * clause a participle cue hangs from; without one, there is no source. "Mr Houston was quoted in
 * the Herald newspaper saying ..." is Mr Houston's.
 */
final class SpeakerNotVenue implements AttributionFix {
    private static final Set<String> VENUE_PREPOSITIONS = Words.of("en").set("venue-prepositions");  // not "by": "revealed by X" names X

    @Override
    public FoundAttribution fix(ParsedText doc, FoundAttribution a) {
        if (a.source().isEmpty()) return a;
        Token first = doc.token(a.source().get(0));
        if (!first.deprel().equals("case") || !VENUE_PREPOSITIONS.contains(first.text().toLowerCase(Locale.ROOT))) return a;
        return withClauseSubject(doc, a);
    }

    /**
     * The attribution with the subject of its cue's clause as source, or of the clause a participle
     * cue hangs from ("the Herald newspaper saying"); with no source when there is none.
     */
    static FoundAttribution withClauseSubject(ParsedText doc, FoundAttribution a) {
        // up from a participle to the clause that has a subject, a few steps at most
        for (int clause = a.anchor(), steps = 0; clause >= 0 && steps < 3; clause = doc.head(clause), steps++) {
            int k = doc.subjectOf(clause);
            if (k < 0) continue;
            int[] r = doc.subtreeRange(k);
            List<Integer> subject = new ArrayList<>();
            for (int t = r[0]; t <= r[1]; t++) subject.add(t);
            return a.withSourceOutOfContent(subject);
        }
        return a.withSource(List.of());
    }
}
