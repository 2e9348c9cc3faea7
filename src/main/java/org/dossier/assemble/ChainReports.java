package org.dossier.assemble;

import org.dossier.extract.attribution.FoundAttribution;
import org.dossier.model.AttributionType;
import org.dossier.nlp.ParsedText;
import org.dossier.nlp.StageTimes;
import org.dossier.nlp.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reports of reports: for each attribution, the speech report it only passes on, if any ("This
 * was revealed to Politico by X, News.bg reports": News.bg's report relays X's). A relaying report
 * is not a statement of its own; its source joins the inner one's {@code via} ({@link NumberAttributions}).
 */
public final class ChainReports implements AnalysisStage {
    @Override
    public StageTimes.Stage timing() {
        return StageTimes.Stage.SOURCES;
    }

    @Override
    public void apply(Draft d) {
        d.relayed = new int[d.found.size()];
        for (int i = 0; i < d.found.size(); i++) d.relayed[i] = relayedReport(d, d.found.get(i), d.found);
    }

    /** The attribution a run-on continues; when that one only relays another report, the report it relays. */
    static int continued(FoundAttribution runOn, int[] relayed) {
        int c = runOn.continues();
        for (int guard = 0; relayed[c] >= 0 && guard < relayed.length; guard++) c = relayed[c];
        return c;
    }

    /**
     * For a report of a report, the index of the speech report it relays (-1 otherwise): a
     * relaying report ({@link #relays}) that repeats the inner one's words, or whose content is the
     * inner report itself, its source included.
     */
    private static int relayedReport(Draft d, FoundAttribution outer, List<FoundAttribution> all) {
        ParsedText doc = d.doc;
        if (outer.isRunOn() || outer.content().isEmpty()) return -1;
        for (int i = 0; i < all.size(); i++) {
            FoundAttribution inner = all.get(i);
            if (inner == outer || inner.isRunOn() || inner.source().isEmpty() || inner.type() != AttributionType.SPEECH) continue;
            if (!relays(d, outer, inner)) continue;
            if (!outer.content().contains(inner.anchor())) return i;  // the same words, relayed
            if (!outer.content().containsAll(inner.source())) continue;
            // the inner cue heads the outer content ("News.bg reports [X revealed ...]"), or hangs from its
            // quotation ("\"...,\" Zelenskyy told reporters"), not from some other clause ("Y was right when he said")
            int root = doc.rootOf(outer.content());
            Token cue = doc.token(inner.anchor());
            boolean quoteFirst = inner.content().stream().allMatch(t -> t < inner.anchor());
            boolean heads = doc.dominates(inner.anchor(), root) || quoteFirst && inner.content().contains(cue.head());
            if (!heads) continue;
            // the outer content is the inner report: its words are the inner cue's clause or content
            long words = 0, inside = 0;
            for (int t : outer.content()) {
                if (doc.token(t).isPunct()) continue;
                words++;
                if (inner.content().contains(t) || doc.dominates(inner.anchor(), t)) inside++;
            }
            if (inside >= 0.8 * words) return i;
        }
        return -1;
    }

    /**
     * Whether {@code outer} passes on {@code inner}: a reporting cue whose content holds the inner
     * cue ("..., News.bg reports"), or repeats the inner content in the same sentence ("\"...,\"
     * Zelenskyy told reporters, according to Example Wire").
     */
    static boolean relays(Draft d, FoundAttribution outer, FoundAttribution inner) {
        ParsedText doc = d.doc;
        if (outer.isRunOn() || !reports(d, outer.anchor())) return false;
        if (outer.content().contains(inner.anchor())) return true;
        // the relay comes after the report it passes on: "X told reporters ..., according to Example Wire"
        if (outer.anchor() < inner.anchor() || doc.token(outer.anchor()).sentence() != doc.token(inner.anchor()).sentence()
                || inner.content().contains(outer.anchor())) return false;  // a report inside the content is nested, no relay
        long words = outer.content().stream().filter(t -> !doc.token(t).isPunct()).count();
        long shared = outer.content().stream().filter(t -> !doc.token(t).isPunct() && inner.content().contains(t)).count();
        return words > 0 && shared >= 0.8 * words;
    }

    /** Whether a cue passes on what others said, so that its source relays what it contains. */
    private static boolean reports(Draft d, int cue) {
        Set<String> relaying = d.words.relayingCues();
        return relaying.contains(d.doc.token(cue).lemma().toLowerCase(Locale.ROOT))
                || relaying.contains(d.doc.token(cue).text().toLowerCase(Locale.ROOT));
    }

    /**
     * The organisation a cue's words were said to, which relays them: "revealed to Politico", "told
     * CNN", "in an interview with Fox News"; null when none.
     */
    static String recipient(Draft d, int cue) {
        ParsedText doc = d.doc;
        for (int k : doc.children(cue)) {
            Token c = doc.token(k);
            boolean toOrWith = doc.hasCase(k, d.words.recipientPrepositions());
            boolean candidate = c.deprel().equals("iobj") || c.deprel().equals("obj") || c.deprel().startsWith("obl") && toOrWith;
            if (!candidate) continue;
            for (int t = k; t >= 0 && t > k - 6; t--) {
                String id = d.entityOfToken[t];
                // Outlets are often tagged as places ("revealed to Politico"); people told are not relays.
                if (id != null && !d.entity(id).type().equals("PERSON")) return id;
                if (!doc.dominates(k, t)) break;
            }
        }
        return null;
    }
}
