package org.dossier.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading each input format, on samples written to look like the real thing. */
class ArticleReaderTest {
    @TempDir
    Path dir;

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ArticleReaderTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    private static List<ArticleInput> read(Path... paths) throws IOException {
        List<ArticleInput> out = new ArrayList<>();
        ArticleReader.of(List.of(paths)).forEach(out::add);
        return out;
    }

    private static void assertIsTheNewsPage(SourceArticle a) {
        assertEquals("Russian opposition figures seek dialogue with Kyiv", a.title());
        assertEquals("2025-05-14", a.published(), "the date where it was published, not in UTC");
        assertEquals("The Daily Example", a.publisher());
        assertEquals("Maria Petrova", a.byline());
        assertEquals("https://daily.example.com/world/2025/05/14/opposition-kyiv-talks", a.url());
        String body = a.text();
        assertTrue(body.startsWith("Russian opposition figures in exile are seeking a dialogue"), body);
        assertTrue(body.contains("\"We want this dialogue to reach the highest level,\" Kara-Murza said"), body);
        assertTrue(body.contains("\"We are not enemies of Ukraine,\" said Ilya Yashin"), body);
        assertTrue(body.endsWith("The Ukrainian Foreign Ministry has not yet commented on the talks."), body);
        for (String chrome : List.of("Advertisement", "Share on", "Related", "Crimea", "reader123", "Comments", "newsletter",
                "All rights reserved", "Politics", "By Maria Petrova", "tracking")) {
            assertFalse(body.contains(chrome), "boilerplate left in the body: " + chrome);
        }
        assertEquals(4, body.split("\n\n").length, "one paragraph per paragraph: " + body);
    }

    @Test
    void htmlPageGivesMetadataAndBodyWithoutBoilerplate() throws IOException {
        Path page = Files.write(dir.resolve("page.html"), resource("news-page.html"));
        List<ArticleInput> in = read(page);
        assertEquals(1, in.size());
        assertIsTheNewsPage(in.get(0).article());
        assertEquals("page.html", in.get(0).origin());
    }

    @Test
    void indexPageIsReportedAsNotAnArticle() throws IOException {
        Path page = Files.write(dir.resolve("index.htm"), resource("index-page.html"));
        ArticleInput in = read(page).get(0);
        assertNull(in.article());
        assertTrue(in.notAnArticle(), in.problem());
    }

    @Test
    void jsonlGivesOneArticlePerLineAndNamesBadLines() throws IOException {
        Path f = Files.writeString(dir.resolve("feed.jsonl"), String.join("\n",
                "{\"id\": \"a1\", \"url\": \"https://x.example/1\", \"title\": \"T\", \"source\": \"Wire\", \"published\": \"2024-03-01T08:00:00Z\", \"text\": \"Body one.\"}",
                "",
                "{\"id\": \"a2\", \"text\": ",
                "{\"id\": \"a3\", \"title\": \"no text\"}",
                "{\"id\": \"a4\", \"text\": \"Body four.\", \"published\": \"March 2, 2024\"}") + "\n");
        List<ArticleInput> in = read(f);
        assertEquals(4, in.size());
        SourceArticle a1 = in.get(0).article();
        assertEquals("https://x.example/1", a1.url());
        assertEquals("Wire", a1.publisher());
        assertEquals("2024-03-01", a1.published());
        assertEquals("Body one.", a1.text());
        assertTrue(in.get(1).origin().endsWith("feed.jsonl:3") && in.get(1).problem().startsWith("not JSON"), in.get(1).toString());
        assertTrue(in.get(2).origin().endsWith("feed.jsonl:4 (a3)") && in.get(2).problem().contains("text"), in.get(2).toString());
        assertFalse(in.get(1).notAnArticle());
        assertEquals("2024-03-02", in.get(3).article().published());
    }

    @Test
    void jsonlRecordsWithoutATextStringAreNotStoredAndBadMetadataIsDroppedWithAWarning() throws IOException {
        Path f = Files.writeString(dir.resolve("bad.jsonl"), String.join("\n",
                "{\"id\": \"n\", \"text\": 12345}",
                "{\"id\": \"a\", \"text\": [\"x\"]}",
                "{\"id\": \"z\", \"text\": null}",
                "{\"id\": \"e\", \"text\": \"\"}",
                "[1, 2]",
                "{\"id\": \"x\", \"url\": \" JavaScript:alert(11)\", \"published\": \"last tuesday\", \"text\": \"Body.\"}",
                "{\"id\": \"d\", \"url\": \"/relative/path\", \"published\": 20250101, \"text\": \"Body two.\"}",
                "{\"id\": \"ok\", \"url\": \"HTTPS://News.example/a?b=1\", \"published\": \"2025-01-06\", \"text\": \"Body three.\"}") + "\n");
        List<ArticleInput> in = read(f);
        assertEquals(8, in.size());
        assertEquals("\"text\" is a number, not a string", in.get(0).problem());
        assertEquals("\"text\" is an array, not a string", in.get(1).problem());
        assertEquals("\"text\" is null, not a string", in.get(2).problem());
        for (int i = 0; i < 3; i++) assertFalse(in.get(i).notAnArticle(), in.get(i).toString());
        assertTrue(in.get(3).notAnArticle() && in.get(3).problem().equals("the text is empty"), in.get(3).toString());
        assertEquals("not a JSON object", in.get(4).problem());

        SourceArticle x = in.get(5).article();
        assertNull(x.url());
        assertNull(x.published());
        assertEquals(List.of("URL \"JavaScript:alert(11)\" dropped: only http and https addresses are kept",
                "date \"last tuesday\" not understood (use YYYY-MM-DD); kept empty"), in.get(5).warnings());
        assertNull(in.get(6).article().url());
        assertEquals(2, in.get(6).warnings().size(), in.get(6).warnings().toString());
        assertEquals("field \"published\" is a number, not a string; dropped", in.get(6).warnings().get(0));
        assertEquals("HTTPS://News.example/a?b=1", in.get(7).article().url());
        assertEquals("2025-01-06", in.get(7).article().published());
        assertEquals(List.of(), in.get(7).warnings());
    }

    @Test
    void onlyHttpUrlsWithAHostAreArticleUrls() {
        for (String ok : List.of("http://x.example", "HTTP://X.EXAMPLE:8080/p#f")) {
            assertEquals(ok.strip(), ArticleUrls.httpOrNull(ok), ok);
        }
        for (String bad : List.of("javascript:alert(1)", "data:text/html,<script>x</script>", "file:///etc/passwd", "/relative",
                "//x.example/no-scheme", "https://", "http:///path", "ftp://x.example/", "vbscript:x", "java\nscript:alert(1)", "not a url", "")) {
            assertNull(ArticleUrls.httpOrNull(bad), bad);
        }
    }

    @Test
    void htmlCanonicalLinkThatIsNotHttpIsDroppedOrPassedOver() throws IOException {
        String page = new String(resource("news-page.html"), StandardCharsets.UTF_8);
        assertTrue(page.contains("rel=\"canonical\""), "the sample has a canonical link");
        String hostile = page.replaceAll("<link rel=\"canonical\" href=\"[^\"]*\"", "<link rel=\"canonical\" href=\"javascript:alert(11)\"")
                .replaceAll("<meta property=\"og:url\" content=\"[^\"]*\"", "<meta property=\"og:url\" content=\"data:text/html,x\"");
        ArticleInput alone = read(Files.writeString(dir.resolve("hostile.html"), hostile)).get(0);
        assertNull(alone.article().url());
        assertEquals(List.of("URL \"javascript:alert(11)\" dropped: only http and https addresses are kept"), alone.warnings());

        // In a web archive, the address the page was fetched from is the next choice.
        Path warc = dir.resolve("crawl.warc");
        try (FileChannel ch = FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             WarcWriter w = new WarcWriter(ch, WarcCompression.NONE)) {
            w.write(response("https://daily.example.com/story", 200, "text/html", hostile.getBytes(StandardCharsets.UTF_8)));
        }
        ArticleInput fetched = read(warc).get(0);
        assertEquals("https://daily.example.com/story", fetched.article().url());
        assertEquals(List.of(), fetched.warnings());
    }

    @Test
    void warcGivesTheHtmlArticlesInside() throws IOException {
        for (WarcCompression compression : List.of(WarcCompression.NONE, WarcCompression.GZIP)) {
            Path warc = dir.resolve(compression == WarcCompression.NONE ? "crawl.warc" : "crawl.warc.gz");
            try (FileChannel ch = FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 WarcWriter w = new WarcWriter(ch, compression)) {
                w.write(response("https://daily.example.com/world/2025/05/14/opposition-kyiv-talks?utm=x", 200,
                        "text/html; charset=utf-8", resource("news-page.html")));
                w.write(response("https://daily.example.com/logo.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
                w.write(response("https://daily.example.com/world", 200, "text/html", resource("index-page.html")));
                w.write(response("https://daily.example.com/gone", 404, "text/html", "<p>Not found</p>".getBytes(StandardCharsets.UTF_8)));
            }
            List<ArticleInput> in = read(warc);
            assertEquals(2, in.size(), in.toString());
            assertIsTheNewsPage(in.get(0).article());
            assertTrue(in.get(0).origin().contains(warc.getFileName().toString()), in.get(0).origin());
            assertTrue(in.get(1).notAnArticle() && in.get(1).origin().endsWith("https://daily.example.com/world"), in.get(1).toString());
        }
    }

    private static WarcResponse response(String url, int status, String type, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .body(MediaType.parse(type), body).build();
        return new WarcResponse.Builder(url).body(http).build();
    }

    @Test
    void textFileTakesMetadataFromItsSidecar() throws IOException {
        Path txt = Files.writeString(dir.resolve("story.txt"), "Zelensky said the talks went well.\n");
        Files.writeString(dir.resolve("story.meta.json"),
                "{\"url\": \"https://x.example/story\", \"title\": \"Talks\", \"source\": \"Wire\", \"published\": \"2025-05-15T10:00:00Z\"}");
        Files.writeString(dir.resolve("notes.md"), "not an article");
        ArticleReader reader = ArticleReader.of(List.of(dir));
        assertEquals(1, reader.otherFiles(), "notes.md is counted, the sidecar is not");
        List<ArticleInput> in = read(dir);
        assertEquals(1, in.size());
        SourceArticle a = in.get(0).article();
        assertEquals("story.txt", a.origin(), "named relative to the folder, not as a path on this machine: " + txt);
        assertEquals("Talks", a.title());
        assertEquals("2025-05-15", a.published());
        assertEquals("Zelensky said the talks went well.\n", a.text());
    }

    @Test
    void linksThatLeaveTheFolderAreRefusedAndNamed(@TempDir Path outside) throws IOException {
        Path secret = Files.writeString(outside.resolve("shadow.txt"), "root:$6$secret:19000:0:99999:7:::\n");
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("story.txt"), "Zelensky said the talks went well.\n");
        Files.createSymbolicLink(in.resolve("leak.txt"), secret);
        Files.createSymbolicLink(in.resolve("elsewhere"), outside);
        Files.createSymbolicLink(in.resolve("alias.txt"), in.resolve("story.txt"));
        Files.createSymbolicLink(in.resolve("gone.txt"), in.resolve("deleted.txt"));

        ArticleReader reader = ArticleReader.of(List.of(in));
        List<ArticleInput> read = new ArrayList<>();
        reader.forEach(read::add);
        assertEquals(List.of("alias.txt", "story.txt"), read.stream().map(ArticleInput::origin).toList(),
                "a link to a file inside the folder is read as that file; nothing from outside");
        assertTrue(read.stream().noneMatch(i -> i.article().text().contains("secret")));
        List<String> refused = reader.refusedLinks();
        assertEquals(3, refused.size(), refused.toString());
        String target = secret.toRealPath().toString();
        assertTrue(refused.stream().anyMatch(r -> r.contains("leak.txt") && r.contains(target)), refused.toString());
        assertTrue(refused.stream().anyMatch(r -> r.contains("elsewhere") && r.contains("outside")), refused.toString());
        assertTrue(refused.stream().anyMatch(r -> r.contains("gone.txt") && r.contains("broken link")), refused.toString());
        // The same walk serves analyze --in, bench --text and bench-spark.
        List<String> warned = new ArrayList<>();
        assertEquals(List.of(in.resolve("alias.txt"), in.resolve("story.txt")), org.dossier.text.ArticleFiles.textsBelow(in, warned::add));
        assertEquals(refused, warned);
    }

    @Test
    void truncatedWarcRecordIsReported() throws IOException {
        Path whole = dir.resolve("whole.warc");
        try (FileChannel ch = FileChannel.open(whole, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             WarcWriter w = new WarcWriter(ch, WarcCompression.NONE)) {
            w.write(response("https://daily.example.com/world/2025/05/14/opposition-kyiv-talks", 200,
                    "text/html; charset=utf-8", resource("news-page.html")));
        }
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.warc"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        List<ArticleInput> in = read(cut);
        assertEquals(1, in.size(), "a record whose Content-Length runs past the file's end is reported, not lost: " + in);
        assertNull(in.get(0).article());
        assertFalse(in.get(0).notAnArticle());
        assertTrue(in.get(0).problem().contains("truncated"), in.get(0).problem());
        assertTrue(in.get(0).origin().startsWith("cut.warc@"), in.get(0).origin());

        // A record of another type that is cut short was passed over in silence: it is a failure too.
        String image = "WARC/1.0\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:uuid:12345678-1234-1234-1234-123456789012>\r\n"
                + "WARC-Date: 2025-01-01T00:00:00Z\r\nContent-Type: image/png\r\nContent-Length: 9999\r\n\r\nPNG";
        Path tail = Files.write(dir.resolve("tail.warc"), (new String(bytes, StandardCharsets.ISO_8859_1) + image).getBytes(StandardCharsets.ISO_8859_1));
        List<ArticleInput> both = read(tail);
        assertEquals(2, both.size(), both.toString());
        assertIsTheNewsPage(both.get(0).article());
        assertEquals("truncated record: its Content-Length is 9,999 bytes, more than the file holds", both.get(1).problem());
    }

    @Test
    void metadataOfTheWrongTypeIsDroppedWithAWarningNamingTheField() throws IOException {
        Path jsonl = Files.writeString(dir.resolve("feed.jsonl"), String.join("\n",
                "{\"id\": 7, \"title\": [\"x\"], \"source\": {\"name\": \"Wire\"}, \"byline\": 3, \"published\": true, "
                        + "\"text\": \"Zelensky said the talks went well.\"}",
                "{\"url\": \"https://exa mple.com/a b\", \"text\": \"Zelensky said the talks went well again.\"}"));
        List<ArticleInput> in = read(jsonl);
        SourceArticle a = in.get(0).article();
        assertEquals("feed.jsonl:1 (7)", in.get(0).origin());
        assertNull(a.title(), "never the string [\"x\"]");
        assertNull(a.publisher());
        assertNull(a.byline());
        assertNull(a.published());
        assertEquals(List.of("field \"title\" is an array, not a string; dropped", "field \"source\" is an object, not a string; dropped",
                "field \"byline\" is a number, not a string; dropped", "field \"published\" is true or false, not a string; dropped"),
                in.get(0).warnings());
        assertEquals(List.of("URL \"https://exa mple.com/a b\" dropped: not a valid URL"), in.get(1).warnings());

        Files.writeString(dir.resolve("story.txt"), "Zelensky said the talks went well.\n");
        Files.writeString(dir.resolve("story.meta.json"), "{\"title\": [\"x\"]}");
        ArticleInput sidecar = read(dir.resolve("story.txt")).get(0);
        assertNull(sidecar.article().title());
        assertEquals(List.of("sidecar field \"title\" is an array, not a string; dropped"), sidecar.warnings());
    }

    @Test
    void aRecordsLanguageIsReadAndWinsOverTheDefault() throws IOException {
        Path jsonl = Files.writeString(dir.resolve("langs.jsonl"), String.join("\n",
                "{\"id\": \"de\", \"lang\": \"de\", \"text\": \"Die Gespräche gingen gut, sagte er.\"}",
                "{\"id\": \"tag\", \"lang\": \"en-GB\", \"text\": \"The talks went well, he said.\"}",
                "{\"id\": \"none\", \"text\": \"The talks went well, she said.\"}",
                "{\"id\": \"number\", \"lang\": 7, \"text\": \"The talks went well, they said.\"}",
                "{\"id\": \"name\", \"lang\": \"english\", \"text\": \"The talks went well, we said.\"}"));
        Files.writeString(dir.resolve("story.txt"), "Розмови пройшли добре, сказав він.\n");
        Files.writeString(dir.resolve("story.meta.json"), "{\"lang\": \"uk\"}");

        List<ArticleInput> detected = read(jsonl, dir.resolve("story.txt"));
        assertEquals(Arrays.asList("de", "en", null, null, null, "uk"), detected.stream().map(i -> i.article().language()).toList(),
                "without a default, a record without a language of its own is left to detection");
        assertEquals(List.of("field \"lang\" is a number, not a string; dropped"), detected.get(3).warnings());
        assertEquals(List.of("lang \"english\" dropped: not an ISO 639-1 language code: for English give en"), detected.get(4).warnings());

        List<ArticleInput> withDefault = new ArrayList<>();
        ArticleReader.of(List.of(jsonl), true, "ru").forEach(withDefault::add);
        assertEquals(List.of("de", "en", "ru", "ru", "ru"), withDefault.stream().map(i -> i.article().language()).toList(),
                "a record's own language wins over the default");
        assertEquals("ru", withDefault.get(2).article().language());
    }

    @Test
    void aPlainTextsHeadlineLineIsItsTitle() throws IOException {
        Path bbc = Files.writeString(dir.resolve("bbc.txt"), "Ad sales boost Time Warner profit\n\nQuarterly profits at US media giant rose.\n");
        Path sentence = Files.writeString(dir.resolve("sentence.txt"), "The talks went well, he said.\n\nMore text.\n");
        Path noBlank = Files.writeString(dir.resolve("noblank.txt"), "Talks went well\nsaid the minister on Monday.\n");
        Path longLine = Files.writeString(dir.resolve("long.txt"), "word ".repeat(40) + "\n\nMore text.\n");
        Files.writeString(dir.resolve("titled.meta.json"), "{\"title\": \"From the sidecar\"}");
        Path titled = Files.writeString(dir.resolve("titled.txt"), "Ad sales boost Time Warner profit\n\nText.\n");
        List<ArticleInput> in = read(bbc, sentence, noBlank, longLine, titled);
        assertEquals("Ad sales boost Time Warner profit", in.get(0).article().title());
        assertEquals("Ad sales boost Time Warner profit\n\nQuarterly profits at US media giant rose.\n", in.get(0).article().text(),
                "the text keeps its headline, so offsets stay as they are");
        assertNull(in.get(1).article().title(), "ends with a full stop");
        assertNull(in.get(2).article().title(), "no blank line after it");
        assertNull(in.get(3).article().title(), "too long for a headline");
        assertEquals("From the sidecar", in.get(4).article().title());

        List<ArticleInput> off = new ArrayList<>();
        ArticleReader.of(List.of(bbc), false, null).forEach(off::add);
        assertNull(off.get(0).article().title(), "--no-title-line");
    }

    @Test
    void unreadableInputsAreReportedNotThrown() throws IOException {
        Path corrupt = Files.write(dir.resolve("broken.warc.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3});
        Path notWarc = Files.writeString(dir.resolve("text.warc.gz"), "not a web archive at all");
        Path binary = Files.write(dir.resolve("binary.txt"), new byte[] {'a', 0, 0, 0, (byte) 0xff});
        Path badUtf8 = Files.write(dir.resolve("latin1.txt"), "caf\u00e9 said the mayor".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Path badJson = Files.writeString(dir.resolve("cut.jsonl"), "{\"text\": \"ok\"\n");
        Path other = Files.writeString(dir.resolve("photo.jpg"), "x");
        List<ArticleInput> in = read(corrupt, notWarc, binary, badUtf8, badJson, other);
        assertEquals(6, in.size(), in.toString());
        for (ArticleInput i : in) {
            assertNull(i.article());
            assertFalse(i.notAnArticle());
            assertFalse(i.problem().isBlank());
            // the failure line names the file (origin) once, and says what is wrong in words
            String name = Path.of(i.origin().replaceFirst(":\\d+$", "")).getFileName().toString();
            assertFalse(i.problem().contains(name), "the file is named again: " + i);
            assertFalse(i.problem().matches("(?s).*(Exception|Error|org\\.|java\\.|\\[Source).*"), "not in words: " + i);
        }
        assertEquals("not a valid web archive (WARC)", in.get(1).problem().replaceFirst("^unreadable: ", ""));
        assertEquals("not valid UTF-8 text (bad byte sequence near byte 3)", in.get(3).problem());
        assertTrue(in.get(4).problem().startsWith("not JSON (column "), in.get(4).problem());
        assertTrue(in.get(5).problem().contains("not a type"), in.get(5).problem());
    }

    @Test
    void missingPathIsAnError() {
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> ArticleReader.of(List.of(dir.resolve("nope"))));
        assertTrue(e.getMessage().contains("nope"));
    }

    @Test
    void publishedDatesInTheFormsSitesUse() {
        assertEquals("2025-05-14", PublishedDates.normalize("2025-05-14T22:40:00-04:00"));
        assertEquals("2025-05-14", PublishedDates.normalize("2025-05-14"));
        assertEquals("2025-05-14", PublishedDates.normalize("2025-05-14 10:00"));
        assertEquals("2025-05-14", PublishedDates.normalize("Wed, 14 May 2025 10:00:00 GMT"));
        assertEquals("2025-05-14", PublishedDates.normalize("May 14, 2025"));
        assertEquals("2025-05-14", PublishedDates.normalize("14 May 2025"));
        assertNull(PublishedDates.normalize("yesterday"));
        assertNull(PublishedDates.normalize("2025-13-45"));
        assertNull(PublishedDates.normalize(""));
    }
}
