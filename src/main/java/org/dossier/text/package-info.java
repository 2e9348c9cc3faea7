/**
 * Plain text, before any NLP: reading files as UTF-8, code-point offsets, the length limit, input
 * problems worth a message. Uses nothing else of Dossier.
 */
package org.dossier.text;
