package org.dossier.model;

/**
 * Who is for or against whom.
 *
 * @param holder     entity id, or null when the holder is not an entity of the article
 * @param holderText the holder as written
 * @param target     entity id, or null
 * @param targetText the target as written
 * @param polarity   positive or negative
 * @param kind       supports, endorses, praises, defends, opposes, criticises, attacks, distrusts,
 *                   mocks, with "not_" before it when the text denies it ("not enemies")
 * @param evidence   the sentence that says so
 */
public record Stance(String holder, String holderText, String target, String targetText, String polarity, String kind,
                     Span evidence) {}
