package org.dossier.assemble;

import org.dossier.extract.attribution.FoundAttribution;
import org.dossier.extract.entity.NameGenders;
import org.dossier.extract.entity.Prizes;
import org.dossier.extract.entity.Titles;
import org.dossier.model.AttributionType;
import org.dossier.nlp.ParsedText;
import org.dossier.nlp.StageTimes;
import org.dossier.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Each attribution's source resolved to an entity: the one named at the source's head, a
 * pronoun's or a role's antecedent ({@link SourceAntecedents}: "he", "the minister"; in a text
 * without a parse, {@link UnparsedAntecedents}: "он", "авиакомпания"), the speaker a run-on
 * quotation continues, or a GROUP made for an unnamed plural source ("officials in Kiev").
 */
public final class ResolveSources implements AnalysisStage {
    @Override
    public StageTimes.Stage timing() {
        return StageTimes.Stage.SOURCES;
    }

    @Override
    public void apply(Draft d) {
        List<FoundAttribution> attrs = d.found;
        List<String> sourceIds = new ArrayList<>();
        List<Map.Entry<String, int[]>> people = new ArrayList<>();
        for (int e = 0; e < d.entities.size(); e++) {
            if (d.entities.get(e).type().equals("PERSON")) for (int[] m : d.entityMentions.get(e)) people.add(Map.entry(d.entities.get(e).id(), m));
        }
        SourceAntecedents antecedents = new SourceAntecedents(d.doc, d.words, d.entityOfToken, id -> d.entity(id).type(), id -> d.entity(id).name(), people);
        UnparsedAntecedents unparsed = d.doc.hasParse() ? null : new UnparsedAntecedents(d);
        String previousSpeaker = null, quotedOrganisation = null;
        int previousEnd = -1, previousHead = -1;  // the last word, and the source's head, of the previous statement of speech
        for (FoundAttribution a : attrs) {
            // a quotation that runs on is its continued attribution's speaker's (listed before it)
            int c = a.isRunOn() ? ChainReports.continued(a, d.relayed) : -1;
            String id = a.isRunOn() ? (c < sourceIds.size() ? sourceIds.get(c) : null) : resolve(d, a.source(), a.anchor(), antecedents);
            int head = a.isRunOn() || a.source().isEmpty() ? -1 : d.doc.rootOf(a.source());
            if (head >= 0 && unparsed != null) {
                // a pronoun is the speaker just quoted before the person named last, inside what was quoted perhaps
                // ("„Очаквам да приема Мишел Барние ...“, допълни той": Davis, who was speaking)
                boolean pronoun = unparsed.isPronoun(a.source());
                String antecedent = pronoun ? unparsed.of(a.source(), previousSpeaker, previousEnd, quotedOrganisation) : null;
                if (antecedent != null) id = antecedent;
                String introduced = unparsed.personIntroducedAs(a.source());
                if (introduced != null && (id == null || !d.entity(id).type().equals("PERSON"))) id = introduced;
                String person = id == null || d.entity(id).type().equals("PERSON") ? null : unparsed.personForRole(a.source(), id);
                if (person != null) id = person;
                if (id == null && !pronoun) id = unparsed.of(a.source(), previousSpeaker, previousEnd, quotedOrganisation);  // a description is no name: no mention
                if (unparsed.disagreesWithCue(id, a.anchor())) id = null;  // "заявила" takes no man
            } else if (head >= 0) {
                String quoted = antecedents.quotedSpeaker(head, previousSpeaker, previousEnd, previousHead);
                if (quoted != null) id = quoted;
                if (id == null && (id = antecedents.person(head)) != null) {
                    d.addMention(id, a.source());
                    // the role is now known for that person: "the Trade and Industry Secretary" ... "The minister"
                    people.add(Map.entry(id, new int[] {a.source().get(0), a.source().get(a.source().size() - 1) + 1}));
                }
                if (id == null && (id = antecedents.organisation(head)) != null) d.addMention(id, a.source());
                if (id == null) id = antecedents.employer(head);
                if (id == null) id = antecedents.author(head);
            }
            sourceIds.add(id);
            if (a.type() == AttributionType.SPEECH && id != null) {
                previousSpeaker = id;
                if (d.entity(id).type().equals("ORGANIZATION")) quotedOrganisation = id;
                if (!a.isRunOn()) previousHead = head;
                previousEnd = endOfQuotation(d.doc, Math.max(a.anchor(), a.content().stream().mapToInt(Integer::intValue).max().orElse(a.anchor())));
            }
        }
        d.indexMentions();  // group entities made for sources have mentions too
        for (int i = 0; i < attrs.size(); i++) {
            d.actsAsOrganization(sourceIds.get(i));
            if (!attrs.get(i).isRunOn()) d.actsAsOrganization(ChainReports.recipient(d, attrs.get(i).anchor()));
        }
        d.sourceIds = sourceIds;
    }

    /**
     * The last token of the quotation that holds {@code t}, and of the quotations that reopen right
     * after it ({@code "... industry. "But ... ways."}), else {@code t}: a content may stop at a
     * sentence the speaker's quotation runs past.
     */
    private static int endOfQuotation(ParsedText doc, int t) {
        if (doc.quotationOf(t) < 0) return t;
        while (t + 1 < doc.tokens().size() && doc.quotationOf(t + 1) >= 0) t++;
        return t;
    }

    /**
     * The entity a source refers to: the one mentioned at the source's syntactic head; the
     * antecedent of a relative pronoun ("Yashin, ..., who suggested"); the plural subject a
     * "they" or "their" points back to; a name inside the source that is not a possessor ("his
     * team" is not him) nor what qualifies a role ("The Lib Dem leader" is not the Lib Dems: see
     * {@link SourceAntecedents#person}). Unnamed plural or collective sources ("oppositionists",
     * "many in Ukraine", "his team") become GROUP entities, one per head word and owner. A prize
     * is never the source ("a Golden Globe and a Bafta for his role").
     */
    private static String resolve(Draft d, List<Integer> source, int cue, SourceAntecedents antecedents) {
        if (source.isEmpty()) return null;
        ParsedText doc = d.doc;
        if (!doc.hasParse()) return unparsedSpeaker(d, source);
        int head = doc.rootOf(source);
        if (speakerAt(d, head) != null) return speakerAt(d, head);
        // a name in apposition to the head is who speaks: "James Hardie chairwoman, Meredith Hellicar"
        for (int t : source) {
            if (speakerAt(d, t) != null && doc.token(t).head() == head && doc.token(t).deprel().equals("appos")) return speakerAt(d, t);
        }
        Token h = doc.token(head);
        // a role in apposition to a name is that one's: "said Clinton, the former secretary of State"
        String named = h.deprel().equals("appos") && h.head() >= 0 && antecedents.isRole(h) ? speakerAt(d, h.head()) : null;
        if (named != null && d.entity(named).type().equals("PERSON")) return named;
        if (h.pos().equals("WP") || h.pos().equals("WDT")) {
            // the clause a relative pronoun opens may go on in a second verb: "Annette Guessford, who answered her door ... and said"
            int clause = cue;
            for (int guard = 0; doc.token(clause).deprel().equals("conj") && guard < 5; guard++) clause = doc.token(clause).head();
            // the parser leaves some relative clauses a bare "dep" of their noun: "Priebus, who has said"
            String attached = doc.token(clause).deprel();
            int noun = doc.token(clause).head();
            if (attached.equals("acl:relcl") || attached.equals("dep") && noun >= 0 && noun < head) {
                String antecedent = speakerAt(d, noun);
                // a description in apposition to a name: "Allan Lichtman, a distinguished professor ..., who has predicted"
                Token n = doc.token(noun);
                if (antecedent == null && n.deprel().equals("appos") && n.head() >= 0) antecedent = speakerAt(d, n.head());
                if (antecedent != null) return antecedent;
            }
        }
        if (d.words.pluralPronouns().contains(h.text().toLowerCase(Locale.ROOT))) return pluralAntecedent(d, head);
        // a spokesman speaks for the one whose spokesman he is: "her spokesman", "a Tesco spokesman"
        boolean speaksFor = d.words.spokespeople().contains(h.lemma().toLowerCase(Locale.ROOT));
        boolean role = !speaksFor && antecedents.isRole(h);
        // "officials in Kiev", "residents of Kharkov", "his team": the people speak, not the place or the owner
        boolean group = isGroupHead(d, h);
        for (int t : source) {
            String id = speakerAt(d, t);
            if (id == null || doc.token(t).deprel().equals("nmod:poss") && !speaksFor) continue;
            if (group && modifiesHead(doc, t, head)) continue;
            // a name that qualifies a role says whose or where the role is: "The Lib Dem leader", "The Florida senator"
            if (role && qualifies(doc, t, head)) continue;
            // a place that qualifies a description says where it is from: "The US firm" is not the US
            if (h.pos().matches("NNS?") && qualifies(doc, t, head) && d.entity(id).type().equals("LOCATION")) continue;
            return id;
        }
        if (group) return group(d, source, h);
        return untaggedName(d, source, h);
    }

    /**
     * A source written as a name the name tagger missed ("Wealth-X says", "RealClearPolitics
     * reported"): capitalised words alone, up to four, after "the" perhaps. It names an
     * organisation, or a person where it opens with a first name; one entity per name.
     */
    private static String untaggedName(Draft d, List<Integer> source, Token head) {
        ParsedText doc = d.doc;
        if (!head.pos().equals("NNP")) return null;
        List<Integer> name = new ArrayList<>(source);
        while (!name.isEmpty() && (doc.token(name.get(0)).pos().equals("DT") || doc.token(name.get(0)).isPunct())) name.remove(0);
        while (!name.isEmpty() && doc.token(name.get(name.size() - 1)).isPunct()) name.remove(name.size() - 1);
        if (name.isEmpty() || name.size() > 4 || !name.contains(head.index())) return null;
        for (int t : name) {
            Token k = doc.token(t);
            if (!k.pos().equals("NNP") || !Character.isUpperCase(k.text().codePointAt(0)) || Titles.isTitle(k.text())) return null;
        }
        String text = d.text(name);
        String key = "name|" + text;
        String id = d.groupIds.get(key);
        if (id == null) {
            String type = NameGenders.isFirstName(doc.token(name.get(0)).text()) && name.size() >= 2 ? "PERSON" : "ORGANIZATION";
            id = d.addEntity(type, text, new ArrayList<>(List.of(new int[] {name.get(0), name.get(name.size() - 1) + 1})));
            d.groupIds.put(key, id);
            return id;
        }
        d.addMention(id, name);
        return id;
    }

    /**
     * Without a parse, the speaker a source names: its last person ("президент России Владимир
     * Путин" is Putin, not Russia), else its last named entity ("представитель МИД России": the
     * ministry), a body before a place ("МВнР на Индия"). Names end the phrases of these
     * languages' speakers; a place or body before them says whose the role is.
     */
    private static String unparsedSpeaker(Draft d, List<Integer> source) {
        String last = null;
        for (int i = source.size() - 1; i >= 0; i--) {
            String id = speakerAt(d, source.get(i));
            if (id == null) continue;
            if (d.entity(id).type().equals("PERSON")) return id;
            // a place after a word in lower case says where that one is from: "крупнейший лоукостер Европы" is no place
            if (d.entity(id).type().equals("LOCATION") && i > 0 && isLowerCase(d.doc.token(source.get(0)).text())) continue;
            // a place after a body says whose the body is: "МВнР на Индия" is the ministry
            if (last == null || d.entity(last).type().equals("LOCATION") && d.entity(id).type().equals("ORGANIZATION")) last = id;
        }
        return last;
    }

    private static boolean isLowerCase(String word) {
        return Character.isLowerCase(word.codePointAt(0));
    }


    /** The entity mentioned at token {@code t}, unless it is a prize, which never speaks. */
    private static String speakerAt(Draft d, int t) {
        String id = d.entityOfToken[t];
        return id == null || Prizes.isPrize(d.entity(id).name()) ? null : id;
    }

    /** Whether token {@code t} is part of a modifier before the noun {@code head}: "Lib Dem" of "The Lib Dem leader". */
    private static boolean qualifies(ParsedText doc, int t, int head) {
        for (int k = t, guard = 0; k != head; k = doc.token(k).head(), guard++) {
            if (k < 0 || guard > 5 || !doc.token(k).deprel().matches("compound|amod|flat")) return false;
        }
        return t < head;
    }

    /** Whether token {@code t} sits in a prepositional modifier of the head ("in Kiev" of "officials in Kiev"). */
    private static boolean modifiesHead(ParsedText doc, int t, int head) {
        for (int k = t, guard = 0; k >= 0 && k != head && guard < 50; k = doc.token(k).head(), guard++) {
            if (doc.token(k).head() == head && doc.token(k).deprel().startsWith("nmod")) return true;
        }
        return false;
    }

    /** A plural noun, a quantifier ("many"), or a collective noun ("team"): a group speaks. */
    private static boolean isGroupHead(Draft d, Token h) {
        return h.pos().equals("NNS") || h.pos().equals("NNPS") || d.words.groupQuantifiers().contains(h.text().toLowerCase(Locale.ROOT))
                || h.pos().equals("NN") && d.words.collectiveNouns().contains(h.lemma().toLowerCase(Locale.ROOT));
    }

    /** The most recent plural subject before a "they", in its sentence or the one before. */
    private static String pluralAntecedent(Draft d, int pronoun) {
        ParsedText doc = d.doc;
        int firstSentence = Math.max(0, doc.token(pronoun).sentence() - 1);
        for (int t = pronoun - 1; t >= doc.sentences().get(firstSentence).firstToken(); t--) {
            Token s = doc.token(t);
            if (!s.deprel().startsWith("nsubj")) continue;
            if (d.entityOfToken[t] != null && !d.entity(d.entityOfToken[t]).type().equals("PERSON")) return d.entityOfToken[t];
            if (isGroupHead(d, s)) {
                int[] r = doc.subtreeRange(t);
                List<Integer> phrase = new ArrayList<>();
                for (int k = r[0]; k <= r[1]; k++) phrase.add(k);
                return group(d, phrase, s);
            }
        }
        return null;
    }

    /**
     * The GROUP entity named by a phrase, made on first use, with the phrase as a mention: one per
     * head word and owner ("his team" and "Clinton's team" are two).
     */
    private static String group(Draft d, List<Integer> phrase, Token head) {
        ParsedText doc = d.doc;
        int[] mention = {phrase.get(0), phrase.get(phrase.size() - 1) + 1};
        String key = head.lemma().toLowerCase(Locale.ROOT);
        for (int k : doc.children(head.index())) {
            if (!doc.token(k).deprel().startsWith("nmod")) continue;  // the owner or the place: "his team", "officials in Kiev"
            key += "|" + (d.entityOfToken[k] != null ? d.entityOfToken[k] : doc.token(k).text().toLowerCase(Locale.ROOT));
        }
        String id = d.groupIds.get(key);
        if (id == null) {
            id = d.addEntity("GROUP", d.text(phrase), new ArrayList<>(List.of(mention)));
            d.groupIds.put(key, id);
            return id;
        }
        d.addMention(id, phrase);
        return id;
    }
}
