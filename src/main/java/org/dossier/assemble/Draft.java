package org.dossier.assemble;

import org.dossier.extract.attribution.FoundAttribution;
import org.dossier.extract.entity.FoundEntity;
import org.dossier.extract.facts.EntityIndex;
import org.dossier.extract.facts.FoundFacts;
import org.dossier.model.Analysis;
import org.dossier.model.Attribution;
import org.dossier.model.Entity;
import org.dossier.model.Mention;
import org.dossier.model.Phrase;
import org.dossier.model.Span;
import org.dossier.nlp.ParsedText;
import org.dossier.nlp.Quotes;
import org.dossier.nlp.StageTimes;
import org.dossier.text.CodePoints;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One analysis in the making: what the extraction stages found in a parsed text, and the output
 * that the assembly stages build from it, step by step ({@link AnalysisStage}). Entities are kept
 * as output records and, beside them, as token ranges, so that a stage can ask which entity a
 * token belongs to. Not thread-safe: one draft per article.
 */
public final class Draft {
    final ParsedText doc;
    final String title, published, language;
    final StageTimes clock;
    final AssemblyWords words;
    final CodePoints cp;

    List<FoundEntity> foundEntities = List.of();
    List<FoundAttribution> found = List.of();
    final List<Entity> entities = new ArrayList<>();
    final List<List<int[]>> entityMentions = new ArrayList<>();
    final Map<String, String> groupIds = new HashMap<>();
    String[] entityOfToken;
    /** For each found attribution, the one it relays when it is a report of a report; else -1 ({@link FindRelays}). */
    int[] relayed;
    /** For each found attribution, the id of the entity its source is ({@link ResolveSources}). */
    List<String> sourceIds;
    List<Attribution> attributions;
    FoundFacts facts;
    Analysis analysis;

    /**
     * @param published YYYY-MM-DD or null
     * @param language  the ISO 639-1 code the text is read in
     * @param clock     where stages count their CPU time
     * @param words     the language's word lists
     */
    public Draft(ParsedText doc, String title, String published, String language, StageTimes clock, AssemblyWords words) {
        this.doc = doc;
        this.title = title;
        this.published = published;
        this.language = language;
        this.clock = clock;
        this.words = words;
        this.cp = new CodePoints(doc.text());
    }

    public ParsedText doc() {
        return doc;
    }

    /** The publication date (YYYY-MM-DD), or null: what relative times are read against. */
    public String published() {
        return published;
    }

    /** Sets what the entity stage found. */
    public void foundEntities(List<FoundEntity> found) {
        this.foundEntities = List.copyOf(found);
    }

    /** Sets what the attribution stage found. */
    public void foundAttributions(List<FoundAttribution> found) {
        this.found = List.copyOf(found);
    }

    /**
     * Sets the facts found, for a language that finds them otherwise than {@link AddFacts} does (or
     * none yet: {@link FoundFacts#NONE}).
     */
    public void foundFacts(FoundFacts facts) {
        this.facts = facts;
    }

    /** The finished analysis, once {@link BuildAnalysis} has run. */
    public Analysis analysis() {
        if (analysis == null) throw new IllegalStateException("the draft is not assembled yet");
        return analysis;
    }

    String addEntity(String type, String name, List<int[]> mentions) {
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

    /** Adds a phrase (consecutive tokens) to an entity's mentions, once. */
    void addMention(String id, List<Integer> phrase) {
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

    /** Rebuilds which entity each token belongs to, after entities or mentions were added. */
    void indexMentions() {
        entityOfToken = new String[doc.tokens().size()];
        for (int i = 0; i < entities.size(); i++)
            for (int[] m : entityMentions.get(i))
                for (int t = m[0]; t < m[1]; t++) entityOfToken[t] = entities.get(i).id();
    }

    static int index(String entityId) {
        return Integer.parseInt(entityId.substring(1)) - 1;
    }

    Entity entity(String id) {
        return entities.get(index(id));
    }

    String id(int entity) {
        return entity < 0 ? null : entities.get(entity).id();
    }

    /**
     * A place that speaks, is spoken to or holds a stance stands for those who run it: "Kiev's
     * distrust" is Ukraine's government's, "revealed to Politico" names an outlet the tagger took
     * for a place. Only where the text has a parse: without one (Russian, Ukrainian, Bulgarian) a
     * source is read from the words next to a cue, and a place there is as often where something
     * was said ("Лондон", "Украйна" at a sentence's start) as who said it, so the place keeps its
     * type, as SlavicNER types such names.
     */
    void actsAsOrganization(String id) {
        if (id == null || !doc.hasParse()) return;
        Entity e = entities.get(index(id));
        if (e.type().equals("LOCATION")) entities.set(index(id), new Entity(e.id(), "ORGANIZATION", e.name(), e.mentions(), e.descriptors()));
    }

    /** The entities resolved so far as the facts stage sees them: {@link #entityOfToken} as list indexes. */
    EntityIndex entityIndex() {
        int[] of = new int[entityOfToken.length];
        for (int t = 0; t < of.length; t++) of[t] = entityOfToken[t] == null ? -1 : index(entityOfToken[t]);
        return new EntityIndex(of, entities.stream().map(Entity::type).toList(), entities.stream().map(Entity::name).toList());
    }

    Phrase phrase(int first, int end) {
        int s = doc.token(first).start(), e = doc.token(end - 1).end();
        return new Phrase(cp.codePoint(s), cp.codePoint(e), doc.slice(s, e));
    }

    Span sentenceSpan(int sentence) {
        var s = doc.sentences().get(sentence);
        return new Span(cp.codePoint(s.start()), cp.codePoint(s.end()));
    }

    /** Code-point spans of runs of consecutive tokens, without punctuation at their edges. */
    List<Span> spans(List<Integer> tokens) {
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

    /** The text of some tokens: their {@link #spans} joined by a space. */
    String text(List<Integer> tokens) {
        StringBuilder sb = new StringBuilder();
        for (Span s : spans(tokens)) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(doc.slice(cp.utf16(s.start()), cp.utf16(s.end())));
        }
        return sb.toString();
    }
}
