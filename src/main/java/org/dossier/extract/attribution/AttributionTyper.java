package org.dossier.extract.attribution;

import org.dossier.lang.Words;
import org.dossier.model.AttributionType;
import org.dossier.nlp.ParsedText;
import org.dossier.nlp.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Types each attribution from its cue in context ({@link AttributionType}), in this order:
 * <ol>
 *   <li>refusal: a speaking word that is negated or refused ("did not comment", "declined to
 *       comment", "would not say", "no comment");</li>
 *   <li>evidence: a study, poll, survey, report or data as the source ("the poll found");</li>
 *   <li>the cue word: Dossier's lists of common speech and thought cues, then WordNet's class of
 *       the word's most frequent sense (verb.communication and noun.communication are speech;
 *       cognition, emotion and perception are thought); "according to", a colon or a dash that
 *       introduces a quotation are speech;</li>
 *   <li>acts: a speech cue that judges or acts ("ordered", "attacked", "criticised", "testified")
 *       but reports no words, neither a clause nor a quotation, is other.</li>
 * </ol>
 */
public final class AttributionTyper {
    private static final Words EN = Words.of("en");
    private final ParsedText doc;

    public AttributionTyper(ParsedText doc) {
        this.doc = doc;
    }

    /** Words whose refusal or negation is a refusal to speak. */
    private static final Set<String> SPEAKING = EN.set("speaking-words");
    private static final Set<String> REFUSING = EN.set("refusing-words");
    private static final Set<String> NEGATIONS = EN.set("negations");

    /** Sources that are findings, not speakers. */
    private static final Set<String> EVIDENCE_SOURCES = EN.set("evidence-sources");
    private static final Set<String> EVIDENCE_VERBS = EN.set("evidence-verbs");
    private static final Set<String> SPEAKING_DOCUMENTS = EN.set("speaking-documents");

    /** Frequent cues typed by hand, before WordNet: the head of PolNeAR's cue list and their kin. */
    private static final Set<String> SPEECH = EN.set("speech-cues");
    private static final Set<String> THOUGHT = EN.set("thought-cues");
    /** Thought cues that report words when what they report is a quotation: "“...,” Bozell concludes". */
    private static final Set<String> QUOTING_THOUGHT = EN.set("quoting-thought-cues");
    /** Speech cues that also name an act: with no words reported they are the act, not a report. */
    private static final Set<String> ACTS = EN.set("act-cues");

    /** The type of an attribution given as token indexes (the cue's anchor, source and content tokens). */
    public AttributionType type(int anchor, List<Integer> source, List<Integer> content) {
        return type(new FoundAttribution(anchor, List.of(anchor), source, content, 1));
    }

    AttributionType type(FoundAttribution a) {
        Token cue = doc.token(a.anchor());
        String lemma = lemma(cue);
        if (isRefusal(cue)) return AttributionType.REFUSAL;
        if (isEvidence(a, lemma)) return AttributionType.EVIDENCE;
        if (REFUSING.contains(lemma)) return AttributionType.OTHER;  // "declined an invitation", "refused to attend"
        AttributionType byWord = byWord(cue, lemma);
        if (byWord == AttributionType.THOUGHT && QUOTING_THOUGHT.contains(lemma) && isQuotation(a)) return AttributionType.SPEECH;
        if (byWord != AttributionType.SPEECH || introducesQuotation(cue)) return byWord;
        // "decries career sexism", "called for a debate", "agreed to pay": no words reported
        if (!reportsWords(a) && !(namesWords(a) && !ACTS.contains(lemma)) || isInfinitive(a) && !lemma.equals("tell")) {
            return AttributionType.OTHER;
        }
        // an act reports words only through a complement clause or a quotation: "testified before a grand jury convened by ..."
        if (ACTS.contains(lemma) && !hasClauseOrQuotation(a)) return AttributionType.OTHER;
        return byWord;
    }

    private static boolean introducesQuotation(Token cue) {
        return cue.pos().equals(":") || cue.text().equals("―") || cue.text().equals("—") || cue.text().equalsIgnoreCase("according");
    }

    private AttributionType byWord(Token cue, String lemma) {
        if (introducesQuotation(cue)) return AttributionType.SPEECH;
        if (SPEECH.contains(lemma)) return AttributionType.SPEECH;
        if (THOUGHT.contains(lemma)) return AttributionType.THOUGHT;
        return switch (CueLexicon.lexicalClass(lemma, cue.pos())) {
            case "communication" -> AttributionType.SPEECH;
            case "cognition", "emotion", "perception", "feeling", "motive" -> AttributionType.THOUGHT;
            case "" -> cue.pos().startsWith("V") || cue.pos().startsWith("N") ? AttributionType.OTHER : AttributionType.SPEECH;
            default -> AttributionType.OTHER;
        };
    }

    private boolean isRefusal(Token cue) {
        String lemma = lemma(cue);
        if (SPEAKING.contains(lemma) && (negated(cue.index()) || refusedBy(cue.index()))) return true;
        if (REFUSING.contains(lemma)) {
            for (int k : doc.children(cue.index())) if (SPEAKING.contains(lemma(doc.token(k)))) return true;
        }
        // "no comment", "declined comment"
        return lemma.equals("comment") && cue.pos().startsWith("N")
                && (doc.children(cue.index()).stream().anyMatch(k -> doc.token(k).text().equalsIgnoreCase("no"))
                    || cue.head() >= 0 && REFUSING.contains(lemma(doc.token(cue.head()))));
    }

    private boolean negated(int t) {
        for (int k : doc.children(t)) {
            if (NEGATIONS.contains(doc.token(k).text().toLowerCase(Locale.ROOT)) && doc.token(k).deprel().startsWith("advmod")) return true;
        }
        return false;
    }

    /** "declined to comment", "could not be reached for comment", "did not want to say". */
    private boolean refusedBy(int t) {
        int h = doc.token(t).head();
        if (h < 0) return false;
        String d = doc.token(t).deprel();
        return (d.equals("xcomp") || d.startsWith("obl") || d.equals("obj")) && (REFUSING.contains(lemma(doc.token(h))) || negated(h));
    }

    private boolean isEvidence(FoundAttribution a, String lemma) {
        if (a.source().isEmpty()) return false;
        Token head = doc.token(doc.rootOf(a.source()));
        if (!head.pos().startsWith("NN") || head.pos().startsWith("NNP")) return false;
        if (!EVIDENCE_SOURCES.contains(lemma(head))) return false;
        if (EVIDENCE_VERBS.contains(lemma) || lemma.equals("show")) return true;
        return (doc.token(a.anchor()).text().equalsIgnoreCase("according") || lemma.equals("say")) && !SPEAKING_DOCUMENTS.contains(lemma(head));
    }

    /** Verbs that modify a noun ("a grand jury convened by ...") rather than head a clause. */
    private static final Set<String> NOT_CLAUSES = Set.of("amod", "compound", "acl", "acl:relcl");

    /** Whether the content reports words: a quotation, or a clause with a verb of its own. */
    private boolean reportsWords(FoundAttribution a) {
        for (int t : a.content()) {
            Token k = doc.token(t);
            if (doc.quotationOf(t) >= 0 && !k.isPunct()) return true;
            if (k.pos().startsWith("VB") && !NOT_CLAUSES.contains(k.deprel())) return true;
        }
        return false;
    }

    /** Whether every word of the content is inside quotation marks. */
    private boolean isQuotation(FoundAttribution a) {
        boolean words = false;
        for (int t : a.content()) {
            if (doc.token(t).isPunct()) continue;
            if (doc.quotationOf(t) < 0) return false;
            words = true;
        }
        return words;
    }

    private boolean hasClauseOrQuotation(FoundAttribution a) {
        for (int t : a.content()) {
            Token k = doc.token(t);
            if (doc.quotationOf(t) >= 0 && !k.isPunct()) return true;
            if (k.head() == a.anchor() && (k.deprel().equals("ccomp") || k.deprel().equals("parataxis"))) return true;
        }
        return false;
    }

    /**
     * Whether the content is a phrase whose head is a thing said: "pointed to his call for a ban".
     * A message that the verb only handles ("denied the accusations", "issued an advisory") is
     * retyped later, by {@link ThingsNotWords}.
     */
    private boolean namesWords(FoundAttribution a) {
        if (a.content().isEmpty()) return false;
        Token head = doc.token(doc.rootOf(a.content()));
        return head.pos().startsWith("NN") && "communication".equals(CueLexicon.lexicalClass(head.lemma(), head.pos()));
    }

    /** "agreed to pay", "urged him to work towards": a commitment or a call to act, not words. */
    private boolean isInfinitive(FoundAttribution a) {
        List<Integer> words = a.content().stream().filter(t -> !doc.token(t).isPunct()).sorted().toList();
        if (words.size() < 2 || words.stream().anyMatch(t -> doc.quotationOf(t) >= 0)) return false;
        return doc.token(words.get(0)).pos().equals("TO") && doc.token(words.get(1)).pos().equals("VB");
    }

    private static String lemma(Token t) {
        return t.lemma().toLowerCase(Locale.ROOT);
    }

    /** Types every attribution of a list. */
    List<FoundAttribution> typed(List<FoundAttribution> found) {
        return found.stream().map(a -> a.type() != null ? a : a.withType(type(a))).toList();
    }
}
