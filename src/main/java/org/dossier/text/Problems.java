package org.dossier.text;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import org.netpreserve.jwarc.ParsingException;

import java.io.UncheckedIOException;
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
        if ((e instanceof ExecutionException || e instanceof UncheckedIOException) && e.getCause() != null) return inWords(e.getCause());
        if (e instanceof NoSuchFileException) return "no such file";
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof FileSystemException f) return f.getReason() == null ? "cannot be read" : f.getReason();
        if (e instanceof CharacterCodingException) return "not valid UTF-8 text";
        if (e instanceof JacksonException j) return "not JSON" + where(j.getLocation()) + ": " + withoutSource(j.getOriginalMessage());
        if (e instanceof ParsingException) return "not a valid web archive (WARC)";  // its message quotes raw bytes
        if (e instanceof OutOfMemoryError) return "ran out of memory (JAVA_OPTS=-Xmx... gives Java more)";
        if (e instanceof StackOverflowError) return "too deeply nested to analyze";
        String m = e.getMessage();
        if (m == null || m.isBlank()) return "an internal error with no message (please report it)";
        // SQLite prefixes its result code: "[SQLITE_BUSY] The database file is locked (database is locked)"
        if (e instanceof SQLException) return m.replaceFirst("^\\[SQLITE_\\w+\\]\\s*", "");
        // A wrapping exception's message is its cause's class and message: "java.io.IOException: ..."
        return m.replaceFirst("^(?:[a-z][\\w$]*\\.)+[A-Z][\\w$]*: ", "");
    }

    /** Where the JSON went wrong; a JSONL record is one line, which its origin names already. */
    private static String where(JsonLocation at) {
        if (at == null || at.getLineNr() < 1) return "";
        return at.getLineNr() == 1 ? " (column " + at.getColumnNr() + ")" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }

    /** Jackson names where an unclosed object began with a "[Source: ...]" of its own; the place is given already. */
    private static String withoutSource(String message) {
        return message.replaceFirst("\\s*\\(start marker at \\[Source:.*\\]\\)\\s*$", "");
    }
}
