package org.dossier.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dossier.text.ArticleFiles;
import org.dossier.text.BadInputException;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads articles from files and folders of {@code .txt} (with an optional {@code NAME.meta.json}
 * sidecar), {@code .html}/{@code .htm} saved pages, {@code .jsonl} (one article a line) and web
 * archives ({@code .warc}, {@code .warc.gz}). Every input yields an {@link ArticleInput}: an
 * article, or the reason there is none; nothing is skipped silently except files of other types
 * inside folders, which are counted.
 */
public final class ArticleReader {
    /** Longest HTML page or JSONL line read; bigger ones are refused rather than risk memory. */
    static final long MAX_PAGE_BYTES = ArticleFiles.MAX_BYTES;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Path> files;
    private final int otherFiles;

    private ArticleReader(List<Path> files, int otherFiles) {
        this.files = files;
        this.otherFiles = otherFiles;
    }

    /**
     * The readable files among {@code paths}, folders walked, in name order.
     *
     * @throws IOException when a path does not exist or a folder cannot be listed
     */
    public static ArticleReader of(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        int other = 0;
        for (Path p : paths) {
            if (!Files.exists(p)) throw new IOException(p + ": no such file or folder");
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
                        if (format(f) != null) files.add(f);
                        else if (!f.getFileName().toString().endsWith(".meta.json")) other++;
                    }
                }
            } else {
                files.add(p);  // named explicitly: an unknown type is reported, not ignored
            }
        }
        return new ArticleReader(files, other);
    }

    public List<Path> files() {
        return files;
    }

    /** Files inside the given folders that are of no type read here. */
    public int otherFiles() {
        return otherFiles;
    }

    /** How many inputs {@link #forEach} will give: a first pass over everything, so that progress can say how much is left. */
    public int count() {
        int[] n = {0};
        forEach(x -> n[0]++);
        return n[0];
    }

    /** Reads every input in order, handing each article or problem to {@code sink}. */
    public void forEach(Consumer<ArticleInput> sink) {
        for (Path f : files) {
            String format = format(f);
            try {
                switch (format == null ? "" : format) {
                    case "txt" -> sink.accept(readText(f));
                    case "html" -> sink.accept(readHtml(f));
                    case "jsonl" -> readJsonl(f, sink);
                    case "warc" -> readWarc(f, sink);
                    default -> sink.accept(ArticleInput.failed(f.toString(),
                            "not a type Dossier reads (.txt, .html, .htm, .jsonl, .warc, .warc.gz)"));
                }
            } catch (IOException | RuntimeException e) {
                sink.accept(ArticleInput.failed(f.toString(), "unreadable: " + e.getMessage()));
            }
        }
    }

    private static String format(Path f) {
        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".txt")) return "txt";
        if (n.endsWith(".html") || n.endsWith(".htm")) return "html";
        if (n.endsWith(".jsonl")) return "jsonl";
        if (n.endsWith(".warc") || n.endsWith(".warc.gz")) return "warc";
        return null;
    }

    private static ArticleInput readText(Path f) throws IOException {
        String text;
        try {
            text = ArticleFiles.read(f);
        } catch (BadInputException e) {
            return ArticleInput.failed(f.toString(), e.getMessage());
        }
        String name = f.getFileName().toString();
        Path sidecar = f.resolveSibling(name.substring(0, name.length() - ".txt".length()) + ".meta.json");
        JsonNode meta = Files.exists(sidecar) ? JSON.readTree(sidecar.toFile()) : JSON.createObjectNode();
        return ArticleInput.of(new SourceArticle(f.toString(), field(meta, "url"), field(meta, "title"),
                field(meta, "source"), field(meta, "byline"), PublishedDates.normalize(field(meta, "published")), text));
    }

    private static ArticleInput readHtml(Path f) throws IOException {
        if (Files.size(f) > MAX_PAGE_BYTES) return ArticleInput.failed(f.toString(), "larger than " + MAX_PAGE_BYTES + " bytes");
        byte[] bytes = Files.readAllBytes(f);
        return fromHtml(bytes, null, null, f.toString());
    }

    private static void readJsonl(Path f, Consumer<ArticleInput> sink) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) continue;
                String origin = f + ":" + n;
                if (line.length() > MAX_PAGE_BYTES) {
                    sink.accept(ArticleInput.failed(origin, "line longer than " + MAX_PAGE_BYTES + " characters"));
                    continue;
                }
                JsonNode o;
                try {
                    o = JSON.readTree(line);
                } catch (com.fasterxml.jackson.core.JacksonException e) {
                    sink.accept(ArticleInput.failed(origin, "not JSON: " + e.getOriginalMessage()));
                    continue;
                }
                String text = field(o, "text");
                if (text == null) {
                    sink.accept(ArticleInput.failed(origin, "no \"text\" field"));
                    continue;
                }
                String id = field(o, "id");
                sink.accept(ArticleInput.of(new SourceArticle(id == null ? origin : origin + " (" + id + ")",
                        field(o, "url"), field(o, "title"), field(o, "source"), field(o, "byline"),
                        PublishedDates.normalize(field(o, "published")), text)));
            }
        }
    }

    /** HTML responses inside a web archive; other records (requests, images, redirects) are not articles. */
    private static void readWarc(Path f, Consumer<ArticleInput> sink) throws IOException {
        try (WarcReader reader = new WarcReader(f)) {
            for (WarcRecord rec : reader) {
                if (!(rec instanceof WarcResponse resp)) continue;
                String origin = f + "@" + reader.position() + " " + resp.target();
                HttpResponse http;
                try {
                    http = resp.http();
                } catch (IOException | RuntimeException e) {
                    continue;  // not an HTTP response (DNS, Gemini, ...)
                }
                MediaType type = http.contentType();
                if (http.status() != 200 || !type.base().equals(MediaType.HTML.base())) continue;
                byte[] bytes;
                try (InputStream in = http.bodyDecoded().stream()) {
                    bytes = in.readNBytes((int) MAX_PAGE_BYTES + 1);
                }
                if (bytes.length > MAX_PAGE_BYTES) {
                    sink.accept(ArticleInput.failed(origin, "page larger than " + MAX_PAGE_BYTES + " bytes"));
                    continue;
                }
                String charset = type.parameters().get("charset");
                sink.accept(fromHtml(bytes, charset != null && isKnown(charset) ? charset : null, resp.target(), origin));
            }
        }
    }

    private static ArticleInput fromHtml(byte[] page, String charset, String url, String origin) throws IOException {
        try {
            return ArticleInput.of(HtmlArticles.extract(page, charset, url, origin));
        } catch (HtmlArticles.NotAnArticleException e) {
            return ArticleInput.notAnArticle(origin, e.getMessage());
        }
    }

    /** Whether Java decodes this declared charset; if not, the page's own meta tag is used. */
    private static boolean isKnown(String charset) {
        try {
            return Charset.isSupported(charset);
        } catch (IllegalArgumentException e) {
            return false;  // a malformed name
        }
    }

    private static String field(JsonNode o, String name) {
        JsonNode v = o.get(name);
        return v == null || v.isNull() ? null : v.isTextual() ? v.asText() : v.toString();
    }
}
