/**
 * Extraction of facts over the resolved entities: descriptors, relations, times (SUTime) and
 * stances. Uses {@code extract.entity}, {@code nlp}, {@code lang} and {@code text}.
 */
package org.dossier.extract.facts;
