package org.dossier.extract.entity;

import org.dossier.lang.Words;
import org.dossier.nlp.ParsedText;
import org.dossier.nlp.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Groups the named-entity mentions of a text into entities and links pronouns to people.
 *
 * <p>Names come from CoreNLP's CRF tagger. A person's later mentions usually shorten the name
 * ("Vladimir Kara-Murza" then "Kara-Murza") or add a title ("President Zelensky"), so a person
 * mention joins the entity whose name ends with the same surname and whose other names do not
 * conflict; organisations and places join on the same words. Personal pronouns go to the most
 * recent person, preferring the subject of the current or previous sentence: the cheap rule that
 * covers most of news prose, where CoreNLP's statistical coreference would triple the cost.
 */
public final class EntityExtractor {
    private static final Words EN = Words.of("en");
    private static final java.util.regex.Pattern WEB_NAME =
            java.util.regex.Pattern.compile("[A-Z][A-Za-z0-9-]*\\.(com|org|net|bg|ru|ua|uk|de|fr|eu|info|news|io|co|pl|ro)");
    private static final Set<String> CONDITIONS = EN.set("condition-nouns");
    /** Buildings named for the power inside them: "the Kremlin" acts, the building does not. */
    private static final Set<String> SEATS_OF_POWER = EN.set("seats-of-power");
    /** The day of a Sunday paper, which the tagger takes for a date: "The Sunday Telegraph says". */
    private static final Set<String> WEEKDAYS = EN.set("weekdays");
    private static final Set<String> MALE = EN.set("male-pronouns");
    private static final Set<String> FEMALE = EN.set("female-pronouns");

    public List<FoundEntity> extract(ParsedText doc) {
        List<Cluster> clusters = new ArrayList<>();
        for (int[] m : nameMentions(doc)) {
            String type = m[2] > m[0] && Titles.isHonorific(doc.token(m[0]).text()) ? "PERSON"  // "Mr Straw's trip", tagged an organisation
                    : m[1] - m[2] > 2 && isSuffix(doc.token(m[1] - 1).text()) ? "PERSON"  // "Brent Bozell III", tagged an organisation
                    : doc.token(m[2]).ner().equals("O") || SEATS_OF_POWER.contains(doc.token(m[1] - 1).text())
                    || WEEKDAYS.contains(doc.token(m[2]).text())
                    ? "ORGANIZATION" : doc.token(m[2]).ner();
            Cluster c = find(clusters, doc, m, type);
            if (c == null && m[1] - m[2] == 1) c = find(clusters, doc, m, "PERSON");  // "Kara-Murza" tagged a place
            if (c == null) {
                c = new Cluster(type);
                clusters.add(c);
            }
            c.add(doc, m);
        }
        mergeShortForms(doc, clusters);
        for (Cluster c : clusters) {
            if (c.type.equals("PERSON") && isPlace(doc, c)) c.type = "LOCATION";
            if (c.type.equals("PERSON") && introducedAsOrganisation(doc, c)) c.type = "ORGANIZATION";
        }
        untaggedSurnames(doc, clusters);
        linkPronouns(doc, clusters);
        List<FoundEntity> out = new ArrayList<>();
        for (Cluster c : clusters) {
            c.mentions.sort(Comparator.comparingInt(a -> a[0]));
            out.add(new FoundEntity(typeName(c.type), c.name, List.copyOf(c.mentions)));
        }
        out.sort(Comparator.comparingInt(e -> e.mentions().get(0)[0]));
        return out;
    }

    private static final Set<String> MINOR_WORDS = EN.set("minor-name-words");

    /**
     * An organisation's short form joins its full name when the article gives both: an acronym
     * ("ISM", "Institute for Supply Management"; "DCA", "Department for Constitutional Affairs"),
     * one word of it that names no other ("the Telegraph", "the Sunday Telegraph"), or its words
     * clipped ("Lib Dems", "Liberal Democrats").
     */
    private static void mergeShortForms(ParsedText doc, List<Cluster> clusters) {
        for (int i = clusters.size() - 1; i >= 0; i--) {
            Cluster a = clusters.get(i);
            if (a.type.equals("PERSON") || a.longest.isEmpty()) continue;
            String word = a.longest.get(0);
            List<Cluster> candidates = new ArrayList<>();
            for (Cluster b : clusters) {
                if (b == a || b.type.equals("PERSON") || b.longest.size() < 2) continue;
                if (a.longest.size() > 1) {
                    if (clippedWords(a.longest, b.longest) && !b.type.equals("LOCATION")) candidates.add(b);
                    continue;
                }
                boolean acronym = word.length() >= 2 && word.equals(word.toUpperCase(Locale.ROOT)) && word.equals(initials(b.longest));
                boolean organisations = a.type.equals("ORGANIZATION") && b.type.equals("ORGANIZATION");
                boolean part = organisations && b.longest.contains(word) && !MINOR_WORDS.contains(word.toLowerCase(Locale.ROOT));
                // "the Fed", "the Federal Reserve"
                boolean clipped = organisations && word.length() >= 3 && b.longest.get(0).length() > word.length()
                        && b.longest.get(0).startsWith(word);
                if (acronym || part || clipped) candidates.add(b);
            }
            Cluster target = shortest(candidates);
            if (target == null) target = justBefore(doc, candidates, a);
            if (target == null) continue;
            target.mentions.addAll(a.mentions);
            target.names.addAll(a.names);
            clusters.remove(i);
        }
    }

    /**
     * Whether a name of several words clips each word of a longer one: "Lib Dems", "Liberal
     * Democrats"; "Lib Dem" (as in "the Lib Dem leader"), "Liberal Democrat".
     */
    private static boolean clippedWords(List<String> shortForm, List<String> name) {
        if (shortForm.size() != name.size() || shortForm.equals(name)) return false;
        for (int k = 0; k < name.size(); k++) {
            String s = shortForm.get(k), w = name.get(k);
            if (s.endsWith("s") && w.endsWith("s")) {
                s = s.substring(0, s.length() - 1);
                w = w.substring(0, w.length() - 1);
            }
            if (s.length() < 3 || !w.startsWith(s)) return false;
        }
        return true;
    }

    /**
     * The one candidate, or the one whose name all the others hold ("United": "Manchester United",
     * not "Independent Manchester United Supporters' Association"); else none.
     */
    private static Cluster shortest(List<Cluster> candidates) {
        for (Cluster c : candidates) {
            if (candidates.stream().allMatch(o -> o == c || java.util.Collections.indexOfSubList(o.longest, c.longest) >= 0)) return c;
        }
        return null;
    }

    /**
     * Among several full names that hold a short form, the one named in the sentence of its first
     * use or the one before, as readers take it: "The Bank of England ... In a report, the Bank
     * said", in an article that also names the European Central Bank. Else none.
     */
    private static Cluster justBefore(ParsedText doc, List<Cluster> candidates, Cluster shortForm) {
        int first = shortForm.mentions.stream().mapToInt(m -> m[0]).min().orElse(0);
        Cluster best = null;
        int bestAt = -1;
        for (Cluster c : candidates) {
            for (int[] m : c.mentions) {
                if (m[0] < first && m[0] > bestAt) {
                    best = c;
                    bestAt = m[0];
                }
            }
        }
        return best != null && doc.token(first).sentence() - doc.token(bestAt).sentence() <= 1 ? best : null;
    }

    /**
     * A surname the tagger left untagged, or tagged as no proper noun, after the full name ("his
     * top aide, Tad Devine, told ... 'We are nowhere near the end game,' Devine declared"): a
     * proper noun standing alone that is the last word of one person's full name, and of no
     * other's, is a mention of that person.
     */
    private static void untaggedSurnames(ParsedText doc, List<Cluster> clusters) {
        boolean[] named = new boolean[doc.tokens().size()];
        for (Cluster c : clusters) for (int[] m : c.mentions) for (int t = m[0]; t < m[1]; t++) named[t] = true;
        java.util.Map<String, Cluster> bySurname = new java.util.HashMap<>();
        Set<String> shared = new java.util.HashSet<>();
        for (Cluster c : clusters) {
            if (!c.type.equals("PERSON") || c.longest.size() < 2) continue;
            String surname = c.longest.get(c.longest.size() - 1);
            if (bySurname.putIfAbsent(surname, c) != null && bySurname.get(surname) != c) shared.add(surname);
        }
        for (Token t : doc.tokens()) {
            int i = t.index();
            // a proper noun the tagger missed, or a name it tagged with another part of speech ("Devine/JJ declared")
            boolean name = t.pos().equals("NNP") && t.ner().equals("O") || t.ner().equals("PERSON") && Character.isUpperCase(t.text().codePointAt(0));
            if (named[i] || !name || shared.contains(t.text())) continue;
            Cluster c = bySurname.get(t.text());
            if (c == null || c.mentions.stream().mapToInt(m -> m[0]).min().orElse(i) >= i) continue;
            int first = i;
            if (i > 0 && !named[i - 1] && doc.token(i - 1).sentence() == t.sentence() && Titles.isTitle(doc.token(i - 1).text())) first--;
            // alone: no part of another name ("Devine Street")
            if (!properNounAt(doc, first - 1, t.sentence()) && !properNounAt(doc, i + 1, t.sentence())) c.mentions.add(new int[] {first, i + 1, i});
        }
    }

    private static boolean properNounAt(ParsedText doc, int t, int sentence) {
        return t >= 0 && t < doc.tokens().size() && doc.token(t).sentence() == sentence && doc.token(t).pos().startsWith("NNP");
    }

    private static final Set<String> PLACE_PREPOSITIONS = EN.set("place-prepositions");

    /**
     * A one-word "person" that the text only ever puts somewhere ("was in Odessa visiting a
     * hospital") or lists with places ("for Kharkiv and Odesa") is a place the tagger mistook.
     */
    private static boolean isPlace(ParsedText doc, Cluster c) {
        if (c.longest.size() != 1) return false;
        for (int[] m : c.mentions) {
            int head = m[1] - 1;
            boolean placed = doc.hasCase(head, PLACE_PREPOSITIONS);
            // "for Kharkiv and Odesa": conjoined with a place
            Token h = doc.token(head);
            placed |= h.deprel().equals("conj") && h.head() >= 0 && doc.token(h.head()).ner().equals("LOCATION")
                    || doc.children(head).stream().anyMatch(k -> doc.token(k).deprel().equals("conj") && doc.token(k).ner().equals("LOCATION"));
            if (!placed || m[0] < m[2]) return false;  // a titled mention ("Mr Odessa") is a person
        }
        return true;
    }

    /** A name the text introduces with an organisation's noun is no person's: "building products group James Hardie". */
    private static boolean introducedAsOrganisation(ParsedText doc, Cluster c) {
        for (int[] m : c.mentions) {
            if (m[0] == 0 || m[0] < m[2]) continue;  // a titled mention ("Mr Hardie") is a person's
            Token before = doc.token(m[0] - 1);
            if (before.sentence() == doc.token(m[0]).sentence() && before.pos().equals("NN") && OrganisationNouns.namesOnlyOrganisations(before.lemma())) return true;
        }
        return false;
    }

    private static String initials(List<String> words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            if (MINOR_WORDS.contains(w.toLowerCase(Locale.ROOT)) || !Character.isUpperCase(w.codePointAt(0))) continue;
            sb.appendCodePoint(w.codePointAt(0));
        }
        return sb.toString();
    }

    private static String typeName(String ner) {
        return switch (ner) {
            case "PERSON" -> "PERSON";
            case "ORGANIZATION" -> "ORGANIZATION";
            case "LOCATION" -> "LOCATION";
            default -> "MISC";
        };
    }

    /**
     * Runs of tokens with one NER type: {@code [first, end, nameStart]}, where a person's title
     * words before nameStart belong to the mention but not to the name.
     */
    private static List<int[]> nameMentions(ParsedText doc) {
        List<int[]> out = new ArrayList<>();
        List<Token> toks = doc.tokens();
        for (int i = 0; i < toks.size(); ) {
            int paper = newspaperEnd(toks, i);
            if (paper > 0) {
                out.add(new int[] {i, paper, i});
                i = paper;
                continue;
            }
            String ner = toks.get(i).ner();
            if (ner.equals("O")) {
                // Outlets named by their web address ("News.bg", "Axios.com") escape the NER model.
                if (WEB_NAME.matcher(toks.get(i).text()).matches()) out.add(new int[] {i, i + 1, i});
                int brand = brandEnd(doc, i);
                if (brand > i) {
                    out.add(new int[] {i, brand, i});
                    i = brand;
                    continue;
                }
                i++;
                continue;
            }
            int j = i + 1;
            // a slash joins two names, not one ("the Ryanair/Boeing order book")
            if (toks.get(i).text().equals("/")) {
                i++;
                continue;
            }
            while (j < toks.size() && toks.get(j).ner().equals(ner) && toks.get(j).sentence() == toks.get(i).sentence()
                    && !toks.get(j).text().equals("/")) j++;
            int next = j;
            j = nameEnd(toks, i, j);
            while (i < j - 1 && toks.get(i).isPunct()) i++;  // a quotation mark the tagger took in: "” Cruz"
            boolean properNoun = false;
            for (int k = i; k < j; k++) properNoun |= toks.get(k).pos().startsWith("NNP");
            // "Trade and Industry Secretary (Patricia Hewitt)": a post the tagger took for an organisation
            boolean post = ner.equals("ORGANIZATION") && j - i > 1 && Titles.isPost(toks.get(j - 1).text());
            // "Parkinson's disease", "Down's syndrome": a condition named after someone, not that person
            boolean eponym = j + 1 < toks.size() && toks.get(j).pos().equals("POS")
                    && CONDITIONS.contains(toks.get(j + 1).text().toLowerCase(Locale.ROOT));
            if (properNoun && !post && !eponym) {
                int first = i, nameStart = i;
                if (ner.equals("PERSON")) {
                    // a suffix that tells father and son apart is part of the name: "Brent Bozell III"
                    if (j < toks.size() && toks.get(j).sentence() == toks.get(i).sentence() && isSuffix(toks.get(j).text())) j++;
                    while (first > 0 && toks.get(first - 1).sentence() == toks.get(i).sentence()
                            && Titles.isTitle(toks.get(first - 1).text())) first--;
                    // titles the tagger took into the name: "Mr Marchionne", "Baroness Boothroyd"
                    while (nameStart < j - 1 && Titles.isTitle(toks.get(nameStart).text())) nameStart++;
                } else if (j - i > 1 && Titles.isHonorific(toks.get(i).text())) {
                    nameStart = i + 1;  // "Mr Straw" is a person whatever the tagger says
                } else if (i > 0 && toks.get(i - 1).sentence() == toks.get(i).sentence() && Titles.isHonorific(toks.get(i - 1).text())) {
                    first = i - 1;
                }
                out.add(new int[] {first, j, nameStart});
            }
            i = next;
        }
        return out;
    }

    /**
     * Where a run of name-tagged tokens from {@code i} to {@code j} ends once the words that
     * are no name's end are dropped: a verb or adverb that a title-case headline ran into the name
     * ("Trump Says ...", "Ben Carson Just Dropped ..."), or punctuation.
     */
    private static int nameEnd(List<Token> toks, int i, int j) {
        while (j > i + 1 && (toks.get(j - 1).pos().startsWith("V") || toks.get(j - 1).pos().startsWith("RB") || toks.get(j - 1).isPunct())) j--;
        return j;
    }

    /** A brand written with a capital inside, which the tagger misses: "eBay", "iTunes", "easyJet". */
    private static final java.util.regex.Pattern BRAND = java.util.regex.Pattern.compile("\\p{Ll}+\\p{Lu}[\\p{L}\\p{N}]*");

    /**
     * The end of a brand's name that starts at {@code i}, with the place or name it heads ("eBay
     * UK": the firm's British arm, not the UK), else {@code i}.
     */
    private static int brandEnd(ParsedText doc, int i) {
        Token t = doc.token(i);
        if (!t.pos().startsWith("NNP") || !BRAND.matcher(t.text()).matches()) return i;
        int j = i + 1;
        while (j < doc.tokens().size() && doc.token(j).sentence() == t.sentence() && !doc.token(j).ner().equals("O")
                && doc.token(j).pos().startsWith("NNP")) j++;
        return j == i + 1 || doc.dominates(j - 1, i) ? j : i + 1;
    }

    /**
     * The end of a newspaper named for its day that starts at {@code i} ("the Sunday Times", "The
     * Sunday Telegraph"), else -1: a day after "the" and before a proper noun is no date.
     */
    private static int newspaperEnd(List<Token> toks, int i) {
        if (i == 0 || !WEEKDAYS.contains(toks.get(i).text()) || !toks.get(i - 1).text().equalsIgnoreCase("the")) return -1;
        int j = i + 1;
        while (j < toks.size() && toks.get(j).sentence() == toks.get(i).sentence() && toks.get(j).pos().startsWith("NNP")
                && Character.isUpperCase(toks.get(j).text().codePointAt(0))) j++;
        return j > i + 1 ? j : -1;
    }

    private static Cluster find(List<Cluster> clusters, ParsedText doc, int[] m, String type) {
        List<String> words = words(doc, m[2], m[1]);
        List<Cluster> fits = new ArrayList<>();
        for (int k = clusters.size() - 1; k >= 0; k--) {
            Cluster c = clusters.get(k);
            if (!c.type.equals(type)) continue;
            if (type.equals("PERSON") ? c.samePerson(words) : c.names.contains(String.join(" ", words))) fits.add(c);
        }
        if (fits.size() < 2 || words.size() > 1) return fits.isEmpty() ? null : fits.get(0);
        // A bare surname that two people share ("Jeb Bush", "George W. Bush", then "Bush said") is
        // the one the article is most about: the most mentioned so far, else the first named.
        Cluster best = null;
        for (Cluster c : fits) if (best == null || c.mentions.size() >= best.mentions.size()) best = c;
        return best;
    }

    /**
     * The words of a name that identify its bearer: without a possessive, and without a suffix
     * after the surname ("Brent Bozell III" is matched as "Brent Bozell", so "Bozell" joins him).
     */
    private static List<String> words(ParsedText doc, int from, int to) {
        List<String> w = new ArrayList<>();
        for (int k = from; k < to; k++) {
            String t = doc.token(k).text();
            if (!t.equals("'s") && !t.equals("’s")) w.add(t);
        }
        if (w.size() > 2 && isSuffix(w.get(w.size() - 1))) w.remove(w.size() - 1);
        return w;
    }

    private static final Set<String> SUFFIXES = EN.set("name-suffixes");

    private static boolean isSuffix(String word) {
        return SUFFIXES.contains(word.replace(".", "").toLowerCase(Locale.ROOT));
    }

    private static void linkPronouns(ParsedText doc, List<Cluster> clusters) {
        List<int[]> people = new ArrayList<>();  // [token, clusterIndex, isSubject]
        for (int ci = 0; ci < clusters.size(); ci++) {
            if (!clusters.get(ci).type.equals("PERSON")) continue;
            for (int[] m : clusters.get(ci).mentions) {
                int head = m[1] - 1;
                people.add(new int[] {m[0], ci, doc.token(head).deprel().startsWith("nsubj") ? 1 : 0});
            }
        }
        people.sort(Comparator.comparingInt(a -> a[0]));
        for (Token t : doc.tokens()) {
            String w = t.text().toLowerCase(Locale.ROOT);
            if (!t.pos().startsWith("PRP") || !(MALE.contains(w) || FEMALE.contains(w))) continue;
            int best = -1, bestSubject = -1, farther = -1;
            for (int[] p : people) {
                if (p[0] >= t.index()) break;
                Cluster c = clusters.get(p[1]);
                if (c.gender != null && c.gender != MALE.contains(w)) continue;
                int distance = t.sentence() - doc.token(p[0]).sentence();
                // beyond three sentences only a person of the pronoun's known gender will do
                if (distance > 3) {
                    if (distance <= 8 && c.gender != null) farther = p[1];
                    continue;
                }
                best = p[1];
                if (p[2] == 1 && distance <= 1) bestSubject = p[1];
            }
            int chosen = bestSubject >= 0 ? bestSubject : best >= 0 ? best : farther;
            if (chosen < 0) continue;
            Cluster c = clusters.get(chosen);
            c.mentions.add(new int[] {t.index(), t.index() + 1, t.index()});
            if (c.gender == null) c.gender = MALE.contains(w);
            // a pronoun subject keeps its person the topic: "When he refused to support prime minister
            // Harold Wilson ..., he said" is still the one the first "he" was
            if (t.deprel().startsWith("nsubj")) {
                int at = 0;
                while (at < people.size() && people.get(at)[0] < t.index()) at++;
                people.add(at, new int[] {t.index(), chosen, 1});
            }
        }
    }

    private static final class Cluster {
        String type;
        final List<int[]> mentions = new ArrayList<>();
        final Set<String> names = new java.util.HashSet<>();
        List<String> longest = List.of();
        String name = "";
        Boolean gender;  // true: male, false: female, null: unknown

        Cluster(String type) { this.type = type; }

        void add(ParsedText doc, int[] m) {
            mentions.add(m);
            List<String> w = words(doc, m[2], m[1]);
            names.add(String.join(" ", w));
            int from = m[2];
            // a peer or knight known by one name keeps the title in it: "Lord Goldsmith", not "Goldsmith"
            if (w.size() == 1 && from > m[0] && Titles.isNoble(doc.token(from - 1).text())) from--;
            if (w.size() > longest.size() || w.size() == longest.size() && from < m[2] && name.split(" ").length == 1) {
                longest = w;
                name = doc.slice(doc.token(from).start(), doc.token(m[1] - 1).end()).replaceAll("(['’]s)$", "");
                if (type.equals("PERSON") && gender == null) gender = NameGenders.of(w);
            }
            for (int t = m[0]; t < m[2]; t++) {
                Boolean g = Titles.gender(doc.token(t).text());
                if (g != null) gender = g;
            }
        }

        /** Same surname, and no first name that contradicts the one known. */
        boolean samePerson(List<String> w) {
            if (w.isEmpty() || longest.size() < (w.size() == 1 ? 2 : 1)) return w.equals(longest);
            if (!w.get(w.size() - 1).equals(longest.get(longest.size() - 1))) {
                return w.size() == 1 && longest.contains(w.get(0));
            }
            if (w.size() > 1 && longest.size() > 1 && !w.get(0).equals(longest.get(0))) return false;
            return true;
        }
    }
}
