/**
 * What every language shares: word lists read from resource files ({@link org.dossier.lang.Words})
 * and the detection of a text's language. Each language is a subpackage ({@code lang/en}).
 * Uses only {@code text}.
 */
package org.dossier.lang;
