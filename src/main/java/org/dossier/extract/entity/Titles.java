package org.dossier.extract.entity;

import java.util.Locale;
import java.util.Set;

/** Words written before a name that say what the person is ("President", "Sen.", "former"). */
public final class Titles {
    private static final Set<String> WORDS = Set.of("president", "mr.", "mrs.", "ms.", "dr.", "sen.", "senator",
            "rep.", "representative", "gov.", "governor", "minister", "prime", "secretary", "judge", "chancellor",
            "gen.", "general", "speaker", "mayor", "sir", "lady", "lord", "pope", "king", "queen", "prince",
            "princess", "chairman", "chairwoman", "ambassador", "justice", "vice", "former", "leader", "candidate",
            "nominee", "professor", "prof.", "rev.", "reverend", "attorney", "col.", "lt.", "sgt.", "capt.",
            "commissioner", "director", "ceo", "sheriff", "chief", "rabbi", "father", "sister", "brother");

    private Titles() {}

    public static boolean isTitle(String word) {
        return WORDS.contains(word.toLowerCase(Locale.ROOT));
    }
}
