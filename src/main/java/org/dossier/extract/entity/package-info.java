/**
 * Extraction of entities: names, titled names and pronouns grouped into people, organisations,
 * places and groups within one article. Uses {@code nlp}, {@code lang} and {@code text}.
 */
package org.dossier.extract.entity;
