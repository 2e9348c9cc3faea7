/**
 * What an analysis returns, as immutable records that serialise to the JSON of
 * {@code schema/analysis.schema.json}: entities, attributions, relations, times, stances, with
 * code-point offsets. Uses nothing else of Dossier.
 */
package org.dossier.model;
