/**
 * Russian, Ukrainian and Bulgarian: one pipeline for the three ({@link org.dossier.lang.slavic.SlavicLanguage}):
 * tokens and sentences by rule, lemmas and tags from LanguageTool's morfologik dictionaries, names
 * by rule ({@link org.dossier.lang.slavic.SlavicNames}); no dependency parse. Each language is a
 * small class in its own package ({@code lang.ru}, {@code lang.uk}, {@code lang.bg}) with its word
 * lists in its resource folder.
 */
package org.dossier.lang.slavic;
