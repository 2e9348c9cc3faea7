package org.dossier.ingest;

/**
 * An article as read from an input file, before analysis.
 *
 * @param origin    where it came from: a file, a file and line, or a file and WARC record offset
 * @param url       may be null
 * @param title     may be null
 * @param publisher the outlet ("Politico"); may be null
 * @param byline    the author(s) as printed; may be null
 * @param published ISO date (YYYY-MM-DD), or null when unknown
 * @param language  ISO 639-1 code of the language the input says the text is in, or null to detect it
 * @param text      the body text: paragraphs separated by blank lines
 */
public record SourceArticle(String origin, String url, String title, String publisher, String byline,
                            String published, String language, String text) {

    /** This article in {@code language} when it names none of its own. */
    SourceArticle withLanguageOr(String language) {
        return this.language != null || language == null ? this
                : new SourceArticle(origin, url, title, publisher, byline, published, language, text);
    }
}
