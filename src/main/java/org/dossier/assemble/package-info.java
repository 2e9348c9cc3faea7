/**
 * Assembly: small stages ({@link org.dossier.assemble.AnalysisStage}) that turn what extraction
 * found into the output, over one {@link org.dossier.assemble.Draft}: entities numbered, reports
 * of reports chained, sources resolved to entities, attributions numbered with kinds and
 * offsets, facts added. A language declares their order. Uses {@code extract}, {@code nlp},
 * {@code model} and {@code text}.
 */
package org.dossier.assemble;
