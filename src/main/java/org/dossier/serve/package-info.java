/**
 * The web app and its JSON API over a corpus store: pages, search, host checks and security
 * headers. Uses {@code store} and {@code model}.
 */
package org.dossier.serve;
