package org.dossier.extract.entity;

import java.util.List;

/**
 * An entity as token ranges into its {@link org.dossier.nlp.ParsedText}.
 *
 * @param name     the fullest proper name seen for it
 * @param mentions token ranges {@code [first, end)}, in text order
 */
public record FoundEntity(String type, String name, List<int[]> mentions) {}
