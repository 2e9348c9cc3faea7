package org.dossier.lang.slavic;

import java.util.List;

/**
 * What a dictionary's grammatical tags say, for the tag sets of the two dictionaries: the Russian
 * one's ({@code NN:Fam:Masc:Sin:R}: AOT's categories) and the Ukrainian one's
 * ({@code noun:anim:m:v_rod:prop:lname}: VESUM's).
 */
public interface Tags {
    boolean firstName(String tag);

    boolean surname(String tag);

    boolean patronymic(String tag);

    /** A place name: only the Ukrainian dictionary tags them. */
    boolean place(String tag);

    /** A proper name of any kind. */
    boolean proper(String tag);

    boolean noun(String tag);

    /** An organisation's name: the Ukrainian dictionary's proper names of things that are no places ("Нафтогаз"). */
    default boolean organisation(String tag) {
        return proper(tag) && Tags.has(tag, "inanim") && !place(tag) && !firstName(tag) && !surname(tag) && !patronymic(tag);
    }

    boolean adjective(String tag);

    boolean nominative(String tag);

    boolean genitive(String tag);

    /** Whether the tag names a case other than the nominative: genitive, dative, accusative, instrumental, locative, vocative. */
    boolean oblique(String tag);

    boolean plural(String tag);

    /** The grammatical gender, "m" or "f", or null (neuter, plural, none). */
    String gender(String tag);

    /** The Universal Dependencies part of speech the tag stands for ("NOUN", "PROPN", "ADP", ...). */
    String pos(String tag);

    /**
     * Where the dictionary gives a gerund as its own lemma (Ukrainian "стверджуючи"), its ending and
     * the endings of the infinitive that may replace it, to look the verb up by ("стверджуючи":
     * "стверджувати"); none where the dictionary gives the verb.
     */
    default List<String[]> gerundEndings() { return List.of(); }

    /** Whether the tag is a gerund's that {@link #gerundEndings} applies to. */
    default boolean gerund(String tag) { return false; }

    /** Whether the tag is an infinitive's. */
    default boolean infinitive(String tag) { return false; }

    /** The tags of the Russian dictionary. */
    Tags RUSSIAN = new Tags() {
        public boolean firstName(String tag) { return tag.startsWith("NN:Name"); }
        public boolean surname(String tag) { return tag.startsWith("NN:Fam"); }
        public boolean patronymic(String tag) { return tag.startsWith("NN:Patr"); }
        public boolean place(String tag) { return false; }
        public boolean proper(String tag) { return firstName(tag) || surname(tag) || patronymic(tag); }
        public boolean noun(String tag) { return tag.startsWith("NN"); }
        // (a past full participle declines as an adjective, as the Ukrainian dictionary tags it: "Объединенного комитета")
        public boolean adjective(String tag) { return tag.startsWith("ADJ") || tag.startsWith("PT:Past"); }
        public boolean nominative(String tag) { return Tags.has(tag, "Nom"); }
        public boolean genitive(String tag) { return Tags.has(tag, "R") || Tags.has(tag, "2R"); }
        public boolean oblique(String tag) { return OBLIQUE.stream().anyMatch(c -> Tags.has(tag, c)); }
        private static final List<String> OBLIQUE = List.of("R", "2R", "D", "V", "2V", "T", "P", "2P");
        public boolean plural(String tag) { return Tags.has(tag, "PL"); }
        public String gender(String tag) { return Tags.has(tag, "Masc") ? "m" : Tags.has(tag, "Fem") ? "f" : null; }

        public String pos(String tag) {
            if (proper(tag)) return "PROPN";
            String head = tag.split(":", 2)[0];
            return switch (head) {
                case "NN", "ABR" -> "NOUN";
                case "ADJ", "Ord" -> "ADJ";
                case "VB", "DPT", "PT", "PT_Short" -> "VERB";
                case "PREP" -> "ADP";
                case "CONJ" -> "CCONJ";
                case "ADV", "PRDC", "PARENTHESIS" -> "ADV";
                case "PNN" -> "PRON";
                case "Num", "NumC" -> "NUM";
                case "PARTICLE" -> "PART";
                case "INTERJECTION" -> "INTJ";
                default -> "X";
            };
        }
    };

    /** The tags of the Ukrainian dictionary. */
    Tags UKRAINIAN = new Tags() {
        public boolean firstName(String tag) { return Tags.has(tag, "fname"); }
        public boolean surname(String tag) { return Tags.has(tag, "lname"); }
        public boolean patronymic(String tag) { return Tags.has(tag, "pname"); }
        public boolean place(String tag) { return Tags.has(tag, "geo"); }
        public boolean proper(String tag) { return Tags.has(tag, "prop"); }
        public boolean noun(String tag) { return tag.startsWith("noun") && !tag.contains("pron"); }
        public boolean adjective(String tag) { return tag.startsWith("adj"); }
        public boolean nominative(String tag) { return Tags.has(tag, "v_naz"); }
        public boolean genitive(String tag) { return Tags.has(tag, "v_rod"); }
        public boolean oblique(String tag) { return OBLIQUE.stream().anyMatch(c -> Tags.has(tag, c)); }
        private static final List<String> OBLIQUE = List.of("v_rod", "v_dav", "v_zna", "v_oru", "v_mis", "v_kly");
        public boolean plural(String tag) { return Tags.has(tag, "p"); }
        public String gender(String tag) { return Tags.has(tag, "m") ? "m" : Tags.has(tag, "f") ? "f" : null; }
        public boolean gerund(String tag) { return tag.startsWith("advp"); }
        public boolean infinitive(String tag) { return tag.startsWith("verb") && Tags.has(tag, "inf"); }

        // "заявляючи" - "заявляти", "наголошуючи" - "наголошувати", "говорячи" - "говорити", "заявивши" - "заявити"
        private final List<String[]> gerundEndings = List.of(new String[] {"ючи", "ти", "вати"}, new String[] {"ячи", "ити", "ати"},
                new String[] {"учи", "ати", "ити"}, new String[] {"ачи", "ати", "ити"}, new String[] {"вши", "ти"});

        public List<String[]> gerundEndings() { return gerundEndings; }

        public String pos(String tag) {
            if (tag.contains("pron")) return "PRON";
            String head = tag.split(":", 2)[0];
            return switch (head) {
                case "noun" -> proper(tag) ? "PROPN" : "NOUN";
                case "adj" -> "ADJ";
                case "verb", "advp" -> "VERB";
                case "adv" -> "ADV";
                case "prep" -> "ADP";
                case "conj" -> Tags.has(tag, "coord") ? "CCONJ" : "SCONJ";
                case "part" -> "PART";
                case "intj" -> "INTJ";
                case "numr", "number" -> "NUM";
                case "noninfl" -> proper(tag) ? "PROPN" : "X";
                default -> tag.startsWith("pron") || Tags.has(tag, "pron") ? "PRON" : "X";
            };
        }
    };

    /** Whether one of a tag's colon-separated parts is {@code part}. */
    static boolean has(String tag, String part) {
        int from = 0;
        while (true) {
            int i = tag.indexOf(part, from);
            if (i < 0) return false;
            int end = i + part.length();
            if ((i == 0 || tag.charAt(i - 1) == ':') && (end == tag.length() || tag.charAt(end) == ':')) return true;
            from = i + 1;
        }
    }

    /** The parts of speech of some readings' tags, first of them wins: "X" for none. */
    default String posOf(List<Morphology.Reading> readings) {
        return readings.isEmpty() ? "X" : pos(readings.get(0).tag());
    }
}
