package org.dossier.model;

/** One place where an entity is referred to: a name, a title with a name, a pronoun or a description. */
public record Mention(int start, int end, String text) {}
