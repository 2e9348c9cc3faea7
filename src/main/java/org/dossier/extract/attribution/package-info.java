/**
 * Extraction of attributions: cues found by a trained model and fixed shapes, each with its
 * source and content, typed (speech, thought, evidence, refusal), cleaned up, and quotations that
 * run on. Uses {@code nlp}, {@code lang}, {@code model} and {@code text}.
 */
package org.dossier.extract.attribution;
