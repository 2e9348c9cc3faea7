package org.dossier.model;

/** A stretch of the text that says something: a descriptor ("former political prisoner"), an event. */
public record Phrase(int start, int end, String text) {}
