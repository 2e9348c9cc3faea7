package org.dossier.ingest;

import org.dossier.lang.Languages;
import org.dossier.text.ArticleLength;

import java.util.ArrayList;
import java.util.List;

/**
 * One thing found while reading inputs: an article, or the reason a file or record gave none.
 *
 * @param article   null unless the input held an article
 * @param problem   null for an article; otherwise why there is none
 * @param notAnArticle true when the input was readable but is not a news article (an index page,
 *                  an image in a WARC, an empty text): reported apart from failures
 * @param warnings  what was dropped from an article's metadata, each naming the value
 */
public record ArticleInput(String origin, SourceArticle article, String problem, boolean notAnArticle, List<String> warnings) {
    private static final int MAX_SHOWN = 80;

    /**
     * An article with its metadata as read; every reader and the Spark job pass through here. A
     * blank text is not an article, a text over the analyzer's cap fails, and a URL that is not
     * http(s) ({@link ArticleUrls}), a date that cannot be read ({@link PublishedDates}) or a
     * language that is not an ISO 639-1 code ({@link Languages#code}) is kept as null, with a warning.
     */
    public static ArticleInput read(String origin, String url, String title, String publisher, String byline, String published,
                                    String language, String text) {
        return read(origin, url, title, publisher, byline, published, language, text, List.of());
    }

    /** {@link #read}, after the reader dropped metadata already: {@code earlier} says what. */
    static ArticleInput read(String origin, String url, String title, String publisher, String byline, String published,
                             String language, String text, List<String> earlier) {
        if (text.isBlank()) return notAnArticle(origin, "the text is empty");
        String tooLong = ArticleLength.problem(text);
        if (tooLong != null) return failed(origin, tooLong);
        List<String> warnings = new ArrayList<>(earlier);
        String httpUrl = ArticleUrls.httpOrNull(url);
        if (httpUrl == null && url != null && !url.isBlank()) warnings.add(ArticleUrls.dropped(url));
        String date = PublishedDates.normalize(published);
        if (date == null && published != null && !published.isBlank()) {
            warnings.add("date " + quoted(published) + " not understood (use YYYY-MM-DD); kept empty");
        }
        String code = Languages.code(language);
        if (code == null && language != null && !language.isBlank()) {
            warnings.add("lang " + quoted(language) + " dropped: " + Languages.whyNot(language));
        }
        return new ArticleInput(origin, new SourceArticle(origin, httpUrl, title, publisher, byline, date, code, text), null, false,
                List.copyOf(warnings));
    }

    /**
     * This input with {@code language} for an article whose input names none (a default such as
     * {@code --lang}: an article's own language wins); null leaves it to detection.
     */
    public ArticleInput withLanguageOr(String language) {
        return article == null ? this : new ArticleInput(origin, article.withLanguageOr(language), problem, notAnArticle, warnings);
    }

    public static ArticleInput failed(String origin, String problem) {
        return new ArticleInput(origin, null, problem, false, List.of());
    }

    static ArticleInput notAnArticle(String origin, String why) {
        return new ArticleInput(origin, null, why, true, List.of());
    }

    /** A value as a warning shows it: on one line, and cut when long (a data: URL can be megabytes). */
    static String quoted(String raw) {
        String s = raw.strip().replaceAll("\\s+", " ");
        return "\"" + (s.length() > MAX_SHOWN ? s.substring(0, MAX_SHOWN) + "..." : s) + "\"";
    }
}
