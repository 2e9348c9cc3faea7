package org.dossier.extract.attribution;

import org.dossier.lang.Words;
import org.dossier.nlp.ParsedText;
import org.dossier.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who a report is about is not its source: the subject of a passive report with an infinitive
 * ("Mr Clarke had been reported to be less enthusiastic", "The chancellor is thought to favour a
 * cut", "rebels said to be close to the army") is part of what is reported, unless the
 * infinitive reports words itself ("is alleged to have said"). The source is the
 * agent ("by X"), else none; and when the report is what a speaker's clause says ("He told the
 * BBC that Mr Clarke had been reported to be ..."), and no attribution has that speaker's cue,
 * the attribution is that speaker's, the report its content.
 */
final class ReportedSubjectNotSource implements AttributionRule {
    private static final Set<String> SPEECH = Words.of("en").set("speech-cues");
    /** How far up the tree a speaker's verb may be from the report it says. */
    private static final int STEPS = 4;

    @Override
    public List<FoundAttribution> apply(ParsedText doc, List<FoundAttribution> found) {
        List<FoundAttribution> out = new ArrayList<>(found);
        for (int i = 0; i < out.size(); i++) {
            FoundAttribution a = out.get(i);
            if (a.isRunOn() || !isRaisingPassive(doc, a.anchor())) continue;
            if (!a.source().isEmpty() && doc.rootOf(a.source()) == reportedSubject(doc, a.anchor())) {
                TreeSet<Integer> content = new TreeSet<>(a.content());
                content.addAll(a.source());
                List<Integer> agent = ModelCues.agent(doc, a.anchor());
                content.removeAll(agent);
                a = a.withSource(agent).withContent(new ArrayList<>(content));
            }
            if (a.source().isEmpty()) a = speakersReport(doc, a, out);
            out.set(i, a);
        }
        return out;
    }

    /**
     * A passive participle with an infinitive: "been reported to be", "is said to have", "rebels
     * said to be". Not when the infinitive reports words itself: "Mr Houston is alleged to have
     * said that ..." is his.
     */
    private static boolean isRaisingPassive(ParsedText doc, int cue) {
        Token c = doc.token(cue);
        if (!c.pos().equals("VBN")) return false;
        boolean passive = c.deprel().equals("acl") || doc.children(cue).stream().anyMatch(k -> doc.token(k).deprel().equals("aux:pass"));
        return passive && doc.children(cue).stream().anyMatch(k -> doc.token(k).deprel().equals("xcomp")
                && !SPEECH.contains(doc.token(k).lemma().toLowerCase(Locale.ROOT))
                && doc.children(k).stream().anyMatch(m -> doc.token(m).deprel().equals("mark") && doc.token(m).text().equalsIgnoreCase("to")));
    }

    /** The one the report is about: the passive subject, or the noun a reduced relative describes ("rebels said to be"). */
    private static int reportedSubject(ParsedText doc, int cue) {
        if (doc.token(cue).deprel().equals("acl")) return doc.head(cue);
        for (int k : doc.children(cue)) if (doc.token(k).deprel().equals("nsubj:pass")) return k;
        return -1;
    }

    /**
     * The report as the content of the speaker's verb above it in the same sentence ("He told the BBC
     * that [Mr Clarke had been reported to ...]"), when that verb is a speech cue with a subject and
     * anchors no attribution yet; else the report as it is.
     */
    private static FoundAttribution speakersReport(ParsedText doc, FoundAttribution report, List<FoundAttribution> all) {
        int cue = report.anchor();
        for (int v = doc.head(cue), steps = 0; v >= 0 && steps < STEPS; v = doc.head(v), steps++) {
            Token verb = doc.token(v);
            if (!verb.pos().startsWith("VB") || !SPEECH.contains(verb.lemma().toLowerCase(Locale.ROOT))) continue;
            int subject = doc.subjectOf(v), anchor = v;
            if (subject < 0 || all.stream().anyMatch(f -> f.anchor() == anchor)) return report;
            List<Integer> content = doc.subtree(cue);
            return new FoundAttribution(v, ModelCues.cueTokens(doc, v), doc.subtree(subject), content, report.confidence());
        }
        return report;
    }
}
