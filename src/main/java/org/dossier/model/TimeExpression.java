package org.dossier.model;

/**
 * A date or time in the text.
 *
 * @param value ISO-8601 ("2024", "2025-04", "2025-05-13", "2025-W20") or SUTime's PRESENT_REF /
 *              PAST_REF / FUTURE_REF; null when it is relative and no publication date was given
 * @param event what the text says happened then ("released from a Siberian prison"), or null
 */
public record TimeExpression(int start, int end, String text, String value, Phrase event) {}
