package org.dossier.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A saved news page to an article: title, date, publisher, byline from the page's metadata
 * (Open Graph, schema.org JSON-LD, the usual meta tags), and the body text without navigation,
 * ads, related links or comments.
 *
 * <p>The body is the schema.org {@code articleBody}, else the {@code <article>}, else the element
 * whose own paragraphs hold the most text (Readability's central idea), after dropping page chrome
 * by tag, ARIA role and class or id names.
 */
public final class HtmlArticles {
    /** Shorter bodies are index pages, error pages or stubs, not articles. */
    static final int MIN_BODY_CHARS = 200;
    private static final Pattern CHROME = Pattern.compile(
            "(?i)comment|related|recommend|share|social|promo|advert|\\bads?\\b|\\bad-|sponsor|newsletter"
                    + "|subscri|sidebar|footer|byline|dateline|\\bnav|menu|cookie|breadcrumb|popup|modal|outbrain|taboola|paywall|most-read");
    private static final ObjectMapper JSON = new ObjectMapper();

    private HtmlArticles() {}

    /**
     * @param page    the page as bytes
     * @param charset as the server declared it, or null to detect it (byte-order mark, meta tag, else UTF-8)
     * @param pageUrl where it was fetched from (resolves relative links); may be null
     * @return the article, or "not an article" when the page holds no article body
     */
    public static ArticleInput extract(byte[] page, String charset, String pageUrl, String origin) throws IOException {
        Document doc = Jsoup.parse(new ByteArrayInputStream(page), charset, pageUrl == null ? "" : pageUrl);
        JsonNode ld = newsArticleJsonLd(doc);
        String url = url(first(attr(doc, "link[rel=canonical]", "abs:href"), attr(doc, "link[rel=canonical]", "href")),
                meta(doc, "og:url"), pageUrl);
        String title = first(meta(doc, "og:title"), text(ld, "headline"), textOf(doc, "h1"), doc.title());
        String published = first(meta(doc, "article:published_time"),
                text(ld, "datePublished"), attr(doc, "[itemprop=datePublished]", "content"),
                attr(doc, "[itemprop=datePublished]", "datetime"), meta(doc, "pubdate"), meta(doc, "date"),
                meta(doc, "dc.date"), attr(doc, "article time[datetime]", "datetime"));
        String publisher = first(meta(doc, "og:site_name"), ld == null ? null : text(ld.path("publisher"), "name"),
                meta(doc, "publisher"), host(ArticleUrls.httpOrNull(url)));
        String byline = first(meta(doc, "author"), ldAuthors(ld), textOf(doc, "[rel=author]"),
                textOf(doc, "[itemprop=author]"), textOf(doc, ".byline"));
        if (byline != null) byline = byline.replaceFirst("(?i)^by\\s+", "");

        String body = body(doc);
        if (body.length() < MIN_BODY_CHARS) {
            return ArticleInput.notAnArticle(origin, "no article body (" + body.length() + " characters of paragraph text)");
        }
        // The page's lang attribute is left aside: site templates set it whatever the article's language.
        return ArticleInput.read(origin, url, title, publisher, byline, published, null, body);
    }

    /**
     * The page's address: the first of the canonical link, og:url and where it was fetched from
     * that is http(s); else the first given, which {@link ArticleInput#read} drops with a warning.
     */
    private static String url(String... candidates) {
        for (String c : candidates) if (ArticleUrls.httpOrNull(c) != null) return c.strip();
        return first(candidates);
    }

    private static String body(Document doc) {
        doc.select("script, style, noscript, template, iframe, svg, form, nav, header, footer, aside, button, "
                + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [hidden]").remove();
        for (Element e : doc.body() == null ? List.<Element>of() : doc.body().select("[class], [id]")) {
            if (e.parent() != null && CHROME.matcher(e.className() + " " + e.id()).find()) e.remove();
        }
        Element container = Optional.ofNullable(doc.selectFirst("[itemprop=articleBody]"))
                .or(() -> doc.select("article").stream().max((a, b) -> Integer.compare(paragraphChars(a), paragraphChars(b))))
                .orElseGet(() -> densest(doc));
        if (container == null) return "";
        List<String> paragraphs = new ArrayList<>();
        for (Element e : container.select("p, h2, h3, h4, blockquote, pre")) {
            if (e.tagName().equals("blockquote") && !e.select("p").isEmpty()) continue;  // its paragraphs come on their own
            String t = e.text().strip();
            if (!t.isEmpty()) paragraphs.add(t);
        }
        return String.join("\n\n", paragraphs);
    }

    /** The element whose own paragraph children hold the most text. */
    private static Element densest(Document doc) {
        Element best = null;
        int bestChars = 0;
        for (Element p : doc.select("p")) {
            Element parent = p.parent();
            int chars = parent == null ? 0 : paragraphChars(parent);
            if (chars > bestChars) {
                best = parent;
                bestChars = chars;
            }
        }
        return best;
    }

    private static int paragraphChars(Element e) {
        int n = 0;
        for (Element p : e.children()) if (p.tagName().equals("p")) n += p.text().length();
        for (Element p : e.select("p")) n += p.text().length() / 2;  // nested ones count, less
        return n;
    }

    private static JsonNode newsArticleJsonLd(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode found = findArticle(JSON.readTree(script.data()));
                if (found != null) return found;
            } catch (Exception ignored) {
                // broken JSON-LD is common; the meta tags remain
            }
        }
        return null;
    }

    private static JsonNode findArticle(JsonNode n) {
        if (n == null) return null;
        if (n.isArray()) {
            for (JsonNode c : n) {
                JsonNode f = findArticle(c);
                if (f != null) return f;
            }
            return null;
        }
        if (n.has("@graph")) return findArticle(n.get("@graph"));
        return n.path("@type").toString().contains("Article") ? n : null;
    }

    private static String ldAuthors(JsonNode ld) {
        if (ld == null || !ld.has("author")) return null;
        JsonNode a = ld.get("author");
        List<String> names = new ArrayList<>();
        for (JsonNode n : a.isArray() ? a : List.of(a)) {
            String name = n.isTextual() ? n.asText() : n.path("name").asText("");
            if (!name.isBlank()) names.add(name.strip());
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static String meta(Document doc, String name) {
        Element e = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
        return e == null ? null : e.attr("content");
    }

    private static String attr(Document doc, String css, String attr) {
        Element e = doc.selectFirst(css);
        return e == null ? null : e.attr(attr);
    }

    private static String textOf(Document doc, String css) {
        Element e = doc.selectFirst(css);
        return e == null ? null : e.text();
    }

    private static String text(JsonNode n, String field) {
        return n == null || !n.path(field).isTextual() ? null : n.get(field).asText();
    }

    private static String host(String url) {
        if (url == null) return null;
        try {
            String h = URI.create(url).getHost();
            return h == null ? null : h.replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String first(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v.strip();
        return null;
    }
}
