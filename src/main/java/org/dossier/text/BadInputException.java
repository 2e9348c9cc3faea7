package org.dossier.text;

import java.nio.file.Path;

/** An input file that cannot be analyzed, with a message a user can act on. */
public final class BadInputException extends Exception {
    private final String problem;

    public BadInputException(Path file, String problem) {
        super(file + ": " + problem);
        this.problem = problem;
    }

    /** What is wrong, without the file: for lines that name it already. */
    public String problem() {
        return problem;
    }
}
