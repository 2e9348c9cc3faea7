package org.dossier.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * The store's own lists beside its classes ({@code places.tsv}, {@code organisations.tsv},
 * {@code name-words.tsv}, {@code given-names.tsv}, {@code legal-forms.txt}): a file's lines, less
 * blank ones and comments (a line opening with {@code #}).
 */
final class ListFile {
    private ListFile() {}

    /** The lines of the list at this resource name, as written. */
    static List<String> lines(String resource) {
        try (InputStream in = Objects.requireNonNull(ListFile.class.getResourceAsStream(resource), resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + resource, e);
        }
    }
}
