package org.dossier.extract.facts;

import org.dossier.lang.Words;
import org.dossier.nlp.ParsedText;
import org.dossier.nlp.Token;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Relations stated in the text, read mostly off the descriptors: family ("the widow of Alexei
 * Navalny"), positions ("President"), party membership ("Republican Ted Cruz", "(R-Texas)"),
 * citizenship ("with dual Russian and British citizenship"), where someone died, and the first
 * lady as the spouse of the president who bears her surname.
 */
final class Relations {
    private static final Words EN = Words.of("en");
    private static final Map<String, String> FAMILY = EN.map("family-relations");
    private static final Set<String> POSITIONS = EN.set("positions");
    private static final Map<String, String> PARTIES = EN.map("parties");
    private static final Set<String> CITIZENSHIP = EN.set("citizenship-nouns");

    private Relations() {}

    static List<FoundFacts.Relation> extract(ParsedText doc, EntityIndex entities, List<FoundFacts.Descriptor> descriptors) {
        Set<FoundFacts.Relation> out = new LinkedHashSet<>();
        for (FoundFacts.Descriptor d : descriptors) {
            int head = doc.rootOf(d.first(), d.end());
            String lemma = doc.token(head).lemma().toLowerCase(Locale.ROOT);
            int sentence = doc.token(head).sentence();
            String family = FAMILY.get(lemma);
            if (family != null) {
                for (int c : doc.children(head)) {
                    String rel = doc.token(c).deprel();
                    int other = entities.of(c);
                    if ((rel.equals("nmod") || rel.equals("nmod:poss")) && entities.isPerson(other) && other != d.entity()) {
                        out.add(new FoundFacts.Relation(d.entity(), family, other, entities.names().get(other), sentence));
                    }
                }
            }
            for (int k = d.first(); k < d.end(); k++) {
                String party = PARTIES.get(doc.token(k).text().toLowerCase(Locale.ROOT));
                if (party != null && entities.isPerson(d.entity())) out.add(new FoundFacts.Relation(d.entity(), "member_of", -1, party, sentence));
            }
            if (POSITIONS.contains(lemma) || POSITIONS.contains(doc.token(d.first()).text().toLowerCase(Locale.ROOT))) {
                if (entities.isPerson(d.entity())) {
                    out.add(new FoundFacts.Relation(d.entity(), "holds_position", -1, Phrases.text(doc, new int[] {d.first(), d.end()}), sentence));
                }
            }
            if (lemma.equals("lady") && doc.children(head).stream().anyMatch(c -> doc.token(c).text().equalsIgnoreCase("first"))) {
                firstLady(doc, entities, descriptors, d, sentence, out);
            }
        }
        partyInitials(doc, entities, out);
        citizenship(doc, entities, out);
        deaths(doc, entities, out);
        // Stated twice ("President Zelensky" in two sentences), listed once, with the first evidence.
        java.util.Map<String, FoundFacts.Relation> once = new java.util.LinkedHashMap<>();
        for (FoundFacts.Relation r : out) {
            once.putIfAbsent(r.subject() + "|" + r.predicate() + "|" + r.object() + "|" + r.objectText().toLowerCase(Locale.ROOT), r);
        }
        return new ArrayList<>(once.values());
    }

    /** A first lady is the spouse of the president of the article who bears her surname (Zelenska, Zelensky). */
    private static void firstLady(ParsedText doc, EntityIndex entities, List<FoundFacts.Descriptor> descriptors,
                                  FoundFacts.Descriptor lady, int sentence, Set<FoundFacts.Relation> out) {
        String surname = stem(last(entities.names().get(lady.entity())));
        for (FoundFacts.Descriptor d : descriptors) {
            if (d.entity() == lady.entity() || !entities.isPerson(d.entity())) continue;
            boolean president = doc.token(doc.rootOf(d.first(), d.end())).lemma().equalsIgnoreCase("president");
            if (president && stem(last(entities.names().get(d.entity()))).equals(surname)) {
                out.add(new FoundFacts.Relation(lady.entity(), "spouse_of", d.entity(), entities.names().get(d.entity()), sentence));
            }
        }
    }

    /** "Sen. Ted Cruz (R-Texas)": a party initial in brackets right after a name. */
    private static void partyInitials(ParsedText doc, EntityIndex entities, Set<FoundFacts.Relation> out) {
        for (Token t : doc.tokens()) {
            if (t.index() < 2 || !t.text().matches("[RD]-[A-Z][A-Za-z. ]*") || !doc.token(t.index() - 1).text().equals("(")) continue;
            int person = entities.of(t.index() - 2);
            if (entities.isPerson(person)) {
                out.add(new FoundFacts.Relation(person, "member_of", -1, t.text().startsWith("R") ? "Republican Party" : "Democratic Party",
                        t.sentence()));
            }
        }
    }

    /** Demonyms before "citizenship" or "citizen", for the person named last before them. */
    private static void citizenship(ParsedText doc, EntityIndex entities, Set<FoundFacts.Relation> out) {
        for (Token t : doc.tokens()) {
            if (!CITIZENSHIP.contains(t.lemma().toLowerCase(Locale.ROOT))) continue;
            int from = Math.max(doc.sentenceOf(t.index()).firstToken(), t.index() - 6);
            List<String> countries = new ArrayList<>();
            int firstDemonym = t.index();
            for (int k = from; k < t.index(); k++) {
                String country = Demonyms.country(doc.token(k).text());
                if (country != null) {
                    countries.add(country);
                    firstDemonym = Math.min(firstDemonym, k);
                }
            }
            int person = -1;
            for (int k = firstDemonym - 1; k >= doc.sentenceOf(t.index()).firstToken() && person < 0; k--) {
                if (entities.isPerson(entities.of(k))) person = entities.of(k);
            }
            if (person < 0) continue;
            for (String c : countries) out.add(new FoundFacts.Relation(person, "citizen_of", entityNamed(entities, c), c, t.sentence()));
        }
    }

    /** "X died in PLACE", "X, who died in PLACE": the relative pronoun goes to the person named just before it. */
    private static void deaths(ParsedText doc, EntityIndex entities, Set<FoundFacts.Relation> out) {
        for (Token t : doc.tokens()) {
            if (!t.lemma().equals("die") || !t.pos().startsWith("VB")) continue;
            int person = -1;
            for (int c : doc.children(t.index())) {
                Token s = doc.token(c);
                if (!s.deprel().equals("nsubj")) continue;
                if (entities.isPerson(entities.of(c))) person = entities.of(c);
                else if (s.pos().equals("WP")) {
                    for (int k = c - 1; k >= doc.sentenceOf(c).firstToken() && person < 0; k--) {
                        if (entities.isPerson(entities.of(k))) person = entities.of(k);
                    }
                }
            }
            if (person < 0) continue;
            for (int c : doc.children(t.index())) {
                if (!doc.token(c).deprel().equals("obl") || doc.token(c).pos().equals("CD")) continue;
                boolean in = doc.children(c).stream().anyMatch(k -> doc.token(k).text().equalsIgnoreCase("in"));
                int[] place = Phrases.of(doc, c, entities, -1);
                if (in && place != null && !doc.token(c).ner().equals("DATE")) {
                    out.add(new FoundFacts.Relation(person, "died_in", entities.of(c), Phrases.text(doc, place), t.sentence()));
                }
            }
        }
    }

    private static int entityNamed(EntityIndex entities, String name) {
        return entities.names().indexOf(name);
    }

    private static String last(String name) {
        String[] w = name.split("\\s+");
        return w[w.length - 1].toLowerCase(Locale.ROOT);
    }

    /** A surname without its gendered Slavic ending: Zelenska and Zelensky, Navalnaya and Navalny, Petrova and Petrov. */
    private static String stem(String surname) {
        return surname.replaceAll("(aya|iy|yy|y|a|i)$", "");
    }
}
