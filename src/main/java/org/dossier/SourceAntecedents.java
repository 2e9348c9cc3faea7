package org.dossier;

import org.dossier.nlp.ParsedText;
import org.dossier.nlp.Token;

import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * The entity a source stands for when it names nobody itself:
 * <ul>
 *   <li>an organisation's description ("the firm", "The airline", "the board") or "it": the
 *       organisation the text last made its subject, else the last one it mentioned;</li>
 *   <li>"he" or "she" in a run of one person's quotations: that person, as readers take it,
 *       rather than whoever was named last ("Lord Goldsmith said ... Christopher Greenwood ...
 *       He added").</li>
 * </ul>
 * Where nothing fits, there is no antecedent: a description is never forced onto a wrong name.
 */
final class SourceAntecedents {
    /** Nouns by which news refers back to an organisation. */
    private static final Set<String> ORGANISATION_NOUNS = Set.of("firm", "company", "bank", "airline", "carrier", "group",
            "board", "party", "club", "union", "business", "operator", "retailer", "maker", "manufacturer", "giant",
            "agency", "institute", "institution", "committee", "department", "ministry", "government", "council",
            "organisation", "organization", "charity", "body", "society", "regulator", "watchdog", "network",
            "broadcaster", "newspaper", "paper", "lender", "insurer", "supermarket", "chain", "studio", "publisher",
            "developer", "corporation", "conglomerate", "authority", "commission", "association", "federation", "league");
    private static final Set<String> MALE = Set.of("he", "him", "his"), FEMALE = Set.of("she", "her", "hers");
    /** How far back, in sentences, an organisation or a quoted speaker is still the one meant. */
    private static final int ORGANISATION_WINDOW = 6, QUOTE_RUN_WINDOW = 2;

    private final ParsedText doc;
    private final String[] entityOfToken;
    private final Function<String, String> typeOf;

    SourceAntecedents(ParsedText doc, String[] entityOfToken, Function<String, String> typeOf) {
        this.doc = doc;
        this.entityOfToken = entityOfToken;
        this.typeOf = typeOf;
    }

    /** The organisation that "the firm" or "it" at {@code head} refers to, or null. */
    String organisation(int head) {
        Token h = doc.token(head);
        String w = h.text().toLowerCase(Locale.ROOT);
        boolean it = h.pos().equals("PRP") && w.equals("it");
        boolean description = h.pos().equals("NN") && ORGANISATION_NOUNS.contains(h.lemma().toLowerCase(Locale.ROOT))
                && doc.children(head).stream().anyMatch(k -> doc.token(k).deprel().equals("det")
                && doc.token(k).text().equalsIgnoreCase("the"));
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
     * For "he" or "she" as the source of a cue, the speaker of the statement just before (whose
     * last word, {@code previousEnd}, is within {@value #QUOTE_RUN_WINDOW} sentences) when that
     * speaker is a person whose pronouns do not contradict it; else null.
     */
    String quotedSpeaker(int pronoun, String previousSpeaker, int previousEnd) {
        String w = doc.token(pronoun).text().toLowerCase(Locale.ROOT);
        if (previousSpeaker == null || !(MALE.contains(w) || FEMALE.contains(w)) || !"PERSON".equals(typeOf.apply(previousSpeaker))) return null;
        if (previousEnd < 0 || doc.token(pronoun).sentence() - doc.token(previousEnd).sentence() > QUOTE_RUN_WINDOW) return null;
        boolean male = MALE.contains(w);
        for (int t = 0; t < entityOfToken.length; t++) {
            if (!previousSpeaker.equals(entityOfToken[t]) || !doc.token(t).pos().startsWith("PRP")) continue;
            String p = doc.token(t).text().toLowerCase(Locale.ROOT);
            if (male ? FEMALE.contains(p) : MALE.contains(p)) return null;
        }
        return previousSpeaker;
    }
}
