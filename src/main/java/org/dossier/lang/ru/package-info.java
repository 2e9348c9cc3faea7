/**
 * Russian ({@link org.dossier.lang.ru.Russian}): the shared pipeline of {@link org.dossier.lang.slavic}, with
 * this language's dictionary, tags and word lists (resource folder {@code org/dossier/lang/ru/}).
 */
package org.dossier.lang.ru;
