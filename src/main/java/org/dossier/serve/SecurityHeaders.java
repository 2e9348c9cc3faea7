package org.dossier.serve;

import java.util.Map;

/**
 * Headers on every answer, pages, API and errors alike. The policy lets the pages load scripts,
 * styles and images from this server only (images also as data: URLs, which Swagger UI's icons
 * use), runs no inline script or style, embeds no objects, and lets no other site frame a page;
 * so a script smuggled into stored text or a link has nowhere to run from.
 */
final class SecurityHeaders {
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /**
     * The headers and their values. No Referer at all: nothing here reads it, and the pages link
     * out to the reporting articles, whose publishers need not learn what was searched here.
     * X-Frame-Options repeats frame-ancestors for browsers without CSP level 2.
     */
    static final Map<String, String> ALL = Map.of(
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "X-Frame-Options", "DENY");

    private SecurityHeaders() {}
}
