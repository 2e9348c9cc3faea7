package org.dossier.lang.uk;

import org.dossier.lang.slavic.SlavicLanguage;
import org.dossier.lang.slavic.Tags;

/**
 * Ukrainian: the shared Slavic pipeline ({@link SlavicLanguage}) with the Ukrainian dictionary of
 * LanguageTool (VESUM, LGPL), which tags first names, surnames, patronymics and places, and the
 * word lists in this package's resource folder.
 */
public final class Ukrainian extends SlavicLanguage {
    public Ukrainian() {
        super("uk", "Ukrainian", UKRAINIAN_DICTIONARY, UKRAINIAN_DICTIONARY, Tags.UKRAINIAN, true);
    }
}
