package org.dossier.extract.attribution;

import org.dossier.lang.Words;
import org.dossier.model.AttributionType;
import org.dossier.nlp.ParsedText;
import org.dossier.nlp.Sentence;
import org.dossier.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Classes of error in the found attributions, each fixed by a rule that reads the parse:
 * <ul>
 *   <li>a quotation that opens again right after it closed goes on: {@code "First. "Second."};</li>
 *   <li>a relative pronoun that is the cue's subject is its source, not content ("Navalnaya, who
 *       later also declined to attend");</li>
 *   <li>a noun cue with an owner has that owner as source ("Kiev's deep distrust of ...");</li>
 *   <li>"This was revealed to Politico by X": a demonstrative subject points back to the sentence
 *       before, which is the content;</li>
 *   <li>a dateline ("KYIV, Feb 10 -") is never part of a source;</li>
 *   <li>where it was said is not who said it: "Mr Houston was quoted in the Herald newspaper
 *       saying" is Mr Houston's;</li>
 *   <li>content comes from one place: a quotation that another attribution's content holds whole
 *       stays with that one, and a word claimed by two contents that do not nest goes to the
 *       cue that governs it;</li>
 *   <li>a content piece is never bare punctuation, and a content of nothing else is no attribution;</li>
 *   <li>a participle clause of purpose ("..., seeking to build a bridge") that is not speech is no
 *       attribution.</li>
 * </ul>
 */
final class AttributionCleanup {
    // apply() runs before typing; withoutPurposeClauses() after it
    private final ParsedText doc;

    AttributionCleanup(ParsedText doc) {
        this.doc = doc;
    }

    List<FoundAttribution> apply(List<FoundAttribution> found) {
        List<FoundAttribution> out = new ArrayList<>();
        for (FoundAttribution a : found) {
            a = relativePronounSource(a);
            a = possessorOfNounCue(a);
            a = demonstrativeContent(a);
            a = withoutDateline(a);
            a = speakerNotVenue(a);
            out.add(a);
        }
        out = oneOwnerPerWord(out.stream().map(this::withQuotationsGoingOn).toList());
        List<FoundAttribution> kept = new ArrayList<>();
        for (FoundAttribution a : out) {
            a = a.withContent(withoutBarePunctuation(a.content()));
            if (a.content().stream().allMatch(t -> doc.token(t).isPunct())) continue;
            kept.add(a);
        }
        return kept;
    }

    /** The typed attributions less participle clauses of purpose, which need the type to be told. */
    List<FoundAttribution> withoutPurposeClauses(List<FoundAttribution> typed) {
        return typed.stream().filter(a -> !isPurposeClause(a)).toList();
    }

    /**
     * A content that ends with a whole quotation takes the quotations that follow it with nothing
     * but spaces between, in the same paragraph: {@code added: "First. "Second."} is one quote.
     */
    private FoundAttribution withQuotationsGoingOn(FoundAttribution a) {
        if (a.content().isEmpty()) return a;
        int last = a.content().stream().mapToInt(Integer::intValue).max().getAsInt();
        int q = doc.quotationOf(last);
        if (q < 0 || last + 1 < doc.tokens().size() && doc.quotationOf(last + 1) == q) return a;
        TreeSet<Integer> content = new TreeSet<>(a.content());
        for (int t = last + 1; t < doc.tokens().size(); t++) {
            int next = doc.quotationOf(t);
            if (next < 0 || next == q || doc.token(t).paragraph() != doc.token(last).paragraph()
                    || doc.token(t).start() - doc.token(t - 1).end() > 2) break;
            while (t < doc.tokens().size() && doc.quotationOf(t) == next) content.add(t++);
            q = next;
            t--;
        }
        return content.size() == a.content().size() ? a : a.withContent(new ArrayList<>(content));
    }

    private FoundAttribution relativePronounSource(FoundAttribution a) {
        if (!a.source().isEmpty()) return a;
        boolean relative = doc.token(a.anchor()).deprel().equals("acl:relcl");
        for (int k : doc.children(a.anchor())) {
            Token t = doc.token(k);
            // the parser sometimes takes the relative "who" for an object: "Navalnaya — who later also declined"
            boolean subject = t.deprel().startsWith("nsubj") || relative && k < a.anchor() && t.deprel().equals("obj");
            if (subject && (t.pos().equals("WP") || t.pos().equals("WDT"))) {
                List<Integer> content = new ArrayList<>(a.content());
                content.remove(Integer.valueOf(k));
                return a.withSource(List.of(k)).withContent(content);
            }
        }
        return a;
    }

    private FoundAttribution possessorOfNounCue(FoundAttribution a) {
        Token cue = doc.token(a.anchor());
        if (!cue.pos().startsWith("NN")) return a;
        for (int k : doc.children(a.anchor())) {
            if (!doc.token(k).deprel().equals("nmod:poss")) continue;
            int[] r = doc.subtreeRange(k);
            List<Integer> owner = new ArrayList<>();
            for (int t = r[0]; t <= r[1]; t++) if (!doc.token(t).pos().equals("POS")) owner.add(t);
            if (owner.equals(a.source())) return a;
            return withSourceOutOfContent(a, owner);
        }
        return a;
    }

    /** The attribution with {@code source} as its source, and its tokens out of the content. */
    private static FoundAttribution withSourceOutOfContent(FoundAttribution a, List<Integer> source) {
        List<Integer> content = new ArrayList<>(a.content());
        content.removeAll(source);
        return a.withSource(source).withContent(content);
    }

    private static final Set<String> VENUE_PREPOSITIONS = Words.of("en").set("venue-prepositions");  // not "by": "revealed by X" names X

    /**
     * A source that is a place of publication or a venue ("in the Herald newspaper", "on BBC Radio
     * 4") becomes the subject of the cue's clause, or of the clause a participle cue hangs from;
     * without one, there is no source.
     */
    private FoundAttribution speakerNotVenue(FoundAttribution a) {
        if (a.source().isEmpty()) return a;
        Token first = doc.token(a.source().get(0));
        if (!first.deprel().equals("case") || !VENUE_PREPOSITIONS.contains(first.text().toLowerCase(Locale.ROOT))) return a;
        // up from a participle ("the Herald newspaper saying") to the clause that has a subject, a few steps at most
        for (int clause = a.anchor(), steps = 0; clause >= 0 && steps < 3; clause = doc.token(clause).head(), steps++) {
            for (int k : doc.children(clause)) {
                if (!doc.token(k).deprel().startsWith("nsubj")) continue;
                int[] r = doc.subtreeRange(k);
                List<Integer> subject = new ArrayList<>();
                for (int t = r[0]; t <= r[1]; t++) subject.add(t);
                return withSourceOutOfContent(a, subject);
            }
        }
        return a.withSource(List.of());
    }

    private static final Set<String> DEMONSTRATIVES = Words.of("en").set("demonstratives");

    private FoundAttribution demonstrativeContent(FoundAttribution a) {
        int subject = -1;
        for (int k : doc.children(a.anchor())) {
            Token t = doc.token(k);
            if ((t.deprel().equals("nsubj:pass") || t.deprel().equals("nsubj")) && DEMONSTRATIVES.contains(t.text().toLowerCase(Locale.ROOT))
                    && doc.children(k).isEmpty()) subject = k;
        }
        if (subject < 0 || !a.content().contains(subject)) return a;
        for (int k : doc.children(a.anchor())) {
            String d = doc.token(k).deprel();
            if (d.equals("ccomp") || d.equals("parataxis")) return a;  // "it said that ...": the content is there
        }
        Sentence own = doc.sentenceOf(a.anchor());
        if (own.index() == 0 || own.firstToken() != subject && !allPunctBefore(own, subject)) return a;
        Sentence before = doc.sentences().get(own.index() - 1);
        List<Integer> content = new ArrayList<>();
        for (int t = before.firstToken(); t < before.endToken(); t++) content.add(t);
        while (!content.isEmpty() && doc.token(content.get(content.size() - 1)).isPunct()) content.remove(content.size() - 1);
        return content.isEmpty() ? a : a.withContent(content);
    }

    private boolean allPunctBefore(Sentence s, int t) {
        for (int k = s.firstToken(); k < t; k++) if (!doc.token(k).isPunct()) return false;
        return true;
    }

    private static final Set<String> DASHES = Set.of("-", "--", "–", "—", "―");

    /** "KYIV, Feb 10 - Ukrainian President Volodymyr Zelensky": the source starts after the dash. */
    private FoundAttribution withoutDateline(FoundAttribution a) {
        List<Integer> s = a.source();
        for (int i = 0; i < s.size(); i++) {
            if (!DASHES.contains(doc.token(s.get(i)).text())) continue;
            int first = s.get(0);
            boolean paragraphStart = first == 0 || doc.token(first - 1).paragraph() != doc.token(first).paragraph();
            boolean capsOrDate = false;
            for (int j = 0; j < i; j++) {
                Token t = doc.token(s.get(j));
                capsOrDate |= t.text().length() > 1 && t.text().equals(t.text().toUpperCase(Locale.ROOT)) && Character.isLetter(t.text().charAt(0))
                        || "DATE".equals(t.ner());
            }
            if (paragraphStart && capsOrDate && i + 1 < s.size()) return a.withSource(List.copyOf(s.subList(i + 1, s.size())));
        }
        return a;
    }

    /**
     * Each quotation held whole by one content stays there; other words claimed by two contents
     * that do not nest go to the attribution whose cue governs them most closely.
     */
    private List<FoundAttribution> oneOwnerPerWord(List<FoundAttribution> found) {
        List<List<Integer>> quotations = doc.quotationTokens();
        List<FoundAttribution> out = new ArrayList<>(found);
        for (int i = 0; i < out.size(); i++) {
            FoundAttribution a = out.get(i);
            TreeSet<Integer> content = new TreeSet<>(a.content());
            for (int j = 0; j < out.size(); j++) {
                FoundAttribution b = out.get(j);
                if (i == j || nests(a, b)) continue;
                for (List<Integer> q : quotations) {
                    boolean bWhole = b.content().containsAll(q), aWhole = a.content().containsAll(q);
                    if (bWhole && !aWhole) q.forEach(content::remove);
                }
                for (int t : b.content()) {
                    if (!content.contains(t) || doc.quotationOf(t) >= 0) continue;
                    if (closerCue(t, b.anchor(), a.anchor())) content.remove(t);
                }
            }
            if (content.size() != a.content().size()) out.set(i, a.withContent(new ArrayList<>(content)));
        }
        return out;
    }

    private static boolean nests(FoundAttribution a, FoundAttribution b) {
        return a.content().contains(b.anchor()) || b.content().contains(a.anchor()) || a.anchor() == b.anchor();
    }

    /** Whether cue {@code b} governs token {@code t} more closely than cue {@code a} does. */
    private boolean closerCue(int t, int b, int a) {
        int db = depth(b, t), da = depth(a, t);
        return db >= 0 && (da < 0 || db < da);
    }

    /** Steps from {@code t} up to {@code ancestor}, or -1 when it is not an ancestor. */
    private int depth(int ancestor, int t) {
        for (int steps = 0; t >= 0 && steps < 200; steps++, t = doc.token(t).head()) if (t == ancestor) return steps;
        return -1;
    }

    /** Drops maximal runs of adjacent content tokens that hold no word ("." after `he said`). */
    private List<Integer> withoutBarePunctuation(List<Integer> content) {
        List<Integer> sorted = content.stream().sorted().toList();
        List<Integer> out = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            int j = i;
            while (j + 1 < sorted.size() && sorted.get(j + 1) == sorted.get(j) + 1) j++;
            List<Integer> run = sorted.subList(i, j + 1);
            if (run.stream().anyMatch(t -> !doc.token(t).isPunct())) out.addAll(run);
            i = j + 1;
        }
        return out;
    }

    private static final Set<String> PARTICIPLE_CLAUSES = Set.of("advcl", "acl", "xcomp", "dep", "conj");

    /** "..., seeking to build a political bridge": a participle of purpose whose content is an infinitive. */
    private boolean isPurposeClause(FoundAttribution a) {
        if (a.type() != AttributionType.THOUGHT && a.type() != AttributionType.OTHER) return false;
        Token cue = doc.token(a.anchor());
        if (!cue.pos().equals("VBG") || !PARTICIPLE_CLAUSES.contains(cue.deprel())) return false;
        int first = a.content().stream().filter(t -> !doc.token(t).isPunct()).findFirst().orElse(-1);
        return first >= 0 && doc.token(first).text().equalsIgnoreCase("to");
    }
}
