/**
 * English: Stanford CoreNLP settings and its faster dependency parser, the word lists in this
 * package's resource folder, and the order of English's analysis stages
 * ({@link org.dossier.lang.en.English}). May use every stage below the facade, and the facade's
 * {@link org.dossier.Language}.
 */
package org.dossier.lang.en;
