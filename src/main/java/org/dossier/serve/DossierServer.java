package org.dossier.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import org.dossier.Analyzer;
import org.dossier.ArticleInfo;
import org.dossier.store.CorpusQueries;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The web app: a JSON API over the corpus store (documented in {@code /api/openapi.json}) and the
 * pages that use it, from one process. Request bodies are capped ({@value #MAX_BODY_BYTES} bytes,
 * 413 beyond); every error is JSON with its status, never a stack trace.
 */
public final class DossierServer implements AutoCloseable {
    /** Largest request body: a long article is a few hundred kilobytes. */
    public static final int MAX_BODY_BYTES = 1_000_000;
    private static final int MAX_LIMIT = 500;

    private final QueryPool pool;
    private final ProfileCache profiles;
    private final Supplier<Analyzer> analyzer;
    private final Javalin app;
    private final String openApi;

    /**
     * @param analyzer for POST /api/analyze; asked on the first such request
     */
    public DossierServer(Path db, Supplier<Analyzer> analyzer, int connections) throws SQLException {
        this.pool = new QueryPool(db, connections);
        this.analyzer = analyzer;
        this.openApi = resource("openapi.json");
        ObjectMapper json = new ObjectMapper();
        this.profiles = new ProfileCache(json);
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = MAX_BODY_BYTES;
            config.jsonMapper(new JavalinJackson(json, false));
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/web";
                files.location = Location.CLASSPATH;
            });
            config.staticFiles.enableWebjars();
        });
        routes();
        errors();
    }

    private void routes() {
        app.before(ctx -> ctx.header("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"));
        app.before("/api/*", ctx -> {
            ctx.header("Cache-Control", "no-store");
            ctx.header("X-Content-Type-Options", "nosniff");
            String length = ctx.header("Content-Length");
            if (length != null && length.matches("\\d+") && Long.parseLong(length) > MAX_BODY_BYTES) {
                throw new HttpResponseException(HttpStatus.CONTENT_TOO_LARGE.getCode(),
                        "request body over " + MAX_BODY_BYTES + " bytes");
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
        app.get("/api/entities/{id}/quotes", ctx -> ctx.json(pool.run(q -> q.quotesBy(id(ctx), filter(ctx)))));
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

    /** Text in (JSON {text, title, published} or plain text), analysis out; nothing is stored. */
    private void analyze(Context ctx) throws IOException {
        String raw = body(ctx);
        String text, title = null, published = null;
        if (Objects.requireNonNullElse(ctx.contentType(), "").startsWith("application/json")) {
            JsonNode body;
            try {
                body = new ObjectMapper().readTree(raw);
            } catch (IOException e) {
                throw new BadRequestResponse("the body is not JSON");
            }
            if (!body.path("text").isTextual()) throw new BadRequestResponse("the JSON needs a \"text\" string");
            text = body.get("text").asText();
            title = body.path("title").isTextual() ? body.get("title").asText() : null;
            published = body.path("published").isTextual() ? date(body.get("published").asText(), "published") : null;
        } else {
            text = raw;
        }
        try {
            ctx.json(analyzer.get().analyze(text, new ArticleInfo(title, published)));
        } catch (IllegalArgumentException e) {
            throw new HttpResponseException(HttpStatus.CONTENT_TOO_LARGE.getCode(), e.getMessage());
        }
    }

    /** The request body as UTF-8, read up to the cap: a chunked body has no length to check beforehand. */
    private static String body(Context ctx) throws IOException {
        byte[] bytes;
        try (InputStream in = ctx.req().getInputStream()) {
            bytes = in.readNBytes(MAX_BODY_BYTES + 1);
        }
        if (bytes.length > MAX_BODY_BYTES) {
            throw new HttpResponseException(HttpStatus.CONTENT_TOO_LARGE.getCode(), "request body over " + MAX_BODY_BYTES + " bytes");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private void errors() {
        app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> error(ctx, 500, "internal error"));  // details stay in the server
        app.error(404, ctx -> {
            if (ctx.path().startsWith("/api/") && ctx.result() == null) error(ctx, 404, "no such endpoint: " + ctx.path());
        });
    }

    private static void error(Context ctx, int status, String message) {
        ctx.status(status).json(Map.of("status", status, "error", message));
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
            return org.dossier.extract.attribution.AttributionType.of(v).label();
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

    /** Starts listening; returns the port (useful when {@code port} is 0: any free one). */
    public int start(String host, int port) {
        app.start(host, port);
        return app.port();
    }

    @Override
    public void close() throws SQLException {
        app.stop();
        pool.close();
    }
}
