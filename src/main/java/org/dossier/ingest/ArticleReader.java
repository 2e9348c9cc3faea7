package org.dossier.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dossier.text.ArticleFiles;
import org.dossier.text.BadInputException;
import org.dossier.text.Problems;
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
import java.util.function.Predicate;
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
        forEachWhile(input -> {
            sink.accept(input);
            return true;
        });
    }

    /** Reads inputs in order until {@code sink} returns false (a stop was asked for). */
    public void forEachWhile(Predicate<ArticleInput> sink) {
        for (Path f : files) {
            String format = format(f);
            try {
                boolean more = switch (format == null ? "" : format) {
                    case "txt" -> sink.test(readText(f));
                    case "html" -> sink.test(readHtml(f));
                    case "jsonl" -> readJsonl(f, sink);
                    case "warc" -> readWarc(f, sink);
                    default -> sink.test(ArticleInput.failed(f.toString(),
                            "not a type Dossier reads (.txt, .html, .htm, .jsonl, .warc, .warc.gz)"));
                };
                if (!more) return;
            } catch (IOException | RuntimeException e) {
                if (!sink.test(ArticleInput.failed(f.toString(), "unreadable: " + Problems.inWords(e)))) return;
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
            return ArticleInput.failed(f.toString(), e.problem());
        }
        String name = f.getFileName().toString();
        Path sidecar = f.resolveSibling(name.substring(0, name.length() - ".txt".length()) + ".meta.json");
        JsonNode meta = JSON.createObjectNode();
        if (Files.exists(sidecar)) {
            try {
                meta = JSON.readTree(sidecar.toFile());
            } catch (JacksonException e) {
                return ArticleInput.failed(f.toString(), "its sidecar " + sidecar.getFileName() + " is " + Problems.inWords(e));
            }
        }
        return ArticleInput.read(f.toString(), field(meta, "url"), field(meta, "title"), field(meta, "source"),
                field(meta, "byline"), field(meta, "published"), text);
    }

    private static ArticleInput readHtml(Path f) throws IOException {
        if (Files.size(f) > MAX_PAGE_BYTES) return ArticleInput.failed(f.toString(), "larger than " + MAX_PAGE_BYTES + " bytes");
        return HtmlArticles.extract(Files.readAllBytes(f), null, null, f.toString());
    }

    private static boolean readJsonl(Path f, Predicate<ArticleInput> sink) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) continue;
                String origin = f + ":" + n;
                ArticleInput in = line.length() > MAX_PAGE_BYTES
                        ? ArticleInput.failed(origin, "line longer than " + MAX_PAGE_BYTES + " characters")
                        : fromJsonLine(line, origin);
                if (!sink.test(in)) return false;
            }
        }
        return true;
    }

    /**
     * One JSONL record (fields id, url, title, source, byline, published, text), as ingest and the
     * Spark job read it. A record whose text is missing or not a string fails; the origin gains
     * the record's id when it has one.
     */
    public static ArticleInput fromJsonLine(String line, String origin) {
        JsonNode o;
        try {
            o = JSON.readTree(line);
        } catch (JacksonException e) {
            return ArticleInput.failed(origin, Problems.inWords(e));
        }
        if (!o.isObject()) return ArticleInput.failed(origin, "not a JSON object");
        String id = field(o, "id");
        if (id != null) origin = origin + " (" + id + ")";
        JsonNode text = o.get("text");
        if (text == null) return ArticleInput.failed(origin, "no \"text\" field");
        if (!text.isTextual()) return ArticleInput.failed(origin, "\"text\" is " + kind(text) + ", not a string");
        return ArticleInput.read(origin, field(o, "url"), field(o, "title"), field(o, "source"), field(o, "byline"),
                field(o, "published"), text.asText());
    }

    private static String kind(JsonNode v) {
        return switch (v.getNodeType()) {
            case NUMBER -> "a number";
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            case BOOLEAN -> "true or false";
            case NULL -> "null";
            default -> "not text";
        };
    }

    /** HTML responses inside a web archive; other records (requests, images, redirects) are not articles. */
    private static boolean readWarc(Path f, Predicate<ArticleInput> sink) throws IOException {
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
                String charset = type.parameters().get("charset");
                ArticleInput in = bytes.length > MAX_PAGE_BYTES
                        ? ArticleInput.failed(origin, "page larger than " + MAX_PAGE_BYTES + " bytes")
                        : HtmlArticles.extract(bytes, charset != null && isKnown(charset) ? charset : null, resp.target(), origin);
                if (!sink.test(in)) return false;
            }
        }
        return true;
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
