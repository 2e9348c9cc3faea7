package org.dossier.model;

/**
 * A stated relation between an entity and another entity or a value.
 *
 * @param subject    entity id
 * @param predicate  spouse_of, widow_of, parent_of, child_of, sibling_of, citizen_of, member_of,
 *                   holds_position, died_in, located_in
 * @param object     entity id, or null when the object is not an entity of the article (a
 *                   position, a country only named by its adjective)
 * @param objectText the object as a name or phrase ("Russia", "President of Ukraine")
 * @param evidence   the sentence that states it
 */
public record Relation(String subject, String predicate, String object, String objectText, Span evidence) {}
