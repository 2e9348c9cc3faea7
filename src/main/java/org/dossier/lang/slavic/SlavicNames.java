package org.dossier.lang.slavic;

import org.dossier.extract.entity.FoundEntity;
import org.dossier.lang.Words;
import org.dossier.lang.slavic.Morphology.Reading;
import org.dossier.nlp.ParsedText;
import org.dossier.nlp.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Names in a Russian, Ukrainian or Bulgarian text, by rule, and the mentions of each entity linked
 * across inflection ("Путин", "Путина", "Путиным"; "Кара-Мурза" and "Владимир Кара-Мурза").
 *
 * <p><b>Finding.</b> A name is a run of capitalised words (with initials: "Т.Мей"), a capitalised
 * adjective before an organisation's or a place's noun ("Консервативная партия", "Балтийское
 * море"), with a place or name in the genitive after it ("Окружной суд Амстердама", "Камара на
 * общините"), a capitalised organisation's noun before genitives ("Министерство иностранных дел"),
 * or a few words inside quotation marks ("«Газпром»"). A capitalised word that starts a sentence
 * is a name only when the dictionary knows it only as a name, the text capitalises it elsewhere
 * mid-sentence, or a name follows it; a word the language's list of stop words holds never is.
 *
 * <p><b>Typing.</b> Each name gathers evidence: the dictionary's tags (first names, surnames,
 * patronymics, places), the language's lists (organisation and place nouns, places, place
 * abbreviations, titles before a person's name), quotation marks (an organisation's), script
 * (Latin names in Cyrillic text are mostly companies and outlets), capitals (an abbreviation is an
 * organisation's unless it is a place's), a preposition of place before it. The mentions linked
 * into one entity pool their evidence, so "Джонсон" alone is a person once "Борис Джонсон" is.
 *
 * <p><b>Linking.</b> A word's key is its lower-case form less a case ending (the language's list,
 * longest first, at least three letters left), so "Путина" and "Путиным" share "путин"; mentions
 * with the same keys are one entity, and a one-word mention joins the person whose name ends
 * with it. The entity's name is its fullest mention, each word put in the nominative: a form the
 * dictionary reads as nominative, else the text's form of that word with the fewest endings,
 * else the dictionary's lemma.
 */
public final class SlavicNames {
    private static final boolean DEBUG = System.getenv("DOSSIER_DEBUG_NAMES") != null;
    static final String PERSON = "PERSON", ORGANIZATION = "ORGANIZATION", LOCATION = "LOCATION", GROUP = "GROUP";

    private final Morphology morphology;
    private final Tags tags;
    private final Morphology nameMorphology;
    private final SlavicWords words;
    private final boolean inflects;
    private final Map<String, String> placeNames = new HashMap<>();  // key -> the place's name in the nominative
    private final Map<List<String>, String> placePhrases = new HashMap<>();  // its words' keys -> a place's name of two or three words
    private final Set<String> locatives, complements, complementHeads, namedAfter, reportingPhrases;
    /** The language's months, a stem ending in "*" for each's forms: a number before one is a date's. */
    private final Map<String, String> months;
    /** The language's verbs of speech: words in quotation marks that one follows are a quotation, no name. */
    private final Set<String> speechVerbs;
    private final Set<String> dictionaryPlaces = new HashSet<>();  // folded keys of the places VESUM names, where the dictionary names none
    private final Set<String> headKeys = new HashSet<>();
    private final Set<String> placeHeadKeys = new HashSet<>();
    private final List<List<String>> outlets = new ArrayList<>();  // each outlet's name as keys, longest first
    private final Map<List<String>, String> outletNames = new HashMap<>();  // an outlet's keys -> its name as listed

    /**
     * @param morphology     the language's dictionary (none for Bulgarian)
     * @param nameMorphology the language's own dictionary, or a neighbour's with the same tags, asked only whether a
     *                       word is a first name where that may split a run of capitalised words (Bulgarian asks the Russian one)
     * @param inflects       whether names take case endings (Russian, Ukrainian) or keep their form (Bulgarian)
     */
    public SlavicNames(Morphology morphology, Tags tags, Morphology nameMorphology, SlavicWords words, boolean inflects) {
        this.morphology = morphology;
        this.tags = tags;
        this.nameMorphology = nameMorphology;
        this.words = words;
        this.inflects = inflects;
        Words lists = Words.of(words.code());
        this.months = lists.map("months");
        this.speechVerbs = lists.set("speech-verbs");
        this.locatives = lists.set("locatives");
        this.complements = lists.set("name-complements");
        this.complementHeads = lists.set("complement-heads");
        this.namedAfter = lists.set("named-after");
        this.reportingPhrases = lists.set("reporting-phrases");
        for (String p : CldrPlaces.phrases(words.code())) placePhrases.putIfAbsent(java.util.Arrays.stream(p.split(" ")).map(words::nameKey).toList(), p);
        for (String p : words.places()) placeNames.putIfAbsent(words.nameKey(p), p);
        // CLDR's countries and territories, but those the stop words or the dictionary know as other words ("Того", "Мали");
        // a common noun is no reason (the Russian dictionary has "лихтенштейн" and "панама" so): written with a capital, it is the place
        for (String p : CldrPlaces.of(words.code())) {
            String lower = p.toLowerCase(Locale.ROOT);
            if (words.stopWords().contains(lower) || morphology.readings(lower).stream().anyMatch(r -> !tags.proper(r.tag()) && !tags.noun(r.tag()))) continue;
            placeNames.putIfAbsent(words.nameKey(p), p);
        }
        if (!words.code().equals("uk")) {
            SlavicWords ukrainian = SlavicWords.of("uk");
            // Bulgarian names keep their form: compared whole, not by keys
            for (String p : DictionaryPlaces.names()) dictionaryPlaces.add(DictionaryPlaces.fold(inflects ? ukrainian.nameKey(p) : p));
        }
        for (String h : words.organisationHeads()) headKeys.add(words.nameKey(h));
        for (String h : words.placeHeads()) placeHeadKeys.add(words.nameKey(h));
        for (String o : words.outlets()) {
            List<String> keys = java.util.Arrays.stream(o.split("\\s+")).map(words::nameKey).toList();
            outlets.add(keys);
            outletNames.putIfAbsent(keys, o);
        }
        outlets.sort((a, b) -> b.size() - a.size());
    }

    /** A word of the text as the finder sees it. */
    private final class W {
        final String text, lower, key;
        final boolean word, cap, allCaps, latin, digits, initial, stop;
        /** A lower-case particle of a foreign name ("фон", "де"): no key of the name, which is linked by its other words. */
        final boolean particle;
        private final boolean latinScript;
        final List<Reading> readings;
        /** The key mentions are linked by: {@link #key}, or the word itself where other forms in the text end in it ("Газпром", "Газпрома"). */
        String link;
        /** A woman's first name as the text writes it in the nominative, where the dictionary reads it only as a man's in another case. */
        String womansName;
        /** Bulgarian: the Russian dictionary reads the word as a first name. */
        boolean otherFirstName;
        boolean sentenceStart, firstName, surname, patronymic, place, listedPlace, proper, organisation, common, adjective, nominative, genitive, strayCapital;

        W(Token t) {
            text = t.text();
            lower = text.toLowerCase(Locale.ROOT);
            int c = text.codePointAt(0);
            word = SlavicTokenizer.isWordChar(c);
            latinScript = text.codePoints().anyMatch(x -> Character.UnicodeScript.of(x) == Character.UnicodeScript.LATIN);
            // a particle joined to a name by a hyphen, Arabic's article: "аль-Асад", "уль-Мулук", a name's word keyed by the name
            int hyphen = text.indexOf('-');
            boolean joinedParticle = hyphen > 0 && hyphen + 1 < text.length() && Character.isLowerCase(c) && Character.isUpperCase(text.codePointAt(hyphen + 1))
                    && words.nameParticles().contains(lower.substring(0, hyphen));
            cap = Character.isUpperCase(c) || joinedParticle || latinScript && text.codePoints().anyMatch(Character::isUpperCase);  // "easyJet"
            long letters = text.codePoints().filter(Character::isLetter).count();
            allCaps = letters >= 2 && text.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase) || inflectedAbbreviation(text);
            latin = latinScript;
            digits = word && text.codePoints().allMatch(Character::isDigit);
            initial = letters == 1 && text.codePointCount(0, text.length()) == 1 && cap;
            stop = words.stopWords().contains(lower);
            particle = !cap && words.nameParticles().contains(lower);
            key = words.nameKey(joinedParticle ? lower.substring(hyphen + 1) : lower);
            List<Reading> all = new ArrayList<>(morphology.readings(text));
            if (cap && !lower.equals(text)) {
                List<Reading> lowered = morphology.readings(lower);
                for (Reading r : lowered) if (!tags.proper(r.tag())) common = true;
                all.addAll(lowered);
            } else if (!cap) {
                common = !all.isEmpty();
            }
            readings = all;
            // a name's case is its name readings' where it has some, and a singular name's, in the singular:
            // "Терези" is Тереза's genitive, not "терези" (scales) nor "Терези" (Terezas)
            boolean named = all.stream().anyMatch(r -> tags.proper(r.tag()));
            boolean singular = all.stream().anyMatch(r -> tags.proper(r.tag()) && !tags.plural(r.tag()));
            for (Reading r : all) {
                String tag = r.tag();
                if (tags.proper(tag)) proper = true;
                if (tags.firstName(tag)) firstName = true;
                if (tags.surname(tag)) surname = true;
                if (tags.patronymic(tag)) patronymic = true;
                if (tags.place(tag)) place = true;
                if (tags.organisation(tag)) organisation = true;
                if (tags.adjective(tag)) adjective = true;
                if (tags.nominative(tag) && (!named || tags.proper(tag)) && !(singular && tags.plural(tag))) nominative = true;
                if (tags.genitive(tag)) genitive = true;
            }
            // (a first name as such is no other place whose key it shares: "Бруно" is no "Бруней")
            String listedAs = placeNames.get(key);
            listedPlace = listedAs != null && (listedAs.equalsIgnoreCase(text) || all.stream().noneMatch(r -> tags.firstName(r.tag()) && r.lemma().equalsIgnoreCase(lower)))
                    || words.placeAbbreviations().contains(text);
            if (listedPlace) place = true;
            if (listedPlace && !inflects) firstName = false;  // the Russian dictionary's reading of a Bulgarian place: "Аржентина"
            // a place in VESUM's dictionary that is no name, adjective or organisation's noun in this language's: "Исламабад",
            // "Таиланда" (the Russian dictionary has places as common nouns: short ones, "Газ", are more likely those)
            if (!place && cap && !allCaps && !proper && !stop && !adjective && (!common || lower.length() >= 5) && !headKeys.contains(key)
                    && dictionaryPlaces.contains(DictionaryPlaces.fold(inflects ? key : lower))) {
                place = true;
                common = false;  // the common noun is the place's name in lower case: "исламабад"
            }
            // plural places in the genitive: "Нидерландов", "Штатов"
            if (!place && inflects && lower.endsWith("ов") && placeNames.containsKey(words.key(lower.substring(0, lower.length() - 2)))) place = true;
            // a first name of another language's dictionary, which lists names in lower case as it does every word: only
            // where it splits a run ("Брекзит | Дейвид Дейвис"), since as a type it would make "Франс прес" a person
            otherFirstName = nameMorphology != morphology && cap && !place
                    && nameMorphology.readings(lower).stream().anyMatch(r -> tags.firstName(r.tag()));
        }

    /** An abbreviation with a case ending: "МИДа", "ЄСу". */
    private boolean inflectedAbbreviation(String text) {
        int upper = abbreviation(text).length();
        return inflects && upper >= 2 && upper < text.length() && words.caseEndings().contains(text.substring(upper));
    }

        /** Whether the word is in a case other than the nominative: as the dictionary reads it, or unlike the place list's form. */
        boolean oblique() {
            String listed = listedPlace ? placeNames.get(key) : null;
            if (listed != null) return !listed.equalsIgnoreCase(text);
            return genitive && !nominative;
        }

        /** The dictionary's lemma of the word as a name, or null. */
        String properLemma() {
            return properLemma(null);
        }

        /**
         * The dictionary's lemma of the word as a name of that gender ("m", "f"; null: any), else as
         * any name, or null; a singular name's first, since one person bears it ("Камилы": Камила's
         * genitive before Камил's plural).
         */
        String properLemma(String gender) {
            for (boolean plural : new boolean[] {false, true}) {
                for (Reading r : readings) {
                    if (tags.proper(r.tag()) && !r.lemma().isEmpty() && tags.plural(r.tag()) == plural && (gender == null || gender.equals(tags.gender(r.tag())))) return r.lemma();
                }
            }
            return gender == null ? null : properLemma(null);
        }

        /** Whether the dictionary reads the word as a singular name of that gender in the nominative. */
        boolean nominativeOf(String gender) {
            return readings.stream().anyMatch(r -> tags.proper(r.tag()) && tags.nominative(r.tag()) && !tags.plural(r.tag()) && gender.equals(tags.gender(r.tag())));
        }

        /**
         * The genders the dictionary gives the word as a singular first name, else as any: "Владимира"
         * only "m", "Саша" both, "Камилы" only "f" (Камил's plural aside).
         */
        Set<String> firstNameGenders() {
            if (womansName != null) return Set.of("f");
            Set<String> out = new HashSet<>(), plural = new HashSet<>();
            for (Reading r : readings) {
                if (tags.firstName(r.tag()) && tags.gender(r.tag()) != null) (tags.plural(r.tag()) ? plural : out).add(tags.gender(r.tag()));
            }
            return out.isEmpty() ? plural : out;
        }
    }

    /** The entities named in a parsed text, in the order of their first mention. */
    public List<FoundEntity> extract(ParsedText doc) {
        List<Token> tokens = doc.tokens();
        int n = tokens.size();
        W[] w = new W[n];
        for (int i = 0; i < n; i++) w[i] = new W(tokens.get(i));
        Set<String> lowerForms = new HashSet<>(), midCapitalKeys = new HashSet<>(), lowerKeys = new HashSet<>(), loneKeys = new HashSet<>();
        for (int i = 0; i < n; i++) {
            int first = firstWordOfSentence(doc, i);
            w[i].sentenceStart = first == i || i > 0 && OPENERS.contains(w[i - 1].text);
            if (!w[i].word) continue;
            if (!w[i].cap) {
                lowerForms.add(w[i].lower);
                lowerKeys.add(w[i].key);
            }
        }
        Map<String, Set<String>> formsOfKey = new HashMap<>();
        for (W x : w) if (x.word && x.cap) formsOfKey.computeIfAbsent(x.key, k -> new HashSet<>()).add(x.lower);
        for (int i = 0; i < n; i++) {
            W x = w[i];
            if (!x.common && !inflects && x.word && lowerForms.contains(x.lower)) x.common = true;
            x.link = linkKey(x, formsOfKey);
        }
        markWomen(doc, w);
        for (int i = 0; i < n; i++) {
            W x = w[i];
            if (!x.word || !x.cap || x.sentenceStart) continue;
            // a common noun the text also writes in lower case, capitalised alone mid-sentence: a headline run into the
            // text ("... начали забастовку Пилоты ирландской авиакомпании"), no name
            boolean alone = !(i > 0 && w[i - 1].word && w[i - 1].cap) && !(i + 1 < n && w[i + 1].word && w[i + 1].cap);
            x.strayCapital = alone && x.common && !x.adjective && !adjectiveLike(x) && !x.proper && !x.place && !x.latin && !x.allCaps && writtenLower(x, lowerKeys);
            if (!x.strayCapital) midCapitalKeys.add(x.key);
            if (alone) loneKeys.add(x.key);
        }

        // the last words of runs of capitalised words that open with a first name or mid-sentence: surnames, named in full
        Set<String> namedInFull = new HashSet<>();
        for (int k = 1; k < n && !inflects; k++) {
            if (w[k].word && w[k].cap && !w[k].stop && w[k - 1].word && w[k - 1].cap && !w[k - 1].stop && !w[k - 1].allCaps
                    && (!w[k - 1].sentenceStart || w[k - 1].firstName || w[k - 1].otherFirstName)) namedInFull.add(w[k].key);
        }
        // a place and the capitalised word after it that the text declines together, in two forms or more, are a given name and
        // a surname: "Америка Феррера", "Америку Ферреру" (not "Украины Кулебы" once)
        Map<String, Set<String>> pairForms = new HashMap<>();
        for (int k = 0; k + 1 < n; k++) {
            if (w[k].place && w[k].word && w[k].cap && w[k + 1].word && w[k + 1].cap && !w[k + 1].place && doc.token(k + 1).sentence() == doc.token(k).sentence()) {
                pairForms.computeIfAbsent(w[k].key + " " + w[k + 1].key, x -> new HashSet<>()).add(w[k].lower + " " + w[k + 1].lower);
            }
        }
        Set<String> declinedTogether = new HashSet<>();
        pairForms.forEach((pair, forms) -> {
            if (forms.stream().map(f -> f.substring(0, f.indexOf(' '))).distinct().count() >= 2) declinedTogether.add(pair);
        });
        List<Mention> mentions = new ArrayList<>();
        int i = 0;
        while (i < n) {
            Mention m = government(doc, w, i);
            if (m == null) m = outlet(w, i);
            if (m == null) m = quoted(doc, w, i, lowerForms);
            if (m == null && nameLike(doc, w, i, midCapitalKeys)) m = run(doc, w, i, midCapitalKeys);
            // a surname that opens with its particles: "фон дер Ляйен", "ван Ромпей"
            int named = w[i].lower.equals("фон") || w[i].lower.equals("ван") ? particlesBefore(doc, w, i) : i;
            if (m == null && named > i && nameLike(doc, w, named, midCapitalKeys)) m = new Mention(i, run(doc, w, named, midCapitalKeys).end, null, 0);
            if (m == null && !w[i].cap && w[i].word && isDemonym(w[i])) m = new Mention(i, i + 1, GROUP, 3);
            if (m == null) {
                i++;
                continue;
            }
            for (Mention part : split(w, m, loneKeys, declinedTogether)) {
                // "Северный" of "Северный поток"; in Bulgarian, which has no dictionary to say so, not a surname the text writes
                // after a first name ("Лиляна Павлова" ... "Министър Павлова отбеляза")
                if (part.end - part.first == 1 && !part.quoted && adjectiveBeforeNoun(w, part.first) && (inflects || !namedInFull.contains(w[part.first].key))) continue;
                if (part.end - part.first == 1 && !part.quoted && (writtenLower(w[part.first], lowerKeys) || articled(w[part.first]))
                        && (isHead(w[part.first]) || isPlaceHead(w[part.first])) && !compoundAbbreviation(w[part.first])) {
                    continue;  // "Съюза", "Комисията", "Острова": a common noun capitalised for the name it stands for ("Евросъюза" is a name)
                }
                if (shouted(w, part)) continue;
                mentions.add(part);
            }
            i = m.end;
        }
        mentions = splitKnown(doc, w, mentions, midCapitalKeys);
        for (Mention part : mentions) if (part.type == null) type(doc, w, part);
        placesListed(w, mentions);
        return link(doc, w, mentions);
    }

    /**
     * A name of one word with no evidence of a person's, in a list after "in" whose other names
     * are places, is a place: "в Благоевград, Симитли и Разлог". The mentions are in text order.
     */
    private void placesListed(W[] w, List<Mention> mentions) {
        Map<Integer, Mention> byEnd = new HashMap<>();
        for (Mention m : mentions) {
            if (m.end - m.first == 1 && !m.quoted && PERSON.equals(m.type) && m.weight <= 0.5) {
                boolean place = false;
                int k = m.first - 1;
                for (Mention before; k >= 1 && (w[k].text.equals(",") || AND.contains(w[k].lower)) && (before = byEnd.get(k)) != null; k = before.first - 1) {
                    if (!LOCATION.equals(before.type)) break;
                    place = true;
                }
                if (place && k >= 0 && locatives.contains(w[k].lower)) {
                    m.vote(LOCATION, 1);
                    m.type = LOCATION;
                    m.weight = m.votes.get(LOCATION);
                }
            }
            byEnd.put(m.end, m);
        }
    }

    /**
     * The key of a word for linking: its key, unless the text has other forms whose key is the
     * word itself less none of its letters ("Газпром": "Газпрома", "Газпромом") or less a final й
     * or ь ("Андрей": "Андрея"), a nominative that looks inflected, or less a shorter ending than
     * its longest ("Газпрому" is "Газпром-у" where "Газпрома" is in the text, not "Газпр-ому").
     */
    private String linkKey(W x, Map<String, Set<String>> formsOfKey) {
        if (!x.cap || !x.word) return x.key;
        if (others(formsOfKey, x.key, x.lower)) return x.key;
        if (others(formsOfKey, x.lower, x.lower)) return x.lower;
        if ((x.lower.endsWith("й") || x.lower.endsWith("ь")) && x.lower.length() > 3) {
            String soft = x.lower.substring(0, x.lower.length() - 1);
            if (others(formsOfKey, soft, x.lower)) return soft;
        }
        for (String e : words.caseEndings()) {
            if (!x.lower.endsWith(e) || x.lower.length() - e.length() < 3) continue;
            String stem = x.lower.substring(0, x.lower.length() - e.length());
            if (!stem.equals(x.key) && others(formsOfKey, stem, x.lower)) return stem;
        }
        // a name whose stem loses a vowel in its other cases, by its lemma: "Лубінця" is Лубінець's, "Кравца" Кравец's (not one
        // that only adds an ending to it, which the stems above join: "Газпромом")
        String lemma = x.proper ? x.properLemma() : null;
        if (lemma != null && !x.lower.startsWith(lemma.toLowerCase(Locale.ROOT))) {
            String key = words.nameKey(lemma.toLowerCase(Locale.ROOT));
            if (!key.equals(x.key) && others(formsOfKey, key, x.lower)) return key;
        }
        return x.key;
    }

    /**
     * Marks a woman's first name that the dictionary reads only as a man's in another case ("Асию"
     * as Асий's dative, "Камалу" as Камал's) or not as a name at all ("Камалы", "Санной"), where the
     * text says she is a woman: a feminine verb in the past beside her name ("Асия Биби провела",
     * "сказала Асия Биби"), a feminine noun in the same case before it ("христианку Асию Биби"), or a
     * surname ending in a consonant that stays so after her first name in another case ("Камалу
     * Харрис": a man's would be "Харриса"), or after a first name in -а the dictionary knows
     * ("Камала Харрис", no man Камал's genitive). The man's nominative must be written nowhere.
     * Each form is then her name in the nominative: as the text writes it in -а or -я, else from
     * its ending.
     */
    private void markWomen(ParsedText doc, W[] w) {
        if (!inflects) return;
        Set<String> written = new HashSet<>();
        Map<String, List<W>> byLink = new HashMap<>();
        for (W x : w) {
            if (x.word) written.add(x.lower);
            if (x.word && x.cap && !x.latin && !x.allCaps && !x.place && !x.organisation) byLink.computeIfAbsent(x.link, k -> new ArrayList<>()).add(x);
        }
        for (int i = 0; i < w.length; i++) {
            W x = w[i];
            if (!x.word || !x.cap || x.latin || x.allCaps || x.place || x.organisation || x.womansName != null) continue;
            if (i > 0 && w[i - 1].word && w[i - 1].cap && !x.sentenceStart) continue;  // a name's first word only
            int end = i + 1;
            while (end < w.length && w[end].word && w[end].cap && !w[end].latin && doc.token(end).sentence() == doc.token(i).sentence()) end++;
            Case caseOf = caseByEnding(x.lower);
            if (end == i + 1 || caseOf == null) continue;
            List<W> forms = byLink.get(x.link);
            if (forms == null || !forms.stream().allMatch(f -> manInAnotherCase(f, written) || unknownAsAName(f))) continue;
            // a word unknown as a name may be a foreign name in the nominative that does not decline ("Джереми", "Мэттью", uk
            // "Пріті"): only endings no such name has say its case
            if (!manInAnotherCase(x, written) && !caseEnding(x.lower)) continue;
            boolean nominative = caseOf == Case.NOMINATIVE;
            // a man's genitive is written as her nominative, so a verb is hers only where nothing else can be its subject or
            // object: the verb after a name that opens a sentence, or before it just after a quotation ("— сказала Асия Биби",
            // not "Мэй поддержала Бориса Джонсона"), the name's surname being no man's in another case ("Юрия Иванова
            // поддержала партия"); a noun beside it only in a case a man's name in -а or -я is not ("жена Бориса Джонсона")
            boolean mansSurname = w[end - 1].readings.stream().anyMatch(r -> tags.proper(r.tag()) && "m".equals(tags.gender(r.tag())) && !tags.nominative(r.tag()));
            boolean verbAfter = nominative && !mansSurname && x.sentenceStart && end < w.length && feminineVerb(doc, end, w);
            boolean verbBefore = nominative && !mansSurname && i > 1 && feminineVerb(doc, i - 1, w) && !w[i - 2].word;
            boolean nounBefore = !nominative && i > 0 && !w[i - 1].cap && feminineNoun(w[i - 1]) && caseOf == caseByEnding(w[i - 1].lower);
            String last = w[end - 1].lower;
            // (a man's surname in й declines too: "Юсуфзая"; "Камала Харрис" is no man's genitive, which would be "Харриса")
            // (but not before a man's verb: "Рикарду Алвес отказался")
            boolean undeclinedSurname = (!nominative || x.firstName) && end - i == 2 && !w[end - 1].allCaps
                    && (last.endsWith("й") || endsInConsonant(last)) && !(end < w.length && masculineVerb(doc, end, w));
            if (!(verbAfter || verbBefore || nounBefore || undeclinedSurname)) continue;
            String hers = forms.stream().filter(f -> caseByEnding(f.lower) == Case.NOMINATIVE).map(f -> f.text)
                    .findFirst().orElseGet(() -> womansNominative(x.text));
            for (W f : forms) f.womansName = hers;
        }
    }

    /** Whether the dictionary reads the word only as a man's first name in a case other than the nominative, and the text never writes that nominative. */
    private boolean manInAnotherCase(W x, Set<String> written) {
        boolean any = false;
        for (Reading r : x.readings) {
            if (!tags.proper(r.tag())) continue;
            if (!"m".equals(tags.gender(r.tag())) || tags.nominative(r.tag()) && !tags.plural(r.tag()) || written.contains(r.lemma().toLowerCase(Locale.ROOT))) return false;
            any = true;
        }
        return any;
    }

    /** Whether the word at {@code k} is a man's verb in the past: Russian's "отказался", "сказал", Ukrainian's "заявив". */
    private static boolean masculineVerb(ParsedText doc, int k, W[] w) {
        String v = w[k].lower;
        return doc.token(k).pos().equals("VERB") && v.length() > 3 && (v.endsWith("л") || v.endsWith("лся") || v.endsWith("вся") || v.endsWith("ив") || v.endsWith("ав"));
    }

    /** Whether the word at {@code k} is a verb in the feminine past: "провела", "заявила", "поділилася". */
    private static boolean feminineVerb(ParsedText doc, int k, W[] w) {
        String v = w[k].lower;
        return doc.token(k).pos().equals("VERB") && (v.endsWith("ла") || v.endsWith("лась") || v.endsWith("лася"));
    }

    /** Whether the dictionary reads the word only as a singular feminine noun: "христианку", "активістка". */
    private boolean feminineNoun(W x) {
        return !x.readings.isEmpty() && x.readings.stream().allMatch(r -> tags.noun(r.tag()) && "f".equals(tags.gender(r.tag())) && !tags.plural(r.tag()));
    }

    /**
     * Whether a word ends in a woman's case ending that no name in the nominative has: -а, -я, -у,
     * -ой, -ою, the endings of a name in -ия or -ія ("Асию", "Асії"), and Russian -ы or Ukrainian -и
     * ("Камалы", "Джасінди"; Ukrainian writes a foreign name's final i as і, "Джеремі").
     */
    private boolean caseEnding(String word) {
        if (word.length() >= 5 && (word.endsWith("ой") || word.endsWith("ою"))) return true;
        if (word.length() >= 4 && word.matches(".*[иі](ю|и|ї|ей|єю)")) return true;
        char last = word.charAt(word.length() - 1);
        return last == 'а' || last == 'я' || last == 'у' || last == (words.code().equals("uk") ? 'и' : 'ы');
    }

    /** Whether the dictionary reads the word as no name: unknown ("Камалы"), or only some other word ("Санной" as санный). */
    private boolean unknownAsAName(W x) {
        return x.readings.stream().noneMatch(r -> tags.proper(r.tag()));
    }

    /** The cases a woman's name of the first declension tells by its ending: the genitive, dative and locative share theirs. */
    private enum Case { NOMINATIVE, ACCUSATIVE, OBLIQUE, INSTRUMENTAL }

    /**
     * The case a woman's name of the first declension is in, by its ending (that of a noun beside
     * it too): nominative (-а, -я), accusative (-у, -ю), oblique (-ы, -и, -е, -і, -ї),
     * instrumental (-ой, -ей, -ою, -ею, -єю); null for any other ending.
     */
    private static Case caseByEnding(String word) {
        if (word.length() < 3) return null;
        if (word.endsWith("ой") || word.endsWith("ей") || word.endsWith("ою") || word.endsWith("ею") || word.endsWith("єю")) return Case.INSTRUMENTAL;
        return switch (word.charAt(word.length() - 1)) {
            case 'а', 'я' -> Case.NOMINATIVE;
            case 'у', 'ю' -> Case.ACCUSATIVE;
            case 'ы', 'и', 'е', 'і', 'ї' -> Case.OBLIQUE;
            default -> null;
        };
    }

    /** A woman's name of the first declension in the nominative, from another case: "Камалу" Камала, "Асии" Асия, "Урсулі" Урсула. */
    private static String womansNominative(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        int cut = caseByEnding(lower) == Case.INSTRUMENTAL ? 2 : 1;
        String stem = word.substring(0, word.length() - cut);
        char before = lower.charAt(lower.length() - cut - 1);
        char ending = lower.charAt(lower.length() - cut);
        // a soft stem: an ending in ю, я, ї, є, or и, е (ei) after a vowel or a soft consonant's sign; after г, к, х and the hushing
        // letters и is hard ("Ольги")
        boolean soft = "юїє".indexOf(ending) >= 0 || lower.endsWith("ей") && isVowel(before) || ending == 'и' && (isVowel(before) || before == 'ь');
        return stem + (soft ? "я" : "а");
    }

    /** Whether some form other than {@code self} has this key. */
    private static boolean others(Map<String, Set<String>> formsOfKey, String key, String self) {
        Set<String> forms = formsOfKey.get(key);
        return forms != null && (forms.size() > 1 || !forms.contains(self));
    }

    /** A name found: tokens {@code [first, end)}, its type once known, and how sure that is. */
    private static final class Mention {
        final int first, end;
        String type;
        double weight;
        final Map<String, Double> votes = new HashMap<>();
        boolean quoted;
        List<String> keys;

        Mention(int first, int end, String type, double weight) {
            this.first = first;
            this.end = end;
            this.type = type;
            this.weight = weight;
            if (type != null) votes.put(type, weight);
        }

        void vote(String type, double weight) {
            votes.merge(type, weight, Double::sum);
        }
    }

    /** After these a capitalised word may be capitalised for that alone, as at the start of a sentence. */
    private static final Set<String> OPENERS = Set.of("«", "„", "\"", "“", "—", "–", ":", "(");

    /** The first word of the sentence holding token i: the first that is no punctuation. */
    private static int firstWordOfSentence(ParsedText doc, int i) {
        var s = doc.sentenceOf(i);
        for (int t = s.firstToken(); t < s.endToken(); t++) if (!doc.token(t).isPunct()) return t;
        return -1;
    }

    /** Whether token i can be (the start of) a name. */
    private boolean nameLike(ParsedText doc, W[] w, int i, Set<String> midCapitalKeys) {
        W x = w[i];
        if (x.latin && x.stop && x.cap && latinNameFollows(w, i)) return true;  // "The Guardian"
        if (shortWordOpeningName(doc, w, i)) return true;
        if (!x.word || !x.cap || x.stop && (inflects || x.sentenceStart || x.allCaps || x.latin)) return false;  // Bulgarian mid-sentence "Ги" is a name
        // ... when a word comes before it and a name after it ("белгиецът Ги Верхофстад"), not after a number or a sign
        // ("© 2018 Всички права запазени"), where a sentence the splitter missed begins
        if (x.stop && !(i > 0 && w[i - 1].word && !w[i - 1].digits && i + 1 < w.length && w[i + 1].word && w[i + 1].cap && !w[i + 1].stop)) return false;
        // "ЧИТАЙТЕ", "ПІДТРИМКИ"; but a short word in capitals amid words in lower case is an abbreviation's ("движения ХАМАС",
        // though "хамас" is a common noun too)
        if (x.allCaps && x.common && !x.proper && !x.listedPlace && x.lower.length() > 4 && (x.lower.length() > 5 || !amidLowerCase(doc, w, i))) return false;
        if (isRoman(x) && !(i > 0 && w[i - 1].cap && w[i - 1].word)) return false;  // a roman numeral
        // a code of letters and a number alone names a virus or a product, no person, body or place ("COVID-19", "SARS-CoV-2",
        // "Ту-154"); a short abbreviation with a number is a body's ("ЕС-27", "G-20")
        if (CODE.matcher(x.text).matches() && !(x.allCaps && x.text.indexOf('-') <= 3) && !(i + 1 < w.length && w[i + 1].word && w[i + 1].cap)) return false;
        if (x.initial) return i + 2 < w.length && w[i + 1].text.equals(".") && w[i + 2].cap && w[i + 2].word && !w[i + 2].stop;
        // a body's noun before its country's name in the genitive, though it opens a description too: "Банк России наложил штраф"
        if (inflects && x.sentenceStart && isHead(x) && i + 1 < w.length && w[i + 1].word && w[i + 1].cap && w[i + 1].place && w[i + 1].genitive
                && doc.token(i + 1).sentence() == doc.token(i).sentence()) return true;
        if ((words.titles().contains(x.lower) || x.sentenceStart && inList(x, words.appositionHeads())) && !x.proper) return false;
        if (!x.sentenceStart) return !x.strayCapital && !strayAdjective(doc, w, i);
        if (x.allCaps || x.latin) return true;
        int head = adjectiveLike(x) || !inflects ? nounAfter(doc, w, i + 1) : -1;
        // "Консервативная партия", but not "Ирландская авиакомпания", a description, unless the text capitalises it mid-sentence too
        // (or one whose name goes on after it: "Изпълнителната агенция по лекарствата")
        if (head > 0 && (midCapitalKeys.contains(x.key) || !inList(w[head], words.appositionHeads()) || afterComplement(doc, w, head + 1) > head + 1)) return true;
        if (inflects && isHead(x) && afterGenitives(doc, w, i + 1) > i + 1) return true;  // "Министерство иностранных дел"
        if (inflects && isHead(x) && afterComplement(doc, w, i + 1) > i + 1) return true;  // "Министерство по чрезвычайным ситуациям"
        // a Bulgarian body's noun with its article, then "на" and what it does in lower case: "Министерството на финансите
        // заяви", "Камарата на лордовете" (not "Правителството на Швеция", which names no body but its country)
        if (!inflects && isHead(x) && i + 2 < w.length && w[i + 1].lower.equals("на") && w[i + 2].word && !w[i + 2].cap
                && afterHead(doc, w, i + 1) > i + 2) return true;
        if (!inflects && definiteOrVerb(x)) return false;  // "Британските депутати"
        if (midCapitalKeys.contains(x.key) || placeNames.containsKey(x.key)) return true;
        // Bulgarian's noun with its article opening a sentence is no name, though a name follows it: "Актрисата Америка Ферера"
        if (!inflects && !x.otherFirstName && ARTICLED_NOUN.matcher(x.lower).find()) return false;
        boolean nameFollows = i + 1 < w.length && w[i + 1].word && w[i + 1].cap && !w[i + 1].stop && doc.token(i + 1).sentence() == doc.token(i).sentence()
                || i + 1 < w.length && particlesBefore(doc, w, i + 1) > i + 1;  // "Урсула фон дер Лайен"
        // a surname or first name in the nominative whose common readings are all of other cases: "Путин заявил" ("путин" is
        // also путина's genitive plural)
        if (inflects && (x.surname || x.firstName) && x.nominative && x.readings.stream().noneMatch(r -> !tags.proper(r.tag()) && tags.nominative(r.tag()))) {
            return true;
        }
        if (x.proper || x.place) return !x.common || nameFollows && (x.firstName || x.place);
        // a body's shortened name before its country's: "Госдепартамент США", "Минфин России" (not "Минута молчания")
        if (inflects && compoundAbbreviation(x) && nameFollows && (w[i + 1].place || w[i + 1].allCaps)) return true;
        if (x.readings.isEmpty() && inflects) return !x.common;
        // an abbreviation after it is a name of its own, as Bulgarian joins no names by case: "Реално ЕС ще има достъп"
        if (!inflects) return !x.common && (nameFollows && !shortAbbreviation(w[i + 1]) || x.firstName || x.surname);
        return false;
    }

    /**
     * A short function word written with a capital inside a sentence, after a word and before a
     * name: a name's own word ("Ли Цян", where "ли" is a particle).
     */
    private boolean shortWordOpeningName(ParsedText doc, W[] w, int i) {
        return capitalisedShortWord(doc, w, i) && i + 1 < w.length && w[i + 1].word && w[i + 1].cap && !w[i + 1].stop && !w[i + 1].latin
                && sameLine(doc, i, i + 1);
    }

    /**
     * A short function word of Russian or Ukrainian that is also a name's, or a letter, no
     * preposition, written with a capital after a Cyrillic word of its line: "Ли" (Ли Цян), "И" (Ван
     * И). Not "ИА", an abbreviation, nor a word opening a sentence whose full stop the text lacks
     * ("13:33 В Европе", "по иску Нафтогаза В компании", "Мей Как сообщает").
     */
    private boolean capitalisedShortWord(ParsedText doc, W[] w, int i) {
        W x = w[i];
        return inflects && x.word && x.cap && x.stop && !x.sentenceStart && !x.latin && x.lower.length() <= 3
                && (x.lower.length() == 1 || !x.allCaps && x.readings.stream().anyMatch(r -> tags.proper(r.tag())))
                && x.readings.stream().noneMatch(r -> tags.pos(r.tag()).equals("ADP"))
                && i > 0 && w[i - 1].word && !w[i - 1].latin && !w[i - 1].digits && sameLine(doc, i - 1, i);
    }

    /** Whether two tokens stand on one line of the text. */
    private static boolean sameLine(ParsedText doc, int a, int b) {
        return doc.slice(doc.token(a).end(), doc.token(b).start()).indexOf('\n') < 0;
    }

    /**
     * A word inside its sentence with a word in lower case, or the sentence's first word, before it
     * and no capitalised word after it.
     */
    private static boolean amidLowerCase(ParsedText doc, W[] w, int i) {
        int sentence = doc.token(i).sentence();
        boolean before = i > 0 && w[i - 1].word && (!w[i - 1].cap || w[i - 1].sentenceStart) && doc.token(i - 1).sentence() == sentence;
        boolean after = i + 1 >= w.length || doc.token(i + 1).sentence() != sentence || !w[i + 1].word || !w[i + 1].cap;
        return before && after;
    }

    /**
     * A capitalised adjective alone before words in lower case that hold no body's or place's noun:
     * a name the text goes on with in lower case, whose noun the lists lack ("Международной
     * космической станцией"), no name of its own to guess a type for.
     */
    private boolean strayAdjective(ParsedText doc, W[] w, int i) {
        W x = w[i];
        if (!inflects || x.readings.isEmpty() || !x.readings.stream().allMatch(r -> tags.adjective(r.tag()) && !tags.proper(r.tag()))) return false;
        if (i + 1 >= w.length || !w[i + 1].word || w[i + 1].cap || w[i + 1].stop || doc.token(i + 1).sentence() != doc.token(i).sentence()) return false;
        // (after a capitalised word, unless one capitalised only as a sentence's first: "Експерти Світової продовольчої програми")
        return nounAfter(doc, w, i + 1) < 0 && !(i > 0 && w[i - 1].word && w[i - 1].cap && !w[i - 1].sentenceStart);
    }

    /**
     * A government its country names, as an organisation: "британского правительства" (an
     * adjective of a country), "правительство Великобритании" (the country after it),
     * "кабинета министров"; or null. The language lists its government nouns.
     */
    private Mention government(ParsedText doc, W[] w, int i) {
        if (words.governments().isEmpty() || w[i].cap || !w[i].word) return null;
        boolean adjective = COUNTRY_ADJECTIVE.matcher(w[i].lower).find() && w[i].adjective && i + 1 < w.length;
        int noun = adjective ? i + 1 : i;
        int end = governmentEnd(w, noun);
        if (end < 0) return null;
        int sentence = doc.token(i).sentence(), country = end;
        while (country < w.length && w[country].word && w[country].cap && doc.token(country).sentence() == sentence) country++;
        if (country > end && (w[country - 1].place || w[country - 1].listedPlace)) return new Mention(i, country, ORGANIZATION, 3);
        return adjective || end > noun + 1 ? new Mention(i, end, ORGANIZATION, 3) : null;
    }

    /** The token after a government noun at token t ("правительства", "кабинете министров"), or -1 where none stands there. */
    private int governmentEnd(W[] w, int t) {
        if (t >= w.length || w[t].cap || !w[t].word) return -1;
        for (String g : words.governments()) {
            String[] parts = g.split(" ");
            if (w[t].readings.stream().noneMatch(r -> r.lemma().equalsIgnoreCase(parts[0]))) continue;
            if (parts.length == 1) return t + 1;
            if (t + 1 < w.length && w[t + 1].lower.equals(parts[1])) return t + 2;
        }
        return -1;
    }

    /**
     * The nominative of a person's last word where it is a surname declined as an adjective and its
     * first name gives the gender: one the dictionary lacks ("Алексея Навального" is Навальный), or a
     * woman's, which the dictionary gives as the man's ("Марии Захаровой" is Захарова, not Захаров);
     * else null.
     */
    private String surname(W[] w, Mention m, int k) {
        if (!inflects || k != m.end - 1 || k == m.first || !w[k].word) return null;
        String gender = gender(w, m);
        // a surname in a case its first name is not in does not decline: "Асію Бібі" (one in -а would be "Бібу"), "Асія Бібі"
        // (a first name in -а or -я is in the nominative, or a man's genitive, whose declining surname would end so too)
        Case firstCase = caseByEnding(w[m.first].lower), lastCase = caseByEnding(w[k].lower);
        boolean firstNameSaysCase = w[m.first].firstNameGenders().equals(Set.of("f")) || firstCase == Case.NOMINATIVE;
        if (firstNameSaysCase && firstCase != null && (lastCase == Case.OBLIQUE || lastCase == Case.ACCUSATIVE) && firstCase != lastCase) return w[k].text;
        if (w[k].firstName) return null;
        // where the first names leave it open, an ending only one gender has: "Навального", "Навальної", "Захаровой"
        if (gender == null) gender = w[k].lower.matches(".*(ого|ому)") ? "m" : w[k].lower.matches(".*(ої|ской|цкой|овой|евой|иной)") ? "f" : null;
        if (gender == null || gender.equals("m") && w[k].readings.stream().anyMatch(r -> tags.proper(r.tag()))) return null;
        return adjectivalSurname(w[k].text, gender);
    }

    /**
     * Whether the text writes the word at {@code k} only after a first name: "Эрдогана" only in
     * "Реджепа Тайипа Эрдогана", "Хана" and "Ханом" only in "Имрана Хана" and "Имраном Ханом",
     * not alone too ("Бурла сказал", a surname that does not decline).
     */
    private static boolean onlyAfterFirstName(W[] w, List<Mention> ms, int k) {
        for (Mention m : ms) if (w[m.first].word && w[m.first].link.equals(w[k].link)) return false;
        return true;
    }

    /**
     * A later word of a man's name in the nominative, where the text writes it only in the case of
     * the first name before it and the dictionary does not read it as a man's nominative: "Реджепа
     * Тайипа Эрдогана" is Реджеп Тайип Эрдоган, "Имрана Хана" Имран Хан, "Тедросу Гебрейесусу"
     * Тедрос Гебрейесус. Null where the first name is in the nominative or not a man's, or the word
     * does not end as that case does.
     */
    private String inFirstNamesCase(W[] w, Mention m, int k) {
        W first = w[m.first], x = w[k];
        if (!inflects || k == m.first || !x.word || x.initial || x.particle || x.latin || x.allCaps || first.womansName != null) return null;
        String lemma = null;
        for (Reading r : first.readings) {
            if (!tags.firstName(r.tag())) continue;
            if (!"m".equals(tags.gender(r.tag())) || tags.nominative(r.tag()) || tags.plural(r.tag())) return null;
            lemma = r.lemma().toLowerCase(Locale.ROOT);
        }
        if (lemma == null || !first.lower.startsWith(lemma.replaceAll("[йь]$", ""))) return null;
        String ending = first.lower.substring(lemma.replaceAll("[йь]$", "").length());
        if (x.readings.stream().anyMatch(r -> tags.proper(r.tag()) && "m".equals(tags.gender(r.tag())) && tags.nominative(r.tag()) && !tags.plural(r.tag()))) return null;
        // the case's hard and soft endings: genitive, dative, instrumental (the prepositional -е ends names in the nominative too, "Конте")
        List<String> endings = switch (ending) {
            case "а", "я" -> List.of("а", "я");
            case "у", "ю" -> List.of("у", "ю");
            case "ом", "ем" -> List.of("ом", "ем");
            default -> List.of();
        };
        for (String e : endings) {
            if (!x.lower.endsWith(e) || x.lower.length() - e.length() < 3) continue;
            String stem = x.text.substring(0, x.text.length() - e.length());
            if (stem.toLowerCase(Locale.ROOT).endsWith("енк")) return stem + "о";  // "Яковенком": Яковенко
            if (e.equals(endings.get(0))) return isVowel(Character.toLowerCase(stem.charAt(stem.length() - 1))) ? null : stem;  // a hard ending after a consonant
            return softStem(stem);
        }
        return null;
    }

    /**
     * The nominative of a surname declined as an adjective, in Russian or Ukrainian, for that gender
     * ("m", "f"): "Навального" is "Навальный" (Ukrainian "Навальний"), "Зеленского" "Зеленский",
     * "Навальной" "Навальная", "Ивановой" "Иванова"; or null for another ending.
     */
    private String adjectivalSurname(String word, String gender) {
        List<String[]> endings = words.code().equals("uk")
                ? gender.equals("m") ? UK_MALE_SURNAMES : UK_FEMALE_SURNAMES
                : gender.equals("m") ? RU_MALE_SURNAMES : RU_FEMALE_SURNAMES;
        for (String[] e : endings) {
            if (word.endsWith(e[0]) && word.length() - e[0].length() >= 3) return word.substring(0, word.length() - e[0].length()) + e[1];
        }
        return null;
    }

    /** Oblique endings of surnames declined as adjectives, longest first, and their nominative. */
    private static final List<String[]> RU_MALE_SURNAMES = List.of(new String[] {"ского", "ский"}, new String[] {"скому", "ский"},
            new String[] {"ским", "ский"}, new String[] {"цкого", "цкий"}, new String[] {"цкому", "цкий"}, new String[] {"ного", "ный"},
            new String[] {"ному", "ный"}, new String[] {"ным", "ный"}),
            RU_FEMALE_SURNAMES = List.of(new String[] {"ской", "ская"}, new String[] {"скую", "ская"}, new String[] {"цкой", "цкая"},
            new String[] {"овой", "ова"}, new String[] {"евой", "ева"}, new String[] {"иной", "ина"}, new String[] {"ной", "ная"}),
            UK_MALE_SURNAMES = List.of(new String[] {"ського", "ський"}, new String[] {"ському", "ський"}, new String[] {"ським", "ський"},
            new String[] {"цького", "цький"}, new String[] {"ного", "ний"}, new String[] {"ному", "ний"}, new String[] {"ним", "ний"}),
            UK_FEMALE_SURNAMES = List.of(new String[] {"ської", "ська"}, new String[] {"ській", "ська"}, new String[] {"цької", "цька"},
            new String[] {"ної", "на"}, new String[] {"ній", "на"}, new String[] {"ової", "ова"}, new String[] {"евої", "ева"},
            new String[] {"євої", "єва"}, new String[] {"овій", "ова"}, new String[] {"евій", "ева"}, new String[] {"євій", "єва"});

    /** A Bulgarian feminine noun's article after three letters at least: "актрисата", "депутатката". */
    private static final java.util.regex.Pattern ARTICLED_NOUN = java.util.regex.Pattern.compile("\\p{L}{3,}(ата|ята)$");

    /** A Bulgarian noun with its definite article, after "на" in an organisation's name: "на здравеопазването", "на отбраната". */
    private static final java.util.regex.Pattern DEFINITE_NOUN = java.util.regex.Pattern.compile("(то|та|ът|ят)$");

    /** A Bulgarian plural adjective with its definite article: "външните", "икономическите" (not the noun "общините"). */
    private static final java.util.regex.Pattern DEFINITE_ADJECTIVE = java.util.regex.Pattern.compile("((?<!и)н|ск)ите$");

    /** Dashes that open a cue after a quotation. */
    private static final java.util.regex.Pattern DASH = java.util.regex.Pattern.compile("[—–―-]");

    /** Adjectives of a country: "британского", "российском", "немецкое". */
    private static final java.util.regex.Pattern COUNTRY_ADJECTIVE = java.util.regex.Pattern.compile("(ск|цк)(ий|ого|ому|им|ом|ое|ая|ой|ую)$");

    /** A news agency or outlet of the language's list at token i ("Франс прес", "Ройтерс"), or null. */
    private Mention outlet(W[] w, int i) {
        if (!w[i].cap || !w[i].word) return null;
        for (List<String> o : outlets) {
            int k = i, n = 0;
            while (n < o.size() && k < w.length && w[k].word && w[k].key.equals(o.get(n))) {
                k++;
                n++;
            }
            if (n == o.size()) return new Mention(i, k, ORGANIZATION, 4);
        }
        return null;
    }

    /** Whether a capitalised word in Latin letters comes right after token i. */
    private static boolean latinNameFollows(W[] w, int i) {
        return i + 1 < w.length && w[i + 1].latin && w[i + 1].cap && w[i + 1].word && !w[i + 1].stop;
    }

    /** Up to five words between quotation marks, the first capitalised: "«Газпром»", "„Булгаргаз“". */
    private Mention quoted(ParsedText doc, W[] w, int i, Set<String> lowerForms) {
        String open = w[i].text;
        if (!(open.equals("«") || open.equals("„") || open.equals("\"") || open.equals("“"))) return null;
        int limit = Math.min(w.length, i + 7);
        for (int j = i + 1; j < limit; j++) {
            String t = w[j].text;
            if (t.equals("»") || t.equals("“") || t.equals("”") || t.equals("\"")) {
                if (j == i + 1 || !w[i + 1].cap || !w[i + 1].word || w[i + 1].stop) return null;
                for (int k = i + 1; k < j; k++) {
                    if (!w[k].word && !w[k].text.equals("-") && !w[k].text.equals("–")) return null;
                    // «Разрешение конфликтов без России невозможно»; but a short name keeps its words in lower case („Вашингтон пост“)
                    if (w[k].word && !w[k].cap && !w[k].digits && w[k].common && j - i - 1 > 3) return null;
                }
                if (j == i + 2 && w[i + 1].common && lowerForms.contains(w[i + 1].lower)) return null;
                // «Ситуация очень сложная», — признался ...: words a dash and a cue follow are a quotation, not a name
                // (or a cue right after the comma: „Чакахме пет часа“, каза пътник)
                if (j - i - 1 >= 2 && j + 2 < w.length && w[j + 1].text.equals(",")
                        && (DASH.matcher(w[j + 2].text).matches() || speechVerbs.contains(w[j + 2].lower) || speechVerbs.contains(doc.token(j + 2).lemma()))) return null;
                Mention m = new Mention(i + 1, j, null, 0);
                m.quoted = true;
                return m;
            }
            if (doc.token(j).sentence() != doc.token(i).sentence()) return null;
        }
        return null;
    }

    /** The name that starts at token i: capitalised words, then what an organisation's or place's noun brings. */
    private Mention run(ParsedText doc, W[] w, int i, Set<String> midCapitalKeys) {
        int sentence = doc.token(i).sentence();
        int j = i + 1;
        while (j < w.length && doc.token(j).sentence() == sentence) {
            W x = w[j];
            if (x.latin && x.stop && w[j - 1].latin && latinNameFollows(w, j)) {
                j++;  // "Bank of England", "Welt am Sonntag"
            } else if (x.particle && particlesBefore(doc, w, j) > j && w[j - 1].word && w[j - 1].cap && !w[j - 1].place && !w[j - 1].organisation && !isHead(w[j - 1])) {
                j = particlesBefore(doc, w, j) + 1;  // "Урсула фон дер Ляйен", "Шарль де Голль"
            } else if (capitalParticle(w, j)) {
                j++;  // "Мэгги Де Блок", "Луїджі Ді Майо": a particle written with a capital ("де" is also Ukrainian's "where")
            } else if (isRoman(x) && !w[j - 1].latin && w[j - 1].word) {
                j++;  // "Елизавета II", "Бенедикт XVI": the numeral ends the name
                break;
            } else if (capitalisedShortWord(doc, w, j) && !w[j - 1].stop && !w[j - 1].latin && !(j + 1 < w.length && w[j + 1].text.equals("."))) {
                j++;  // "Ван И": a short function word written with a capital inside a name
            } else if (x.word && x.cap && !x.stop && !(words.titles().contains(x.lower) && !x.proper)) {
                if (w[j - 1].word && x.latin != w[j - 1].latin && !x.digits && !w[j - 1].digits) break;
                j++;
            } else if (x.text.equals(".") && w[j - 1].initial && j + 1 < w.length && w[j + 1].cap && w[j + 1].word) {
                j++;
            } else if (x.text.equals(".") && w[j - 1].word && j + 1 < w.length && w[j + 1].word
                    && (w[j - 1].latin && w[j + 1].latin || DOMAINS.contains(w[j + 1].lower))
                    && doc.token(j - 1).end() == doc.token(j).start() && doc.token(j).end() == doc.token(j + 1).start()) {
                j += 2;  // "INTERFAX.RU", "Лента.ру"
            } else if (x.digits && x.text.length() <= 4 && w[j - 1].latin && w[j - 1].word && !(j + 1 < w.length && isMonth(w[j + 1]))) {
                // a number after a name in Latin letters is part of it ("Nord Stream 2"), not a date's ("Ryanair 28 сентября")
                j++;
            } else {
                break;
            }
        }
        while (j > i + 1 && !w[j - 1].word) j--;
        if (j == i + 1 && w[i].allCaps && !w[i].latin && j < w.length) {
            Mention q = quoted(doc, w, j, Set.of());
            if (q != null) return new Mention(i, q.end + 1, null, 0);  // НАК "Нафтогаз України"
        }
        // a capitalised adjective before a facility's or a body's abbreviation, which may be no name's word alone:
        // "Запорожской АЭС", "Хмельницької ОВА"
        if (j <= i + 2 && inflects && w[i].readings.stream().anyMatch(r -> tags.adjective(r.tag()) && !tags.proper(r.tag())) && abbreviationGender(w, i + 1) != null && doc.token(i + 1).sentence() == doc.token(i).sentence()) {
            return new Mention(i, i + 2, ORGANIZATION, 3);
        }
        // a capitalised adjective before an organisation's or a place's noun: "Консервативная партия"
        int head = nounAfter(doc, w, j);
        if (head > 0 && j == i + 1 && (adjectiveLike(w[i]) || !inflects)) {
            j = afterHead(doc, w, head + 1);
            // and the genitives an organisation's noun takes: "Всемирная организация здравоохранения"
            if (j == head + 1 && inflects && isHead(w[head])) j = afterGenitives(doc, w, j);
        }
        else if (j == i + 1 && isHead(w[i]) && inflects) j = afterGenitives(doc, w, j);
        else if (isHead(w[j - 1]) && !inflects) j = afterHead(doc, w, j);
        for (int k = i; k < j; k++) {
            if (isHead(w[k]) || articled(w[k])) {
                j = afterComplement(doc, w, j);
                break;
            }
        }
        // a name of several words that ends in a place's adjective takes the place's noun after it: "Министерство сельского
        // хозяйства Воронежской области", "Рамонском районе Воронежской области"
        if (inflects && j > i + 1 && j < w.length && w[j - 1].cap && adjectiveLike(w[j - 1]) && w[j].word && !w[j].cap && isPlaceHead(w[j])
                && doc.token(j).sentence() == doc.token(i).sentence()) j++;
        return new Mention(i, j, null, 0);
    }

    /** The gender of the abbreviated noun at {@code k} ("АЭС": "f"), or null where it is no abbreviation or the dictionary gives none. */
    private String abbreviationGender(W[] w, int k) {
        if (k >= w.length || !w[k].allCaps || w[k].latin || !w[k].word) return null;
        for (Reading r : w[k].readings) if (tags.noun(r.tag()) || "NOUN".equals(tags.pos(r.tag()))) {
            String gender = tags.gender(r.tag());
            if (gender != null && !tags.plural(r.tag())) return gender;
        }
        return null;
    }

    /** A foreign name's particle written with a capital, between two capitalised words: "Де" of "Мэгги Де Блок". */
    private boolean capitalParticle(W[] w, int j) {
        W x = w[j];
        return x.cap && !x.latin && words.nameParticles().contains(x.lower) && j > 0 && j + 1 < w.length && w[j - 1].word && w[j - 1].cap
                && !w[j - 1].latin && !w[j - 1].allCaps && w[j + 1].word && w[j + 1].cap && !w[j + 1].stop && !w[j + 1].allCaps;
    }

    /**
     * Where the particles of a name that begin at {@code j} end, the capitalised Cyrillic word after
     * them being no place: "фон дер | Ляйен", "де | Голль"; {@code j} where none begin there.
     */
    private int particlesBefore(ParsedText doc, W[] w, int j) {
        int k = j;
        while (k < w.length && k < j + 2 && w[k].particle) k++;
        if (k == j || k >= w.length || doc.token(k).sentence() != doc.token(j).sentence()) return j;
        W after = w[k];
        return after.word && after.cap && !after.latin && !after.allCaps && !after.stop && !after.place ? k : j;
    }

    /** Top-level domains as news sites' names write them: "Лента.ру", "Газета.Ru". */
    private static final Set<String> DOMAINS = Set.of("ру", "рф", "ua", "ru", "com", "net", "org", "укр", "бг", "bg", "by", "kz", "info", "eu");

    /** Whether the mention ends in a site's domain: "Лента.ру" is an outlet, whatever its first word. */
    private static boolean site(W[] w, Mention m) {
        return m.end - m.first >= 3 && w[m.end - 2].text.equals(".") && DOMAINS.contains(w[m.end - 1].lower);
    }

    /** The index of the organisation's or place's noun among the next three lower-case words, or -1. */
    private int nounAfter(ParsedText doc, W[] w, int j) {
        for (int k = j; k < Math.min(w.length, j + 3); k++) {
            W x = w[k];
            if (!x.word || x.cap || x.stop || x.digits || doc.token(k).sentence() != doc.token(j - 1).sentence()) return -1;
            if (isHead(x) || isPlaceHead(x)) return k;
        }
        return -1;
    }

    /** Whether the word is a Bulgarian noun in lower case with its article: "науката", "храните". */
    private static boolean definiteNoun(W x) {
        return x.word && !x.cap && !x.stop && (x.lower.endsWith("те") || DEFINITE_NOUN.matcher(x.lower).find()) && !DEFINITE_ADJECTIVE.matcher(x.lower).find();
    }

    /** Bulgarian's ministry, in any form, whose name goes on with its country: {@link #ofCountry}. */
    private static final String MINISTRY = "министерств";

    /**
     * The end of a Bulgarian ministry's name that goes on with "на" and its country, as the Russian
     * genitive does and SlavicNER's annotators count it ("Министерството на вътрешните работи на
     * Обединеното кралство", "МИД Великобритании"); else {@code end}. A party's is not ("Партията на
     * независимостта | на Великобритания").
     */
    private int ofCountry(ParsedText doc, W[] w, int end, int sentence) {
        if (end + 1 >= w.length || !w[end].lower.equals("на") || doc.token(end + 1).sentence() != sentence) return end;
        for (int n = 3; n >= 2; n--) if (end + 1 + n <= w.length && placePhrase(w, end + 1, end + 1 + n) != null) return end + 1 + n;
        W x = w[end + 1];
        return x.word && x.cap && x.listedPlace ? end + 2 : end;
    }

    /**
     * After an organisation's noun: a capitalised name (in the genitive), or in Bulgarian "на" and
     * one word (or a definite adjective and its noun; a second noun with its article after "и"; a
     * ministry's country after).
     */
    private int afterHead(ParsedText doc, W[] w, int j) {
        int sentence = doc.token(j - 1).sentence();
        Mention q = j < w.length ? quoted(doc, w, j, Set.of()) : null;
        if (q != null) return q.end + 1;  // Информационна агенция "Фокус"
        if (j < w.length && doc.token(j).sentence() == sentence) {
            if (inflects) {
                int k = j;
                while (k < w.length && doc.token(k).sentence() == sentence && w[k].word && w[k].cap && !w[k].stop && !w[k].latin && !w[k].firstName
                        && k - j < 2) k++;
                if (k > j && (w[j].genitive || w[j].readings.isEmpty() || w[j].allCaps)) return k;
            } else if (w[j].lower.equals("на") && j + 1 < w.length && w[j + 1].word && doc.token(j + 1).sentence() == sentence
                    && (w[j + 1].cap || w[j + 1].lower.endsWith("те") || DEFINITE_NOUN.matcher(w[j + 1].lower).find() && !w[j + 1].stop && !isPlaceHead(w[j - 1]))) {
                // "Министерството на външните работи": a definite adjective takes its noun ("Камарата на общините" has none)
                boolean adjective = DEFINITE_ADJECTIVE.matcher(w[j + 1].lower).find() && !isPlaceHead(w[j - 1]) && j + 2 < w.length && w[j + 2].word
                        && !w[j + 2].cap && !w[j + 2].stop && doc.token(j + 2).sentence() == sentence;
                int end = adjective ? j + 3 : j + 2;
                // and a second noun with its article after "и": "Министерството на образованието и науката"
                if (!adjective && !w[j + 1].cap && end + 1 < w.length && w[end].lower.equals("и") && definiteNoun(w[end + 1])
                        && doc.token(end + 1).sentence() == sentence) end += 2;
                return w[j - 1].lower.startsWith(MINISTRY) ? ofCountry(doc, w, end, sentence) : end;
            } else if (w[j].cap && w[j].word && !w[j].stop && !(j + 1 < w.length && w[j + 1].cap && w[j + 1].word)
                    && !(w[j].otherFirstName && particlesBefore(doc, w, j + 1) > j + 1)) {
                // "Информационна агенция Фокус", not "Европейския съвет Доналд Туск" nor "Европейската комисия Урсула фон дер Лайен"
                return j + 1;
            }
        }
        return j;
    }

    /**
     * After a body's name, the words it goes on with: the name it bears after a word of {@code
     * named-after} ("центра онкологии имени Блохина", "имени Н. Н. Блохина"); or, after a noun of
     * {@code complement-heads} and a word of {@code name-complements}, an adjective or two, a noun
     * and what follows a noun in a name ("Министерство по чрезвычайным ситуациям", "Агенция за
     * защита на конкуренцията"), but for the words of a source ("по данным"); else {@code j}.
     */
    private int afterComplement(ParsedText doc, W[] w, int j) {
        if (j < 1 || j + 1 >= w.length || !w[j].word || doc.token(j + 1).sentence() != doc.token(j - 1).sentence()) return j;
        int k = j + 1, sentence = doc.token(j).sentence();
        if (namedAfter.contains(w[j].lower)) {
            // (an initial that is also a preposition is one: "имени М. В. Ломоносова")
            while (k < w.length && k - j <= 5 && doc.token(k).sentence() == sentence
                    && (w[k].word && w[k].cap && (!w[k].stop || initialBeforeStop(w, k)) || w[k].text.equals(".") && w[k - 1].initial)) k++;
            while (k > j + 1 && !w[k - 1].word) k--;
            return k > j + 1 ? k : j;
        }
        if (!complements.contains(w[j].lower) || w[k].cap || !complementHeads.contains(w[j - 1].lower)
                || reportingPhrases.contains(w[j].lower + " " + w[k].lower)) return j;  // "Европейския съюз по въпросите", "по Брекзит"
        while (k < w.length && k - j <= 2 && doc.token(k).sentence() == sentence && w[k].word && !w[k].cap && !w[k].stop && adjectiveLike(w[k])) {
            k++;
            // two adjectives joined by "и": "Центърът по заразни и паразитни болести"
            if (k + 1 < w.length && AND.contains(w[k].lower) && w[k + 1].word && !w[k + 1].cap && adjectiveLike(w[k + 1])) k++;
        }
        if (k >= w.length || doc.token(k).sentence() != sentence || !w[k].word || w[k].cap || w[k].stop || w[k].digits) return j;
        if (inflects && !isNoun(w[k])) return j;
        if (inflects) return afterGenitives(doc, w, coordinated(doc, w, k + 1, false));
        // Bulgarian, which the dictionaries do not read: a second noun after "и" ("Институтът по математика и информатика"),
        // no title ("Партия за независимост | и лидер")
        int end = k + 1;
        if (end + 1 < w.length && w[end].lower.equals("и") && w[end + 1].word && !w[end + 1].cap && !w[end + 1].stop
                && !words.titles().contains(w[end + 1].lower) && doc.token(end + 1).sentence() == sentence) end += 2;
        return afterHead(doc, w, end);
    }

    /** Whether the word at k is an initial with its full stop after it. */
    private static boolean initialBeforeStop(W[] w, int k) {
        return w[k].initial && k + 1 < w.length && w[k + 1].text.equals(".");
    }

    /** A capitalised organisation's noun before words in the genitive: "Министерство иностранных дел России". */
    private int afterGenitives(ParsedText doc, W[] w, int j) {
        int sentence = doc.token(j - 1).sentence();
        int k = j;
        // (not a verb that is also a noun's genitive: "Еврокомиссия | начала расследование", "Российского научного фонда | стали
        // доступны", though "дел" of "Министерство иностранных дел" is one too)
        if (j < w.length && finiteVerb(w[j])) return j;
        // ("имени", the genitive of "имя", opens the name the body bears: "университета имени М. В. Ломоносова")
        while (k < w.length && k - j < 3 && doc.token(k).sentence() == sentence && w[k].word && !w[k].cap && !w[k].stop && w[k].genitive
                && !namedAfter.contains(w[k].lower)) k++;
        if (k == j) return j < w.length && namedAfter.contains(w[j].lower) ? afterComplement(doc, w, j) : j;
        while (k > j && !isNoun(w[k - 1])) k--;
        if (k == j) return j;
        int joined = coordinated(doc, w, k, true);
        if (joined == k && k < w.length && namedAfter.contains(w[k].lower)) return afterComplement(doc, w, k);
        if (joined == k) return afterHead(doc, w, k);
        int after = afterGenitives(doc, w, joined);
        return after > joined ? after : afterHead(doc, w, joined);  // "... и спорта Украины"
    }

    /** The conjunctions that join two nouns of one body's name, Russian's and Ukrainian's. */
    private static final Set<String> AND = Set.of("и", "і", "й", "та");

    /**
     * After a body's noun in the genitive or a complement, "and" and a second one in lower case:
     * "Министерство науки и высшего образования", "Центр по контролю и профилактике заболеваний".
     * In the genitive, the second opens with an adjective, since a bare noun is as likely another
     * body's ("Министерства обороны и спецслужб"), unless the body's country or the name it bears
     * follows it. The index after it, else {@code k}.
     */
    private int coordinated(ParsedText doc, W[] w, int k, boolean genitive) {
        if (!inflects || k + 1 >= w.length || !AND.contains(w[k].lower) || doc.token(k + 1).sentence() != doc.token(k).sentence()) return k;
        int n = k + 1, sentence = doc.token(k).sentence();
        while (n < w.length && n - k <= 2 && doc.token(n).sentence() == sentence && w[n].word && !w[n].cap && !w[n].stop && w[n].adjective && !isNoun(w[n])
                && (!genitive || w[n].genitive)) n++;
        // a bare noun only where the body's country or the name it bears follows it: "Министерство молодежи и спорта
        // Украины", "центр эпидемиологии и микробиологии имени Н. Ф. Гамалеи"
        if (genitive && n == k + 1) return nameGoesOn(doc, w, n) ? n + 1 : k;
        if (n >= w.length || doc.token(n).sentence() != sentence || !w[n].word || w[n].cap || w[n].stop || !isNoun(w[n])
                || genitive && !w[n].genitive) return k;
        return n + 1;
    }

    /**
     * Whether a noun in the genitive in lower case is at n and, after it in one sentence, a place
     * in the genitive or a word of {@code named-after}.
     */
    private boolean nameGoesOn(ParsedText doc, W[] w, int n) {
        if (n + 1 >= w.length || doc.token(n + 1).sentence() != doc.token(n).sentence()) return false;
        W noun = w[n], next = w[n + 1];
        if (!noun.word || noun.cap || noun.stop || !isNoun(noun) || !noun.genitive) return false;
        return next.word && (next.cap && next.place && next.genitive || !next.cap && namedAfter.contains(next.lower));
    }

    /** Whether the dictionary reads the word as some singular's nominative ("безопасности" is only a plural's). */
    private boolean nominativeSingular(W x) {
        return x.readings.stream().anyMatch(r -> tags.nominative(r.tag()) && !tags.plural(r.tag()));
    }

    /** Whether the dictionary reads the word as a noun. */
    private boolean isNoun(W x) {
        return x.readings.stream().anyMatch(r -> tags.noun(r.tag()));
    }

    /** Whether the dictionary reads the word as a finite verb (no participle, infinitive or gerund): "начала", "заявила". */
    private boolean finiteVerb(W x) {
        return x.readings.stream().anyMatch(r -> "VERB".equals(tags.pos(r.tag())) && !tags.adjective(r.tag()) && !tags.infinitive(r.tag()) && !tags.gerund(r.tag()));
    }

    /** A month's name in lower case, in any of its forms ("сентября", "листопада", "декември"). */
    private boolean isMonth(W x) {
        return x.word && !x.cap && Words.byStem(months, x.lower) != null;
    }

    private boolean isHead(W x) {
        return headKeys.contains(x.key) || x.readings.stream().anyMatch(r -> words.organisationHeads().contains(r.lemma().toLowerCase(Locale.ROOT)));
    }

    /** An organisation's noun as its lemma, capitalised as written ("Министерства": "Министерство"), or null for another word. */
    private String headLemma(W x) {
        for (Reading r : x.readings) {
            String lemma = r.lemma().toLowerCase(Locale.ROOT);
            if (tags.noun(r.tag()) && words.organisationHeads().contains(lemma)) return capitalised(lemma, x.text);
        }
        return null;
    }

    private boolean isPlaceHead(W x) {
        if (!inflects && !x.cap && ARTICLES.stream().anyMatch(a -> x.lower.endsWith(a) && words.placeHeads().contains(x.lower.substring(0, x.lower.length() - a.length())))) {
            return true;  // Bulgarian "щата", "провинцията"
        }
        int hyphen = x.lower.lastIndexOf('-');
        if (hyphen > 0 && placeHeadKeys.contains(words.key(x.lower.substring(hyphen + 1)))) return true;  // "Даунинг-стрит"
        return placeHeadKeys.contains(x.key) || x.readings.stream().anyMatch(r -> words.placeHeads().contains(r.lemma().toLowerCase(Locale.ROOT)));
    }

    private boolean isDemonym(W x) {
        if (words.demonyms().contains(x.lower)) return true;
        return x.readings.stream().anyMatch(r -> tags.plural(r.tag()) && words.demonyms().contains(r.lemma().toLowerCase(Locale.ROOT)));
    }

    /** Whether the text also writes a word in lower case, in any form (Bulgarian: "Съюза" and "съюз"). */
    private boolean writtenLower(W x, Set<String> lowerKeys) {
        if (lowerKeys.contains(x.key)) return true;
        return !inflects && (x.key.endsWith("а") || x.key.endsWith("я")) && lowerKeys.contains(x.key.substring(0, x.key.length() - 1));
    }

    /** Bulgarian's definite endings, longest first: "Общността", "Съвета", "Острова" are "the Community", "the Council", "the Island". */
    private static final List<String> ARTICLES = List.of("ът", "ят", "та", "то", "те", "а", "я");

    /** A Bulgarian head noun with its definite article: a listed head less the ending. */
    private boolean articled(W x) {
        if (inflects) return false;
        for (String a : ARTICLES) {
            if (!x.lower.endsWith(a)) continue;
            String base = x.lower.substring(0, x.lower.length() - a.length());
            if (words.organisationHeads().contains(base) || words.placeHeads().contains(base)) return true;
        }
        return false;
    }

    /** Bulgarian adjectives' definite endings and their indefinite forms ("Европейския" is "Европейски"), longest first. */
    private static final List<String[]> DEFINITE_ADJECTIVES = List.of(new String[] {"ският", "ски"}, new String[] {"ския", "ски"},
            new String[] {"цкият", "цки"}, new String[] {"цкия", "цки"}, new String[] {"ният", "ен"}, new String[] {"ния", "ен"}, new String[] {"ата", "а"}, new String[] {"ята", "я"},
            new String[] {"ото", "о"}, new String[] {"ите", "и"});

    /**
     * The first word of a Bulgarian name of several words without its definite article, as the
     * language names a body ("Европейския парламент" is the "Европейски парламент", "Камарата на
     * лордовете" the "Камара на лордовете", "Съда на ЕС" the "Съд на ЕС"); the word as written where
     * no ending fits ("Световния" could be "Световен" or "Светови").
     */
    private String indefinite(W x) {
        if (!x.cap || x.allCaps || x.latin) return x.text;
        for (String a : ARTICLES) {
            if (!x.lower.endsWith(a)) continue;
            String base = x.lower.substring(0, x.lower.length() - a.length());
            // the ending whose base is the listed noun: "Института" is Институт, not "Институ"
            if (words.organisationHeads().contains(base) || words.placeHeads().contains(base)) return x.text.substring(0, x.text.length() - a.length());
        }
        for (String[] d : DEFINITE_ADJECTIVES) {
            if (x.lower.endsWith(d[0]) && x.lower.length() > d[0].length() + 2) return x.text.substring(0, x.text.length() - d[0].length()) + d[1];
        }
        return x.text;
    }

    /** Short abbreviations joined by hyphens: "ГЕРБ-СДС", a coalition's name. */
    private static boolean joinedAbbreviations(String lower) {
        return lower.indexOf('-') > 0 && java.util.Arrays.stream(lower.split("-")).allMatch(p -> !p.isEmpty() && p.length() <= 4);
    }

    /** Words in capitals, long ones or several: a shouted line ("СНИМАЙТЕ", "ВИДИТЕ НЕЩО ЛЮБОПИТНО"), no name. */
    private static boolean shouted(W[] w, Mention m) {
        int words = 0, longCaps = 0;
        for (int k = m.first; k < m.end; k++) {
            if (!w[k].word) continue;
            words++;
            if (w[k].allCaps && !w[k].latin && !w[k].listedPlace && w[k].lower.length() >= 5 && !joinedAbbreviations(w[k].lower)) longCaps++;
        }
        return words >= 2 ? longCaps == words : longCaps == 1 && w[m.first].lower.length() >= 7 && !w[m.first].proper;
    }

    /**
     * A run of three words or more whose last words, or first two or more, the text also names on
     * their own is two names: "Брекзит | Дейвид Дейвис" where "Дейвид Дейвис" stands alone
     * elsewhere, "Асии Биби | Сайф" where "Асия Биби" does.
     */
    private List<Mention> splitKnown(ParsedText doc, W[] w, List<Mention> mentions, Set<String> midCapitalKeys) {
        Set<List<String>> alone = new HashSet<>();
        for (Mention m : mentions) {
            List<String> keys = keysOf(w, m.first, m.end);
            if (keys.size() <= 3) alone.add(keys);
        }
        // Bulgarian: the last words of names of two or three words, none of them a place's, a body's or an abbreviation, the
        // surnames of people named in full
        Set<String> surnames = new HashSet<>();
        for (Mention m : mentions) {
            boolean personal = !inflects && !m.quoted && m.end - m.first >= 2 && m.end - m.first <= 3;
            for (int k = m.first; k < m.end && personal; k++) {
                W x = w[k];
                personal = x.word && x.cap && !x.place && !x.allCaps && !x.latin && !isHead(x) && !isPlaceHead(x) && !articled(x);
            }
            if (personal) surnames.add(w[m.end - 1].key);
        }
        List<Mention> out = new ArrayList<>();
        for (int x = 0; x < mentions.size(); x++) {
            Mention m = mentions.get(x);
            int cut = -1, end = m.end;
            // Bulgarian joins no names by case: such a surname before another name is a name of its own ("Според Радев | България
            // ще участва", "Адвокатът на Пеев | Огнян Тасев")
            W first = w[m.first], second = m.end - m.first >= 2 ? w[m.first + 1] : null;
            boolean surnameFirst = !m.quoted && m.type == null && second != null && second.word && surnames.contains(first.key) && !first.firstName
                    && !first.otherFirstName;
            if (surnameFirst && second.cap) {
                cut = m.first + 1;
                // the name after it read afresh, which may go on in lower case: "Калас | Европейският съюз"
                int next = x + 1 < mentions.size() ? mentions.get(x + 1).first : w.length;
                end = Math.max(end, Math.min(run(doc, w, cut, midCapitalKeys).end, next));
            } else if (surnameFirst && !articled(first) && !adjectiveLike(first)) {
                out.add(new Mention(m.first, m.first + 1, null, 0));  // ... and before a word in lower case is alone: "Според Стармър | правителството"
                continue;
            }
            if (cut < 0 && !m.quoted && m.type == null && keysOf(w, m.first, m.end).size() >= 3) {
                for (int k = m.first + 1; k < m.end && cut < 0; k++) {
                    if (!w[k].word || !w[k - 1].word || isHead(w[k - 1]) || w[k].particle) continue;  // not before a name's particles
                    List<String> rest = keysOf(w, k, m.end), before = keysOf(w, m.first, k);
                    // "Брекзит | Дейвид Дейвис"; but "Луис Инасиу Лула да Силва" is one man, though the text names him by the last words
                    if ((rest.size() >= 2 && alone.contains(rest) || before.size() == 1 && rest.size() >= 2 && alone.contains(before)) && !givenNames(w, m.first, k)) cut = k;
                    // a name of two words or more that stands alone elsewhere, and a Cyrillic name after it: "Асии Биби | Сайф"
                    boolean cyrillic = w[k].cap && !w[k].latin && !w[k].allCaps && !w[k].digits;
                    if (before.size() >= 2 && alone.contains(before) && cyrillic) cut = k;
                }
            }
            if (cut < 0) {
                out.add(m);
            } else {
                out.add(new Mention(m.first, cut, null, 0));
                out.add(new Mention(cut, end, null, 0));
            }
        }
        return out;
    }

    /** The country of two or three words that tokens {@code [first, end)} name, in the nominative, or null. */
    private String placePhrase(W[] w, int first, int end) {
        List<String> keys = new ArrayList<>();
        for (int k = first; k < end; k++) {
            if (!w[k].word) return null;
            keys.add(w[k].key);
        }
        return keys.size() >= 2 ? placePhrases.get(keys) : null;
    }

    /** The people's names among these groups' keys that pass the test, or null for none. */
    private static List<List<String>> named(Set<List<String>> groups, Map<List<String>, String> types, java.util.function.Predicate<List<String>> test) {
        List<List<String>> out = groups.stream().filter(k -> types.get(k).equals(PERSON) && test.test(k)).toList();
        return out.isEmpty() ? null : out;
    }

    /** Whether tokens {@code [first, end)} are given names: a first name, then first names or words the dictionary does not know. */
    private boolean givenNames(W[] w, int first, int end) {
        if (!w[first].firstName && !w[first].otherFirstName) return false;
        for (int k = first + 1; k < end; k++) {
            W x = w[k];
            if (!x.word || x.place || x.allCaps || isHead(x) || !(x.firstName || x.otherFirstName || x.readings.isEmpty())) return false;
        }
        return true;
    }

    /** The keys of a mention's words, but initials and a ruler's numeral ("Елизавета II" is linked as "Елизавета"). */
    private static List<String> keysOf(W[] w, int first, int end) {
        List<String> keys = new ArrayList<>();
        for (int k = first; k < end; k++) if (w[k].word && !w[k].initial && !w[k].particle && !(isRoman(w[k]) && k > first)) keys.add(w[k].link);
        return keys;
    }

    private static final java.util.regex.Pattern ROMAN = java.util.regex.Pattern.compile("[IVXL]+");

    private static boolean isRoman(W x) {
        return ROMAN.matcher(x.text).matches();
    }

    /** A capitalised adjective before a lower-case noun: part of a name of words in lower case, no name alone. */
    private boolean adjectiveBeforeNoun(W[] w, int i) {
        if (w[i].place || i + 1 >= w.length) return false;
        if (!inflects) return adjectiveLike(w[i]) && w[i + 1].word && !w[i + 1].cap && !w[i + 1].stop;
        if (!w[i].adjective) return false;
        W next = w[i + 1];
        return next.word && !next.cap && !next.stop && (next.readings.isEmpty() || isNoun(next));
    }

    private boolean adjectiveLike(W x) {
        if (x.adjective) return true;
        if (!x.readings.isEmpty()) return false;
        String l = x.lower;
        for (String e : ADJECTIVE_ENDINGS) if (l.endsWith(e) && l.length() > e.length() + 2) return true;
        return false;
    }

    private static final List<String> ADJECTIVE_ENDINGS = List.of("ский", "ская", "ское", "ской", "скую", "ского", "ском", "ские", "ских",
            "ный", "ная", "ное", "ной", "ную", "ного", "ном", "ные", "ных", "ський", "ська", "ське", "ської", "ську", "ського", "ному", "ній", "ний",
            "на", "не", "ні", "ну", "ски", "ска", "ско", "ския", "ският", "ската", "ското", "овата", "евата", "овото", "евото", "овите", "евите", "ните", "ната", "ното", "ния", "ният", "ият", "ен", "ва", "во");

    /**
     * A run of capitalised words that holds two names is split: after a place that more names
     * follow ("Великобритании | Борис Джонсон"), after an abbreviation that a name follows ("ЕС |
     * Мишель Барнье"), unless what follows is one place in the genitive ("МИД Германии").
     */
    private List<Mention> split(W[] w, Mention m, Set<String> loneKeys, Set<String> declinedTogether) {
        if (m.quoted || m.type != null || m.end - m.first < 2) return List.of(m);
        List<Mention> out = new ArrayList<>();
        int start = m.first;
        for (int k = m.first; k < m.end - 1; k++) {
            W x = w[k], next = w[k + 1];
            if (!x.word || !next.word) continue;
            // a place in another case than the first name after it is no first name ("у Львові | Тарас Петренко", though
            // "Львові" is also Лев's dative): a name's words agree in case
            boolean placeNotName = !x.firstName || !x.nominative && next.firstName && next.nominative;
            // an organisation's noun before a name in the genitive is one name, unless a person's ("Уряд | Терези Мей"):
            // "Організації | Об'єднаних Націй" is no cut
            // ("Совету | Безопасности ООН" neither, though "безопасности" is a plural's nominative too)
            boolean headOfGenitive = isHead(x) && !x.place && next.genitive && (!next.nominative || !nominativeSingular(next)) && !next.firstName && !next.surname;
            // a place in the nominative that opens a name, with a word after it in no other case, is a given name
            // ("Джорджія Мелоні", "Вірджинія Вулф"); a place in another case before a word in the nominative is not
            // ("Италии | Джорджия Мелони")
            boolean givenName = inflects && x.place && k == start && (!x.oblique() && x.nominative && !next.oblique() && !next.place && !isHead(next)
                    || declinedTogether.contains(x.key + " " + next.key));
            boolean caseBreak = inflects && x.place && x.oblique() && next.nominative && !next.genitive && !isHead(x);
            // (a word after it that only the Ukrainian dictionary's places hold, and a name's word after that, opens a name: "Аржентина
            // | Сантяго Кафиеро")
            boolean nameAfter = !next.place || !next.listedPlace && k + 2 < m.end && w[k + 2].word && !w[k + 2].place && !isHead(w[k + 2]);
            boolean placeBefore = (x.place || isHead(x) && next.cap && !headOfGenitive) && placeNotName && nameAfter && !isHead(next)
                    && (m.end - (k + 1) >= 2 || next.firstName || next.surname) && !givenName || caseBreak;
            boolean abbreviationBefore = x.allCaps && !next.allCaps && !next.latin && (next.firstName || m.end - (k + 1) >= 2)
                    && !(next.place && next.oblique());  // "МИД России | Мария Захарова"
            // (Bulgarian's first names are the Russian dictionary's, which knows few foreign ones: the word before is a name of
            // its own only where the text writes it alone too, or it is a place's or a body's, "Брекзит | Дейвид Дейвис", not
            // "Дъглас Мартин Хог")
            boolean firstNameAfter = (next.firstName || next.otherFirstName) && !next.patronymic && !x.firstName && !x.otherFirstName && !x.initial && !x.particle
                    && k + 2 < m.end && !x.allCaps && !isHead(x) && (inflects || x.place || x.organisation || loneKeys.contains(x.key))
                    && !(x.adjective && isHead(next))  // "Верховної Ради | Руслан Стефанчук": Рада is also a woman's name
                    && !words.nameParticles().contains(next.lower);  // "Тамим бин Хамад Аль Тани"
            // a body's words in lower case, then two words or more the dictionary does not know, a foreign person's name:
            // "Палаты представителей | Нэнси Пелоси" (the genitive of a name it knows goes on: "Министерство юстиции Соединенных Штатов")
            // (not after "имени", which the name it bears follows: "центр ... имени Н. Ф. Гамалеи")
            boolean foreignNameAfter = inflects && !x.cap && !x.particle && !namedAfter.contains(x.lower) && next.cap && next.readings.isEmpty() && !next.latin && !next.allCaps && m.end - (k + 1) >= 2;
            // Bulgarian joins no names by case: a word and an abbreviation side by side are two names ("ЕС | Мей", "Туск | ЕС")
            boolean abbreviationBeside = !inflects && x.cap && next.cap && !x.stop && !isHead(x) && (shortAbbreviation(x) ^ shortAbbreviation(next)) && !(x.allCaps && next.allCaps)
                    && !x.latin && !next.latin;
            // a listed place that ends a run of three words or more, after a word that is neither a place, a given name nor a
            // body's noun, is a name of its own: "Ги Верхофстат | Брюксел" (a place in the genitive after a name is not one; nor
            // is the town of a company or a club of two words, "Топлофикация София", "Ботев Пловдив", nor a place a joining
            // word takes, "Върховният съд на Пакистан")
            boolean placeAfter = next.listedPlace && k + 2 == m.end && k > m.first && x.cap && !x.place && !x.firstName && !x.initial && !isHead(x) && !isPlaceHead(x) && !x.allCaps && !x.adjective && !adjectiveLike(x)
                    && !(inflects && next.oblique());
            // a country of two or three words that opens the run, and a name after it: "Саудитска Арабия | Мохамед бин Салман"
            boolean placePhraseBefore = k + 1 - start >= 2 && placePhrase(w, start, k + 1) != null && next.cap;
            if (placeBefore || abbreviationBefore || firstNameAfter || foreignNameAfter || abbreviationBeside || placeAfter || placePhraseBefore) {
                out.add(new Mention(start, k + 1, null, 0));
                start = k + 1;
            }
        }
        out.add(new Mention(start, m.end, null, 0));
        return out;
    }

    /** Gathers the evidence for a name's type from its own words and the word before it. */
    private void type(ParsedText doc, W[] w, Mention m) {
        // a name after "имени" says whom a body is named after, not what it is
        int end = m.end;
        for (int k = m.first + 1; k < m.end && end == m.end; k++) if (w[k].word && !w[k].cap && namedAfter.contains(w[k].lower)) end = k;
        List<Integer> ws = new ArrayList<>();
        for (int k = m.first; k < end; k++) if (w[k].word && !w[k].initial) ws.add(k);
        if (ws.isEmpty()) {
            m.type = PERSON;
            return;
        }
        W first = w[ws.get(0)], last = w[ws.get(ws.size() - 1)];
        W before = m.first > 0 ? w[m.first - 1] : null;
        if (m.quoted) m.vote(ORGANIZATION, 3);
        if (site(w, m)) m.vote(ORGANIZATION, 5);
        boolean anyHead = false, anyPlaceHead = false, latinOnly = true, initials = false;
        for (int k = m.first; k < end; k++) {
            W x = w[k];
            if (x.initial) initials = true;
            if (!x.word) continue;
            if (!x.latin && !x.digits) latinOnly = false;
            if (isHead(x)) anyHead = true;
            if (isPlaceHead(x)) anyPlaceHead = true;
            if (words.organisationWords().contains(x.lower)) m.vote(ORGANIZATION, 3);
            if (x.patronymic) m.vote(PERSON, 3);
            if (k > m.first && k + 1 < m.end && capitalParticle(w, k)) m.vote(PERSON, 3);
        }
        if (anyHead) m.vote(ORGANIZATION, 3);
        if (anyPlaceHead && !anyHead) m.vote(LOCATION, 3);
        if (ws.size() >= 2 && placePhrase(w, m.first, m.end) != null) m.vote(LOCATION, 4);  // "Южна Корея", "Новой Зеландии"
        // a name of several words after "in" with nothing of a person's in it: "в Адис Абеба" (Ukrainian "у" also says whose,
        // "у Нарендри Моді")
        if (ws.size() >= 2 && before != null && locatives.contains(before.lower) && !(inflects && before.lower.equals("у")) && !personal(first, last.surname, initials) && !anyHead) {
            m.vote(LOCATION, 1.5);
        }
        if (ws.size() == 1 && !first.proper && !first.place && words.organisationEndings().stream().anyMatch(first.key::endsWith)) {
            m.vote(ORGANIZATION, 2);  // "Газпром", "Нафтогазу", "Роснефти"
        }
        if (ws.size() == 1 && compoundAbbreviation(first)) m.vote(ORGANIZATION, 3);
        if (ws.size() == 1 && MIXED_ABBREVIATION.matcher(first.text).matches()) m.vote(ORGANIZATION, 3);  // "МВнР"
        if (ws.size() == 1 && first.allCaps && !first.latin && words.placeAbbreviations().contains(first.text)) m.vote(LOCATION, 4);
        else if (first.allCaps && !first.latin && !words.placeAbbreviations().contains(first.text)) m.vote(ORGANIZATION, 2);
        if (initials) m.vote(PERSON, 3);
        if (first.firstName && ws.size() >= 2 && !first.place && !isHead(first)) m.vote(PERSON, 3);
        if (ws.size() == 1 && first.organisation && !first.firstName && !first.surname) m.vote(ORGANIZATION, 2);  // "Нафтогаз"
        boolean organisationLike = first.allCaps || first.place || !first.proper && words.organisationEndings().stream().anyMatch(first.key::endsWith);
        if (before != null && before.word && !before.cap && inList(before, words.titles()) && !organisationLike) m.vote(PERSON, 2);
        if (before != null && before.word && !before.cap && inList(before, words.appositionHeads())) m.vote(ORGANIZATION, 2);  // "агентство Reuters"
        // after a place's noun, a name that no first name opens: "в провинцию Северное Киву", "штата Калифорния" (a surname the
        // dictionary reads in an adjective's place names no one: "провінції Північне Ківу", Ківа's accusative)
        boolean surnameOnly = last.surname && !(ws.size() >= 2 && first.adjective);
        if (before != null && before.word && !before.cap && isPlaceHead(before) && !latinOnly && !personal(first, surnameOnly, initials)) {
            m.vote(LOCATION, 3);
        }
        boolean genitivePlace = ws.size() >= 2 && last.place && inflects && (last.oblique() || last.allCaps) && !first.place && !first.adjective;
        if (genitivePlace) {
            // "МИД Германии", "Нафтогаз Украины": the place only says whose
            m.vote(first.firstName || first.surname ? PERSON : ORGANIZATION, 2.5);
        } else if (last.place) {
            // "Северная Ирландия", "Берлин"; but "Шейлеш Вара" is a person whose surname a place shares
            m.vote(LOCATION, ws.size() == 1 || first.adjective || first.place || adjectiveLike(first) ? 3 : 0.8);
        }
        if (last.surname && !last.place) m.vote(PERSON, 2);
        if (ws.size() == 1 && first.firstName && !first.place) m.vote(PERSON, 1);
        if (latinOnly) m.vote(ORGANIZATION, 1);
        if (ws.size() >= 2 && !latinOnly) m.vote(PERSON, 1);
        if (ws.size() == 1 && before != null && words.placePrepositions().contains(before.lower)) m.vote(LOCATION, 1);
        if (ws.size() == 1 && !latinOnly) {
            String l = first.key;
            if (PLACE_ENDINGS.stream().anyMatch(first.lower::endsWith) && l.length() >= 3) m.vote(LOCATION, 0.5);
            if (first.readings.isEmpty() && !first.proper && words.placeEndings().stream().anyMatch(l::endsWith)) m.vote(LOCATION, 0.6);
            // a common noun whose lemma ends in a vowel, written with a capital, names a place or a thing more often than a
            // person ("Землю", "Луне"); one that ends in a consonant may be an unlisted surname ("Трампа", "Маас")
            boolean commonNoun = inflects && first.common && !first.proper && !first.firstName && !first.surname && !first.adjective
                    && first.readings.stream().filter(r -> tags.noun(r.tag())).map(r -> r.lemma().toLowerCase(Locale.ROOT))
                            .allMatch(lemma -> !lemma.isEmpty() && "аяеёиоуыюэіїєь".indexOf(lemma.charAt(lemma.length() - 1)) >= 0);
            if (!first.allCaps) m.vote(commonNoun ? LOCATION : PERSON, commonNoun ? 0.6 : 0.4);
        }
        String best = null;
        double top = -1;
        for (String t : List.of(ORGANIZATION, LOCATION, PERSON)) {
            double v = m.votes.getOrDefault(t, 0.0);
            if (v > top) {
                top = v;
                best = t;
            }
        }
        m.type = best;
        m.weight = top;
    }

    /**
     * A word that joins a body's shortened name to a noun: "Минсвязи", "Роскосмоса", "Мосгордумы",
     * "Укрзалізниця". Words with the same beginning that the dictionary or the lists know as
     * names ("Минск", "Ростислав", "Україна") are none.
     */
    private boolean compoundAbbreviation(W x) {
        if (x.allCaps || x.latin || x.proper || x.place || x.adjective) return false;
        for (String p : words.organisationPrefixes()) {
            if (x.lower.startsWith(p) && x.lower.length() >= p.length() + 3) return true;
        }
        return false;
    }

    /** Whether a name's words say a person's: initials, a first name, a surname or a patronymic (not another language's first name: "Адис"). */
    private static boolean personal(W first, boolean surname, boolean initials) {
        return initials || first.firstName || surname || first.patronymic;
    }

    /** An abbreviation with a small letter inside, capitals at both ends: "МВнР" (Министерство на външните работи). */
    private static final java.util.regex.Pattern MIXED_ABBREVIATION = java.util.regex.Pattern.compile("\\p{Lu}+\\p{Ll}{1,2}\\p{Lu}+");

    /** A case ending of a masculine noun with a hard stem, after its last consonant: "Роспотребнадзор|а", "Минфин|ом". */
    private static final java.util.regex.Pattern HARD_STEM_CASE = java.util.regex.Pattern.compile("[бвгджзклмнпрстфхцшщ](а|у|ом|е)$");

    /** Letters, then a hyphen and a number: a code ("COVID-19", "SARS-CoV-2", "Boeing-737"). */
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("\\p{L}+(-\\p{L}+)*-\\d+");

    /** Endings of the names of most countries and regions: "Германия", "Німеччині", "Росії". */
    private static final List<String> PLACE_ENDINGS = List.of("ия", "ии", "ию", "ией", "ія", "ії", "ію", "ією", "щина", "щини", "щині", "щину");

    /** Whether a word, as written in lower case or as one of its lemmas, is in a list. */
    private static boolean inList(W x, Set<String> list) {
        if (list.contains(x.lower)) return true;
        for (Reading r : x.readings) if (list.contains(r.lemma().toLowerCase(Locale.ROOT))) return true;
        return false;
    }

    /** Mentions with the same keys become one entity; a one-word mention joins the person whose name ends with it. */
    private List<FoundEntity> link(ParsedText doc, W[] w, List<Mention> mentions) {
        Map<List<String>, List<Mention>> groups = new LinkedHashMap<>();
        for (Mention m : mentions) {
            List<String> keys = keysOf(w, m.first, m.end);
            if (keys.isEmpty()) continue;
            m.keys = keys;
            groups.computeIfAbsent(keys, x -> new ArrayList<>()).add(m);
        }
        if (DEBUG) for (Mention m : mentions) System.err.println("mention " + m.keys + " " + m.votes + " " + m.type);
        // each group's type: the pooled evidence of its mentions
        Map<List<String>, String> types = new HashMap<>();
        Map<List<String>, Double> sureness = new HashMap<>();
        groups.forEach((keys, ms) -> {
            Map<String, Double> votes = new HashMap<>();
            for (Mention m : ms) m.votes.forEach((t, v) -> votes.merge(t, v, Double::sum));
            String best = ms.get(0).type;
            double top = 0;
            for (String t : List.of(GROUP, ORGANIZATION, LOCATION, PERSON)) {
                double v = votes.getOrDefault(t, 0.0) / ms.size();
                if (v > top) {
                    top = v;
                    best = t;
                }
            }
            types.put(keys, best);
            sureness.put(keys, top);
        });
        // a surname alone is the person whose full name ends with it ("Джонсон", "Т.Мей")
        Map<List<String>, List<String>> into = new HashMap<>();
        // a given name of three letters in two cases, too short for a key to join them: "Мая Санду" and "Маю Санду" are one woman
        List<List<String>> fullNames = groups.keySet().stream().filter(k -> k.size() >= 2 && types.get(k).equals(PERSON)).toList();
        for (int a = 0; a < fullNames.size(); a++) {
            for (int b = a + 1; b < fullNames.size(); b++) {
                List<String> x = fullNames.get(a), y = fullNames.get(b);
                if (x.size() == y.size() && x.subList(1, x.size()).equals(y.subList(1, y.size())) && shortCases(x.get(0), y.get(0)) && !into.containsKey(x)) into.put(y, x);
            }
        }
        Map<String, List<List<String>>> bySurname = new HashMap<>();
        groups.keySet().forEach(keys -> {
            if (keys.size() >= 2 && types.get(keys).equals(PERSON) && !into.containsKey(keys)) bySurname.computeIfAbsent(keys.get(keys.size() - 1), x -> new ArrayList<>()).add(keys);
        });
        // a first name alone is the one person named in full with it ("Тереза" after "Тереза Мей")
        Map<String, List<List<String>>> byFirstName = new HashMap<>();
        groups.keySet().forEach(keys -> {
            if (keys.size() >= 2 && types.get(keys).equals(PERSON) && !into.containsKey(keys)) byFirstName.computeIfAbsent(keys.get(0), x -> new ArrayList<>()).add(keys);
        });
        // the last words of people's full names as written: a place's other case may be a surname ("Ашраф Гани" ... "Гани
        // заявил", not Гана's genitive), where the text never writes the place's own nominative alone
        Set<String> surnameForms = new HashSet<>();
        groups.forEach((keys, ms) -> {
            if (keys.size() >= 2 && types.get(keys).equals(PERSON)) ms.forEach(m -> surnameForms.add(w[m.end - 1].lower));
        });
        groups.keySet().forEach(keys -> {
            if (keys.size() != 1) return;
            if (groups.get(keys).stream().anyMatch(m -> m.quoted || w[m.first].allCaps || w[m.first].listedPlace && !placeCaseOfSurname(w[m.first], surnameForms))) return;
            List<List<String>> people = bySurname.get(keys.get(0));
            // (or a family name of one syllable written first, as Chinese and Korean names are: "Си" of "Си Цзиньпин"; or a first
            // name that is also some surname, no one's here: "Назаре" of "Назар Ткачук")
            if (people == null && (keys.get(0).length() <= 3 || groups.get(keys).stream().allMatch(m -> w[m.first].firstName))) {
                people = byFirstName.get(keys.get(0));
            }
            // or the one name of three words or more that holds it inside: "Лулу" of "Луис Инасиу Лула да Силва"
            if (people == null) people = named(groups.keySet(), types, full -> full.size() >= 3 && full.subList(1, full.size() - 1).contains(keys.get(0)));
            if (people == null || people.size() != 1) return;
            into.put(keys, people.get(0));
        });
        // a person's name of two words or more that ends the one longer name: "Лула да Силва" of "Луис Инасиу Лула да Силва"
        groups.keySet().forEach(keys -> {
            if (keys.size() < 2 || !types.get(keys).equals(PERSON)) return;
            List<List<String>> people = named(groups.keySet(), types, full -> full.size() > keys.size() && full.subList(full.size() - keys.size(), full.size()).equals(keys));
            if (people != null && people.size() == 1) into.put(keys, people.get(0));
        });
        // an abbreviation is the one name of several words in the text whose initials it is ("ООН": "Організація Об'єднаних Націй",
        // "LAPFF": "Local Authority Pension Fund Forum")
        Map<String, List<List<String>>> byInitials = new HashMap<>();
        groups.forEach((keys, ms) -> {
            if (keys.size() < 2 || types.get(keys).equals(PERSON)) return;
            ms.stream().map(m -> initials(w, m)).distinct().forEach(i -> byInitials.computeIfAbsent(i, x -> new ArrayList<>()).add(keys));
        });
        groups.forEach((keys, ms) -> {
            if (keys.size() != 1 || into.containsKey(keys) || !ms.stream().allMatch(m -> m.end - m.first == 1 && w[m.first].allCaps)) return;
            String abbreviation = abbreviation(w[ms.get(0).first].text);
            List<List<String>> named = byInitials.get(abbreviation);
            if (named == null || named.size() != 1) return;
            // two letters say little: they stand for the name only where the text uses them no more often than the name
            // ("АП" once after "Асошиейтед прес"), not where they are a body's own name ("ЕС", again and again, is the Union,
            // whatever a "Европейски съвет" named once would spell)
            if (abbreviation.codePointCount(0, abbreviation.length()) < 3 && ms.size() > groups.get(named.get(0)).size()) return;
            into.put(keys, named.get(0));
        });
        Map<List<String>, List<Mention>> merged = new LinkedHashMap<>();
        // (through the names in between: "Лулу" into "Лулу да Силву", into "Луис Инасиу Лула да Силва")
        groups.forEach((keys, ms) -> {
            List<String> target = keys;
            for (int hops = 0; into.containsKey(target) && hops < 3; hops++) target = into.get(target);
            merged.computeIfAbsent(target, x -> new ArrayList<>()).addAll(ms);
        });
        List<FoundEntity> out = new ArrayList<>();
        List<Map.Entry<List<String>, List<Mention>>> ordered = new ArrayList<>(merged.entrySet());
        ordered.sort((a, b) -> Integer.compare(a.getValue().stream().mapToInt(m -> m.first).min().orElse(0),
                b.getValue().stream().mapToInt(m -> m.first).min().orElse(0)));
        for (var e : ordered) {
            List<Mention> ms = e.getValue();
            ms.sort((a, b) -> Integer.compare(a.first, b.first));
            List<int[]> spans = new ArrayList<>();
            for (Mention m : ms) spans.add(new int[] {m.first, m.end});
            String type = types.get(e.getKey());
            out.add(new FoundEntity(type, name(doc, w, ms, type), spans));
        }
        linkPronouns(doc, w, out);
        return out;
    }

    /** Two forms of three letters that differ only in a last vowel, a case ending: "мая" and "маю". */
    private static boolean shortCases(String a, String b) {
        return a.length() == 3 && b.length() == 3 && !a.equals(b) && a.startsWith(b.substring(0, 2))
                && "аяуюеиіыо".indexOf(a.charAt(2)) >= 0 && "аяуюеиіыо".indexOf(b.charAt(2)) >= 0;
    }

    /** A listed place's word in another case than the place's nominative, written so as a person's surname ("Гани"). */
    private boolean placeCaseOfSurname(W x, Set<String> surnameForms) {
        String nominative = placeNames.get(x.key);
        return surnameForms.contains(x.lower) && nominative != null && !nominative.equalsIgnoreCase(x.text);
    }

    /**
     * "он", "она" (and their forms in the other languages) as the subject of a sentence: a person
     * of that gender named in it or the two sentences before, when there is one; of those in the
     * last sentence that names any, the last one named in the nominative, as a subject is ("Стефан
     * Бансел ... привернув увагу президента Трампа. Він пообіцяв": Бансел), else the last one named.
     */
    private void linkPronouns(ParsedText doc, W[] w, List<FoundEntity> entities) {
        List<int[]> people = new ArrayList<>();  // mention end, entity, female, named in the nominative
        for (int e = 0; e < entities.size(); e++) {
            FoundEntity f = entities.get(e);
            if (!f.type().equals(PERSON)) continue;
            int female = female(f.name()) ? 1 : 0;
            // every word as the name has it ("Джастіна Трюдо" is no nominative, though "Трюдо" does not decline)
            List<String> name = List.of(f.name().toLowerCase(Locale.ROOT).split(" "));
            for (int[] m : f.mentions()) {
                boolean nominative = m[1] - m[0] <= name.size();
                for (int k = m[1] - 1, n = name.size() - 1; nominative && k >= m[0]; k--, n--) nominative = w[k].lower.equals(name.get(n));
                people.add(new int[] {m[1], e, female, nominative ? 1 : 0});
            }
        }
        if (people.isEmpty()) return;
        people.sort((a, b) -> Integer.compare(a[0], b[0]));
        for (int i = 0; i < w.length; i++) {
            boolean male = words.malePronouns().contains(w[i].lower), female = words.femalePronouns().contains(w[i].lower);
            if (!male && !female) continue;
            int sentence = doc.token(i).sentence();
            int[] found = null, nominative = null;
            for (int[] p : people) {
                if (p[0] > i) break;
                if (doc.token(p[0] - 1).sentence() < sentence - 2 || (p[2] == 1) != female) continue;
                if (found != null && doc.token(p[0] - 1).sentence() != doc.token(found[0] - 1).sentence()) nominative = null;
                found = p;
                if (p[3] == 1) nominative = p;
            }
            if (nominative != null) found = nominative;
            if (found != null) entities.get(found[1]).mentions().add(new int[] {i, i + 1});
        }
        for (FoundEntity f : entities) f.mentions().sort((a, b) -> Integer.compare(a[0], b[0]));
    }

    /** The first letters of a mention's words, in capitals: "Всесвітня організація охорони здоров'я" is "ВООЗ". */
    private static String initials(W[] w, Mention m) {
        StringBuilder out = new StringBuilder();
        for (int k = m.first; k < m.end; k++) if (w[k].word && !w[k].digits) out.appendCodePoint(Character.toUpperCase(w[k].text.codePointAt(0)));
        return out.toString();
    }

    /**
     * A Bulgarian word that opens a sentence in a form no name has: a definite article
     * ("Британските", "Преходът", "Разрешението"), a verb's third person plural ("Призовават") or
     * first person ("Поздравявам", "Призоваваме": a quotation's first word), a comparative
     * ("По-рано", "Най-често").
     */
    private static boolean definiteOrVerb(W x) {
        return x.lower.startsWith("по-") || x.lower.startsWith("най-")
                || COMMON_ENDINGS.stream().anyMatch(e -> x.lower.endsWith(e) && x.lower.length() > e.length() + 2);
    }

    private static final List<String> COMMON_ENDINGS = List.of("ите", "ът", "ят", "ото", "ето", "ията", "ват", "вам", "ваме", "ката");

    /** Whether the word is a short abbreviation ("ЕС", "ГРУ"), not a name in capitals ("КИТАНОВА"). */
    private static boolean shortAbbreviation(W x) {
        return x.allCaps && x.text.length() <= 4;
    }

    /** An abbreviation without its case ending: "МИДа" is "МИД", "ЄСу" is "ЄС". */
    private static String abbreviation(String text) {
        int upper = 0;
        while (upper < text.length() && Character.isUpperCase(text.charAt(upper))) upper++;
        return text.substring(0, upper);
    }

    /** Whether a person's name is a woman's: her first name, or a surname alone, ending as women's do. */
    private static boolean female(String name) {
        String[] parts = name.toLowerCase(Locale.ROOT).split("[\\s.]+");
        String last = parts[parts.length - 1];
        if (parts.length >= 2 && parts[0].length() > 1) return parts[0].endsWith("а") || parts[0].endsWith("я");
        return FEMALE_SURNAME_ENDINGS.stream().anyMatch(last::endsWith);
    }

    private static final List<String> FEMALE_SURNAME_ENDINGS = List.of("ова", "ева", "ёва", "ина", "ына", "ская", "цкая", "ська", "цька", "ая");

    /** The entity's name: its fullest mention, each word in the nominative. */
    private String name(ParsedText doc, W[] w, List<Mention> ms, String type) {
        Mention best = ms.get(0);
        for (Mention m : ms) if (m.keys.size() > best.keys.size() || m.keys.size() == best.keys.size() && nominatives(w, m) > nominatives(w, best)) best = m;
        String phrase = type.equals(LOCATION) ? placePhrase(w, best.first, best.end) : null;
        if (phrase != null) return phrase;  // "Саудовской Аравии" is Саудовская Аравия
        List<String> written = new ArrayList<>();
        for (int k = best.first; k < best.end; k++) if (w[k].word) written.add(w[k].key);
        String outlet = type.equals(ORGANIZATION) ? outletNames.get(written) : null;
        if (outlet != null) return outlet;  // "Известиями" is Известия, as the list names it
        if (!inflects) {
            String asWritten = doc.slice(doc.token(best.first).start(), doc.token(best.end - 1).end());
            return type.equals(PERSON) || best.end - best.first < 2 ? asWritten : indefinite(w[best.first]) + asWritten.substring(w[best.first].text.length());
        }
        // every form of each key in the entity's mentions
        Map<String, List<W>> forms = new HashMap<>();
        for (Mention m : ms) for (int k = m.first; k < m.end; k++) if (w[k].word) forms.computeIfAbsent(w[k].link, x -> new ArrayList<>()).add(w[k]);
        // a person's mention that opens with the first name's nominative is in the nominative throughout, as written:
        // "Асія Бібі" beside "Асію Бібі", though the dictionary reads "Бібі" as Біба's dative
        List<W> firstForms = forms.getOrDefault(w[best.first].link, List.of());
        // (only where the text writes the first name in more than one form: "Джо" beside "Байденом" says nothing)
        if (type.equals(PERSON) && best.keys.size() > 1 && !w[best.first].initial && firstForms.stream().map(f -> f.lower).distinct().count() > 1) {
            String first = nominative(w[best.first], firstForms, true, gender(w, best), instrumental(w, best));
            for (Mention m : ms) {
                if (m.keys.equals(best.keys) && w[m.first].text.equals(first)) return doc.slice(doc.token(m.first).start(), doc.token(m.end - 1).end());
            }
        }
        String[] out = new String[best.end - best.first];
        String[] opening = !type.equals(PERSON) && best.keys.size() > 1 ? nominativeOpening(w, best) : null;
        for (int k = best.first; k < best.end; k++) {
            List<W> same = forms.getOrDefault(w[k].link, List.of());
            // in a name of several words that is no person's, a word is put in the nominative only as the text writes it elsewhere:
            // "МИД Германии" keeps its genitive, "Северную Ирландию" becomes "Северная Ирландия" only where the text has that
            boolean asWritten = !type.equals(PERSON) && best.keys.size() > 1;
            // but its head noun, first, is, in any case: "Організації Об'єднаних Націй" is "Організація Об'єднаних Націй",
            // "Министерстве финансов" is "Министерство финансов"
            String head = asWritten && k == best.first && (w[k].genitive || !w[k].nominative) ? headLemma(w[k]) : null;
            if (opening != null && k - best.first < opening.length) head = opening[k - best.first];
            String declined = surname(w, best, k);
            if (declined == null && type.equals(PERSON) && onlyAfterFirstName(w, ms, k)) declined = inFirstNamesCase(w, best, k);
            out[k - best.first] = !w[k].word ? w[k].text
                    : head != null ? head
                    : asWritten ? same.stream().filter(f -> f.nominative && f.cap).map(f -> f.text).findFirst().orElse(w[k].text)
                    : type.equals(PERSON) && !w[k].nominative && (!w[k].firstName || k == best.end - 1) && bareFirstName(w, best) ? w[k].text
                    : declined != null ? declined
                    : nominative(w[k], same, type.equals(PERSON), type.equals(PERSON) ? gender(w, best) : null, type.equals(PERSON) && instrumental(w, best));
        }
        if (type.equals(PERSON)) givenNamesInSurnamesCase(w, best, out);
        StringBuilder sb = new StringBuilder();
        int from = doc.token(best.first).start();
        for (int k = best.first; k < best.end; k++) {
            sb.append(doc.slice(from, doc.token(k).start())).append(out[k - best.first]);
            from = doc.token(k).end();
        }
        return sb.toString();
    }

    /**
     * Given names the dictionary does not know, less the case ending their surname loses in the
     * nominative: "Эвана Гершковича", where the text writes "Гершкович", is Эван Гершкович. The
     * words of {@code out}, the name as put so far, are changed in place.
     */
    private void givenNamesInSurnamesCase(W[] w, Mention m, String[] out) {
        W last = w[m.end - 1];
        String nominative = out[out.length - 1];
        if (m.end - m.first < 2 || !last.word || !last.text.startsWith(nominative) || last.text.length() == nominative.length()) return;
        String ending = last.text.substring(nominative.length());
        for (int k = m.first; k < m.end - 1; k++) {
            W given = w[k];
            if (!given.word || given.initial || given.particle || !given.readings.isEmpty() || !out[k - m.first].equals(given.text) || !given.text.endsWith(ending)) continue;
            String stem = given.text.substring(0, given.text.length() - ending.length());
            if (stem.length() >= 3 && endsInConsonant(stem.toLowerCase(Locale.ROOT))) out[k - m.first] = stem;
        }
    }

    /**
     * The opening of a name that is no person's, where adjectives and then an organisation's or a
     * place's noun stand in another case, put in the nominative, each adjective in the noun's gender
     * as the dictionary has it: "Европейского союза" is Европейский союз, "Всесвітньої організації
     * охорони здоров'я" Всесвітня організація (the genitives after the noun stay). Null where the
     * name opens otherwise, or a word in the nominative plural may be one ("Европейские страны").
     */
    private String[] nominativeOpening(W[] w, Mention m) {
        int k = m.first;
        while (k < m.end && k - m.first < 3 && w[k].word && w[k].adjective && !w[k].nominative) k++;
        if (k == m.first || k >= m.end || !w[k].word) return null;
        // the noun's gender and its nominative; an abbreviation ending the name is as written ("Запорожской АЭС": Запорожская АЭС)
        String gender = k == m.end - 1 ? abbreviationGender(w, k) : null, noun = w[k].text;
        if (gender == null && !isHead(w[k]) && !isPlaceHead(w[k])) {
            // a place's name after them: "Великої Одеси" is Велика Одеса, "Нижнего Новгорода" Нижний Новгород
            if (!w[k].place || k != m.end - 1) return null;
            Reading place = w[k].readings.stream().filter(r -> tags.noun(r.tag()) && !tags.plural(r.tag()) && !r.lemma().isEmpty() && tags.gender(r.tag()) != null)
                    .findFirst().orElse(null);
            if (place == null) return null;
            gender = tags.gender(place.tag());
            noun = capitalised(place.lemma(), w[k].text);
        } else if (gender == null) {
            Reading head = null;
            // a noun whose form serves another case too is in the adjectives' case: "в Черном море"
            boolean alsoOblique = w[k].readings.stream().anyMatch(r -> tags.noun(r.tag()) && !tags.plural(r.tag()) && tags.oblique(r.tag()));
            for (Reading r : w[k].readings) {
                // "союз" itself; but a noun that does not decline, "бюро", or whose nominative is another noun's, "банка", is in the adjectives' case
                if (tags.noun(r.tag()) && tags.nominative(r.tag()) && !tags.plural(r.tag()) && !w[k].genitive && !alsoOblique) return null;
                String lemma = r.lemma().toLowerCase(Locale.ROOT);
                if (head == null && tags.noun(r.tag()) && !tags.plural(r.tag()) && (words.organisationHeads().contains(lemma) || words.placeHeads().contains(lemma))) head = r;
            }
            if (head == null) return null;
            gender = tags.gender(head.tag());
            noun = casedAs(head.lemma().toLowerCase(Locale.ROOT), w[k].text);
        }
        String[] out = new String[k - m.first + 1];
        for (int a = m.first; a < k; a++) {
            String form = agreeing(w[a], gender);
            if (form == null) return null;
            out[a - m.first] = casedAs(form, w[a].text);
        }
        out[k - m.first] = noun;
        return out;
    }

    /**
     * An adjective in the nominative singular of a gender ("m", "f", null for the neuter), the form
     * the dictionary reads so with the adjective's lemma ("европейск" + "ое"); null where it has none
     * or the adjective has no form of that gender in the text's case.
     */
    private String agreeing(W adjective, String gender) {
        for (Reading r : adjective.readings) {
            String lemma = r.lemma().toLowerCase(Locale.ROOT);
            if (!tags.adjective(r.tag()) || tags.plural(r.tag()) || !Objects.equals(gender, tags.gender(r.tag())) || lemma.length() < 4) continue;
            // the word's own stem first, which keeps its degree: "Высшей" is Высшая, though its lemma is высокий
            List<String> stems = new ArrayList<>();
            for (int cut = 2; cut <= 3 && adjective.lower.length() - cut >= 3; cut++) stems.add(adjective.lower.substring(0, adjective.lower.length() - cut));
            stems.add(lemma.substring(0, lemma.length() - 2));
            for (String stem : stems) for (String ending : ADJECTIVE_NOMINATIVES) {
                String form = stem + ending;
                // (not the Ukrainian dictionary's poetic long form, "державная")
                if (morphology.readings(form).stream().anyMatch(f -> tags.adjective(f.tag()) && tags.nominative(f.tag()) && !tags.plural(f.tag()) && !Tags.has(f.tag(), "long")
                        && Objects.equals(gender, tags.gender(f.tag())) && f.lemma().equalsIgnoreCase(lemma))) return form;
            }
        }
        return null;
    }

    /** The endings of adjectives in the nominative singular, Russian's and Ukrainian's, every gender. */
    private static final List<String> ADJECTIVE_NOMINATIVES = List.of("ый", "ий", "ой", "ій", "ая", "яя", "а", "я", "ое", "ее", "е", "є");

    /** A form capitalised where the text writes the word so ("Союзу": "Союз"), else in lower case. */
    private static String casedAs(String form, String asWritten) {
        return Character.isUpperCase(asWritten.codePointAt(0)) ? form.substring(0, 1).toUpperCase(Locale.ROOT) + form.substring(1) : form;
    }

    /**
     * A person's gender as the first names of the mention tell it ("Владимира": a man's, so
     * "Путина" is Путин's genitive, not Путина), or null where they tell none or both.
     */
    private static String gender(W[] w, Mention m) {
        Set<String> genders = new HashSet<>();
        for (int k = m.first; k < m.end; k++) if (w[k].word && w[k].firstName) genders.addAll(w[k].firstNameGenders());
        return genders.size() == 1 ? genders.iterator().next() : null;
    }

    /**
     * Whether a person's mention opens with a first name in the nominative, as the dictionary reads
     * it or, unknown to it, ending in a consonant that ends no case ("Райнер Зеле", not "Эммануэлем"): the mention is in the
     * nominative, and a surname of it that the dictionary reads only in another case ("Зеле", as
     * Зель's locative) is as written.
     */
    private boolean bareFirstName(W[] w, Mention m) {
        W first = w[m.first];
        if (m.end - m.first < 2 || !first.word || first.initial) return false;
        // a place's name can be a given name ("Азія Бібі", "Джорджія Мелоні"): in the nominative it says the same
        if (!first.readings.isEmpty()) return (first.firstName || first.place && !first.oblique()) && first.nominative && !first.genitive;
        return first.key.equals(first.lower) && endsInConsonant(first.lower);
    }

    private static int nominatives(W[] w, Mention m) {
        int count = 0;
        for (int k = m.first; k < m.end; k++) if (w[k].word && w[k].nominative) count++;
        return count;
    }

    /** A word of a name in the nominative; of a person's name, in the person's gender where it is known. */
    private String nominative(W x, List<W> forms, boolean person, String gender, boolean instrumental) {
        if (x.digits || x.latin || x.allCaps) return x.text;
        if (x.womansName != null) return x.womansName;
        // (a person's word only where the text writes the place's nominative as it: "Америки Ферреры" is Америка Феррера, but
        // "Ашраф Гани" is no Гана)
        String listed = x.listedPlace ? placeNames.get(x.key) : null;
        if (listed != null && (!person || forms.stream().anyMatch(f -> f.lower.equals(listed.toLowerCase(Locale.ROOT))))) return listed;
        if (x.place && x.properLemma() != null) return capitalised(x.properLemma(), x.text);  // "України": Україна
        // a form read as a name's nominative, this one first; else, of the forms read as nominatives at all, the most
        // used, then the likeliest by its ending: "Тереза" twice over "Терези" once, a common noun's nominative ("scales")
        W chosen = null;
        for (W f : forms) if (f.nominative && f.proper && f.cap && (gender == null || f.nominativeOf(gender)) && (chosen == null || f == x)) chosen = f;
        int chosenCount = 0;
        for (W f : chosen != null ? List.<W>of() : forms) {
            if (!f.nominative || !f.cap && f != x || gender != null && f.proper && !f.nominativeOf(gender)) continue;
            int count = (int) forms.stream().filter(g -> g.text.equals(f.text)).count();
            if (chosen == null || count > chosenCount || count == chosenCount && endingRank(f) < endingRank(chosen)) {
                chosen = f;
                chosenCount = count;
            }
        }
        if (chosen != null) return bareForm(chosen, forms);
        if (x.readings.isEmpty() || forms.stream().allMatch(f -> f.readings.isEmpty())) {
            W bestForm = x;
            int bestRank = endingRank(x);
            for (W f : forms) {
                int r = endingRank(f);
                if (f.cap && r < bestRank) {
                    bestForm = f;
                    bestRank = r;
                }
            }
            if (bestRank == NOMINATIVE_ENDINGS.size() && instrumental) return withoutInstrumental(bestForm.text);
            // a body's shortened name met only in another case of a hard stem: "Роспотребнадзора" is Роспотребнадзор
            java.util.regex.Matcher hard = HARD_STEM_CASE.matcher(bestForm.text);
            if (gender == null && inflects && compoundAbbreviation(bestForm) && hard.find()) return bestForm.text.substring(0, hard.start() + 1);
            return bestForm.text;
        }
        String lemma = x.properLemma(gender);
        // a name read only as some plural's ("Крист", "Хан": women's names Криста, Хана in the genitive plural) is one
        // person's, as written
        if (lemma != null && x.readings.stream().filter(r -> tags.proper(r.tag())).allMatch(r -> tags.plural(r.tag()))) return x.text;
        if (lemma != null) return capitalised(lemma, x.text);
        for (Reading r : x.readings) if (tags.noun(r.tag()) && !r.lemma().isEmpty()) return capitalised(r.lemma(), x.text);
        return x.text;
    }

    /**
     * The form, unless it ends in -а or -я and the text also writes the word without that ending:
     * then it is a man's name in the genitive ("Криста" where "Ашок Крист" is written, "Хана" where
     * "Имран Хан" is), though the dictionary knows it as a woman's name in the nominative.
     */
    private static String bareForm(W chosen, List<W> forms) {
        if (!chosen.lower.endsWith("а") && !chosen.lower.endsWith("я")) return chosen.text;
        String bare = chosen.text.substring(0, chosen.text.length() - 1);
        return forms.stream().anyMatch(f -> f.text.equals(bare)) ? bare : chosen.text;
    }

    /**
     * Whether a person's mention is in the instrumental throughout: "Эммануэлем Макроном", or one
     * word in -ом, "Макроном", after a Chinese surname of two letters, "Си Цзиньпином". A lone word
     * in -ем may be a nominative ("Озлем Тюреджі").
     */
    private static boolean instrumental(W[] w, Mention m) {
        int words = 0;
        boolean om = false;
        for (int k = m.first; k < m.end; k++) {
            if (!w[k].word || k == m.first && w[k].lower.length() == 2 && m.end - m.first > 1) continue;
            if (!INSTRUMENTAL.matcher(w[k].lower).find()) return false;
            words++;
            om |= w[k].lower.endsWith("ом");
        }
        return words >= 2 || om;
    }

    private static final java.util.regex.Pattern INSTRUMENTAL = java.util.regex.Pattern.compile("(ом|ем|ой|ей|ою|ею|им|ым)$");

    /**
     * A man's name the dictionary does not know, written only in the instrumental, in the
     * nominative: "Макроном" is Макрон, "Шольцем" Шольц, "Эммануэлем" Эммануэль, "Андреем" Андрей.
     */
    private static String withoutInstrumental(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.length() < 5 || !(lower.endsWith("ом") || lower.endsWith("ем"))) return word;
        String stem = word.substring(0, word.length() - 2);
        return lower.endsWith("ом") ? stem : softStem(stem);
    }

    /**
     * A man's name in the nominative, from its stem less a soft case ending: in й after a vowel
     * ("Андре-ем": Андрей), as it is after a hushing letter or ц, where the stem is hard ("Шольц-ем":
     * Шольц), else in ь ("Эммануэл-ем": Эммануэль).
     */
    private static String softStem(String stem) {
        char last = Character.toLowerCase(stem.charAt(stem.length() - 1));
        return stem + (isVowel(last) ? "й" : "жшчщц".indexOf(last) >= 0 ? "" : "ь");
    }

    private static boolean isVowel(char lower) {
        return "аеёиоуыэюяіїє".indexOf(lower) >= 0;
    }

    private static boolean endsInConsonant(String lower) {
        return CONSONANT.matcher(lower.substring(lower.length() - 1)).matches();
    }

    /** How likely a form of a name is to be its nominative, by its ending: none, then -а, -я, then the rest. */
    private int endingRank(W x) {
        // of the last part of a hyphenated name: "Кара-Мурзой" ends in "ой" (its key is "кар-мурз")
        String word = x.lower.substring(x.lower.lastIndexOf('-') + 1);
        String stem = (x.lower.startsWith(x.link) ? x.link : x.key);
        stem = stem.substring(stem.lastIndexOf('-') + 1);
        String ending = word.startsWith(stem) ? word.substring(stem.length()) : word;
        int i = NOMINATIVE_ENDINGS.indexOf(ending);
        return i < 0 ? NOMINATIVE_ENDINGS.size() : i;
    }

    private static final java.util.regex.Pattern CONSONANT = java.util.regex.Pattern.compile("[бвгґджзклмнпрстфхцчшщ]");

    private static final List<String> NOMINATIVE_ENDINGS = List.of("", "а", "я", "ь", "й", "о", "е", "і", "и", "ы");

    /** A lemma capitalised as the text writes the word: "путин" as "Путин", "кара-мурза" as "Кара-Мурза". */
    private static String capitalised(String lemma, String asWritten) {
        if (!lemma.equals(lemma.toLowerCase(Locale.ROOT))) return lemma;
        StringBuilder sb = new StringBuilder(lemma);
        boolean start = true;
        for (int k = 0; k < sb.length(); k++) {
            char c = sb.charAt(k);
            if (start && Character.isLetter(c)) sb.setCharAt(k, Character.toUpperCase(c));
            start = c == '-';
        }
        return asWritten.isEmpty() ? lemma : sb.toString();
    }
}
