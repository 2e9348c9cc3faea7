package org.dossier.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.MethodNotAllowedResponse;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.ServiceUnavailableResponse;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.router.EndpointNotFound;
import org.dossier.Analyzer;
import org.dossier.ArticleInfo;
import org.dossier.lang.Languages;
import org.dossier.lang.UnsupportedLanguageException;
import org.dossier.store.CorpusQueries;
import org.eclipse.jetty.util.HostPort;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * The web app: a JSON API over the corpus store (documented in {@code /api/openapi.json}) and the
 * pages that use it, from one process. A request naming a host it does not answer to is refused
 * with 421 ({@link AllowedHosts}); request bodies are capped ({@value #MAX_BODY_BYTES} bytes, 413
 * beyond); every answer carries the {@link SecurityHeaders}; every error is JSON with its status,
 * Jetty's own included, never a stack trace.
 */
public final class DossierServer implements AutoCloseable {
    /** Largest request body: a long article is a few hundred kilobytes. */
    public static final int MAX_BODY_BYTES = 1_000_000;
    /**
     * Longest text POST /api/analyze takes, in characters: room for any news article, while the
     * analysis of a text this long already holds its slot for seconds.
     */
    public static final int MAX_ANALYZE_CHARS = 200_000;
    /** What a 503 asks a client to wait: about the analysis of a long article. */
    static final int RETRY_AFTER_SECONDS = 5;
    private static final int MAX_LIMIT = 500;

    private final QueryPool pool;
    private final ProfileCache profiles;
    private final Supplier<Analyzer> analyzer;
    private final Semaphore analyses;
    private final ObjectMapper json = new ObjectMapper();
    private final Javalin app;
    private final String openApi;
    /** Set by {@link #start}, which knows the address listened on. */
    private volatile AllowedHosts hosts;

    /**
     * @param analyzer    for POST /api/analyze; asked by each such request, in its slot
     * @param connections store connections, i.e. queries served at once
     * @param analyses    texts analyzed at once; a request beyond them gets 503 at once
     */
    public DossierServer(Path db, Supplier<Analyzer> analyzer, int connections, int analyses) throws SQLException {
        if (analyses < 1) throw new IllegalArgumentException("analyses at once must be at least 1");
        this.pool = new QueryPool(db, connections);
        this.analyzer = analyzer;
        this.analyses = new Semaphore(analyses);
        this.openApi = resource("openapi.json");
        this.profiles = new ProfileCache(json);
        JsonErrorHandler jettyErrors = new JsonErrorHandler(json);
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = MAX_BODY_BYTES;
            config.http.prefer405over404 = true;
            config.jetty.modifyServer(server -> server.setErrorHandler(jettyErrors));
            config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(jettyErrors));
            config.jsonMapper(new JavalinJackson(json, false));
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/web";
                files.location = Location.CLASSPATH;
                // Jetty names no charset for these types; the files are UTF-8, which a browser should not have to guess.
                files.mimeTypes.add("text/html; charset=utf-8", "html");
                files.mimeTypes.add("text/javascript; charset=utf-8", "js");
                files.mimeTypes.add("text/css; charset=utf-8", "css");
            });
            config.staticFiles.enableWebjars();
        });
        routes();
        errors();
    }

    private void routes() {
        app.before(ctx -> SecurityHeaders.ALL.forEach(ctx::header));
        app.before(this::checkHost);  // before-handlers run for the pages and files too, so this covers every answer
        app.before("/api/*", ctx -> {
            ctx.header("Cache-Control", "no-store");
            String length = ctx.header("Content-Length");
            if (length != null && length.matches("\\d+") && Long.parseLong(length) > MAX_BODY_BYTES) {
                throw new HttpResponseException(HttpStatus.CONTENT_TOO_LARGE.getCode(),
                        String.format("request body over %,d bytes", MAX_BODY_BYTES));
            }
        });
        app.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
        app.get("/api/docs", ctx -> ctx.redirect("/docs.html"));
        app.get("/api/search", ctx -> ctx.json(pool.run(q -> q.search(required(ctx, "q"), filter(ctx)))));
        app.get("/api/search/articles", ctx -> ctx.json(pool.run(q -> q.searchArticles(required(ctx, "q"), filter(ctx)))));
        app.get("/api/entities", ctx -> ctx.json(pool.run(q -> q.findEntities(required(ctx, "name")))));
        app.get("/api/entities/{id}", ctx -> {
            if (!"all".equals(ctx.queryParam("types"))) {
                ctx.contentType("application/json").result(profiles.get(pool, id(ctx)));
                return;
            }
            long id = id(ctx);
            ctx.json(found(pool.run(q -> q.profile(id, true)), "entity"));
        });
        app.get("/api/entities/{id}/quotes", ctx -> {
            long id = id(ctx);
            CorpusQueries.Filter filter = filter(ctx);
            ctx.json(pool.run(q -> {
                if (!q.hasEntity(id)) throw new NotFoundResponse("no such entity");
                return q.quotesBy(id, filter);
            }));
        });
        app.get("/api/top-sources", ctx -> ctx.json(pool.run(q -> q.topSources(ctx.queryParam("publisher"), limit(ctx), offset(ctx),
                "all".equals(ctx.queryParam("types"))))));
        app.get("/api/publishers", ctx -> ctx.json(pool.run(CorpusQueries::publishers)));
        app.get("/api/articles/{id}", ctx -> ctx.json(found(pool.run(q -> q.article(id(ctx))), "article")));
        app.get("/api/statements/{id}", ctx -> {
            long id = id(ctx);
            CorpusQueries.Quote statement = found(pool.run(q -> q.statement(id)), "statement");
            ctx.json(Map.of("statement", statement, "reports", pool.run(q -> q.reports(id))));
        });
        app.post("/api/analyze", this::analyze);
    }

    /**
     * Refuses a request whose Host header, or whose URI when it is absolute (which Jetty prefers to
     * the header as the server name), names a host this server does not answer to.
     */
    private void checkHost(Context ctx) {
        String header = ctx.header("Host");  // absent only from an HTTP/1.0 request, whose server name is then the local address
        for (String host : new String[] {header == null ? null : new HostPort(header).getHost(), ctx.req().getServerName()}) {
            if (host != null && !hosts.allows(host)) {
                throw new HttpResponseException(HttpStatus.MISDIRECTED_REQUEST.getCode(),
                        "this server does not answer to the host '" + host + "' (dossier serve --allow-host NAME adds one)");
            }
        }
    }

    /**
     * A JSON {text, title, published, lang} in, its analysis out; nothing is stored. Without
     * {@code lang} the text's language is detected; a text in a language Dossier does not read is
     * refused with 422, naming it. JSON only, so that
     * another site's page cannot start analyses with a form or a plain-text post; and at most as
     * many at once as there are slots, so that requests cannot pile up behind one another.
     */
    private void analyze(Context ctx) throws IOException {
        if (!isJsonInUtf8(ctx.contentType())) {
            throw new HttpResponseException(HttpStatus.UNSUPPORTED_MEDIA_TYPE.getCode(),
                    "the body must be JSON (Content-Type: application/json) in UTF-8");
        }
        JsonNode body;
        try {
            body = json.readTree(utf8(body(ctx)));
        } catch (IOException e) {
            throw new BadRequestResponse("the body is not JSON");
        }
        if (!body.isObject()) throw new BadRequestResponse("the body must be a JSON object with a \"text\" string");
        String text = string(body, "text");
        if (text == null) throw new BadRequestResponse("the JSON needs a \"text\" string");
        int length = text.codePointCount(0, text.length());
        if (length > MAX_ANALYZE_CHARS) {
            throw new HttpResponseException(HttpStatus.CONTENT_TOO_LARGE.getCode(), String.format(
                    "the text is %,d characters long; at most %,d are analyzed here (dossier analyze takes longer ones)",
                    length, MAX_ANALYZE_CHARS));
        }
        ArticleInfo info = new ArticleInfo(string(body, "title"), date(string(body, "published"), "published"), language(string(body, "lang")));
        if (!analyses.tryAcquire()) {
            ctx.header("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
            throw new ServiceUnavailableResponse("every analysis slot is busy; try again in a few seconds");
        }
        try {
            ctx.json(analyzer.get().analyze(text, info));
        } finally {
            analyses.release();
        }
    }

    /** application/json, with parameters; a charset, if one is named, must be UTF-8 (as RFC 8259 has it). */
    private static boolean isJsonInUtf8(String contentType) {
        if (contentType == null) return false;
        String[] parts = contentType.split(";");
        if (!parts[0].strip().equalsIgnoreCase("application/json")) return false;
        for (int i = 1; i < parts.length; i++) {
            String[] param = parts[i].split("=", 2);
            if (param[0].strip().equalsIgnoreCase("charset")
                    && (param.length < 2 || !param[1].strip().replace("\"", "").equalsIgnoreCase("utf-8"))) {
                return false;
            }
        }
        return true;
    }

    /** A field that must be a string when present; null when absent or null. */
    private static String string(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isTextual()) throw new BadRequestResponse("\"" + field + "\" must be a string");
        return v.asText();
    }

    /** The {@code lang} field: an ISO 639-1 code, or null (detect) when absent. */
    private static String language(String v) {
        if (v == null) return null;
        String code = Languages.code(v);
        if (code == null) throw new BadRequestResponse("lang: " + Languages.problemWith(v));
        return code;
    }

    /** The request body, read up to the cap: a chunked body has no length to check beforehand. */
    private static byte[] body(Context ctx) throws IOException {
        byte[] bytes;
        try (InputStream in = ctx.req().getInputStream()) {
            bytes = in.readNBytes(MAX_BODY_BYTES + 1);
        }
        if (bytes.length > MAX_BODY_BYTES) {
            throw new HttpResponseException(HttpStatus.CONTENT_TOO_LARGE.getCode(), String.format("request body over %,d bytes", MAX_BODY_BYTES));
        }
        return bytes;
    }

    /** Strictly decoded, as the CLI reads files: a bad byte is refused, not replaced. */
    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new BadRequestResponse("the body is not valid UTF-8");
        }
    }

    private void errors() {
        app.exception(MethodNotAllowedResponse.class, (e, ctx) -> {
            String allowed = String.join(", ", e.getDetails().values());  // Javalin lists the path's methods as its one detail
            ctx.header("Allow", allowed);
            error(ctx, e.getStatus(), ctx.method() + " is not allowed here; use " + allowed);
        });
        app.exception(EndpointNotFound.class, (e, ctx) -> {
            if (isStaticFile(ctx.path())) {  // the file handler answers GET and HEAD only and passes other methods on
                ctx.header("Allow", "GET, HEAD");
                error(ctx, 405, ctx.method() + " is not allowed here; use GET");
                return;
            }
            error(ctx, 404, (ctx.path().startsWith("/api/") ? "no such endpoint: " : "no such page: ") + ctx.path());
        });
        app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
        app.exception(UnsupportedLanguageException.class, (e, ctx) -> error(ctx, HttpStatus.UNPROCESSABLE_CONTENT.getCode(), e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> error(ctx, 500, "internal error"));  // details stay in the server
    }

    /** Whether path names a page or one of its files (they all have an extension), or the home page. */
    private static boolean isStaticFile(String path) {
        if (path.equals("/")) return true;
        if (!path.substring(path.lastIndexOf('/') + 1).contains(".")) return false;
        String resource = path.startsWith("/webjars/") ? "/META-INF/resources" + path : "/web" + path;
        return DossierServer.class.getResource(resource) != null;
    }

    private static void error(Context ctx, int status, String message) {
        ctx.status(status).json(new ApiError(status, message));
    }

    private static String required(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) throw new BadRequestResponse("the query parameter '" + name + "' is required");
        return v;
    }

    private static long id(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new BadRequestResponse("'" + ctx.pathParam("id") + "' is not an id");
        }
    }

    private static int limit(Context ctx) {
        String v = ctx.queryParam("limit");
        if (v == null) return 20;
        try {
            int n = Integer.parseInt(v);
            if (n >= 1 && n <= MAX_LIMIT) return n;
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new BadRequestResponse("limit must be a number from 1 to " + MAX_LIMIT);
    }

    private static CorpusQueries.Filter filter(Context ctx) {
        return new CorpusQueries.Filter(date(ctx.queryParam("since"), "since"), date(ctx.queryParam("until"), "until"),
                ctx.queryParam("publisher") == null || ctx.queryParam("publisher").isBlank() ? null : ctx.queryParam("publisher"),
                limit(ctx), type(ctx.queryParam("type")), offset(ctx), minConfidence(ctx));
    }

    /** The {@code offset} parameter: how many results to skip (default none). */
    private static int offset(Context ctx) {
        String v = ctx.queryParam("offset");
        if (v == null) return 0;
        try {
            int n = Integer.parseInt(v);
            if (n >= 0) return n;
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new BadRequestResponse("offset must be a whole number, 0 or more");
    }

    /** The {@code minConfidence} parameter: a number from 0 to 1, or no minimum when absent. */
    private static Double minConfidence(Context ctx) {
        String v = ctx.queryParam("minConfidence");
        if (v == null || v.isBlank()) return null;
        try {
            double c = Double.parseDouble(v);
            if (c >= 0 && c <= 1) return c;
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new BadRequestResponse("minConfidence must be a number from 0 to 1");
    }

    /** The {@code type} parameter: an attribution type, or all types when absent. */
    private static String type(String v) {
        if (v == null || v.isBlank()) return null;
        try {
            return org.dossier.model.AttributionType.of(v).label();
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse(e.getMessage());
        }
    }

    private static String date(String v, String name) {
        if (v == null || v.isBlank()) return null;
        try {
            return LocalDate.parse(v).toString();
        } catch (DateTimeParseException e) {
            throw new BadRequestResponse(name + " must be a date like 2025-05-15");
        }
    }

    private static <T> T found(java.util.Optional<T> value, String what) {
        return value.orElseThrow(() -> new NotFoundResponse("no such " + what));
    }

    private static String resource(String name) {
        try (InputStream in = Objects.requireNonNull(DossierServer.class.getResourceAsStream(name), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Starts listening; returns the port (useful when {@code port} is 0: any free one). Requests
     * must name host (any address of this machine when it is a wildcard such as 0.0.0.0),
     * localhost or a loopback address, or one of allowedHosts; others are refused with 421.
     */
    public int start(String host, int port, Collection<String> allowedHosts) throws IOException {
        hosts = new AllowedHosts(host, allowedHosts);
        app.start(host, port);
        return app.port();
    }

    /** Starts listening, answering only to host, localhost and the loopback addresses: see {@link #start(String, int, Collection)}. */
    public int start(String host, int port) throws IOException {
        return start(host, port, List.of());
    }

    @Override
    public void close() throws SQLException {
        app.stop();
        pool.close();
    }
}
