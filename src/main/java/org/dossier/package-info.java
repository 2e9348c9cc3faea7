/**
 * Dossier's facade: {@link org.dossier.Analyzer} turns a text and its {@link org.dossier.ArticleInfo}
 * into an {@link org.dossier.model.Analysis}, in the {@link org.dossier.Language} the text is in.
 * Uses the model, the NLP document types and the language detector; languages plug in through
 * {@code java.util.ServiceLoader}, so nothing here imports one.
 */
package org.dossier;
