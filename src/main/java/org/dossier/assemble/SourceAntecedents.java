package org.dossier.assemble;

import org.dossier.extract.entity.OrganisationNouns;

import org.dossier.nlp.ParsedText;
import org.dossier.nlp.Token;

import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * The entity a source stands for when it names nobody itself:
 * <ul>
 *   <li>a person's role ("The minister", "the Trade and Industry Secretary"): the last person the
 *       article introduced with that role, else the person it has just named without another role;</li>
 *   <li>an organisation's description ("the firm", "The airline", "the board") or "it": the
 *       organisation the text last made its subject, else the last one it mentioned; a
 *       publication's ("the newspaper"): the last publication named, never the organisation it
 *       reports on;</li>
 *   <li>"he" or "she" in a run of one person's quotations: that person, as readers take it,
 *       rather than whoever was named last ("Lord Goldsmith said ... Christopher Greenwood ...
 *       He added"); after a spokeswoman's statement, the organisation she speaks for;</li>
 *   <li>an unnamed role holder: the organisation that owns the role ("chairman of the ISM's
 *       survey committee");</li>
 *   <li>a document: its author ("Tesco's statement", "Network Rail published a white paper ...
 *       The paper says").</li>
 * </ul>
 * Where nothing fits, there is no antecedent: a description is never forced onto a wrong name.
 */
final class SourceAntecedents {
    /** How far back, in sentences, an organisation or a quoted speaker is still the one meant. */
    private static final int ORGANISATION_WINDOW = 6, QUOTE_RUN_WINDOW = 2;

    private final ParsedText doc;
    private final AssemblyWords words;
    private final String[] entityOfToken;
    private final Function<String, String> typeOf, nameOf;
    /** Every person mention as [first token, end token], with the entity it belongs to. */
    private final java.util.List<java.util.Map.Entry<String, int[]>> personMentions;

    SourceAntecedents(ParsedText doc, AssemblyWords words, String[] entityOfToken, Function<String, String> typeOf,
                      Function<String, String> nameOf, java.util.List<java.util.Map.Entry<String, int[]>> personMentions) {
        this.doc = doc;
        this.words = words;
        this.entityOfToken = entityOfToken;
        this.typeOf = typeOf;
        this.nameOf = nameOf;
        this.personMentions = personMentions;
    }

    /**
     * The person that a role description at {@code head} ("The minister", "the Trade and Industry
     * Secretary", "The veteran game maker") refers to: the last person before it that the article
     * introduced with that role, in a title before the name or an apposition; null when none was.
     */
    String person(int head) {
        Token h = doc.token(head);
        String role = h.lemma().toLowerCase(Locale.ROOT);
        if (!isRole(h)) return null;
        boolean definite = doc.children(head).stream().anyMatch(k -> doc.token(k).deprel().equals("det")
                && doc.token(k).text().equalsIgnoreCase("the") || doc.token(k).deprel().equals("nmod:poss"));
        if (!definite) return null;
        String best = null, bestPlain = null;
        int bestStart = -1, bestPlainStart = -1;
        boolean qualified = doc.children(head).stream().anyMatch(k -> k < head && doc.token(k).pos().startsWith("NNP"));
        for (var m : personMentions) {
            int first = m.getValue()[0], end = m.getValue()[1];
            // a pronoun near a role word is not introduced with it: "every other senator thinks he's ..."
            if (doc.token(end - 1).pos().startsWith("PRP")) continue;
            if (first < head && first > bestStart && introducedAs(first, end, role) && qualifiersFit(head, first, end)) {
                best = m.getKey();
                bestStart = first;
            }
            if (!qualified && first < head && first > bestPlainStart && describedBy(first, end, t -> sameRole(t.lemma(), role) && !ofOrganisation(t))) {
                bestPlain = m.getKey();
                bestPlainStart = first;
            }
        }
        // "the president" is President Obama, not World Bank President Jim Yong Kim, named since: an organisation's title is its post
        if (bestPlain != null) best = bestPlain;
        if (best == null) best = namedJustBefore(h);
        return best != null ? best : namedNextInLede(h);
    }

    /** Whether a title word follows an organisation's name: "World Bank President", "Judicial Watch President". */
    private boolean ofOrganisation(Token title) {
        int before = title.index() - 1;
        return before >= 0 && entityOfToken[before] != null && "ORGANIZATION".equals(typeOf.apply(entityOfToken[before]));
    }

    /**
     * Whether the names that qualify a role ("Florida" of "The Florida senator", "New York" of "the
     * New York businessman") describe the person mention too, within the words {@link #describedBy}
     * reads: the last senator introduced is not the Florida senator unless Florida was said of him.
     */
    private boolean qualifiersFit(int head, int first, int end) {
        for (int k : doc.children(head)) {
            if (k > head || !doc.token(k).pos().startsWith("NNP") || !doc.token(k).deprel().matches("compound|amod")) continue;
            String name = doc.token(k).text();
            if (!describedBy(first, end, t -> t.text().equals(name))) return false;
        }
        return true;
    }

    /**
     * The person news refers back to by a role just after naming them ("... a call for him to
     * pause from Charles Kennedy. The Lib Dem leader said ..."): among the people named in the
     * sentence before the role's, and described nowhere as anything else ("Home Secretary Charles
     * Clarke", "Jane Smith, a local teacher"), the one named as a subject, else the only one
     * named; null when that leaves several, or none. Names earlier in the role's own sentence are
     * what it reports on ("... any application by Lord Archer ..., its co-chairman has said").
     */
    private String namedJustBefore(Token role) {
        if (role.sentence() == 0) return null;
        var before = doc.sentences().get(role.sentence() - 1);
        String r = role.lemma().toLowerCase(Locale.ROOT);
        Set<String> named = new java.util.HashSet<>(), subjects = new java.util.HashSet<>(), otherRole = new java.util.HashSet<>();
        for (var m : personMentions) {
            int first = m.getValue()[0], end = m.getValue()[1];
            if (!doc.token(end - 1).pos().startsWith("NNP")) continue;  // names only, not pronouns
            if (hasOtherRole(first, end, r)) otherRole.add(m.getKey());
            if (first < before.firstToken() || first >= before.endToken()) continue;
            named.add(m.getKey());
            if (doc.token(end - 1).deprel().startsWith("nsubj")) subjects.add(m.getKey());
        }
        named.removeAll(otherRole);
        subjects.removeAll(otherRole);
        if (subjects.size() == 1) return subjects.iterator().next();
        return named.size() == 1 ? named.iterator().next() : null;
    }

    /**
     * Whether a person mention carries a role other than {@code role}, where {@link #introducedAs}
     * would find one, or some other description: a noun in apposition ("Jane Smith, a local
     * teacher") or just before the name ("businessman Donald Trump").
     */
    private boolean hasOtherRole(int first, int end, String role) {
        if (describedBy(first, end, t -> words.personRoles().contains(t.lemma().toLowerCase(Locale.ROOT)) && !sameRole(t.lemma(), role))) return true;
        boolean nounBefore = first > doc.sentenceOf(first).firstToken() && isOtherNoun(doc.token(first - 1), role);
        return nounBefore || doc.children(end - 1).stream().anyMatch(k -> doc.token(k).deprel().equals("appos") && isOtherNoun(doc.token(k), role));
    }

    private boolean isOtherNoun(Token t, String role) {
        return t.pos().matches("NNS?") && !sameRole(t.lemma(), role);
    }

    /**
     * A news lede gives the role first and the name in the next sentence ("..., the Trade and
     * Industry Secretary has said. Patricia Hewitt said ..."): for a role in the article's first
     * sentences, the person who is the next sentence's subject.
     */
    private String namedNextInLede(Token role) {
        if (role.sentence() > 2 || role.sentence() + 1 >= doc.sentences().size()) return null;
        var next = doc.sentences().get(role.sentence() + 1);
        for (var m : personMentions) {
            int end = m.getValue()[1];
            if (m.getValue()[0] >= next.firstToken() && end <= next.endToken() && doc.token(end - 1).deprel().startsWith("nsubj")) {
                return m.getKey();
            }
        }
        return null;
    }

    /** A singular role noun, or one with a prefix: "co-chairman", "vice-president". */
    boolean isRole(Token t) {
        if (!t.pos().startsWith("NN") || t.pos().startsWith("NNS")) return false;
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        return words.personRoles().contains(lemma.substring(lemma.lastIndexOf('-') + 1));
    }

    /** Roles that name the same post: a British "Secretary" is "the minister"; a chief executive is "the boss". */

    private boolean sameRole(String word, String role) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.equals(role) || words.sameRoles().stream().anyMatch(g -> g.contains(w) && g.contains(role));
    }

    /** Whether a mention carries the role: a title word in or just before it, or an apposition to it. */
    private boolean introducedAs(int first, int end, String role) {
        return describedBy(first, end, t -> sameRole(t.lemma(), role));
    }

    /** Whether a word in a mention, in the five before it, or in an apposition to it passes {@code test}. */
    private boolean describedBy(int first, int end, java.util.function.Predicate<Token> test) {
        int sentenceStart = doc.sentenceOf(first).firstToken();
        for (int t = Math.max(sentenceStart, first - 5); t < end; t++) if (test.test(doc.token(t))) return true;
        for (int k : doc.children(end - 1)) {
            if (!doc.token(k).deprel().equals("appos")) continue;
            int[] r = doc.subtreeRange(k);
            for (int t = r[0]; t <= r[1]; t++) if (test.test(doc.token(t))) return true;
        }
        return false;
    }

    /**
     * The organisation an unnamed role holder speaks for, when the source names it only as the
     * owner of something: "chairman of the ISM's survey committee", "the BBC's political editor".
     * Null for a role the article gave a name to (see {@link #person}) or a source with no organisation.
     */
    String employer(int head) {
        Token h = doc.token(head);
        if (!isRole(h)) return null;
        int[] phrase = doc.subtreeRange(head);  // the source as written may stop at the head: "said chairman of the ISM's ..."
        for (int t = phrase[0]; t <= phrase[1]; t++) {
            if (entityOfToken[t] != null && "ORGANIZATION".equals(typeOf.apply(entityOfToken[t]))) return entityOfToken[t];
        }
        return null;
    }

    /** What an author writes or issues, and then speaks through: "the memo says", "Tesco's statement said". */
    /** How far back, in sentences, the document's first mention may name its author. */
    private static final int DOCUMENT_WINDOW = 6;

    /**
     * The author a document at {@code head} speaks for: its owner or the one it is from ("Tesco's
     * statement", "a memo from the mayor", "a report by the IFS"), or, for "the memo" with none, the
     * author of the same document mentioned before ("Network Rail published a white paper ... The
     * paper says"): its owner, or the subject of the clause that issued it. Null when none is named.
     */
    String author(int head) {
        Token h = doc.token(head);
        String lemma = h.lemma().toLowerCase(Locale.ROOT);
        if (!h.pos().startsWith("NN") || !words.documentNouns().contains(lemma)) return null;
        String owner = owner(head);
        if (owner != null) return owner;
        int firstSentence = Math.max(0, h.sentence() - DOCUMENT_WINDOW);
        for (int t = head - 1; t >= doc.sentences().get(firstSentence).firstToken(); t--) {
            Token earlier = doc.token(t);
            if (!earlier.lemma().equalsIgnoreCase(lemma) || !earlier.pos().startsWith("NN")) continue;
            owner = owner(t);
            if (owner == null && earlier.deprel().equals("obj") && earlier.head() >= 0
                    && words.issuingVerbs().contains(doc.token(earlier.head()).lemma().toLowerCase(Locale.ROOT))) {
                for (int k : doc.children(earlier.head())) {
                    if (doc.token(k).deprel().equals("nsubj") && entityOfToken[k] != null) owner = entityOfToken[k];
                }
            }
            return owner;  // the nearest mention of that document decides, named or not
        }
        return null;
    }

    /** The entity a document at {@code t} belongs to or is from: a possessor, or an object of from/by/of. */
    private String owner(int t) {
        for (int k : doc.children(t)) {
            Token c = doc.token(k);
            if (entityOfToken[k] == null) continue;
            if (c.deprel().equals("nmod:poss")) return entityOfToken[k];
            boolean from = c.deprel().equals("nmod") && doc.hasCase(k, words.authorPrepositions());
            if (from) return entityOfToken[k];
        }
        return null;
    }

    /**
     * The organisation that "the firm" or "it" at {@code head} refers to, or null; for "the
     * newspaper", the publication it refers to ({@link #publication}).
     */
    String organisation(int head) {
        Token h = doc.token(head);
        if (h.pos().equals("NN") && words.publicationNouns().contains(h.lemma().toLowerCase(Locale.ROOT))) {
            return doc.children(head).stream().anyMatch(k -> doc.token(k).text().equalsIgnoreCase("the")) ? publication(h) : null;
        }
        String w = h.text().toLowerCase(Locale.ROOT);
        boolean it = h.pos().equals("PRP") && w.equals("it");
        // "the firm", or a place's: "The UK's biggest mortgage lender"
        boolean description = h.pos().equals("NN") && OrganisationNouns.contains(h.lemma())
                && doc.children(head).stream().anyMatch(k -> doc.token(k).deprel().equals("det") && doc.token(k).text().equalsIgnoreCase("the")
                        || doc.token(k).deprel().equals("nmod:poss") && doc.token(k).ner().equals("LOCATION"));
        if (!it && !description) return null;
        int firstSentence = Math.max(0, h.sentence() - (it ? 2 : ORGANISATION_WINDOW));
        String last = null;
        for (int t = head - 1; t >= doc.sentences().get(firstSentence).firstToken(); t--) {
            String e = entityOfToken[t];
            if (e == null || !"ORGANIZATION".equals(typeOf.apply(e))) continue;
            if (doc.token(t).deprel().startsWith("nsubj")) return e;
            if (last == null) last = e;
        }
        return last;
    }

    /**
     * The publication that "the newspaper" or "the broadcaster" refers to: the last one named
     * within {@value #ORGANISATION_WINDOW} sentences before it, by a name that says so ("the
     * Financial Times", "Fox News"); null when none is, rather than the organisation the paper
     * reports on ("The IMF is to cut its forecast, the Financial Times reported ... the newspaper
     * reported" is the newspaper's, not the IMF's).
     */
    private String publication(Token h) {
        int firstSentence = Math.max(0, h.sentence() - ORGANISATION_WINDOW);
        for (int t = h.index() - 1; t >= doc.sentences().get(firstSentence).firstToken(); t--) {
            String e = entityOfToken[t];
            if (e == null || typeOf.apply(e).equals("PERSON") || typeOf.apply(e).equals("GROUP")) continue;
            for (String word : nameOf.apply(e).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (words.publicationNameWords().contains(word)) return e;
            }
        }
        return null;
    }

    /**
     * For "he" or "she" as the source of a cue, the speaker of the statement just before (whose
     * last word, {@code previousEnd}, is within {@value #QUOTE_RUN_WINDOW} sentences) when that
     * speaker is a person whose pronouns do not contradict it, or an organisation whose spokesman
     * or spokeswoman spoke ({@code previousHead}, the head of that statement's source: "A
     * Department for Constitutional Affairs spokeswoman said ... she said"); else null, as when
     * another person was named since as the subject of a narrated sentence.
     */
    String quotedSpeaker(int pronoun, String previousSpeaker, int previousEnd, int previousHead) {
        String w = doc.token(pronoun).text().toLowerCase(Locale.ROOT);
        if (previousSpeaker == null || !(words.maleSourcePronouns().contains(w) || words.femaleSourcePronouns().contains(w))) return null;
        if (previousEnd < 0 || doc.token(pronoun).sentence() - doc.token(previousEnd).sentence() > QUOTE_RUN_WINDOW) return null;
        boolean male = words.maleSourcePronouns().contains(w);
        if (!"PERSON".equals(typeOf.apply(previousSpeaker))) {
            String spoke = previousHead < 0 ? "" : doc.token(previousHead).lemma().toLowerCase(Locale.ROOT);
            boolean fits = spoke.equals(male ? "spokesman" : "spokeswoman") || spoke.equals("spokesperson") || spoke.equals("representative");
            return fits ? previousSpeaker : null;
        }
        if (contradicts(previousSpeaker, male)) return null;
        // another person named since as the subject of a narrated sentence is the one the pronoun
        // goes on about: "Podesta added ... Obama made no effort ..., which he favors but says"
        for (var m : personMentions) {
            int last = m.getValue()[1] - 1;
            if (last <= previousEnd || last >= pronoun || m.getKey().equals(previousSpeaker) || doc.quotationOf(last) >= 0) continue;
            Token t = doc.token(last);
            if (t.pos().startsWith("NNP") && t.deprel().startsWith("nsubj") && !contradicts(m.getKey(), male)) return null;
        }
        return previousSpeaker;
    }

    /** Whether the text refers to a person by a pronoun of the other gender than {@code male} says. */
    private boolean contradicts(String person, boolean male) {
        for (int t = 0; t < entityOfToken.length; t++) {
            if (!person.equals(entityOfToken[t]) || !doc.token(t).pos().startsWith("PRP")) continue;
            String p = doc.token(t).text().toLowerCase(Locale.ROOT);
            if (male ? words.femaleSourcePronouns().contains(p) : words.maleSourcePronouns().contains(p)) return true;
        }
        return false;
    }
}
