package org.dossier.ingest;

/**
 * One thing found while reading inputs: an article, or the reason a file or record gave none.
 *
 * @param article   null unless the input held an article
 * @param problem   null for an article; otherwise why there is none
 * @param notAnArticle true when the input was readable but is not a news article (an index page,
 *                  an image in a WARC): reported apart from failures
 */
public record ArticleInput(String origin, SourceArticle article, String problem, boolean notAnArticle) {
    static ArticleInput of(SourceArticle a) {
        return new ArticleInput(a.origin(), a, null, false);
    }

    static ArticleInput failed(String origin, String problem) {
        return new ArticleInput(origin, null, problem, false);
    }

    static ArticleInput notAnArticle(String origin, String why) {
        return new ArticleInput(origin, null, why, true);
    }
}
