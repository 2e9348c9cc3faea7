package org.dossier;

import org.dossier.extract.attribution.AttributionType;
import org.dossier.extract.attribution.FoundAttribution;
import org.dossier.extract.entity.FoundEntity;
import org.dossier.extract.facts.EntityIndex;
import org.dossier.extract.facts.FoundFacts;
import org.dossier.model.Analysis;
import org.dossier.model.Attribution;
import org.dossier.model.Entity;
import org.dossier.model.Mention;
import org.dossier.model.Phrase;
import org.dossier.model.Relation;
import org.dossier.model.Stance;
import org.dossier.model.TimeExpression;
import org.dossier.model.Segments;
import org.dossier.model.Source;
import org.dossier.model.Span;
import org.dossier.nlp.ParsedText;
import org.dossier.nlp.Quotes;
import org.dossier.nlp.Token;
import org.dossier.text.CodePoints;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Assembles the output of one analysis: resolves each source to an entity, works out source
 * chains and quotation kinds, adds the facts (descriptors, relations, times, stances), and
 * converts token positions to code-point offsets.
 */
final class AnalysisBuilder {
    static final String VERSION = "0.1.0";

    private final ParsedText doc;
    private final ArticleInfo info;
    private final CodePoints cp;
    private final List<Entity> entities = new ArrayList<>();
    private final List<List<int[]>> entityMentions = new ArrayList<>();
    private final Map<String, String> groupIds = new HashMap<>();
    private String[] entityOfToken;
    /** The output attributions, once {@link #resolve} has run. */
    private List<Attribution> attributions;

    AnalysisBuilder(ParsedText doc, ArticleInfo info) {
        this.doc = doc;
        this.info = info == null ? ArticleInfo.NONE : info;
        this.cp = new CodePoints(doc.text());
    }

    /**
     * The first stage: entities, then each attribution's source resolved to one ("he", "the
     * minister", "officials in Kiev") and its chain of relays. {@link #entityIndex} and {@link #build}
     * come after.
     */
    void resolve(List<FoundEntity> found, List<FoundAttribution> attrs) {
        for (FoundEntity e : found) addEntity(e.type(), e.name(), new ArrayList<>(e.mentions()));
        indexMentions();
        int[] relayed = new int[attrs.size()];  // for a report of a report, the report it relays; else -1
        for (int i = 0; i < attrs.size(); i++) relayed[i] = relayedReport(attrs.get(i), attrs);
        List<String> sourceIds = new ArrayList<>();
        List<Map.Entry<String, int[]>> people = new ArrayList<>();
        for (int e = 0; e < entities.size(); e++) {
            if (entities.get(e).type().equals("PERSON")) for (int[] m : entityMentions.get(e)) people.add(Map.entry(entities.get(e).id(), m));
        }
        SourceAntecedents antecedents = new SourceAntecedents(doc, entityOfToken, id -> entities.get(index(id)).type(), people);
        String previousSpeaker = null;
        int previousEnd = -1, previousHead = -1;  // the last word, and the source's head, of the previous statement of speech
        for (FoundAttribution a : attrs) {
            // a quotation that runs on is its continued attribution's speaker's (listed before it)
            int c = a.isRunOn() ? continued(a, relayed) : -1;
            String id = a.isRunOn() ? (c < sourceIds.size() ? sourceIds.get(c) : null) : resolve(a.source(), a.anchor());
            int head = a.isRunOn() || a.source().isEmpty() ? -1 : doc.rootOf(a.source());
            if (head >= 0) {
                String quoted = antecedents.quotedSpeaker(head, previousSpeaker, previousEnd, previousHead);
                if (quoted != null) id = quoted;
                if (id == null && (id = antecedents.person(head)) != null) {
                    addMention(id, a.source());
                    // the role is now known for that person: "the Trade and Industry Secretary" ... "The minister"
                    people.add(Map.entry(id, new int[] {a.source().get(0), a.source().get(a.source().size() - 1) + 1}));
                }
                if (id == null && (id = antecedents.organisation(head)) != null) addMention(id, a.source());
                if (id == null) id = antecedents.employer(head);
                if (id == null) id = antecedents.author(head);
            }
            sourceIds.add(id);
            if (a.type() == AttributionType.SPEECH && id != null) {
                previousSpeaker = id;
                if (!a.isRunOn()) previousHead = head;
                previousEnd = endOfQuotation(Math.max(a.anchor(), a.content().stream().mapToInt(Integer::intValue).max().orElse(a.anchor())));
            }
        }
        indexMentions();  // group entities made for sources have mentions too
        for (int i = 0; i < attrs.size(); i++) {
            actsAsOrganization(sourceIds.get(i));
            if (!attrs.get(i).isRunOn()) actsAsOrganization(recipient(attrs.get(i).anchor()));
        }
        attributions = attributions(attrs, sourceIds, relayed);
    }

    /** The last stage: the article's facts (found over {@link #entityIndex}) added, and the analysis assembled. */
    Analysis build(FoundFacts f) {
        List<Attribution> out = attributions;
        addDescriptors(f.descriptors());
        for (var st : f.stances()) if (st.holder() >= 0) actsAsOrganization(id(st.holder()));
        return new Analysis(VERSION, "en", info.title(), info.published(), cp.length(), List.copyOf(entities), out,
                f.relations().stream().map(r -> new Relation(id(r.subject()), r.predicate(), id(r.object()), r.objectText(),
                        sentenceSpan(r.sentence()))).toList(),
                f.times().stream().map(t -> {
                    Phrase p = phrase(t.first(), t.end());
                    return new TimeExpression(p.start(), p.end(), p.text(), t.value(),
                            t.event() == null ? null : phrase(t.event()[0], t.event()[1]));
                }).toList(),
                f.stances().stream().map(st -> {
                    Phrase holder = phrase(st.holderTokens()[0], st.holderTokens()[1]);
                    String holderId = st.holder() >= 0 ? id(st.holder()) : speakerOf(holder, out);
                    return new Stance(holderId, holder.text(), id(st.target()), phrase(st.targetTokens()[0], st.targetTokens()[1]).text(),
                            st.polarity(), st.kind(), sentenceSpan(st.sentence()));
                }).toList());
    }

    /**
     * The last token of the quotation that holds {@code t}, and of the quotations that reopen right
     * after it ({@code "... industry. "But ... ways."}), else {@code t}: a content may stop at a
     * sentence the speaker's quotation runs past.
     */
    private int endOfQuotation(int t) {
        if (doc.quotationOf(t) < 0) return t;
        while (t + 1 < doc.tokens().size() && doc.quotationOf(t + 1) >= 0) t++;
        return t;
    }

    /**
     * The output attributions, numbered in text order. A report of a report ("X said ..., according
     * to Outlet"; "This was revealed to Politico by X, News.bg reports") is not a statement of its
     * own: the outlet stays in the inner statement's {@code via}.
     */
    private List<Attribution> attributions(List<FoundAttribution> attrs, List<String> sourceIds, int[] relayed) {
        Map<Integer, String> ids = new HashMap<>();
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < attrs.size(); i++) {
            if (relayed[i] >= 0) continue;
            kept.add(i);
            ids.put(i, "A" + kept.size());
        }
        List<Attribution> out = new ArrayList<>();
        for (int i : kept) {
            FoundAttribution a = attrs.get(i);
            Source source;
            String continuesId = a.isRunOn() ? ids.get(continued(a, relayed)) : null;
            if (a.isRunOn()) {
                Attribution continued = out.stream().filter(o -> o.id().equals(continuesId)).findFirst().orElse(null);
                source = continued == null || continued.source() == null ? null
                        : new Source(List.of(), continued.source().text(), sourceIds.get(i));
            } else {
                source = a.source().isEmpty() ? null : new Source(spans(a.source()), text(a.source()), sourceIds.get(i));
            }
            Segments cue = a.cue().isEmpty() ? null : new Segments(spans(a.cue()), text(a.cue()));
            out.add(new Attribution(ids.get(i), kind(a.content()), a.type().label(), source, cue,
                    new Segments(spans(a.content()), text(a.content())), a.isRunOn() ? List.of() : via(a, attrs, sourceIds),
                    Math.round(a.confidence() * 1000) / 1000.0, continuesId));
        }
        return out;
    }

    /** The attribution a run-on continues; when that one only relays another report, the report it relays. */
    private static int continued(FoundAttribution runOn, int[] relayed) {
        int c = runOn.continues();
        for (int guard = 0; relayed[c] >= 0 && guard < relayed.length; guard++) c = relayed[c];
        return c;
    }

    /**
     * For a report of a report, the index of the speech report it relays (-1 otherwise): a
     * relaying report ({@link #relays}) that repeats the inner one's words, or whose content is the
     * inner report itself, its source included.
     */
    private int relayedReport(FoundAttribution outer, List<FoundAttribution> all) {
        if (outer.isRunOn() || outer.content().isEmpty()) return -1;
        for (int i = 0; i < all.size(); i++) {
            FoundAttribution inner = all.get(i);
            if (inner == outer || inner.isRunOn() || inner.source().isEmpty() || inner.type() != AttributionType.SPEECH) continue;
            if (!relays(outer, inner)) continue;
            if (!outer.content().contains(inner.anchor())) return i;  // the same words, relayed
            if (!outer.content().containsAll(inner.source())) continue;
            // the inner cue heads the outer content ("News.bg reports [X revealed ...]"), or hangs from its
            // quotation ("\"...,\" Zelenskyy told reporters"), not from some other clause ("Y was right when he said")
            int root = doc.rootOf(outer.content());
            Token cue = doc.token(inner.anchor());
            boolean quoteFirst = inner.content().stream().allMatch(t -> t < inner.anchor());
            boolean heads = doc.dominates(inner.anchor(), root) || quoteFirst && inner.content().contains(cue.head());
            if (!heads) continue;
            // the outer content is the inner report: its words are the inner cue's clause or content
            long words = 0, inside = 0;
            for (int t : outer.content()) {
                if (doc.token(t).isPunct()) continue;
                words++;
                if (inner.content().contains(t) || doc.dominates(inner.anchor(), t)) inside++;
            }
            if (inside >= 0.8 * words) return i;
        }
        return -1;
    }

    /**
     * Whether {@code outer} passes on {@code inner}: a reporting cue whose content holds the inner
     * cue ("..., News.bg reports"), or repeats the inner content in the same sentence ("\"...,\"
     * Zelenskyy told reporters, according to Example Wire").
     */
    private boolean relays(FoundAttribution outer, FoundAttribution inner) {
        if (outer.isRunOn() || !reports(outer.anchor())) return false;
        if (outer.content().contains(inner.anchor())) return true;
        // the relay comes after the report it passes on: "X told reporters ..., according to Example Wire"
        if (outer.anchor() < inner.anchor() || doc.token(outer.anchor()).sentence() != doc.token(inner.anchor()).sentence()
                || inner.content().contains(outer.anchor())) return false;  // a report inside the content is nested, no relay
        long words = outer.content().stream().filter(t -> !doc.token(t).isPunct()).count();
        long shared = outer.content().stream().filter(t -> !doc.token(t).isPunct() && inner.content().contains(t)).count();
        return words > 0 && shared >= 0.8 * words;
    }

    /**
     * A place that speaks, is spoken to or holds a stance stands for those who run it: "Kiev's
     * distrust" is Ukraine's government's, "revealed to Politico" names an outlet the tagger took
     * for a place.
     */
    private void actsAsOrganization(String id) {
        if (id == null) return;
        Entity e = entities.get(index(id));
        if (e.type().equals("LOCATION")) entities.set(index(id), new Entity(e.id(), "ORGANIZATION", e.name(), e.mentions(), e.descriptors()));
    }

    private static final java.util.Set<String> FIRST_PERSON = java.util.Set.of("i", "we");

    /** "We" or "I" inside what someone is quoted as saying is that someone ("we are not enemies of Ukraine", said Yashin). */
    private static String speakerOf(Phrase holder, List<Attribution> attributions) {
        if (!FIRST_PERSON.contains(holder.text().toLowerCase(java.util.Locale.ROOT))) return null;
        for (Attribution a : attributions) {
            if (a.source() == null || a.source().entity() == null) continue;
            for (Span s : a.content().spans()) if (s.start() <= holder.start() && holder.end() <= s.end()) return a.source().entity();
        }
        return null;
    }

    /** The entities resolved so far as the facts stage sees them: {@link #entityOfToken} as list indexes. */
    EntityIndex entityIndex() {
        int[] of = new int[entityOfToken.length];
        for (int t = 0; t < of.length; t++) of[t] = entityOfToken[t] == null ? -1 : index(entityOfToken[t]);
        return new EntityIndex(of, entities.stream().map(Entity::type).toList(), entities.stream().map(Entity::name).toList());
    }

    private void addDescriptors(List<FoundFacts.Descriptor> found) {
        Map<Integer, List<Phrase>> byEntity = new LinkedHashMap<>();
        for (FoundFacts.Descriptor d : found) {
            Phrase p = phrase(d.first(), d.end());
            List<Phrase> list = byEntity.computeIfAbsent(d.entity(), k -> new ArrayList<>());
            if (list.stream().noneMatch(x -> x.text().equalsIgnoreCase(p.text()))) list.add(p);  // each description once
        }
        byEntity.forEach((i, list) -> {
            list.sort(Comparator.comparingInt(Phrase::start));
            Entity e = entities.get(i);
            entities.set(i, new Entity(e.id(), e.type(), e.name(), e.mentions(), List.copyOf(list)));
        });
    }

    private String id(int entity) {
        return entity < 0 ? null : entities.get(entity).id();
    }

    private Phrase phrase(int first, int end) {
        int s = doc.token(first).start(), e = doc.token(end - 1).end();
        return new Phrase(cp.codePoint(s), cp.codePoint(e), doc.slice(s, e));
    }

    private Span sentenceSpan(int sentence) {
        var s = doc.sentences().get(sentence);
        return new Span(cp.codePoint(s.start()), cp.codePoint(s.end()));
    }

    private String addEntity(String type, String name, List<int[]> mentions) {
        String id = "E" + (entities.size() + 1);
        mentions.sort(Comparator.comparingInt(m -> m[0]));
        List<Mention> ms = new ArrayList<>();
        for (int[] m : mentions) {
            int s = doc.token(m[0]).start(), e = doc.token(m[1] - 1).end();
            ms.add(new Mention(cp.codePoint(s), cp.codePoint(e), doc.slice(s, e)));
        }
        entities.add(new Entity(id, type, name, ms, List.of()));
        entityMentions.add(mentions);
        return id;
    }

    private void indexMentions() {
        entityOfToken = new String[doc.tokens().size()];
        for (int i = 0; i < entities.size(); i++)
            for (int[] m : entityMentions.get(i))
                for (int t = m[0]; t < m[1]; t++) entityOfToken[t] = entities.get(i).id();
    }

    private static final java.util.Set<String> PLURAL_PRONOUNS = java.util.Set.of("they", "them", "their", "theirs");
    private static final java.util.Set<String> GROUP_WORDS = java.util.Set.of("many", "some", "most", "few", "several", "others");

    /**
     * The entity a source refers to: the one mentioned at the source's syntactic head; the
     * antecedent of a relative pronoun ("Yashin, ..., who suggested"); the plural subject a
     * "they" or "their" points back to; a name inside the source that is not a possessor ("his
     * team" is not him). Unnamed plural or collective sources ("oppositionists", "many in
     * Ukraine", "his team") become GROUP entities, one per head word and owner.
     */
    private String resolve(List<Integer> source, int cue) {
        if (source.isEmpty()) return null;
        int head = doc.rootOf(source);
        if (entityOfToken[head] != null) return entityOfToken[head];
        // a name in apposition to the head is who speaks: "James Hardie chairwoman, Meredith Hellicar"
        for (int t : source) {
            if (entityOfToken[t] != null && doc.token(t).head() == head && doc.token(t).deprel().equals("appos")) return entityOfToken[t];
        }
        Token h = doc.token(head);
        if ((h.pos().equals("WP") || h.pos().equals("WDT")) && doc.token(cue).deprel().equals("acl:relcl")) {
            String antecedent = entityOfToken[doc.token(cue).head()];
            if (antecedent != null) return antecedent;
        }
        if (PLURAL_PRONOUNS.contains(h.text().toLowerCase(Locale.ROOT))) return pluralAntecedent(head);
        // a spokesman speaks for the one whose spokesman he is: "her spokesman", "a Tesco spokesman"
        boolean speaksFor = SPOKESPEOPLE.contains(h.lemma().toLowerCase(Locale.ROOT));
        // "officials in Kiev", "residents of Kharkov", "his team": the people speak, not the place or the owner
        boolean group = isGroupHead(h);
        for (int t : source) {
            if (entityOfToken[t] == null || doc.token(t).deprel().equals("nmod:poss") && !speaksFor) continue;
            if (group && modifiesHead(t, head)) continue;
            // a place that qualifies a description says where it is from: "The US firm" is not the US
            if (h.pos().matches("NNS?") && doc.token(t).head() == head && doc.token(t).deprel().matches("compound|amod")
                    && entities.get(index(entityOfToken[t])).type().equals("LOCATION")) continue;
            return entityOfToken[t];
        }
        return group ? group(source, h) : null;
    }

    private static final java.util.Set<String> SPOKESPEOPLE = java.util.Set.of("spokesman", "spokeswoman", "spokesperson",
            "spokespeople", "spokesmen", "representative");

    /** Whether token {@code t} sits in a prepositional modifier of the head ("in Kiev" of "officials in Kiev"). */
    private boolean modifiesHead(int t, int head) {
        for (int k = t, guard = 0; k >= 0 && k != head && guard < 50; k = doc.token(k).head(), guard++) {
            if (doc.token(k).head() == head && doc.token(k).deprel().startsWith("nmod")) return true;
        }
        return false;
    }

    private static boolean isGroupHead(Token h) {
        return h.pos().equals("NNS") || h.pos().equals("NNPS") || GROUP_WORDS.contains(h.text().toLowerCase(Locale.ROOT))
                || h.pos().equals("NN") && COLLECTIVE.contains(h.lemma().toLowerCase(Locale.ROOT));
    }

    /** Singular nouns for a body of people that speaks as one: "according to his team". */
    private static final java.util.Set<String> COLLECTIVE = java.util.Set.of("team", "campaign", "staff", "family",
            "camp", "entourage", "office", "administration", "government", "leadership");

    /** The most recent plural subject before a "they", in its sentence or the one before. */
    private String pluralAntecedent(int pronoun) {
        int firstSentence = Math.max(0, doc.token(pronoun).sentence() - 1);
        for (int t = pronoun - 1; t >= doc.sentences().get(firstSentence).firstToken(); t--) {
            Token s = doc.token(t);
            if (!s.deprel().startsWith("nsubj")) continue;
            if (entityOfToken[t] != null && !entities.get(index(entityOfToken[t])).type().equals("PERSON")) return entityOfToken[t];
            if (isGroupHead(s)) {
                int[] r = doc.subtreeRange(t);
                List<Integer> phrase = new ArrayList<>();
                for (int k = r[0]; k <= r[1]; k++) phrase.add(k);
                return group(phrase, s);
            }
        }
        return null;
    }

    /**
     * The GROUP entity named by a phrase, made on first use, with the phrase as a mention: one per
     * head word and owner ("his team" and "Clinton's team" are two).
     */
    private String group(List<Integer> phrase, Token head) {
        int[] mention = {phrase.get(0), phrase.get(phrase.size() - 1) + 1};
        String key = head.lemma().toLowerCase(Locale.ROOT);
        for (int k : doc.children(head.index())) {
            if (!doc.token(k).deprel().startsWith("nmod")) continue;  // the owner or the place: "his team", "officials in Kiev"
            key += "|" + (entityOfToken[k] != null ? entityOfToken[k] : doc.token(k).text().toLowerCase(Locale.ROOT));
        }
        String id = groupIds.get(key);
        if (id == null) {
            id = addEntity("GROUP", text(phrase), new ArrayList<>(List.of(mention)));
            groupIds.put(key, id);
            return id;
        }
        addMention(id, phrase);
        return id;
    }

    /** Adds a phrase (consecutive tokens) to an entity's mentions, once. */
    private void addMention(String id, List<Integer> phrase) {
        int[] mention = {phrase.get(0), phrase.get(phrase.size() - 1) + 1};
        int idx = index(id);
        List<int[]> ms = entityMentions.get(idx);
        if (ms.stream().anyMatch(m -> m[0] == mention[0] && m[1] == mention[1])) return;
        ms.add(mention);
        Entity e = entities.get(idx);
        List<Mention> mentions = new ArrayList<>(e.mentions());
        int s = doc.token(mention[0]).start(), en = doc.token(mention[1] - 1).end();
        mentions.add(new Mention(cp.codePoint(s), cp.codePoint(en), doc.slice(s, en)));
        mentions.sort(Comparator.comparingInt(Mention::start));
        entities.set(idx, new Entity(e.id(), e.type(), e.name(), List.copyOf(mentions), e.descriptors()));
    }

    private static int index(String entityId) {
        return Integer.parseInt(entityId.substring(1)) - 1;
    }

    /**
     * Who relayed the attribution, outermost first: the sources of the reports whose content holds
     * this one's cue ("..., News.bg reports"), then the organisation the words were said to
     * ("revealed to Politico", "told CNN", "in an interview with Fox News").
     */
    private List<String> via(FoundAttribution a, List<FoundAttribution> all, List<String> sourceIds) {
        List<Integer> outer = new ArrayList<>();
        for (int j = 0; j < all.size(); j++) {
            FoundAttribution o = all.get(j);
            if (o != a && !o.isRunOn() && sourceIds.get(j) != null && relays(o, a)) outer.add(j);
        }
        outer.sort(Comparator.comparingInt((Integer j) -> all.get(j).content().size()).reversed());
        LinkedHashMap<String, Boolean> chain = new LinkedHashMap<>();
        for (int j : outer) chain.put(sourceIds.get(j), true);
        String recipient = recipient(a.anchor());
        if (recipient != null) chain.put(recipient, true);
        String own = a.source().isEmpty() ? null : sourceIds.get(all.indexOf(a));
        if (own != null) chain.remove(own);
        return List.copyOf(chain.keySet());
    }

    private static final java.util.Set<String> REPORTING = java.util.Set.of("say", "tell", "report", "write",
            "reveal", "according", "claim", "state", "add", "note", "announce", "quote", "cite", "confirm", "disclose");

    /** Whether a cue passes on what others said, so that its source relays what it contains. */
    private boolean reports(int cue) {
        return REPORTING.contains(doc.token(cue).lemma().toLowerCase(Locale.ROOT))
                || REPORTING.contains(doc.token(cue).text().toLowerCase(Locale.ROOT));
    }

    private String recipient(int cue) {
        for (int k : doc.children(cue)) {
            Token c = doc.token(k);
            boolean toOrWith = doc.hasCase(k, java.util.Set.of("to", "with"));
            boolean candidate = c.deprel().equals("iobj") || c.deprel().equals("obj") || c.deprel().startsWith("obl") && toOrWith;
            if (!candidate) continue;
            for (int t = k; t >= 0 && t > k - 6; t--) {
                String id = entityOfToken[t];
                // Outlets are often tagged as places ("revealed to Politico"); people told are not relays.
                if (id != null && !entities.get(index(id)).type().equals("PERSON")) return id;
                if (!doc.dominates(k, t)) break;
            }
        }
        return null;
    }

    private String kind(List<Integer> content) {
        int words = 0, quoted = 0;
        for (int t : content) {
            if (doc.token(t).isPunct()) continue;
            words++;
            if (doc.quotationOf(t) >= 0) quoted++;
        }
        return quoted == 0 ? "indirect" : quoted >= words - 1 ? "direct" : "mixed";
    }

    /** Code-point spans of runs of consecutive tokens, without punctuation at their edges. */
    private List<Span> spans(List<Integer> tokens) {
        List<Span> out = new ArrayList<>();
        List<Integer> sorted = tokens.stream().sorted().toList();
        int i = 0;
        while (i < sorted.size()) {
            int j = i;
            while (j + 1 < sorted.size() && sorted.get(j + 1) == sorted.get(j) + 1) j++;
            int a = sorted.get(i), b = sorted.get(j);
            while (a < b && trimmable(a)) a++;
            while (b > a && trimmable(b)) b--;
            out.add(new Span(cp.codePoint(doc.token(a).start()), cp.codePoint(doc.token(b).end())));
            i = j + 1;
        }
        return out;
    }

    private boolean trimmable(int t) {
        String w = doc.slice(doc.token(t).start(), doc.token(t).end());
        return doc.token(t).isPunct() && !Quotes.isQuoteMark(w) && !w.equals("’") && !w.equals("‘");
    }

    private String text(List<Integer> tokens) {
        StringBuilder sb = new StringBuilder();
        for (Span s : spans(tokens)) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(doc.slice(cp.utf16(s.start()), cp.utf16(s.end())));
        }
        return sb.toString();
    }
}
