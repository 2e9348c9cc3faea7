package org.dossier;

/**
 * What is known of an article besides its text.
 *
 * @param title     may be null
 * @param published ISO-8601 date (YYYY-MM-DD), or null when unknown
 * @param language  ISO 639-1 code of the article's language ("en"), or null to detect it from the text
 */
public record ArticleInfo(String title, String published, String language) {
    public static final ArticleInfo NONE = new ArticleInfo(null, null, null);

    /** An article whose language is detected from its text. */
    public ArticleInfo(String title, String published) {
        this(title, published, null);
    }
}
