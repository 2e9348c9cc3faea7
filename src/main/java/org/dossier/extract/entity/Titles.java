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
            "commissioner", "director", "ceo", "sheriff", "chief", "rabbi", "father", "sister", "brother",
            // British style writes these without a full stop; peers and knights are titled too
            "mr", "mrs", "ms", "dr", "baroness", "baron", "dame", "viscount", "earl", "duke", "duchess");
    /** Titles that British news keeps as part of a name when it gives no first name ("Lord Goldsmith"). */
    private static final Set<String> NOBLE = Set.of("lord", "lady", "baroness", "baron", "dame", "sir", "viscount", "earl");

    private Titles() {}

    public static boolean isTitle(String word) {
        return WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Posts held by one person, which end an organisation's name only when the tagger errs ("Home Secretary"). */
    private static final Set<String> POSTS = Set.of("secretary", "minister", "chancellor", "president", "premier",
            "mayor", "governor", "spokesman", "spokeswoman", "chairman", "chairwoman");

    public static boolean isPost(String word) {
        return POSTS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Honorifics written only before a person's name: "Mr", "Mrs", "Ms", "Miss" (not "Dr": Dr Pepper). */
    private static final Set<String> HONORIFICS = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss");

    public static boolean isHonorific(String word) {
        return HONORIFICS.contains(word.toLowerCase(Locale.ROOT));
    }

    public static boolean isNoble(String word) {
        return NOBLE.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether the word makes the person male (true), female (false), or says nothing (null): "Mr", "Mrs". */
    public static Boolean gender(String word) {
        return switch (word.toLowerCase(Locale.ROOT).replace(".", "")) {
            case "mr", "sir", "lord", "baron", "viscount", "earl", "duke", "king", "prince" -> true;
            case "mrs", "ms", "miss", "lady", "baroness", "dame", "duchess", "queen", "princess" -> false;
            default -> null;
        };
    }
}
