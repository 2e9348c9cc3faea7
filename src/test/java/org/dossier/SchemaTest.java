package org.dossier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.dossier.model.Analysis;
import org.dossier.text.ArticleFiles;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The JSON that analyze prints is what schema/analysis.schema.json documents. */
@LoadsModels
class SchemaTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static Set<ValidationMessage> validate(Analysis a) throws Exception {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(Path.of("schema", "analysis.schema.json")));
        JsonNode json = MAPPER.readTree(MAPPER.writeValueAsString(a));
        return schema.validate(json);
    }

    @Test
    void seedArticleAnalysisMatchesTheSchema() throws Exception {
        Analysis a = SharedAnalyzer.get().analyze(ArticleFiles.read(Path.of("examples", "seed-article.txt")),
                new ArticleInfo("t", "2025-05-15"));
        assertFalse(a.attributions().isEmpty());
        assertEquals(Set.of(), validate(a));
    }

    @Test
    void schemaRejectsWhatItShould() throws Exception {
        Analysis a = SharedAnalyzer.get().analyze("Smith said the plan was dead.", ArticleInfo.NONE);
        String json = MAPPER.writeValueAsString(a).replace("\"kind\":\"indirect\"", "\"kind\":\"rumour\"");
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(Path.of("schema", "analysis.schema.json")));
        assertFalse(schema.validate(MAPPER.readTree(json)).isEmpty(), json);
    }
}
