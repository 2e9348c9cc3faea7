package org.dossier.extract.facts;

import org.dossier.extract.entity.Titles;
import org.dossier.nlp.ParsedText;
import org.dossier.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the text says a person or organisation is: an apposition ("Yulia Navalnaya, the widow
 * of ..."), a description before the name ("journalist and activist Vladimir Kara-Murza",
 * "opposition leader Alexei Navalny"), a copula ("Cruz is a senator") or a title ("President").
 */
final class Descriptors {
    private static final Set<String> NOUNS = Set.of("NN", "NNS");
    private static final Set<String> NOMINAL_LINKS = Set.of("nmod", "dep", "conj", "appos");

    private Descriptors() {}

    static List<FoundFacts.Descriptor> extract(ParsedText doc, EntityIndex entities) {
        List<FoundFacts.Descriptor> out = new ArrayList<>();
        for (Token t : doc.tokens()) {
            int e = entities.of(t.index());
            if (e < 0 || entities.types().get(e).equals("GROUP") || (t.head() >= 0 && entities.of(t.head()) == e)) continue;
            // t heads a mention of e. Titles inside the mention ("President Volodymyr Zelensky"):
            int first = t.index();
            while (first > 0 && entities.of(first - 1) == e) first--;
            for (int k = first; k < t.index() && Titles.isTitle(doc.token(k).text()); k++) {
                if (Titles.isHonorific(doc.token(k).text())) continue;
                int[] r = Phrases.of(doc, k, entities, e);  // with its own modifiers: "opposition leader"
                out.add(r == null || r[1] > t.index() ? new FoundFacts.Descriptor(e, k, k + 1) : new FoundFacts.Descriptor(e, r[0], r[1]));
            }
            for (int c : doc.children(t.index())) {
                Token ct = doc.token(c);
                boolean described = (ct.deprel().equals("appos") || ct.deprel().equals("dep") || ct.deprel().equals("compound"))
                        && NOUNS.contains(ct.pos()) && entities.of(c) < 0;
                if (described) add(out, doc, entities, c, e);
            }
            indefiniteNouns(doc, entities, t.index(), e, out);
            if (t.head() >= 0) {
                Token h = doc.token(t.head());
                boolean nounHead = NOUNS.contains(h.pos()) && entities.of(h.index()) < 0;
                if (nounHead && (t.deprel().equals("appos") || t.deprel().equals("dep"))) add(out, doc, entities, h.index(), e);
                if (nounHead && t.deprel().equals("nsubj") && doc.children(h.index()).stream().anyMatch(c -> doc.token(c).deprel().equals("cop"))) {
                    add(out, doc, entities, h.index(), e);
                }
            }
        }
        return out;
    }

    /**
     * "X - a former political prisoner, with dual citizenship and a Pulitzer Prize winner": nouns
     * with an indefinite article reached from the name through nominal dependents only (so not
     * through a relative clause), however the parser chained them.
     */
    private static void indefiniteNouns(ParsedText doc, EntityIndex entities, int name, int entity, List<FoundFacts.Descriptor> out) {
        for (int c : doc.children(name)) {
            Token ct = doc.token(c);
            if (!NOMINAL_LINKS.contains(ct.deprel()) || entities.of(c) == entity) continue;
            boolean indefinite = entities.of(c) < 0 && NOUNS.contains(ct.pos()) && (ct.deprel().equals("conj") || ct.deprel().equals("dep"))
                    && doc.children(c).stream().anyMatch(k -> doc.token(k).deprel().equals("det")
                    && doc.token(k).text().toLowerCase(Locale.ROOT).matches("an?"));
            if (indefinite) add(out, doc, entities, c, entity);
            if (ct.pos().startsWith("NN") || ct.pos().startsWith("JJ")) indefiniteNouns(doc, entities, c, entity, out);
        }
    }

    private static void add(List<FoundFacts.Descriptor> out, ParsedText doc, EntityIndex entities, int head, int entity) {
        // A noun named by another entity ("News.bg reports") is that entity's, not a description of this one.
        if (doc.children(head).stream().anyMatch(c -> doc.token(c).deprel().equals("compound") && entities.of(c) >= 0
                && !entities.types().get(entities.of(c)).equals("MISC"))) return;  // a "Pulitzer Prize winner" still describes
        int[] r = Phrases.of(doc, head, entities, entity);
        if (r != null && r[1] > r[0]) out.add(new FoundFacts.Descriptor(entity, r[0], r[1]));
    }
}
