package org.dossier.model;

import java.util.List;

/**
 * A person, organisation, place or group, with every mention of it in the article.
 *
 * @param id       stable within one analysis ("E1", "E2", ...)
 * @param type     PERSON, ORGANIZATION, LOCATION, GROUP or MISC
 * @param name     the fullest proper name the article gives it
 * @param mentions    in text order
 * @param descriptors what the text says it is ("journalist", "former political prisoner"), in text order
 */
public record Entity(String id, String type, String name, List<Mention> mentions, List<Phrase> descriptors) {}
