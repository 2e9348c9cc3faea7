/**
 * Text in: articles read from plain text, JSON Lines, HTML and WARC files, with their metadata
 * (URL, title, date, source). Uses only {@code text}.
 */
package org.dossier.ingest;
