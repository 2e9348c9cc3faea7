package org.dossier.lang;

import java.util.Collection;
import java.util.List;

/**
 * A text in a language Dossier does not read: refused, never analyzed as another. Unchecked, like
 * the analyzer's other refusals of a text (one too long): every caller already reports an
 * {@link IllegalArgumentException}'s message as the reason a text was not analyzed.
 */
public final class UnsupportedLanguageException extends IllegalArgumentException {
    private final String language;

    /**
     * @param language  the text's language, an ISO 639-1 code
     * @param supported the codes of the languages Dossier reads
     */
    public UnsupportedLanguageException(String language, Collection<String> supported) {
        super("the text is in " + Languages.named(language) + "; Dossier reads " + list(supported));
        this.language = language;
    }

    /** The text's language, an ISO 639-1 code. */
    public String language() {
        return language;
    }

    /** "English (en)", "English (en) and Russian (ru)", "English (en), Russian (ru) and Ukrainian (uk)". */
    private static String list(Collection<String> codes) {
        List<String> named = codes.stream().sorted().map(Languages::named).toList();
        if (named.size() <= 1) return String.join("", named);
        return String.join(", ", named.subList(0, named.size() - 1)) + " and " + named.get(named.size() - 1);
    }
}
