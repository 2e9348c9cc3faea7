/**
 * Ukrainian ({@link org.dossier.lang.uk.Ukrainian}): the shared pipeline of {@link org.dossier.lang.slavic}, with
 * this language's dictionary, tags and word lists (resource folder {@code org/dossier/lang/uk/}).
 */
package org.dossier.lang.uk;
