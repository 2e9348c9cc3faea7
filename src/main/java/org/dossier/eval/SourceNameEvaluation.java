package org.dossier.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dossier.Analyzer;
import org.dossier.ArticleInfo;
import org.dossier.model.Analysis;
import org.dossier.model.Attribution;
import org.dossier.model.Entity;
import org.dossier.model.Span;
import org.dossier.text.ArticleFiles;
import org.dossier.text.BadInputException;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * How often a source that is a pronoun or a description ("he", "the campaign") resolves to the
 * entity a reader takes it for, on hand-annotated sources (eval-data/sources): a source is
 * reached when a predicted attribution's source span overlaps it; it is right when the source's
 * entity bears the annotated name, or, where the annotation names nobody, when it is not forced
 * onto a named person or organisation (no entity, or a GROUP).
 */
public final class SourceNameEvaluation {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Per form ("pronoun", "description") and overall: gold sources, reached, right. */
    public record Counts(int gold, int reached, int right) {
        Counts plus(boolean reached, boolean right) {
            return new Counts(gold + 1, this.reached + (reached ? 1 : 0), this.right + (right ? 1 : 0));
        }
    }

    private SourceNameEvaluation() {}

    /** Counts by key "FORM, named" or "FORM, unnamed", plus "all". */
    public static Map<String, Counts> run(Analyzer analyzer, Path gold, Path texts, PrintStream misses)
            throws IOException, BadInputException {
        JsonNode entries = JSON.readTree(gold.toFile());
        if (!entries.isArray() || entries.isEmpty()) throw new IOException(gold + ": expected a JSON list of annotated sources");
        Map<String, Analysis> analyses = new HashMap<>();
        Map<String, Counts> counts = new TreeMap<>();
        for (JsonNode e : entries) {
            String article = e.path("article").asText();
            Path file = texts.resolve(article + ".txt");
            if (!Files.isRegularFile(file)) throw new IOException(gold + ": the article " + file + " is missing");
            Analysis a = analyses.get(article);
            if (a == null) analyses.put(article, a = analyzer.analyze(ArticleFiles.read(file), ArticleInfo.NONE));
            Span span = new Span(e.path("source").get(0).asInt(), e.path("source").get(1).asInt());
            String name = e.path("name").isNull() ? null : e.path("name").asText(null);
            Map<String, Entity> byId = new LinkedHashMap<>();
            for (Entity x : a.entities()) byId.put(x.id(), x);
            Attribution found = null;
            for (Attribution at : a.attributions()) {
                if (at.source() != null && at.source().spans().stream().anyMatch(s -> s.start() < span.end() && span.start() < s.end())) {
                    found = at;
                    break;
                }
            }
            Entity entity = found == null || found.source().entity() == null ? null : byId.get(found.source().entity());
            boolean right = found != null && (name == null ? entity == null || entity.type().equals("GROUP")
                    : entity != null && QuoteEvaluation.normal(entity.name()).equals(QuoteEvaluation.normal(name)));
            String key = e.path("form").asText("source") + (name == null ? ", unnamed" : ", named");
            counts.merge(key, new Counts(0, 0, 0).plus(found != null, right), SourceNameEvaluation::sum);
            counts.merge("all", new Counts(0, 0, 0).plus(found != null, right), SourceNameEvaluation::sum);
            if (misses != null && found != null && !right) {
                misses.printf("%s %s: %s resolved to %s%n", article, span, name, entity == null ? null : entity.name());
            }
        }
        return counts;
    }

    private static Counts sum(Counts a, Counts b) {
        return new Counts(a.gold() + b.gold(), a.reached() + b.reached(), a.right() + b.right());
    }
}
