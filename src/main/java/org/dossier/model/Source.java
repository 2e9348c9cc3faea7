package org.dossier.model;

import java.util.List;

/**
 * Who an attribution is credited to, as written ("he", "the Washington Post") and, when known,
 * the entity that the words refer to.
 *
 * @param entity id of an {@link Entity} of the same analysis, or null when unresolved
 */
public record Source(List<Span> spans, String text, String entity) {}
