package org.dossier;

/**
 * What is known of an article besides its text.
 *
 * @param title     may be null
 * @param published ISO-8601 date (YYYY-MM-DD), or null when unknown
 */
public record ArticleInfo(String title, String published) {
    public static final ArticleInfo NONE = new ArticleInfo(null, null);
}
