package org.dossier.eval;

import org.dossier.model.AttributionType;
import org.dossier.extract.attribution.AttributionTyper;
import org.dossier.model.Span;
import org.dossier.lang.en.NlpPipeline;
import org.dossier.nlp.ParsedText;
import org.dossier.text.CodePoints;
import org.dossier.nlp.ParseCache;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The share of each {@link AttributionType} among a gold corpus's attributions, typed by the same
 * rules as Dossier's own, from each gold cue in its parsed sentence: how much of PolNeAR's broad
 * notion of attribution is speech.
 */
public final class GoldTypes {
    private GoldTypes() {}

    /** Counts per type, plus the gold attributions without a cue (not typed), under key null. */
    public static Map<AttributionType, Integer> count(List<GoldArticle> gold, Path parseCache, PrintStream log) throws IOException {
        List<ParsedText> parsed = ParseCache.parseAll(new NlpPipeline()::parse, gold.stream().map(GoldArticle::text).toList(), parseCache, log);
        Map<AttributionType, Integer> counts = new EnumMap<>(AttributionType.class);
        for (int i = 0; i < gold.size(); i++) {
            ParsedText doc = parsed.get(i);
            CodePoints cp = new CodePoints(doc.text());
            AttributionTyper typer = new AttributionTyper(doc);
            for (GoldAttribution a : gold.get(i).attributions()) {
                List<Integer> cue = tokens(doc, cp, a.cue());
                if (cue.isEmpty()) continue;
                int anchor = doc.rootOf(cue);
                counts.merge(typer.type(anchor, tokens(doc, cp, a.source()), tokens(doc, cp, a.content())), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static List<Integer> tokens(ParsedText doc, CodePoints cp, List<Span> spans) {
        List<Integer> out = new ArrayList<>();
        for (Span s : spans) {
            int a = cp.utf16(s.start()), b = cp.utf16(s.end());
            for (var t : doc.tokens()) if (t.start() >= a && t.end() <= b) out.add(t.index());
        }
        return out;
    }
}
