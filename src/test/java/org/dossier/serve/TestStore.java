package org.dossier.serve;

import org.dossier.ArticleInfo;
import org.dossier.SharedAnalyzer;
import org.dossier.ingest.ArticleReader;
import org.dossier.ingest.SourceArticle;
import org.dossier.store.CorpusStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/** A store of the bundled example corpus plus one article whose title, quote and speaker carry HTML and script payloads. */
final class TestStore {
    static final String HOSTILE_TITLE = "<script>window.__xss = 1</script>Hostile <b>title</b>";
    static final String HOSTILE_QUOTE = "<img src=x onerror=\"window.__xss=2\"> is not welcome in our city";

    private TestStore() {}

    static Path build(Path dir) throws Exception {
        Path hostile = Files.writeString(dir.resolve("hostile.jsonl"), new com.fasterxml.jackson.databind.ObjectMapper()
                .createObjectNode().put("id", "hostile").put("url", "https://evil.example/\"><script>window.__xss=4</script>")
                .put("title", HOSTILE_TITLE).put("source", "Evil \" onerror=\"window.__xss=5").put("published", "2025-03-01")
                .put("text", "\"" + HOSTILE_QUOTE + ",\" said Mallory Payload, the mayor of Springfield.\n\n"
                        + "Payload added that the council would meet on Monday to discuss the \" onerror=\"window.__xss=3\" attribute.")
                .toString() + "\n");
        Path db = dir.resolve("web.db");
        try (CorpusStore store = CorpusStore.open(db)) {
            List<SourceArticle> articles = new ArrayList<>();
            ArticleReader.of(List.of(Path.of("examples/corpus"), hostile)).forEach(in -> articles.add(in.article()));
            for (SourceArticle a : articles) store.add(a, SharedAnalyzer.get().analyze(a.text(), new ArticleInfo(a.title(), a.published(), a.language())));
        }
        return db;
    }

    /**
     * A server over {@code db} with one analysis slot, which the first analysis holds until
     * {@code release} counts down ({@code inSlot} counts down when it is held): the analyzer is asked
     * for inside the slot, so one that waits keeps the slot busy without loading anything new.
     */
    static DossierServer withBusySlot(Path db, CountDownLatch inSlot, CountDownLatch release) throws SQLException {
        return new DossierServer(db, () -> {
            inSlot.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return SharedAnalyzer.get();
        }, 1, 1);
    }
}
