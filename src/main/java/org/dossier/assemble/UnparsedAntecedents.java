package org.dossier.assemble;

import org.dossier.lang.Words;
import org.dossier.nlp.ParsedText;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The entity a source stands for when it names nobody itself, in a text read without a parse
 * (Russian, Ukrainian, Bulgarian), from the language's word lists:
 * <ul>
 *   <li>a pronoun ("он", "її" of "за її словами", "му" of "по думите му"): the person of its
 *       gender named since the last quote, outside quotation marks ("Орбан выступил против
 *       санкций. Он заявил ..."), else the speaker just quoted, as readers take it, when no pronoun
 *       of the other gender was linked to that speaker (an organisation too for a pronoun in an
 *       oblique case: "повідомила прес-служба НАК ... За її даними"); else the last person named in
 *       the sentence or the two before; never a person whose name says the other gender ("Она"
 *       is no Павел Климкин);</li>
 *   <li>a role ("британский премьер", "санлікар", "дипломатът"): the last person the text named
 *       right after that role word ("премьер-министр Пакистана Имран Хан"), else the person just
 *       quoted; a woman's form of a role ("канцлерката", "прем'єрка") the woman introduced with
 *       the role ("германският канцлер Ангела Меркел");</li>
 *   <li>an organisation's noun ("Авиакомпания", "перевізник", "компанията"): the last
 *       organisation named right after that noun ("авиакомпания Ryanair"), else the last whose
 *       name holds it ("Съюзът": "Европейският съюз"), else the organisation just quoted, else,
 *       of those named in the six sentences before, the one the article names most, else the one
 *       named most before it in the whole article (the company it is about); a body that speaks
 *       for one ("пресслужба відомства") likewise, and for the body or place named after it
 *       ("пресслужбата на Кремъл");</li>
 *   <li>a man or a woman alone ("Мужчина заявил"): the speaker just quoted, else the last person
 *       named, of that gender.</li>
 * </ul>
 * Only the source's head is read: what a preposition or a genitive brings says where or whose
 * ("Источник в правительстве", "собеседник агентства": nobody).
 * A role with what qualifies it ("представитель МИД России") is the person the text introduced
 * with those very words ("официальный представитель МИД России Мария Захарова"), before the
 * ministry it names. Where nothing fits, there is none: a description is never forced onto a name
 * it may not mean. The speaker "just quoted" is one whose quotation ended at most three sentences
 * before the quotation the source closes opens, or six where no other person was named since.
 */
final class UnparsedAntecedents {
    /** How far back, in sentences, a person or organisation is still the one meant. */
    private static final int PERSON_WINDOW = 3, ORGANISATION_WINDOW = 6;
    /** How many words before a name a role or an organisation's noun introduces it: "министр иностранных дел Польши Яцек Чапутович". */
    private static final int INTRODUCTION = 5;
    /** How many words a title may run on past a source cut at a comma in it. */
    private static final int TITLE_RUN = 15;
    /** Prepositions, for Bulgarian, which has no tagger to say so. */
    private static final Set<String> PREPOSITIONS = Set.of("в", "във", "на", "от", "из", "при", "към", "за");

    /** The lists these rules read, by language, read once: a draft is made for every article. */
    private record Lists(Set<String> male, Set<String> female, Set<String> oblique, Set<String> roles, Set<String> spokespeople,
                         Set<String> organisationNouns, Set<String> outletNouns, Map<String, String> genderedNouns, Map<String, String> pronounGenders) {
        private static final Map<String, Lists> LANGUAGES = new java.util.concurrent.ConcurrentHashMap<>();

        static Lists of(String language) {
            return LANGUAGES.computeIfAbsent(language, code -> {
                Words words = Words.of(code);
                Set<String> outletNouns = words.set("apposition-heads");
                Set<String> organisationNouns = new java.util.HashSet<>(words.set("organisation-heads"));
                organisationNouns.addAll(outletNouns);
                return new Lists(words.set("male-pronouns"), words.set("female-pronouns"), words.set("object-pronouns"),
                        words.set("titles"), words.set("spokespeople"), Set.copyOf(organisationNouns), outletNouns, words.map("gendered-nouns"),
                        words.map("pronoun-genders"));
            });
        }
    }

    private final Draft d;
    private final ParsedText doc;
    private final Set<String> male, female, oblique, roles, spokespeople, organisationNouns;
    /** A man or a woman ("мужчина", "жената"), and the gender: alone, the last person of that gender named. */
    private final Map<String, String> genderedNouns;
    /** The gender an object's or possessor's pronoun says ("ее", "його"). */
    private final Map<String, String> pronounGenders;
    /** Nouns an outlet's name follows ("видання", "агентство", "изданието"): as a source, the outlet the article cites. */
    private final Set<String> outletNouns;
    /** Whether the language gives words their lemmas (Russian, Ukrainian), not only their forms (Bulgarian). */
    private final boolean lemmatised;

    UnparsedAntecedents(Draft d) {
        this.d = d;
        this.doc = d.doc;
        lemmatised = doc.tokens().stream().anyMatch(t -> !t.lemma().equalsIgnoreCase(t.text()));
        Lists lists = Lists.of(d.language);
        male = lists.male();
        female = lists.female();
        oblique = lists.oblique();
        roles = lists.roles();
        spokespeople = lists.spokespeople();
        organisationNouns = lists.organisationNouns();
        outletNouns = lists.outletNouns();
        genderedNouns = lists.genderedNouns();
        pronounGenders = lists.pronounGenders();
    }

    /**
     * The entity the source refers to, or null.
     *
     * @param previousSpeaker    the source entity of the last statement of speech before, or null
     * @param previousEnd        that statement's last token, or -1
     * @param quotedOrganisation the organisation last quoted (the source of the last statement of speech an organisation made), or null
     */
    String of(List<Integer> source, String previousSpeaker, int previousEnd, String quotedOrganisation) {
        // the speaker just quoted, a few sentences back, or twice as far where no other person was named since
        int gap = previousEnd >= 0 ? windowStart(source) - doc.token(previousEnd).sentence() : Integer.MAX_VALUE;
        String quoted = gap <= PERSON_WINDOW || gap <= 2 * PERSON_WINDOW && !otherPersonNamed(previousSpeaker, previousEnd, source.get(0)) ? previousSpeaker : null;
        // "Мужчина заявил": a man or a woman alone is the speaker just quoted, else the last person named, of that gender
        String genderedNoun = source.size() == 1 ? genderedNouns.get(lower(source.get(0))) : null;
        if (genderedNoun != null) {
            if (quoted != null && ofGender(quoted, genderedNoun)) return quoted;
            return lastNamed(id -> ofGender(id, genderedNoun), source.get(0), 2 * PERSON_WINDOW);
        }
        for (int t : source) {
            String w = lower(t);
            if (isPronoun(t)) {
                // never a person whose name says the other gender: "Она" after "Павел Климкин" is no Климкин
                String gender = male.contains(w) ? "m" : female.contains(w) ? "f" : pronounGenders.get(w);
                Predicate<String> agreeing = id -> isPerson(id) && (gender == null || !otherGender(gender, d.entity(id).name()));
                // "Орбан выступил против санкций. Он заявил, что ...": the person of that gender named since the last quote, outside
                // any quotation, is the one meant, not the speaker quoted before
                String linked = d.entityOfToken[t];
                if (linked != null && !linked.equals(quoted) && agreeing.test(linked) && namedOutsideQuotations(linked, previousEnd, t)) return linked;
                if (quoted != null && agreeing.test(quoted) && !hasPronounOfOtherGender(quoted, w)) return quoted;
                // "За її даними": a possessive may be the press office or company just quoted too, unless a person it fits is
                // named after the company's last mention ("Как сообщает агентство Reuters, посол Линн Трейси ... По ее словам")
                if (quoted != null && oblique.contains(w) && d.entity(quoted).type().equals("ORGANIZATION")) {
                    String person = gender == null ? null : lastNamed(agreeing, source.get(0), PERSON_WINDOW);
                    return person != null && lastMention(person, t) > lastMention(quoted, t) ? person : quoted;
                }
                // the last person named whose name says the pronoun's gender, a little further back; else the last person named
                String gendered = gender == null ? null
                        : lastNamed(id -> ofGender(id, gender), source.get(0), 2 * PERSON_WINDOW);
                return gendered != null ? gendered : lastNamed(agreeing, source.get(0), PERSON_WINDOW);
            }
        }
        for (int t : source) {
            // what a preposition brings says where the source is, not who: "Источник в правительстве" is no government
            if (doc.token(t).pos().equals("ADP") || PREPOSITIONS.contains(lower(t))) break;
            String w = lower(t), lemma = doc.token(t).lemma().toLowerCase(Locale.ROOT);
            if (SELF.contains(w)) continue;  // "Сама журналистка"
            // "Представители компании": spokespeople speak for the body named after them
            if (listed(spokespeople, w, lemma) && plural(w, lemma) && t != source.get(source.size() - 1)) continue;
            String feminine = femininesRole(w, lemma);
            if (feminine != null || listed(roles, w, lemma)) {
                if (plural(w, lemma)) return null;  // "експерти попереджають": a group, not the one just quoted
                // a woman's form of a role is introduced by the role, and is a woman: "каза канцлерката" after "германският канцлер Ангела Меркел"
                Predicate<String> fits = id -> id != null && (feminine == null || !otherGender("f", d.entity(id).name()));
                // (or by the woman's form itself: "журналистки ... Анны Белоусовой" introduces "журналистка")
                String introduced = feminine != null ? introducedAs("PERSON", source.get(0), feminine, feminine) : null;
                if (introduced == null) introduced = introducedAs("PERSON", source.get(0), w, lemma);
                if (fits.test(introduced)) return introduced;
                if (quoted != null && isPerson(quoted) && fits.test(quoted)) return quoted;
                // a woman's role no one was introduced by is the last woman named: "каза учената" after "Д-р Веселина Ангелова"
                return feminine != null ? lastNamed(id -> ofGender(id, "f"), source.get(0), 2 * PERSON_WINDOW) : null;
            }
            // an organisation's noun, or a body that speaks for one ("пресслужба відомства"), is that organisation
            if (listed(organisationNouns, w, lemma) || listed(spokespeople, w, lemma)) {
                // "пресслужбата на Кремъл", "пресс-служба Кремля": a spokesperson speaks for the body or place named after it
                if (listed(spokespeople, w, lemma)) {
                    for (int k : source) if (k > t && d.entityOfToken[k] != null && !isPerson(d.entityOfToken[k])) return d.entityOfToken[k];
                }
                String introduced = introducedAs("ORGANIZATION", source.get(0), w, lemma);
                if (introduced == null) introduced = namedWith(source.get(0), w, lemma);
                if (introduced != null) return introduced;
                // "..., резюмує видання": the outlet the article cited ("..., пише Financial Times"), however far back
                if (quotedOrganisation != null && listed(outletNouns, w, lemma)) return quotedOrganisation;
                if (quoted != null && d.entity(quoted).type().equals("ORGANIZATION")) return quoted;
                // of those named in the sentences before, the one named most; else, further back, the one the article is about
                String most = mostNamed("ORGANIZATION", source.get(0), ORGANISATION_WINDOW);
                return most != null ? most : mostNamed("ORGANIZATION", source.get(0), doc.sentences().size());
            }
            // the phrase's head is another noun: "собеседник агентства" is no agency
            if (doc.token(t).pos().equals("NOUN")) break;
        }
        return null;
    }

    /** The first token of the entity's last mention by name before token {@code before}, or -1. */
    private int lastMention(String id, int before) {
        int last = -1;
        for (int[] m : d.entityMentions.get(Draft.index(id))) if (m[0] < before && !isPronoun(m[0])) last = Math.max(last, m[0]);
        return last;
    }

    /**
     * Whether a person's surname says the gender other than the cue's, a verb in the past
     * ("отказалась", "заявив"): "Адвокат журналиста отказалась" is no Песков quoted before. (A
     * given name says too little: "Николя Саркози" is a man.)
     */
    boolean disagreesWithCue(String id, int cue) {
        if (id == null || !isPerson(id) || cue < 0 || !doc.token(cue).pos().equals("VERB")) return false;
        String verb = lower(cue);
        // (Russian's "добавив" is no past but a gerund, Ukrainian's "заявив" a man's past)
        java.util.regex.Pattern masculine = d.language.equals("uk") ? UK_MASCULINE_PAST : RU_MASCULINE_PAST;
        String gender = FEMININE_PAST.matcher(verb).find() ? "f" : masculine.matcher(verb).find() ? "m" : null;
        String[] words = d.entity(id).name().strip().split("\\s+");
        String said = surnameGender(words[words.length - 1].toLowerCase(Locale.ROOT));
        return gender != null && said != null && !said.equals(gender);
    }

    /** Endings of a verb in the past, a woman's, and a man's in Russian and in Ukrainian. */
    private static final java.util.regex.Pattern FEMININE_PAST = java.util.regex.Pattern.compile("(ла|лась|лася)$"),
            RU_MASCULINE_PAST = java.util.regex.Pattern.compile("[аеиоуяы](л|лся)$"), UK_MASCULINE_PAST = java.util.regex.Pattern.compile("[аеиоуяі](в|вся)$");

    /** Whether a person other than {@code id} is named, not by a pronoun, between tokens {@code after} and {@code before}. */
    private boolean otherPersonNamed(String id, int after, int before) {
        for (int t = after + 1; t < before; t++) {
            String other = d.entityOfToken[t];
            if (other != null && !other.equals(id) && isPerson(other) && !isPronoun(t)) return true;
        }
        return false;
    }

    /**
     * The sentence the window for the speaker just quoted counts from: where the quotation that the
     * source closes opens ("«...», — подчеркивает вирусолог": however long it runs), else the source's own.
     */
    private int windowStart(List<Integer> source) {
        for (int k = source.get(0) - 1; k >= 0 && k >= source.get(0) - 4; k--) {
            int q = doc.quotationOf(k);
            if (q >= 0) return doc.token(doc.quotation(q).get(0)).sentence();
        }
        return doc.token(source.get(0)).sentence();
    }

    /**
     * The person the text introduced with the same words as a role source ("представитель МИД
     * России" after "официальный представитель МИД России Мария Захарова"): the role and what
     * qualifies it are her title, not the ministry speaking; or null.
     */
    String personIntroducedAs(List<Integer> source) {
        if (source.size() < 2 || !listed(roles, lower(source.get(0)), doc.token(source.get(0)).lemma().toLowerCase(Locale.ROOT))) return null;
        for (int t = source.get(0) - 1; t >= 0; t--) {
            String id = mentionStartingAt(t, "PERSON");
            if (id == null) continue;
            // the source's words, in order, right before the first word of this mention
            int k = t - 1;
            boolean same = true;
            for (int i = source.size() - 1; i >= 0 && same; i--, k--) same = k >= 0 && sameWord(lower(k), lower(source.get(i)));
            if (same) return id;
        }
        return null;
    }

    /**
     * The person a role before a body stands for ("Новый глава МИД", "керівник Pfizer", "генсек
     * ООН": the body only qualifies the role): the last person the text introduced right after
     * that body ("генеральний директор Pfizer Альберт Бурла") or after the words its abbreviation
     * spells ("Глава МИД": "министр иностранных дел Украины Павел Климкин"), else after that
     * role; or null. A
     * spokesperson's role ("представитель МИД") speaks for the body and gives none.
     *
     * @param body the entity the source names after the role
     */
    String personForRole(List<Integer> source, String body) {
        int role = -1;
        for (int t : source) {
            if (body.equals(d.entityOfToken[t])) break;
            String w = lower(t), lemma = doc.token(t).lemma().toLowerCase(Locale.ROOT);
            if (listed(spokespeople, w, lemma)) return null;
            if (listed(roles, w, lemma)) role = t;
        }
        if (role < 0) return null;
        String named = personNamedAfter(source);
        if (named != null) return named;
        String abbreviation = abbreviationOf(source, body);
        for (int t = source.get(0) - 1; t >= 0; t--) {
            String id = mentionStartingAt(t, "PERSON");
            if (id == null) continue;
            for (int k = t - 1; k >= Math.max(0, t - INTRODUCTION) && !doc.token(k).text().equals("."); k--) {
                if (body.equals(d.entityOfToken[k])) return id;
                // "глава МИД": the person introduced as "министр иностранных дел", whose words the abbreviation spells
                if (abbreviation != null && spells(k, t, abbreviation)) return id;
            }
        }
        return introducedAs("PERSON", source.get(0), lower(role), doc.token(role).lemma().toLowerCase(Locale.ROOT));
    }

    /** The body's name in the source when it is an abbreviation in capitals ("МИД", "МОЗ"), else null. */
    private String abbreviationOf(List<Integer> source, String body) {
        for (int t : source) {
            String w = doc.token(t).text();
            if (body.equals(d.entityOfToken[t]) && w.length() >= 2 && w.length() <= 5 && w.equals(w.toUpperCase(Locale.ROOT))) return w;
        }
        return null;
    }

    /** Whether the words from token {@code from} on, before {@code before}, begin with letters that spell the abbreviation. */
    private boolean spells(int from, int before, String abbreviation) {
        int k = from;
        for (int i = 0; i < abbreviation.length(); i++, k++) {
            if (k >= before || doc.token(k).isPunct()) return false;
            if (Character.toUpperCase(doc.token(k).text().charAt(0)) != abbreviation.charAt(i)) return false;
        }
        return true;
    }

    /**
     * The person named right after a source in its sentence, with only words of a title between
     * (no verb, no quotation): a title with commas in it ran on past the source ("міністр ... у
     * справах ЄС, ЗМІ, культури і мистецтва ... Австрії Гернот Блюмель"); or null.
     */
    private String personNamedAfter(List<Integer> source) {
        int last = source.get(source.size() - 1), sentence = doc.token(last).sentence();
        for (int t = last + 1; t < doc.tokens().size() && t <= last + TITLE_RUN && doc.token(t).sentence() == sentence; t++) {
            String id = mentionStartingAt(t, "PERSON");
            if (id != null) return id;
            if (doc.token(t).pos().equals("VERB") || doc.quotationOf(t) >= 0) return null;
        }
        return null;
    }

    /** Whether the entity has a mention by name, not in quotation marks, between tokens {@code after} and {@code before}. */
    private boolean namedOutsideQuotations(String id, int after, int before) {
        for (int[] m : d.entityMentions.get(Draft.index(id))) {
            if (m[0] > after && m[0] < before && !isPronoun(m[0]) && doc.quotationOf(m[0]) < 0) return true;
        }
        return false;
    }

    /** Whether a source is one pronoun ("он", "той", "її"). */
    boolean isPronoun(List<Integer> source) {
        return source.size() == 1 && isPronoun(source.get(0));
    }

    private boolean isPerson(String id) {
        return d.entity(id).type().equals("PERSON");
    }

    /** Whether a "he" is linked to the entity when the source says "she", or the other way round. */
    private boolean hasPronounOfOtherGender(String id, String pronoun) {
        Set<String> other = male.contains(pronoun) ? female : female.contains(pronoun) ? male : Set.of();
        for (int[] m : d.entityMentions.get(Draft.index(id))) if (m[1] - m[0] == 1 && other.contains(lower(m[0]))) return true;
        return false;
    }

    /**
     * The gender a Cyrillic name says, "m" or "f", or null where it says none: a surname in -ов,
     * -ев, -ин, -ий, -ой or -ський, or their feminines ("Захарова", "Климкин"), says it first (a
     * man's given name may end in а: "Никола Вапцаров"); else a woman's given name ends in а or я
     * ("Тереза Мей"), a man's otherwise ("Дмитрий Песков"); a name of one word that ends otherwise
     * ("Шольц" or "Гутерриш" and "Дуда" alike) says none.
     */
    static String genderOfName(String name) {
        String[] words = name.strip().split("\\s+");
        String w = words[words.length - 1].toLowerCase(Locale.ROOT);
        String bySurname = surnameGender(w);
        if (bySurname != null) return bySurname;
        if (words.length == 1 || w.isEmpty() || !Character.UnicodeScript.of(w.codePointAt(0)).equals(Character.UnicodeScript.CYRILLIC)) return null;
        String given = words[0].toLowerCase(Locale.ROOT);
        return given.endsWith("а") || given.endsWith("я") ? "f" : "m";
    }

    /**
     * Whether the name says beyond doubt the gender other than {@code gender} ("m" or "f"): by its
     * surname's ending, or as a woman's given name in -а or -я. A given name in a consonant says
     * nothing here: a foreign woman's may end so ("Озлем Тюреджі").
     */
    private static boolean otherGender(String gender, String name) {
        String said = genderOfName(name);
        if (said == null || said.equals(gender)) return false;
        String[] words = name.strip().split("\\s+");
        return said.equals("f") || surnameGender(words[words.length - 1].toLowerCase(Locale.ROOT)) != null;
    }

    /** The gender a surname's ending says (-ова "f", -ов "m" ...), or null. */
    private static String surnameGender(String lowerSurname) {
        return FEMININE_SURNAME.matcher(lowerSurname).matches() ? "f" : MASCULINE_SURNAME.matcher(lowerSurname).matches() ? "m" : null;
    }

    /** Whether the entity is a person whose name says that gender. */
    private boolean ofGender(String id, String gender) {
        return isPerson(id) && gender.equals(genderOfName(d.entity(id).name()));
    }

    private static final java.util.regex.Pattern FEMININE_SURNAME = java.util.regex.Pattern.compile(".*(ова|ева|ёва|ина|ына|ая|ська|цька|ска)"),
            MASCULINE_SURNAME = java.util.regex.Pattern.compile(".*(ов|ев|ёв|ин|ын|ий|ый|ой|ський|цький|ски)");

    /** The entity the test accepts whose mention by name ends last before token {@code before}, within the window; or null. */
    private String lastNamed(Predicate<String> accepted, int before, int window) {
        int sentence = doc.token(before).sentence();
        for (int t = before - 1; t >= 0 && doc.token(t).sentence() >= sentence - window; t--) {
            String id = d.entityOfToken[t];
            if (id != null && !isPronoun(t) && accepted.test(id)) return id;
        }
        return null;
    }

    /**
     * Of the entities of that type named in the window before token {@code before}, the one the
     * article names most (the company it is about, not the outlet that reported it), the later on a tie; or null.
     */
    private String mostNamed(String type, int before, int window) {
        int sentence = doc.token(before).sentence();
        String best = null;
        int bestCount = 0;
        for (int t = before - 1; t >= 0 && doc.token(t).sentence() >= sentence - window; t--) {
            String id = d.entityOfToken[t];
            if (id == null || !d.entity(id).type().equals(type) || isPronoun(t)) continue;
            int count = d.entityMentions.get(Draft.index(id)).size();
            if (count > bestCount) {
                best = id;
                bestCount = count;
            }
        }
        return best;
    }

    /** "Self", which may open a source: "Сама журналистка заявила". */
    private static final Set<String> SELF = Set.of("сам", "сама", "само", "сами", "самі", "самият", "самата");

    private static final java.util.regex.Pattern BRACKETS_AND_QUOTES = java.util.regex.Pattern.compile("[()«»„“”\"]");

    /** The last entity of that type before token {@code before} named within a few words after the same role or noun. */
    private String introducedAs(String type, int before, String word, String lemma) {
        for (int t = before - 1; t >= 0; t--) {
            String id = mentionStartingAt(t, type);
            if (id == null) continue;
            // the noun and the name with no comma or verb between: "съюз за прехода, предаде Би Би Си" introduces nobody (a
            // name between them counts as one word, brackets and quotation marks as none: "Генеральний директор Міжнародного
            // агентства з атомної енергії Рафаель Гроссі", "журналистки издания «Онежский курьер» Анны Белоусовой")
            int words = 0;
            for (int k = t - 1; k >= 0 && words < INTRODUCTION && (!doc.token(k).text().equals(".") || abbreviated(k - 1))
                    && !doc.token(k).text().equals(",") && !doc.token(k).pos().equals("VERB"); k--) {
                if (isWord(k, word, lemma) && headsIntroduction(k, t)) return id;
                // "проф. Николай Витанов" introduces "професорът"
                if (abbreviated(k) && lower(k).length() >= 3 && word.startsWith(lower(k))) return id;
                String named = d.entityOfToken[k];
                if (!BRACKETS_AND_QUOTES.matcher(doc.token(k).text()).matches() && (named == null || !named.equals(d.entityOfToken[k + 1]))) words++;
            }
        }
        return null;
    }

    /**
     * The last organisation before token {@code before} whose name holds the noun ("Съюзът" after
     * "Европейският съюз", "Комиссия" after "Европейская комиссия"), or null.
     */
    private String namedWith(int before, String word, String lemma) {
        for (int t = before - 1; t >= 0; t--) {
            String id = d.entityOfToken[t];
            if (id == null || !d.entity(id).type().equals("ORGANIZATION") || isPronoun(t)) continue;
            if (isWord(t, word, lemma)) return id;
        }
        return null;
    }

    /**
     * Whether the role word at {@code k} heads the words before the name at {@code name}: no other
     * role stands right before it ("Пресс-секретарь президента Дмитрий Песков" is the press
     * secretary's name, not the president's).
     */
    private boolean headsIntroduction(int k, int name) {
        for (int j = k - 1; j >= Math.max(0, name - INTRODUCTION - 1) && !doc.token(j).isPunct() && !doc.token(j).pos().equals("VERB"); j--) {
            String w = lower(j), lemma = doc.token(j).lemma().toLowerCase(Locale.ROOT);
            if (listed(roles, w, lemma) || listed(spokespeople, w, lemma)) return false;
        }
        return true;
    }

    /**
     * Whether token {@code t} is that word: by lemma where the language has them, or the compound
     * it opens ("премьер" of "премьер-министр"); else as written, give or take an ending
     * ({@link #sameWord}: Bulgarian's articles). An ending is no guide where lemmas say otherwise:
     * "вирусологии" is of "вирусология", not "вирусолог".
     */
    private boolean isWord(int t, String word, String lemma) {
        String l = doc.token(t).lemma().toLowerCase(Locale.ROOT);
        if (lemmatised) return l.equals(lemma) || l.startsWith(lemma + "-") || lemma.startsWith(l + "-");
        return sameWord(lower(t), word) || sameWord(l, lemma);
    }

    /**
     * The listed role whose feminine in -ка a word is ("канцлерката", "прем'єрка", "премьерка":
     * канцлер, прем'єр, премьер), by its lemma or less a Bulgarian article, or whose Bulgarian
     * feminine with its article ("учената": учен); else null.
     */
    private String femininesRole(String word, String lemma) {
        for (String form : new String[] {lemma, word, word.endsWith("та") ? word.substring(0, word.length() - 2) : word}) {
            if (form.length() > 5 && form.endsWith("ка") && roles.contains(form.substring(0, form.length() - 2))) return form.substring(0, form.length() - 2);
        }
        // Bulgarian's noun made of an adjective, with the feminine article: "учената" is "учен"'s
        if (word.endsWith("ата") && roles.contains(word.substring(0, word.length() - 3))) return word.substring(0, word.length() - 3);
        return null;
    }

    /**
     * Whether a role word is a plural form ("эксперты", "експерти", "аналітиків", "експертите"): its
     * lemma does not end as it does, in -ы, -и, -і, -ов, -ев, -ів or Bulgarian's -ите, -ята.
     */
    private static boolean plural(String word, String lemma) {
        for (String ending : PLURAL_ENDINGS) if (word.endsWith(ending) && !lemma.endsWith(ending) && !singularInI(ending, lemma)) return true;
        return false;
    }

    /** Ukrainian's -і of a noun in -а is its dative or locative ("у пресслужбі"); its plural is in -и, but after a hushing consonant ("задачі"). */
    private static boolean singularInI(String ending, String lemma) {
        return ending.equals("і") && lemma.length() > 2 && lemma.endsWith("а") && "жчшщ".indexOf(lemma.charAt(lemma.length() - 2)) < 0;
    }

    private static final List<String> PLURAL_ENDINGS = List.of("ите", "ята", "ы", "и", "і", "ов", "ев", "ів");

    /** Whether the token is a word cut short with a full stop after it ("проф.", "акад."). */
    private boolean abbreviated(int t) {
        return t >= 0 && t + 1 < doc.tokens().size() && doc.token(t + 1).text().equals(".") && doc.token(t + 1).start() == doc.token(t).end()
                && Character.isLetter(doc.token(t).text().codePointAt(0));
    }

    /** The entity of that type whose mention starts at token {@code t}, or null. */
    private String mentionStartingAt(int t, String type) {
        String id = d.entityOfToken[t];
        return id == null || !d.entity(id).type().equals(type) || t > 0 && id.equals(d.entityOfToken[t - 1]) ? null : id;
    }

    private boolean isPronoun(int t) {
        String w = lower(t);
        return male.contains(w) || female.contains(w) || oblique.contains(w);
    }

    /** A listed word, by lemma, form, or a form that only adds an ending or article ("премиерът", "компанията"). */
    private static boolean listed(Set<String> list, String word, String lemma) {
        if (list.contains(lemma) || list.contains(word)) return true;
        for (String entry : list) if (sameWord(word, entry)) return true;
        return false;
    }

    /**
     * Two forms of one word, or a word and the compound it opens: equal, or the shorter one (four
     * letters at least), less at most its last letter, begins the longer one, which adds at most three.
     */
    static boolean sameWord(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b, longer = shorter == a ? b : a;
        if (shorter.length() < 4) return a.equals(b);
        if (longer.startsWith(shorter + "-")) return true;  // "премьер" of "премьер-министр"
        return longer.startsWith(shorter) && longer.length() - shorter.length() <= 3
                || longer.startsWith(shorter.substring(0, shorter.length() - 1)) && longer.length() - shorter.length() <= 2;
    }

    private String lower(int t) {
        return doc.token(t).text().toLowerCase(Locale.ROOT);
    }
}
