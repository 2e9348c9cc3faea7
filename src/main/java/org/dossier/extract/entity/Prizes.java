package org.dossier.extract.entity;

import org.dossier.lang.Words;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Prizes, which are won and never speak: "Academy Award", "Nobel Prize", "Golden Globes". */
public final class Prizes {
    private static final Set<String> PRIZES = Words.of("en").set("prizes");

    private Prizes() {}

    /** Whether a name's last word, or last two, name a prize (plurals too: "the Golden Globes"). */
    public static boolean isPrize(List<String> name) {
        if (name.isEmpty()) return false;
        String last = singular(name.get(name.size() - 1));
        return PRIZES.contains(last) || name.size() > 1 && PRIZES.contains(name.get(name.size() - 2).toLowerCase(Locale.ROOT) + " " + last);
    }

    /** Whether a name as written ("Academy Award") is a prize's. */
    public static boolean isPrize(String name) {
        return isPrize(List.of(name.strip().split("\\s+")));
    }

    private static String singular(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.length() > 3 && w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
    }
}
