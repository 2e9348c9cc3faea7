package org.dossier.lang.bg;

import org.dossier.lang.slavic.SlavicLanguage;
import org.dossier.lang.slavic.Tags;

/**
 * Bulgarian: the shared Slavic pipeline ({@link SlavicLanguage}) without a dictionary of its own
 * (none with a licence that fits is on Maven Central), names found from capitals, the word lists in
 * this package's resource folder, and the Russian dictionary asked only whether a word is a first
 * name (Борис, Мария are written alike), where a run of capitalised words may hold two names. Bulgarian names take no case
 * endings, so a name is kept as written.
 */
public final class Bulgarian extends SlavicLanguage {
    public Bulgarian() {
        super("bg", "Bulgarian", null, RUSSIAN_DICTIONARY, Tags.RUSSIAN, false);
    }
}
