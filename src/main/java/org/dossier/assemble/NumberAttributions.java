package org.dossier.assemble;

import org.dossier.extract.attribution.FoundAttribution;
import org.dossier.model.Attribution;
import org.dossier.model.Segments;
import org.dossier.model.Source;
import org.dossier.nlp.StageTimes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The output attributions, numbered A1, A2, ... in text order, each with its kind (direct, mixed,
 * indirect), its spans as code-point offsets and its chain of relays ({@code via}). A report of a
 * report ("X said ..., according to Outlet") is not a statement of its own: the outlet stays in
 * the inner statement's {@code via}.
 */
public final class NumberAttributions implements AnalysisStage {
    @Override
    public StageTimes.Stage timing() {
        return StageTimes.Stage.SOURCES;
    }

    @Override
    public void apply(Draft d) {
        List<FoundAttribution> attrs = d.found;
        Map<Integer, String> ids = new HashMap<>();
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < attrs.size(); i++) {
            if (d.relayed[i] >= 0) continue;
            kept.add(i);
            ids.put(i, "A" + kept.size());
        }
        List<Attribution> out = new ArrayList<>();
        for (int i : kept) {
            FoundAttribution a = attrs.get(i);
            Source source;
            String continuesId = a.isRunOn() ? ids.get(ChainReports.continued(a, d.relayed)) : null;
            if (a.isRunOn()) {
                Attribution continued = out.stream().filter(o -> o.id().equals(continuesId)).findFirst().orElse(null);
                source = continued == null || continued.source() == null ? null
                        : new Source(List.of(), continued.source().text(), d.sourceIds.get(i));
            } else {
                source = a.source().isEmpty() ? null : new Source(d.spans(a.source()), d.text(a.source()), d.sourceIds.get(i));
            }
            Segments cue = a.cue().isEmpty() ? null : new Segments(d.spans(a.cue()), d.text(a.cue()));
            out.add(new Attribution(ids.get(i), kind(d, a.content()), a.type().label(), source, cue,
                    new Segments(d.spans(a.content()), d.text(a.content())), a.isRunOn() ? List.of() : via(d, a),
                    Math.round(a.confidence() * 1000) / 1000.0, continuesId));
        }
        d.attributions = out;
    }

    /**
     * Who relayed the attribution, outermost first: the sources of the reports whose content holds
     * this one's cue ("..., News.bg reports"), then the organisation the words were said to
     * ("revealed to Politico", "told CNN", "in an interview with Fox News").
     */
    private static List<String> via(Draft d, FoundAttribution a) {
        List<FoundAttribution> all = d.found;
        List<Integer> outer = new ArrayList<>();
        for (int j = 0; j < all.size(); j++) {
            FoundAttribution o = all.get(j);
            if (o != a && !o.isRunOn() && d.sourceIds.get(j) != null && ChainReports.relays(d, o, a)) outer.add(j);
        }
        outer.sort(Comparator.comparingInt((Integer j) -> all.get(j).content().size()).reversed());
        LinkedHashMap<String, Boolean> chain = new LinkedHashMap<>();
        for (int j : outer) chain.put(d.sourceIds.get(j), true);
        String recipient = ChainReports.recipient(d, a.anchor());
        if (recipient != null) chain.put(recipient, true);
        String own = a.source().isEmpty() ? null : d.sourceIds.get(all.indexOf(a));
        if (own != null) chain.remove(own);
        return List.copyOf(chain.keySet());
    }

    /** "direct" when the content is a quotation (a word outside it at most), "mixed" when it holds one, else "indirect". */
    private static String kind(Draft d, List<Integer> content) {
        int words = 0, quoted = 0;
        for (int t : content) {
            if (d.doc.token(t).isPunct()) continue;
            words++;
            if (d.doc.quotationOf(t) >= 0) quoted++;
        }
        return quoted == 0 ? "indirect" : quoted >= words - 1 ? "direct" : "mixed";
    }
}
