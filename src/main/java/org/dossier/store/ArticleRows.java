package org.dossier.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dossier.ingest.SourceArticle;
import org.dossier.model.Analysis;
import org.dossier.model.Attribution;
import org.dossier.model.Entity;
import org.dossier.model.Mention;
import org.dossier.model.Relation;
import org.dossier.model.Stance;
import org.dossier.model.TimeExpression;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows an analyzed article adds to the store's tables once each of its entities has a corpus
 * entity. The store and the Spark job both build them here, so both write the same rows.
 */
public record ArticleRows(ArticleRow article, List<ArticleEntityRow> entities, List<MentionRow> mentions,
                          List<AttributionRow> attributions, List<RelationRow> relations, List<TimeRow> times,
                          List<StanceRow> stances) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The store's table of each row type: the tables a Spark run writes and {@code import} reads, in load order. */
    public static final Map<Class<? extends Record>, String> TABLES = tables();

    private static Map<Class<? extends Record>, String> tables() {
        Map<Class<? extends Record>, String> t = new LinkedHashMap<>();
        t.put(ArticleRow.class, "articles");
        t.put(EntityRow.class, "entities");
        t.put(AliasRow.class, "aliases");
        t.put(NameKeyRow.class, "name_keys");
        t.put(DescriptorRow.class, "descriptors");
        t.put(ArticleEntityRow.class, "article_entities");
        t.put(MentionRow.class, "mentions");
        t.put(AttributionRow.class, "attributions");
        t.put(RelationRow.class, "relations");
        t.put(TimeRow.class, "times");
        t.put(StanceRow.class, "stances");
        return java.util.Collections.unmodifiableMap(t);
    }

    /** @param language ISO 639-1 code of the language the text was read in (the analysis's) */
    public record ArticleRow(long id, String url, String textSha256, String title, String publisher, String byline,
                             String published, String language, String origin, String text, String analysis, String ingestedAt) {
        /** This row without its URL. */
        public ArticleRow withoutUrl() {
            return new ArticleRow(id, null, textSha256, title, publisher, byline, published, language, origin, text, analysis, ingestedAt);
        }
    }

    public record EntityRow(long id, String type, String name) {}

    public record AliasRow(long entityId, String norm, String alias, int count) {}

    public record NameKeyRow(String key, long entityId) {}

    public record DescriptorRow(long entityId, String descriptor, int count) {}

    public record ArticleEntityRow(long articleId, String localId, Long entityId, String type, String name, String published) {}

    public record MentionRow(long articleId, String localId, int start, int end, String text) {}

    /** An attribution as the article reports it; the store adds the statement it is a report of. */
    public record AttributionRow(long articleId, String localId, String kind, String type, String sourceText, Long sourceEntityId, String cue,
                                 String content, int contentStart, int contentEnd, String via, double confidence,
                                 String published, String publisher) {}

    public record RelationRow(long articleId, Long subjectId, String predicate, Long objectId, String objectText,
                              int evidenceStart, int evidenceEnd) {}

    public record TimeRow(long articleId, int start, int end, String text, String value, String event) {}

    public record StanceRow(long articleId, Long holderId, String holderText, Long targetId, String targetText,
                            String polarity, String kind, int evidenceStart, int evidenceEnd) {}

    /**
     * @param ids the corpus entity of each article entity, by local id (absent or null: none)
     */
    public static ArticleRows of(long id, SourceArticle a, Analysis analysis, Map<String, Long> ids, String ingestedAt) {
        String json;
        try {
            json = JSON.writeValueAsString(analysis);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        ArticleRow article = new ArticleRow(id, a.url(), CorpusStore.textKey(a.text()), a.title(), a.publisher(), a.byline(),
                a.published(), analysis.language(), a.origin(), a.text(), json, ingestedAt);
        List<ArticleEntityRow> entities = new ArrayList<>();
        List<MentionRow> mentions = new ArrayList<>();
        for (Entity e : analysis.entities()) {
            entities.add(new ArticleEntityRow(id, e.id(), ids.get(e.id()), e.type(), e.name(), a.published()));
            for (Mention m : e.mentions()) mentions.add(new MentionRow(id, e.id(), m.start(), m.end(), m.text()));
        }
        List<AttributionRow> attributions = new ArrayList<>();
        for (Attribution at : analysis.attributions()) {
            List<Long> via = new ArrayList<>();
            for (String v : at.via()) if (ids.get(v) != null) via.add(ids.get(v));
            var spans = at.content().spans();
            attributions.add(new AttributionRow(id, at.id(), at.kind(), at.type(), at.source() == null ? null : at.source().text(),
                    at.source() == null || at.source().entity() == null ? null : ids.get(at.source().entity()),
                    at.cue() == null ? null : at.cue().text(), at.content().text(), spans.get(0).start(),
                    spans.get(spans.size() - 1).end(), via.toString().replace(" ", ""), at.confidence(), a.published(), a.publisher()));
        }
        List<RelationRow> relations = new ArrayList<>();
        for (Relation r : analysis.relations()) {
            relations.add(new RelationRow(id, ids.get(r.subject()), r.predicate(), r.object() == null ? null : ids.get(r.object()),
                    r.objectText(), r.evidence().start(), r.evidence().end()));
        }
        List<TimeRow> times = new ArrayList<>();
        for (TimeExpression t : analysis.times()) {
            times.add(new TimeRow(id, t.start(), t.end(), t.text(), t.value(), t.event() == null ? null : t.event().text()));
        }
        List<StanceRow> stances = new ArrayList<>();
        for (Stance st : analysis.stances()) {
            stances.add(new StanceRow(id, st.holder() == null ? null : ids.get(st.holder()), st.holderText(),
                    st.target() == null ? null : ids.get(st.target()), st.targetText(), st.polarity(), st.kind(),
                    st.evidence().start(), st.evidence().end()));
        }
        return new ArticleRows(article, entities, mentions, attributions, relations, times, stances);
    }
}
