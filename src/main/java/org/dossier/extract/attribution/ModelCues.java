package org.dossier.extract.attribution;

import edu.stanford.nlp.ling.BasicDatum;
import edu.stanford.nlp.stats.Counter;
import edu.stanford.nlp.stats.Counters;
import org.dossier.nlp.ParsedText;
import org.dossier.nlp.Sentence;
import org.dossier.nlp.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The attributions the trained models find ({@link AttributionModel}): cue anchors first ("said",
 * "according", ":"), then for each cue the tokens of its source and content within a few
 * sentences, cleaned up from token decisions into spans. "Smith said that taxes would rise" is
 * Smith's, with "said" as cue and "that taxes would rise" as content. Every later rule works on
 * what this one finds.
 */
final class ModelCues implements AttributionRule {
    private final AttributionModel model;

    ModelCues(AttributionModel model) {
        this.model = model;
    }

    @Override
    public List<FoundAttribution> apply(ParsedText doc, List<FoundAttribution> found) {
        AttributionFeatures features = new AttributionFeatures(doc, model.cues());
        List<FoundAttribution> out = new ArrayList<>(found);
        for (Token t : doc.tokens()) {
            if (!mayBeCue(t)) continue;
            double p = features.cueProbability(t.index());
            if (p < model.cueThreshold()) continue;
            FoundAttribution a = spansOf(features, t.index(), p);
            if (a != null) out.add(a);
        }
        return out;
    }

    /**
     * Cheap pre-filter: cues are verbs, nouns, adjectives, prepositions ("according to"), colons
     * or the dashes that introduce a quote's author ("“...” ― Jane Doe").
     */
    static boolean mayBeCue(Token t) {
        String p = t.pos();
        return p.startsWith("V") || p.startsWith("N") || p.startsWith("J") || p.equals("IN")
                || p.equals("RB") || p.equals(":") || t.text().equals("―") || t.text().equals("—");
    }

    private FoundAttribution spansOf(AttributionFeatures features, int c, double pCue) {
        ParsedText doc = features.doc();
        Map<Integer, String> label = new HashMap<>();
        Map<Integer, Double> contentProbability = new HashMap<>();
        for (int t : window(doc, c)) {
            if (t == c) continue;
            Counter<String> scores = model.roles().probabilityOf(new BasicDatum<>(features.role(c, t)));
            label.put(t, Counters.argmax(scores));
            contentProbability.put(t, scores.getCount(AttributionModel.CONTENT));
        }
        List<Integer> cue = cueTokens(doc, c);
        List<Integer> source = new ArrayList<>(), content = new ArrayList<>(), elsewhere = new ArrayList<>();
        for (List<Integer> unit : units(doc, c)) {
            unit.removeAll(cue);
            if (unit.isEmpty() || isOwnStatement(features, c, unit)) continue;
            String majority = majority(doc, unit, label);
            for (int t : unit) {
                String l = majority != null ? majority : label.get(t);
                if (l.equals(AttributionModel.CONTENT)) content.add(t);
                // Sources are short phrases that the token decisions already delimit well.
                if (label.get(t).equals(AttributionModel.SOURCE)) source.add(t);
            }
        }
        int own = doc.token(c).sentence();
        label.forEach((t, l) -> {
            if (doc.token(t).sentence() != own && l.equals(AttributionModel.CONTENT)) elsewhere.add(t);
        });
        source = TokenRuns.runHoldingOrLargest(doc, source.stream().sorted().toList(), doc.subjectOf(c));
        content.sort(null);
        source = source.isEmpty() ? agent(doc, c) : wholePhrase(doc, source, cue, content);
        if (source.isEmpty()) source = sharedSubject(doc, c, content);
        content = TokenRuns.closePunctuationGaps(doc, content);
        content = TokenRuns.withAdjoiningSentences(doc, content, elsewhere, own, cue, source);
        // A quotation next to its cue is content whole, however many sentences it runs over.
        TreeSet<Integer> withQuotes = new TreeSet<>(content);
        List<Integer> adjacent = features.adjacentQuotations(c, source);
        // a cue with a clause of its own after it reports that clause, not the quotation before it: "... “a breach of trust,” adding that he ..."
        if (clauseAfter(doc, c)) adjacent = adjacent.stream().filter(t -> t > c).toList();
        withQuotes.addAll(adjacent);
        withQuotes.removeAll(cue);
        content = new ArrayList<>(withQuotes);
        if (content.stream().allMatch(t -> doc.token(t).isPunct())) return null;
        double meanContent = content.stream().mapToDouble(t -> contentProbability.getOrDefault(t, 0.0)).average().orElse(0);
        return new FoundAttribution(c, cue, source, content, model.confidence(pCue, meanContent));
    }

    /** Whether the cue heads a clause after it, outside quotations: "adding that he would inform ...". */
    private static boolean clauseAfter(ParsedText doc, int c) {
        return doc.children(c).stream().anyMatch(k -> k > c && doc.token(k).deprel().equals("ccomp") && doc.quotationOf(k) < 0);
    }

    /**
     * A verb conjoined to the cue that is a likely cue itself carries its own statement, not this
     * cue's: "stressed her support ... and said she has the quality ...".
     */
    private boolean isOwnStatement(AttributionFeatures features, int c, List<Integer> unit) {
        ParsedText doc = features.doc();
        int root = doc.rootOf(unit);
        String d = doc.token(root).deprel();
        return (d.equals("conj") || d.equals("parataxis")) && doc.head(root) == c
                && features.cueProbability(root) >= model.cueThreshold();
    }

    /** The agent of a passive cue: "was criticized by Ukrainians and representatives of ...". */
    static List<Integer> agent(ParsedText doc, int c) {
        boolean passive = doc.children(c).stream().anyMatch(k -> doc.token(k).deprel().equals("aux:pass"));
        for (int k : doc.children(c)) {
            String d = doc.token(k).deprel();
            if (!d.equals("obl:agent") && !(passive && d.equals("obl"))) continue;
            if (!doc.hasCase(k, "by")) continue;
            List<Integer> agent = doc.subtree(k);
            agent.removeIf(t -> doc.head(t) == k && doc.token(t).deprel().equals("case"));
            return agent;
        }
        return List.of();
    }

    /**
     * A source cut short by the token decisions ("Representatives of the | Russian opposition")
     * grows to its head's whole phrase when that phrase holds neither cue nor content.
     */
    private static List<Integer> wholePhrase(ParsedText doc, List<Integer> source, List<Integer> cue, List<Integer> content) {
        int head = doc.rootOf(source);
        if (!doc.token(head).pos().startsWith("NN")) return source;
        List<Integer> phrase = doc.subtree(head);
        // Far longer than what the role model saw, the phrase is more likely a misparse than a name.
        if (phrase.size() > 3 * source.size() + 6 || phrase.stream().anyMatch(t -> cue.contains(t) || content.contains(t))) return source;
        while (doc.token(phrase.get(phrase.size() - 1)).isPunct()) phrase.remove(phrase.size() - 1);
        boolean contiguous = phrase.get(phrase.size() - 1) - phrase.get(0) + 1 == phrase.size();
        return contiguous && phrase.containsAll(source) ? phrase : source;
    }

    /**
     * The subject that a cue without one of its own shares with the verb it hangs from, for when
     * the role model finds no source: "Trump, citing polls, said ..." and "she said X and vowed Y".
     */
    private static List<Integer> sharedSubject(ParsedText doc, int c, List<Integer> content) {
        if (doc.subjectOf(c) >= 0) return List.of();
        for (int t = c, up = 0; up < 3 && SHARES_SUBJECT.contains(doc.token(t).deprel()); up++) {
            t = doc.head(t);
            for (int k : doc.children(t)) {
                if (!doc.token(k).deprel().equals("nsubj")) continue;
                List<Integer> subject = doc.subtree(k);
                return subject.stream().anyMatch(content::contains) ? List.of() : subject;
            }
        }
        return List.of();
    }

    private static final java.util.Set<String> SHARES_SUBJECT = java.util.Set.of("advcl", "xcomp", "conj");

    /**
     * The parts of the cue's sentence as seen from the cue: the subtree of each of its dependents,
     * then, for each ancestor, that ancestor with its other dependents' subtrees. Sources and
     * contents are nearly always whole parts ("Kara-Murza | said | the talks were confidential").
     */
    static List<List<Integer>> units(ParsedText doc, int c) {
        List<List<Integer>> units = new ArrayList<>();
        for (int k : doc.children(c)) units.add(doc.subtree(k));
        for (int prev = c, a = doc.head(c); a >= 0; prev = a, a = doc.head(a)) {
            units.add(doc.subtreeWithout(a, prev));
        }
        return units;
    }

    /** The label of at least 70% of a part's words, or null when the part is mixed. */
    private static String majority(ParsedText doc, List<Integer> unit, Map<Integer, String> label) {
        Map<String, Integer> counts = new HashMap<>();
        int words = 0;
        for (int t : unit) {
            if (doc.token(t).isPunct()) continue;
            words++;
            counts.merge(label.get(t), 1, Integer::sum);
        }
        if (words == 0) return AttributionModel.OUTSIDE;
        for (var e : counts.entrySet()) if (e.getValue() >= 0.7 * words) return e.getKey();
        return null;
    }

    /** The cue anchor with its fixed parts: "according to", "pointed out", "told reporters" stays "told". */
    static List<Integer> cueTokens(ParsedText doc, int c) {
        List<Integer> cue = new ArrayList<>();
        cue.add(c);
        for (int k : doc.children(c)) {
            String d = doc.token(k).deprel();
            if (d.equals("fixed") || d.equals("compound:prt") || d.equals("aux:pass") && k == c - 1) cue.add(k);
        }
        cue.sort(null);
        return cue;
    }

    /** Token indexes of the cue's sentence and {@link AttributionFeatures#WINDOW} sentences around it. */
    static List<Integer> window(ParsedText doc, int c) {
        Sentence s = doc.sentenceOf(c);
        int from = Math.max(0, s.index() - AttributionFeatures.WINDOW);
        int to = Math.min(doc.sentences().size() - 1, s.index() + AttributionFeatures.WINDOW);
        List<Integer> out = new ArrayList<>();
        for (int i = doc.sentences().get(from).firstToken(); i < doc.sentences().get(to).endToken(); i++) out.add(i);
        return out;
    }
}
