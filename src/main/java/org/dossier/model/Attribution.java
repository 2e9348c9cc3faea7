package org.dossier.model;

import java.util.List;

/**
 * Who said, believes or reported what.
 *
 * @param kind       "direct" (the content is a quotation), "indirect" (reported speech or belief)
 *                   or "mixed" (reported speech that contains a quotation)
 * @param type       what is reported: "speech" (said, wrote, "according to"), "thought" (believes,
 *                   hopes), "evidence" (what a study or data shows), "refusal" ("declined to
 *                   comment": never a statement) or "other" (an act PolNeAR counts, such as "voted")
 * @param source     null when the text credits the content to nobody; for a quotation that runs on,
 *                   the continued speaker's entity with no spans of its own
 * @param cue        the words that signal the attribution ("said", "according to"), or null for a
 *                   quotation that runs on
 * @param via        entity ids of those who relayed it, outermost first
 *                   (News.bg reports that Politico was told ...: News.bg, Politico)
 * @param confidence estimated probability that this attribution is right, in [0, 1]
 * @param continues  for a quotation that runs on (a paragraph that is only a quotation, after the
 *                   speaker's previous one), the id of the attribution it continues; else null
 */
public record Attribution(String id, String kind, String type, Source source, Segments cue, Segments content,
                          List<String> via, double confidence, String continues) {}
