package org.dossier.extract.attribution;

import edu.stanford.nlp.classify.Dataset;
import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.classify.LinearClassifierFactory;
import edu.stanford.nlp.ling.BasicDatum;
import org.dossier.model.Span;
import org.dossier.nlp.ParsedText;
import org.dossier.nlp.Token;
import org.dossier.text.CodePoints;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Trains the {@link AttributionModel} from parsed articles and their gold attributions
 * (PolNeAR's Source / Cue / Content spans).
 */
public final class AttributionTrainer {
    /** A parsed article with its gold attributions (code-point spans). */
    public record Example(ParsedText doc, List<Marked> gold) {}

    /** One attribution marked in a training text: the code-point spans of its source, cue and content (empty when absent). */
    public record Marked(List<Span> source, List<Span> cue, List<Span> content) {}

    private final PrintStream log;

    public AttributionTrainer(PrintStream log) {
        this.log = log;
    }

    public AttributionModel train(List<Example> examples, double cueThreshold) {
        Dataset<String, String> cues = new Dataset<>();
        List<Map<Integer, GoldTokens>> anchors = new ArrayList<>();
        int used = 0, skipped = 0;
        for (Example ex : examples) {
            ParsedText doc = ex.doc();
            AttributionFeatures features = new AttributionFeatures(doc);
            Map<Integer, GoldTokens> byAnchor = new HashMap<>();
            CodePoints cp = new CodePoints(doc.text());
            for (Marked g : ex.gold()) {
                GoldTokens gt = GoldTokens.of(doc, cp, g);
                if (gt.anchor < 0) { skipped++; continue; }
                if (byAnchor.putIfAbsent(gt.anchor, gt) == null) used++;
            }
            anchors.add(byAnchor);
            for (Token t : doc.tokens()) {
                if (!ModelCues.mayBeCue(t)) continue;
                String label = byAnchor.containsKey(t.index()) ? AttributionModel.CUE : AttributionModel.OUTSIDE;
                cues.add(new BasicDatum<>(features.cue(t.index()), label));
            }
        }
        log.printf("training on %d attributions (%d without a usable cue skipped): %d cue examples%n",
                used, skipped, cues.size());
        cues.applyFeatureCountThreshold(3);
        long t0 = System.nanoTime();
        LinearClassifier<String, String> cueModel = factory(CUE_SIGMA).trainClassifier(cues);
        log.printf("cue model trained in %.0f s%n", (System.nanoTime() - t0) / 1e9);

        // The role model sees the cue model's view of other cues, so it is trained second.
        Dataset<String, String> roles = new Dataset<>();
        for (int i = 0; i < examples.size(); i++) {
            ParsedText doc = examples.get(i).doc();
            AttributionFeatures features = new AttributionFeatures(doc, cueModel);
            for (GoldTokens g : anchors.get(i).values()) {
                for (int t : ModelCues.window(doc, g.anchor)) {
                    if (t == g.anchor) continue;
                    String label = g.cue.get(t) ? AttributionModel.OUTSIDE
                            : g.content.get(t) ? AttributionModel.CONTENT
                            : g.source.get(t) ? AttributionModel.SOURCE : AttributionModel.OUTSIDE;
                    roles.add(new BasicDatum<>(features.role(g.anchor, t), label));
                }
            }
        }
        log.printf("%d role examples%n", roles.size());
        roles.applyFeatureCountThreshold(6);
        t0 = System.nanoTime();
        LinearClassifier<String, String> roleModel = factory(ROLE_SIGMA).trainClassifier(roles);
        log.printf("role model trained in %.0f s%n", (System.nanoTime() - t0) / 1e9);
        return new AttributionModel(cueModel, roleModel, cueThreshold, null);
    }

    /** Gaussian prior widths (L2 regularisation), chosen on dev: 0.3 beat 0.1, 0.2, 1 and 3 for cues. */
    private static final double CUE_SIGMA = 0.3, ROLE_SIGMA = 1.0;

    private static LinearClassifierFactory<String, String> factory(double sigma) {
        LinearClassifierFactory<String, String> f = new LinearClassifierFactory<>(1e-4, false, sigma);
        f.setVerbose(false);
        return f;
    }

    /** A gold attribution as token sets, and the token that anchors its cue. */
    record GoldTokens(int anchor, BitSet cue, BitSet source, BitSet content) {
        static GoldTokens of(ParsedText doc, CodePoints cp, Marked g) {
            BitSet cue = covered(doc, cp, g.cue());
            return new GoldTokens(anchorOf(doc, cue), cue, covered(doc, cp, g.source()), covered(doc, cp, g.content()));
        }

        /** The cue token whose head lies outside the cue: "according" in "according to". */
        private static int anchorOf(ParsedText doc, BitSet cue) {
            int fallback = -1;
            for (int t = cue.nextSetBit(0); t >= 0; t = cue.nextSetBit(t + 1)) {
                Token tok = doc.token(t);
                if (!ModelCues.mayBeCue(tok)) continue;
                if (tok.head() < 0 || !cue.get(tok.head())) return t;
                if (fallback < 0) fallback = t;
            }
            return fallback;
        }

        private static BitSet covered(ParsedText doc, CodePoints cp, List<Span> spans) {
            BitSet out = new BitSet();
            if (spans == null) return out;
            for (Span s : spans) {
                int start = cp.utf16(Math.min(s.start(), cp.length()));
                int end = cp.utf16(Math.min(s.end(), cp.length()));
                for (Token t : doc.tokens()) {
                    if (t.start() < end && start < t.end()) out.set(t.index());
                }
            }
            return out;
        }
    }

    /**
     * How well the cue model alone finds gold cue anchors at its threshold (a diagnostic):
     * {@code [precision, recall]} over all anchor tokens of the examples.
     */
    public static double[] cueAnchorScores(AttributionModel model, List<Example> examples) {
        long gold = 0, predicted = 0, right = 0;
        for (Example ex : examples) {
            ParsedText doc = ex.doc();
            CodePoints cp = new CodePoints(doc.text());
            java.util.Set<Integer> anchors = new java.util.HashSet<>();
            for (Marked g : ex.gold()) {
                int a = GoldTokens.of(doc, cp, g).anchor();
                if (a >= 0) anchors.add(a);
            }
            AttributionFeatures features = new AttributionFeatures(doc, model.cues());
            for (Token t : doc.tokens()) {
                if (features.cueProbability(t.index()) < model.cueThreshold()) continue;
                predicted++;
                if (anchors.contains(t.index())) right++;
            }
            gold += anchors.size();
        }
        return new double[] {predicted == 0 ? 0 : (double) right / predicted, gold == 0 ? 0 : (double) right / gold};
    }

    /** Content tokens outside the role window, as a share of all gold content tokens (a diagnostic). */
    public static double contentOutsideWindow(List<Example> examples) {
        long out = 0, all = 0;
        for (Example ex : examples) {
            CodePoints cp = new CodePoints(ex.doc().text());
            for (Marked g : ex.gold()) {
                GoldTokens gt = GoldTokens.of(ex.doc(), cp, g);
                if (gt.anchor < 0) continue;
                List<Integer> w = ModelCues.window(ex.doc(), gt.anchor);
                int lo = w.get(0), hi = w.get(w.size() - 1);
                for (int t = gt.content.nextSetBit(0); t >= 0; t = gt.content.nextSetBit(t + 1)) {
                    all++;
                    if (t < lo || t > hi) out++;
                }
            }
        }
        return all == 0 ? 0 : (double) out / all;
    }
}
