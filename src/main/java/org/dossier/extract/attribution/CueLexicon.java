package org.dossier.extract.attribution;

import org.dossier.model.AttributionType;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.dictionary.Dictionary;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * WordNet's lexicographer class of a cue word's most frequent sense ("say" is verb.communication,
 * "believe" verb.cognition, "vote" verb.social), from extJWNL and the WordNet 3.1 data shipped in
 * the build. It types the long tail of cues that {@link AttributionTyper}'s own lists do not name.
 * The dictionary (about 0.4 s to open) is opened on first use; look-ups are cached.
 */
final class CueLexicon {
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private CueLexicon() {}

    /** "communication", "cognition", ... for a verb, noun or adjective lemma; "" when WordNet lacks it. */
    static String lexicalClass(String lemma, String pos) {
        POS p = pos.startsWith("V") ? POS.VERB : pos.startsWith("N") ? POS.NOUN : pos.startsWith("J") ? POS.ADJECTIVE : null;
        if (p == null) return "";
        String key = p.getKey() + ":" + lemma.toLowerCase(Locale.ROOT);
        return CACHE.computeIfAbsent(key, k -> lookUp(p, lemma.toLowerCase(Locale.ROOT)));
    }

    private static String lookUp(POS pos, String lemma) {
        try {
            IndexWord w;
            synchronized (Holder.DICTIONARY) {
                w = Holder.DICTIONARY.getIndexWord(pos, lemma);
            }
            if (w == null || w.getSenses().isEmpty()) return "";
            String file = w.getSenses().get(0).getLexFileName();  // e.g. "verb.communication"
            return file.substring(file.indexOf('.') + 1);
        } catch (JWNLException e) {
            return "";
        }
    }

    /** Opened once per JVM, on first use. */
    private static final class Holder {
        static final Dictionary DICTIONARY = open();

        private static Dictionary open() {
            try {
                return Dictionary.getDefaultResourceInstance();
            } catch (JWNLException e) {
                throw new IllegalStateException("cannot open the bundled WordNet data: " + e.getMessage(), e);
            }
        }
    }
}
