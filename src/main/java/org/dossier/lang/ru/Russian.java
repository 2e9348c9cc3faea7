package org.dossier.lang.ru;

import org.dossier.lang.slavic.SlavicLanguage;
import org.dossier.lang.slavic.Tags;

/**
 * Russian: the shared Slavic pipeline ({@link SlavicLanguage}) with LanguageTool's Russian
 * dictionary (from AOT, LGPL), which tags first names, surnames and patronymics, and the word lists
 * in this package's resource folder.
 */
public final class Russian extends SlavicLanguage {
    public Russian() {
        super("ru", "Russian", RUSSIAN_DICTIONARY, RUSSIAN_DICTIONARY, Tags.RUSSIAN, true);
    }
}
