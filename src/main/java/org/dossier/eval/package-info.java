/**
 * Evaluation against gold annotations: PolNeAR (brat), Dossier's own quote, facts and speaker
 * sets, inter-annotator agreement, with the tables the commands print. Uses the facade and the
 * stages it scores.
 */
package org.dossier.eval;
