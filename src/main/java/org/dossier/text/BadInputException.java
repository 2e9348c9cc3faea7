package org.dossier.text;

import java.nio.file.Path;

/** An input file that cannot be analyzed, with a message a user can act on. */
public final class BadInputException extends Exception {
    public BadInputException(Path file, String problem) {
        super(file + ": " + problem);
    }
}
