package org.dossier.store;

import org.dossier.ArticleInfo;
import org.dossier.LoadsModels;
import org.dossier.SharedAnalyzer;
import org.dossier.ingest.SourceArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The corpus names an entity by a name, never by a description that stood for it as a source. */
@LoadsModels
class DisplayNamesTest {
    @TempDir
    Path dir;

    @Test
    void aDescriptionThatSpeaksForAnEntityIsNotItsName() throws Exception {
        Path db = dir.resolve("n.db");
        String text = """
                Microsoft has launched its own search engine to take on Google.

                The company said the service would index five billion web pages. The company added that it would also search news.

                Nintendo has cut the price of its handheld console in Europe.

                The Japanese gaming giant said sales had exceeded expectations. The Japanese gaming giant also said a new model was coming.
                """;
        try (CorpusStore store = CorpusStore.open(db)) {
            SourceArticle a = new SourceArticle("n.txt", null, "Search", "Example News", null, "2005-02-01", "en", text);
            store.add(a, SharedAnalyzer.get().analyze(a.text(), new ArticleInfo(a.title(), a.published())));
        }
        List<String> names = new ArrayList<>();
        try (Connection c = CorpusStore.connect(db, true); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name FROM entities")) {
            while (rs.next()) names.add(rs.getString(1));
        }
        assertTrue(names.contains("Microsoft") && names.contains("Nintendo"), names.toString());
        assertFalse(names.stream().anyMatch(n -> n.contains("company") || n.contains("giant")), names.toString());
    }
}
