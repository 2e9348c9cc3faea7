/**
 * Bulgarian ({@link org.dossier.lang.bg.Bulgarian}): the shared pipeline of {@link org.dossier.lang.slavic}, with
 * this language's dictionary, tags and word lists (resource folder {@code org/dossier/lang/bg/}).
 */
package org.dossier.lang.bg;
