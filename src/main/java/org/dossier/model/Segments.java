package org.dossier.model;

import java.util.List;

/**
 * A possibly discontinuous stretch of text: a cue such as "according to", or a quote interrupted
 * by "he said". {@code text} joins the spans' texts with a single space.
 */
public record Segments(List<Span> spans, String text) {}
