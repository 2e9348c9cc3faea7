package org.dossier.train;

import org.dossier.lang.en.English;

import org.dossier.Analyzer;
import org.dossier.ArticleInfo;
import org.dossier.eval.BratReader;
import org.dossier.eval.GoldArticle;
import org.dossier.eval.Scorer;
import org.dossier.eval.Scores;
import org.dossier.eval.WordTokens;
import org.dossier.extract.attribution.Calibration;
import org.dossier.extract.attribution.AttributionModel;
import org.dossier.extract.attribution.AttributionTrainer;
import org.dossier.lang.en.NlpPipeline;
import org.dossier.nlp.ParseCache;
import org.dossier.nlp.ParsedText;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Retrains the bundled attribution model: parse PolNeAR train and dev, train on train, pick the
 * cue threshold with the best attribution F1 on dev, write the model.
 */
public final class Training {
    private final NlpPipeline nlp;
    private final PrintStream log;

    public Training(NlpPipeline nlp, PrintStream log) {
        this.nlp = nlp;
        this.log = log;
    }

    /** A gold corpus with its parses. */
    public record ParsedCorpus(List<GoldArticle> gold, List<ParsedText> parsed) {}

    public ParsedCorpus load(Path dir, Path cacheDir) throws IOException {
        List<GoldArticle> gold = BratReader.readCorpus(dir);
        List<String> texts = gold.stream().map(GoldArticle::text).toList();
        log.printf("%s: %d articles%n", dir, gold.size());
        Path cache = cacheDir.resolve(dir.getFileName() + ".parses-v" + NlpPipeline.VERSION + ".ser.gz");
        return new ParsedCorpus(gold, ParseCache.parseAll(nlp::parse, texts, cache, log));
    }

    public AttributionModel run(Path trainDir, Path devDir, Path cacheDir, Path modelOut) throws IOException {
        ParsedCorpus train = load(trainDir, cacheDir);
        ParsedCorpus dev = load(devDir, cacheDir);
        List<AttributionTrainer.Example> examples = new ArrayList<>();
        for (int i = 0; i < train.gold().size(); i++) {
            examples.add(new AttributionTrainer.Example(train.parsed().get(i), marked(train.gold().get(i))));
        }
        log.printf("gold content tokens outside the role window: %.1f%%%n",
                100 * AttributionTrainer.contentOutsideWindow(examples));
        AttributionModel model = new AttributionTrainer(log).train(examples, 0.5);
        double bestF = -1, bestT = 0.5;
        for (double t = 0.25; t <= 0.701; t += 0.05) {
            Scores s = score(model.withThreshold(t), dev);
            log.printf("threshold %.2f: attribution F1 %.3f, with source %.3f, content tokens %.3f%n",
                    t, s.attributions().f1(), s.withSource().f1(), s.contentTokens().f1());
            if (s.attributions().f1() > bestF) { bestF = s.attributions().f1(); bestT = t; }
        }
        model = model.withThreshold(bestT);
        model = model.withCalibration(calibrate(model, dev));
        log.printf("chosen threshold %.2f%n%s%n", bestT, score(model, dev).table());
        log.println(reliability(model, dev));
        List<AttributionTrainer.Example> devExamples = new ArrayList<>();
        for (int i = 0; i < dev.gold().size(); i++) {
            devExamples.add(new AttributionTrainer.Example(dev.parsed().get(i), marked(dev.gold().get(i))));
        }
        double[] cue = AttributionTrainer.cueAnchorScores(model, devExamples);
        log.printf("cue model alone on dev: anchor precision %.3f, recall %.3f%n", cue[0], cue[1]);
        model.write(modelOut);
        log.printf("model written to %s%n", modelOut);
        return model;
    }

    /** Fits the confidence calibration on how often each raw score was right on a corpus. */
    public Calibration calibrate(AttributionModel model, ParsedCorpus corpus) {
        List<double[]> scored = judged(model.withCalibration(null), corpus);
        double[] raw = new double[scored.size()];
        boolean[] correct = new boolean[scored.size()];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = scored.get(i)[0];
            correct[i] = scored.get(i)[1] > 0;
        }
        return Calibration.fit(raw, correct);
    }

    /** A table of confidence bins: how many attributions fall in each and how many of them match gold. */
    public String reliability(AttributionModel model, ParsedCorpus corpus) {
        double[] edges = {0, 0.5, 0.7, 0.8, 0.9, 1.0001};
        int[] n = new int[edges.length - 1], right = new int[edges.length - 1];
        double[] sum = new double[edges.length - 1];
        for (double[] x : judged(model, corpus)) {
            int b = 0;
            while (x[0] >= edges[b + 1]) b++;
            n[b]++;
            sum[b] += x[0];
            if (x[1] > 0) right[b]++;
        }
        StringBuilder sb = new StringBuilder("| confidence | attributions | mean confidence | share matching gold |\n|---|---:|---:|---:|\n");
        for (int b = 0; b < n.length; b++) {
            if (n[b] == 0) continue;
            sb.append(String.format("| %.1f-%.1f | %d | %.3f | %.3f |%n", edges[b], Math.min(1, edges[b + 1]), n[b], sum[b] / n[b], (double) right[b] / n[b]));
        }
        return sb.toString();
    }

    /** Each predicted attribution's confidence, with 1 when some gold attribution's content matches it. */
    private List<double[]> judged(AttributionModel model, ParsedCorpus corpus) {
        Analyzer analyzer = Analyzer.of(new English(), English.pipeline(nlp, model), nlp.times());
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < corpus.gold().size(); i++) {
            GoldArticle g = corpus.gold().get(i);
            WordTokens words = WordTokens.of(g.text());
            List<BitSet> gold = g.attributions().stream().map(a -> words.covered(a.content())).toList();
            for (var a : analyzer.analyze(corpus.parsed().get(i), ArticleInfo.NONE).attributions()) {
                BitSet p = words.covered(a.content().spans());
                boolean match = gold.stream().anyMatch(gc -> WordTokens.jaccard(gc, p) >= 0.5);
                out.add(new double[] {a.confidence(), match ? 1 : 0});
            }
        }
        return out;
    }

    public Scores score(AttributionModel model, ParsedCorpus corpus) {
        Analyzer analyzer = Analyzer.of(new English(), English.pipeline(nlp, model), nlp.times());
        Scorer scorer = new Scorer();
        for (int i = 0; i < corpus.gold().size(); i++) {
            scorer.add(corpus.gold().get(i), analyzer.analyze(corpus.parsed().get(i), ArticleInfo.NONE));
        }
        return scorer.scores();
    }

    /** {@code java -cp ... org.dossier.train.Training TRAIN DEV CACHE MODEL}: used by {@code ./dossier train}. */
    public static void main(String[] args) throws IOException {
        new Training(new NlpPipeline(), System.err).run(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]), Path.of(args[3]));
    }

    /** A gold article's attributions as the trainer takes them. */
    private static List<AttributionTrainer.Marked> marked(GoldArticle gold) {
        return gold.attributions().stream().map(g -> new AttributionTrainer.Marked(g.source(), g.cue(), g.content())).toList();
    }
}
