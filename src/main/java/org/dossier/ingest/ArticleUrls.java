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
        return raw == null || raw.isBlank() || problem(raw) != null ? null : raw.strip();
    }

    /** The warning for a URL {@link #httpOrNull} dropped, naming it and why. */
    public static String dropped(String raw) {
        return "URL " + ArticleInput.quoted(raw) + " dropped: " + problem(raw);
    }

    /** Why a URL is not kept, or null when it is. */
    private static String problem(String raw) {
        URI u;
        try {
            u = new URI(raw.strip());
        } catch (URISyntaxException e) {
            return "not a valid URL";
        }
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) return "only http and https addresses are kept";
        return u.getHost() == null || u.getHost().isEmpty() ? "not a valid URL (no host)" : null;
    }
}
