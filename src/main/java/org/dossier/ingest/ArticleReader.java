package org.dossier.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dossier.text.ArticleFiles;
import org.dossier.text.BadInputException;
import org.dossier.text.Problems;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Reads articles from files and folders of {@code .txt} (with an optional {@code NAME.meta.json}
 * sidecar), {@code .html}/{@code .htm} saved pages, {@code .jsonl} (one article a line) and web
 * archives ({@code .warc}, {@code .warc.gz}). Every input yields an {@link ArticleInput}: an
 * article, or the reason there is none; nothing is skipped silently except files of other types
 * inside folders, which are counted, and links that leave a folder, which are refused and named
 * ({@link ArticleFiles#filesBelow}).
 *
 * <p>Each input's origin names its file relative to the folder it was found in (the file's name
 * for a file given on its own), never as the path on this machine: the store keeps it and the web
 * pages show it.
 */
public final class ArticleReader {
    /** Longest HTML page or JSONL line read; bigger ones are refused rather than risk memory. */
    static final long MAX_PAGE_BYTES = ArticleFiles.MAX_BYTES;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Longest first line taken as a plain text's headline, in characters. */
    static final int MAX_TITLE_LINE = 150;

    /** A file to read, and the name its inputs' origins give it. */
    private record Input(Path file, String shown) {}

    private final List<Input> inputs;
    private final int otherFiles;
    private final List<String> refusedLinks;
    private final boolean titleLine;
    private final String language;

    private ArticleReader(List<Input> inputs, int otherFiles, List<String> refusedLinks, boolean titleLine, String language) {
        this.inputs = inputs;
        this.otherFiles = otherFiles;
        this.refusedLinks = refusedLinks;
        this.titleLine = titleLine;
        this.language = language;
    }

    /** {@link #of(List, boolean, String)}, a plain text's headline line taken as its title, each text's language detected. */
    public static ArticleReader of(List<Path> paths) throws IOException {
        return of(paths, true, null);
    }

    /**
     * The readable files among {@code paths}, folders walked, in name order.
     *
     * @param titleLine whether a {@code .txt} file without a title in its sidecar takes its first
     *                  line as the title, where that line looks like a headline ({@link #headline})
     * @param language  ISO 639-1 code of the language of articles whose input names none (a
     *                  {@code lang} field names one), or null to detect theirs
     * @throws IOException when a path does not exist or a folder cannot be listed
     */
    public static ArticleReader of(List<Path> paths, boolean titleLine, String language) throws IOException {
        List<Input> inputs = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        int other = 0;
        for (Path p : paths) {
            if (!Files.exists(p)) throw new IOException(p + ": no such file or folder");
            if (Files.isDirectory(p)) {
                for (Path f : ArticleFiles.filesBelow(p, refused::add)) {
                    if (format(f) != null) inputs.add(new Input(f, p.relativize(f).toString()));
                    else if (!f.getFileName().toString().endsWith(".meta.json")) other++;
                }
            } else {
                inputs.add(new Input(p, p.getFileName().toString()));  // named explicitly: an unknown type is reported, not ignored
            }
        }
        return new ArticleReader(inputs, other, List.copyOf(refused), titleLine, language);
    }

    public List<Path> files() {
        return inputs.stream().map(Input::file).toList();
    }

    /** Links in the given folders that were not followed because they leave them, each with its target. */
    public List<String> refusedLinks() {
        return refusedLinks;
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
        Predicate<ArticleInput> next = input -> sink.test(input.withLanguageOr(language));  // an input's own language wins
        for (Input in : inputs) {
            Path f = in.file();
            String format = format(f);
            try {
                boolean more = switch (format == null ? "" : format) {
                    case "txt" -> next.test(readText(f, in.shown()));
                    case "html" -> next.test(readHtml(f, in.shown()));
                    case "jsonl" -> readJsonl(f, in.shown(), next);
                    case "warc" -> readWarc(f, in.shown(), next);
                    default -> next.test(ArticleInput.failed(in.shown(),
                            "not a type Dossier reads (.txt, .html, .htm, .jsonl, .warc, .warc.gz)"));
                };
                if (!more) return;
            } catch (IOException | RuntimeException e) {
                if (!next.test(ArticleInput.failed(in.shown(), "unreadable: " + Problems.inWords(e)))) return;
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

    private ArticleInput readText(Path f, String origin) throws IOException {
        String text;
        try {
            text = ArticleFiles.read(f);
        } catch (BadInputException e) {
            return ArticleInput.failed(origin, e.problem());
        }
        String name = f.getFileName().toString();
        Path sidecar = f.resolveSibling(name.substring(0, name.length() - ".txt".length()) + ".meta.json");
        JsonNode meta = JSON.createObjectNode();
        if (Files.exists(sidecar)) {
            try {
                meta = JSON.readTree(sidecar.toFile());
            } catch (JacksonException e) {
                return ArticleInput.failed(origin, "its sidecar " + sidecar.getFileName() + " is " + Problems.inWords(e));
            }
        }
        Fields fields = new Fields(meta, "sidecar field");
        String title = fields.text("title");
        if (title == null && titleLine) title = headline(text);
        return ArticleInput.read(origin, fields.text("url"), title, fields.text("source"), fields.text("byline"),
                fields.text("published"), fields.text("lang"), text, fields.warnings);
    }

    /**
     * The text's first line, where it reads as a headline: at most {@value #MAX_TITLE_LINE}
     * characters, no final full stop, and a blank line after it (as BBC News texts and many saved
     * articles begin). Null otherwise. The text itself keeps the line.
     */
    static String headline(String text) {
        int end = text.indexOf('\n');
        if (end < 0) return null;
        String line = text.substring(0, end).strip();
        int next = text.indexOf('\n', end + 1);
        boolean blankAfter = text.substring(end + 1, next < 0 ? text.length() : next).isBlank();
        return line.isEmpty() || line.length() > MAX_TITLE_LINE || line.endsWith(".") || !blankAfter ? null : line;
    }

    private static ArticleInput readHtml(Path f, String origin) throws IOException {
        if (Files.size(f) > MAX_PAGE_BYTES) return ArticleInput.failed(origin, "larger than " + MAX_PAGE_BYTES + " bytes");
        return HtmlArticles.extract(Files.readAllBytes(f), null, null, origin);
    }

    private static boolean readJsonl(Path f, String shown, Predicate<ArticleInput> sink) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) continue;
                String origin = shown + ":" + n;
                ArticleInput in = line.length() > MAX_PAGE_BYTES
                        ? ArticleInput.failed(origin, "line longer than " + MAX_PAGE_BYTES + " characters")
                        : fromJsonLine(line, origin);
                if (!sink.test(in)) return false;
            }
        }
        return true;
    }

    /**
     * One JSONL record (fields id, url, title, source, byline, published, lang, text), as ingest
     * and the Spark job read it. A record whose text is missing or not a string fails; the origin
     * gains the record's id when it has one.
     */
    public static ArticleInput fromJsonLine(String line, String origin) {
        JsonNode o;
        try {
            o = JSON.readTree(line);
        } catch (JacksonException e) {
            return ArticleInput.failed(origin, Problems.inWords(e));
        }
        if (!o.isObject()) return ArticleInput.failed(origin, "not a JSON object");
        JsonNode id = o.get("id");
        if (id != null && !id.isNull()) origin = origin + " (" + (id.isTextual() ? id.asText() : id.toString()) + ")";
        JsonNode text = o.get("text");
        if (text == null) return ArticleInput.failed(origin, "no \"text\" field");
        if (!text.isTextual()) return ArticleInput.failed(origin, "\"text\" is " + kind(text) + ", not a string");
        Fields fields = new Fields(o, "field");
        return ArticleInput.read(origin, fields.text("url"), fields.text("title"), fields.text("source"), fields.text("byline"),
                fields.text("published"), fields.text("lang"), text.asText(), fields.warnings);
    }

    /**
     * The metadata fields of a JSON record or sidecar. Each must be a string: another type (a
     * list, a number) is dropped with a warning naming the field, never stored as its JSON.
     */
    private static final class Fields {
        private final JsonNode record;
        private final String what;
        final List<String> warnings = new ArrayList<>();

        Fields(JsonNode record, String what) {
            this.record = record;
            this.what = what;
        }

        String text(String name) {
            JsonNode v = record.get(name);
            if (v == null || v.isNull()) return null;
            if (v.isTextual()) return v.asText();
            warnings.add(what + " \"" + name + "\" is " + kind(v) + ", not a string; dropped");
            return null;
        }
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

    /**
     * HTML responses inside a web archive; other records (requests, images, redirects) are not
     * articles. A record cut short (its Content-Length runs past the end of the file) is reported
     * as a failure, whatever its type.
     */
    private static boolean readWarc(Path f, String shown, Predicate<ArticleInput> sink) throws IOException {
        try (WarcReader reader = new WarcReader(f)) {
            for (WarcRecord rec : reader) {
                String origin = shown + "@" + reader.position();
                ArticleInput in;
                boolean cut;
                try {
                    in = rec instanceof WarcResponse resp ? htmlPage(resp, origin + " " + resp.target()) : null;
                    cut = truncated(rec.body());
                } catch (EOFException e) {
                    in = null;
                    cut = true;
                }
                if (cut) {
                    in = ArticleInput.failed(origin, String.format("truncated record: its Content-Length is %,d bytes, more than the file holds",
                            rec.body().size()));
                }
                if (in != null && !sink.test(in)) return false;
            }
        }
        return true;
    }

    /**
     * Whether a record's body ends before its Content-Length. It is read to its end rather than
     * skipped: a skip ({@code consume}) seeks past the end of a file without noticing.
     */
    private static boolean truncated(MessageBody body) throws IOException {
        try {
            body.stream().transferTo(OutputStream.nullOutputStream());  // not closed: the reader goes on from there
        } catch (EOFException e) {
            return true;
        }
        return body.position() < body.size();
    }

    /** The article in an HTML response with status 200; null for any other response. */
    private static ArticleInput htmlPage(WarcResponse resp, String origin) throws IOException {
        HttpResponse http;
        try {
            http = resp.http();
        } catch (IOException | RuntimeException e) {
            return null;  // not an HTTP response (DNS, Gemini, ...)
        }
        MediaType type = http.contentType();
        if (http.status() != 200 || !type.base().equals(MediaType.HTML.base())) return null;
        byte[] bytes;
        try (InputStream in = http.bodyDecoded().stream()) {
            bytes = in.readNBytes((int) MAX_PAGE_BYTES + 1);
        }
        String charset = type.parameters().get("charset");
        return bytes.length > MAX_PAGE_BYTES
                ? ArticleInput.failed(origin, "page larger than " + MAX_PAGE_BYTES + " bytes")
                : HtmlArticles.extract(bytes, charset != null && isKnown(charset) ? charset : null, resp.target(), origin);
    }

    /** Whether Java decodes this declared charset; if not, the page's own meta tag is used. */
    private static boolean isKnown(String charset) {
        try {
            return Charset.isSupported(charset);
        } catch (IllegalArgumentException e) {
            return false;  // a malformed name
        }
    }
}
