package org.dossier.model;

import java.util.List;

/**
 * Who said, believes or reported what.
 *
 * @param kind       "direct" (the content is a quotation), "indirect" (reported speech or belief)
 *                   or "mixed" (reported speech that contains a quotation)
 * @param source     null when the text credits the content to nobody
 * @param cue        the words that signal the attribution ("said", "according to"), or null
 * @param via        entity ids of those who relayed it, outermost first
 *                   (News.bg reports that Politico was told ...: News.bg, Politico)
 * @param confidence estimated probability that this attribution is right, in [0, 1]
 */
public record Attribution(String id, String kind, Source source, Segments cue, Segments content,
                          List<String> via, double confidence) {}
