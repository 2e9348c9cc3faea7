package org.dossier.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The one rule for an article's URL, applied wherever one is read (ingest, the Spark job, import):
 * only an absolute {@code http} or {@code https} address with a host is kept. Anything else
 * ({@code javascript:}, {@code data:}, {@code file:}, a relative path, garbage) would become a link
 * the web pages offer to click, so it is dropped.
 */
public final class ArticleUrls {
    private ArticleUrls() {}

    /** The URL as given (stripped), or null when it is not an absolute http(s) address with a host. */
    public static String httpOrNull(String raw) {
        if (raw == null || raw.isBlank()) return null;
        String url = raw.strip();
        try {
            URI u = new URI(url);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            boolean web = scheme.equals("http") || scheme.equals("https");
            return web && u.getHost() != null && !u.getHost().isEmpty() ? url : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** The warning for a URL {@link #httpOrNull} dropped, naming it. */
    public static String dropped(String raw) {
        return "URL " + ArticleInput.quoted(raw) + " dropped: only http and https addresses are kept";
    }
}
