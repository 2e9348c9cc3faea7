/**
 * Training the English attribution model on PolNeAR train, tuned on dev, with parses cached.
 * Uses {@code eval} to score, the facade and {@code lang.en}.
 */
package org.dossier.train;
