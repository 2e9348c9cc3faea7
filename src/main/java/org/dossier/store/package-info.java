/**
 * The corpus store: articles and their analyses in SQLite, entities linked across articles,
 * the queries behind search, quotes, entity and statement pages, and the ingest loop. Uses the
 * facade, {@code ingest}, {@code model} and {@code lang}.
 */
package org.dossier.store;
