package org.dossier.ingest;

import com.fasterxml.jackson.core.JacksonException;

import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.sql.SQLException;
import java.util.concurrent.ExecutionException;

/**
 * What went wrong, in words a user can act on: for failure lines that already name the file, so
 * neither the path (which Java's file errors repeat) nor an exception's class name is shown.
 */
public final class Problems {
    private Problems() {}

    public static String inWords(Throwable e) {
        if (e instanceof ExecutionException && e.getCause() != null) return inWords(e.getCause());
        if (e instanceof NoSuchFileException) return "no such file";
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof FileSystemException f) return f.getReason() == null ? "cannot be read" : f.getReason();
        if (e instanceof CharacterCodingException) return "not valid UTF-8 text";
        if (e instanceof JacksonException j) return "not JSON: " + j.getOriginalMessage();
        if (e instanceof OutOfMemoryError) return "ran out of memory (JAVA_OPTS=-Xmx... gives Java more)";
        if (e instanceof StackOverflowError) return "too deeply nested to analyze";
        String m = e.getMessage();
        if (m == null || m.isBlank()) return "an internal error with no message (please report it)";
        // SQLite prefixes its result code: "[SQLITE_BUSY] The database file is locked (database is locked)"
        return e instanceof SQLException ? m.replaceFirst("^\\[SQLITE_\\w+\\]\\s*", "") : m;
    }
}
