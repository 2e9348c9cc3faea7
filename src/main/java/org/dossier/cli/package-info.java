/**
 * The {@code dossier} command line (picocli): one class per command, their shared option
 * converters and output helpers. May use every other package.
 */
package org.dossier.cli;
