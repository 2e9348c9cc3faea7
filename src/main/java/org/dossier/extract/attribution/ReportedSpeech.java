package org.dossier.extract.attribution;

import org.dossier.lang.Words;
import org.dossier.model.AttributionType;
import org.dossier.nlp.ParsedText;
import org.dossier.nlp.Sentence;
import org.dossier.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Speech quotes in a language read without a dependency parser (Russian, Ukrainian, Bulgarian),
 * from the shapes news prose gives them, over tokens, parts of speech (Universal Dependencies')
 * and lemmas, with the language's word lists ({@code speech-verbs}, {@code that-words},
 * {@code reporting-phrases}, pronouns by gender and in oblique cases, {@code addressees}, {@code outlets}):
 * <ul>
 *   <li>a quotation, then its cue and speaker: {@code «...», — заявил Песков.}, {@code „...“, каза
 *       той.}, {@code «...», — он сказал.};</li>
 *   <li>a dialogue dash: {@code — Мы хотим диалога, — заявил он.};</li>
 *   <li>a speaker, the cue and a colon before the quotation: {@code Песков заявил: «...»};</li>
 *   <li>reported speech after a conjunction: {@code заявил, что ...}, {@code каза, че ...},
 *       {@code заявив, що ...}; with no speaker for a passive report ({@code Сообщается, что});</li>
 *   <li>a source phrase: {@code По словам Пескова, ...}, {@code Според министъра ...}, {@code ...,
 *       як повідомляє Укрінформ.};</li>
 *   <li>an outlet or person after what they said: {@code ..., сообщает ТАСС.}, {@code ..., пише
 *       Ройтерс.};</li>
 *   <li>a pointer to the sentence before: {@code Об этом сообщает ТАСС.}, {@code Това заяви
 *       Борисов.}, {@code Про це повідомляє УНН.}.</li>
 * </ul>
 * The speaker is the noun phrase next to the cue; a past-tense verb's gender rules out a pronoun
 * of the other gender ({@code заявила} is never {@code он}'s).
 */
public final class ReportedSpeech {
    /** Confidences: a guess by shape, not calibrated (no trained model for these languages). */
    private static final double QUOTED = 0.85, REPORTED = 0.75;
    /** The longest speaker phrase read, in words: "министр иностранных дел России Сергей Лавров". */
    private static final int MAX_SPEAKER = 8;
    /** Dashes, and U+0097, which texts decoded from Windows-1252 have for one. */
    private static final Set<String> DASHES = Set.of("—", "–", "-", "―", "\u0097");
    /** Words that point back to the sentence before: "Об этом сообщает", "Про це повідомляє", "Това заяви". */
    private static final Set<String> POINTERS = Set.of("этом", "это", "це", "цьому", "това", "тази");
    /** "As" before a cue that names its source after it: "Как сообщил X, ...", "Както заяви X", "Як повідомив X". */
    private static final Set<String> AS = Set.of("как", "както", "як");
    /** Prepositions of a report's topic: "сообщила об отказе", "розповів про", "съобщи за". */
    private static final Set<String> TOPIC = Set.of("о", "об", "обо", "про", "за", "относно");
    /** Verbs of talking, whose topic is no report: "говорил о переговорах". */
    private static final Set<String> TALK = Set.of("говорить", "говорити", "говоря", "рассказывать", "розповідати", "разказвам");

    private final Set<String> verbs, thatWords, male, female, objects, addressees, outlets, locatives;
    private final List<List<String>> phrases;

    private ReportedSpeech(Words words) {
        verbs = words.set("speech-verbs");
        thatWords = words.set("that-words");
        male = words.set("male-pronouns");
        female = words.set("female-pronouns");
        objects = words.set("object-pronouns");
        addressees = words.set("addressees");
        outlets = words.set("outlets");
        locatives = words.set("locatives");
        phrases = words.list("reporting-phrases").stream().map(p -> List.of(p.split(" "))).toList();
    }

    /** The rules for the language with this code, reading its word lists. */
    public static ReportedSpeech of(String language) {
        return new ReportedSpeech(Words.of(language));
    }

    /** The speech quotes of a text, in text order. */
    public List<FoundAttribution> extract(ParsedText doc) {
        List<FoundAttribution> out = new ArrayList<>();
        Set<Integer> claimed = new java.util.HashSet<>();  // content tokens given already: one report each
        for (Sentence s : doc.sentences()) {
            if (isTitle(doc, s)) continue;
            for (int t = s.firstToken(); t < s.endToken(); t++) {
                FoundAttribution a = isCue(doc, t) ? atVerb(doc, s, t) : atPhrase(doc, s, t);
                if (a == null || a.content().isEmpty() || a.content().stream().anyMatch(claimed::contains)) continue;
                claimed.addAll(a.content());
                out.add(a.withType(AttributionType.SPEECH));
            }
        }
        out.sort(java.util.Comparator.comparingInt(FoundAttribution::anchor));
        return out;
    }

    /** A first line of its own without a full stop: the headline, which reports nothing itself. */
    private static boolean isTitle(ParsedText doc, Sentence s) {
        if (s.index() != 0 || doc.sentences().size() < 2 || doc.sentences().get(1).paragraph() == s.paragraph()) return false;
        return !doc.token(s.endToken() - 1).text().equals(".");
    }

    /**
     * A speech verb: its lemma or its form is listed, and the tagger made it a verb or did not
     * know it ({@code X}: where the language has no dictionary, the list holds forms).
     */
    private boolean isCue(ParsedText doc, int t) {
        Token k = doc.token(t);
        return (k.pos().equals("VERB") || k.pos().equals("X")) && (verbs.contains(k.lemma()) || verbs.contains(lower(k.text())));
    }

    /** A report around a speech verb, or null when none of the shapes fits. */
    private FoundAttribution atVerb(ParsedText doc, Sentence s, int cue) {
        // «...», — заявил Песков. / — Мы хотим диалога, — заявил он.
        int before = skip(doc, cue - 1, -1, s.firstToken());
        List<Integer> quoted = before >= s.firstToken() ? quotationEndingAt(doc, before) : List.of();
        if (quoted.isEmpty() && before >= s.firstToken()) quoted = dashed(doc, s, before, cue);
        if (!quoted.isEmpty()) {
            List<Integer> speaker = speakerAfter(doc, s, cue);
            if (speaker.isEmpty()) speaker = speakerBetween(doc, quoted.get(quoted.size() - 1) + 1, cue);
            return attribution(cue, agreeing(doc, cue, speaker), quoted, QUOTED);
        }
        int after = cue + 1;
        // Песков заявил: «...»
        if (after < s.endToken() && doc.token(after).text().equals(":")) {
            int next = skip(doc, after + 1, 1, s.endToken());
            if (next < doc.tokens().size() && doc.quotationOf(next) >= 0) {
                List<Integer> q = quotation(doc, doc.quotationOf(next));
                return attribution(cue, agreeing(doc, cue, subjectBefore(doc, s, cue)), q, QUOTED);
            }
            // Мей відповіла: Наскільки я знаю, ні.
            if (next < s.endToken()) return attribution(cue, agreeing(doc, cue, subjectBefore(doc, s, cue)), words(doc, next, s.endToken()), REPORTED);
        }
        // заявил, что ... / заявил министр, что ...
        int that = thatAfter(doc, s, cue);
        if (that >= 0) {
            List<Integer> speaker = subjectBefore(doc, s, cue);
            if (speaker.isEmpty()) speaker = speakerBetween(doc, cue + 1, that);
            return attribution(cue, agreeing(doc, cue, speaker), words(doc, that + 1, s.endToken()), REPORTED);
        }
        // Але при цьому, наголосила Мей, треба зберегти ... : the cue inserted between commas
        if (cue - 1 > s.firstToken() && doc.token(cue - 1).text().equals(",")) {
            List<Integer> speaker = speakerAfter(doc, s, cue);
            int comma = speaker.isEmpty() ? -1 : speaker.get(speaker.size() - 1) + 1;
            while (comma > 0 && comma < s.endToken() && !doc.token(comma).isPunct()) comma++;  // "сказала вона своїм критикам,"
            if (comma > 0 && comma + 1 < lastWord(doc, s) && doc.token(comma).text().equals(",")) {
                List<Integer> content = words(doc, s.firstToken(), cue - 1);
                content.addAll(words(doc, comma + 1, s.endToken()));
                return attribution(cue, agreeing(doc, cue, speaker), content, REPORTED);
            }
        }
        // Как утверждали мусульманки, ... / ..., как сообщил Песков.
        if (cue > s.firstToken() && AS.contains(lower(doc.token(cue - 1).text()))) {
            List<Integer> speaker = speakerAfter(doc, s, cue);
            int end = speaker.isEmpty() ? cue + 1 : speaker.get(speaker.size() - 1) + 1;
            if (cue - 1 == s.firstToken() && end < s.endToken() && doc.token(end).text().equals(",")) {
                return attribution(cue, speaker, words(doc, end + 1, s.endToken()), REPORTED);
            }
            if (cue - 2 > s.firstToken() && doc.token(cue - 2).text().equals(",") && end >= lastWord(doc, s)) {
                return attribution(cue, speaker, words(doc, s.firstToken(), cue - 2), REPORTED);
            }
        }
        // призвал демонстрантов разойтись / сообщила об отказе выплатить компенсацию / обеща да ...
        int complement = complementAfter(doc, s, cue);
        if (complement >= 0) {
            List<Integer> speaker = subjectBefore(doc, s, cue);
            return attribution(cue, agreeing(doc, cue, speaker), words(doc, complement, clauseEnd(doc, s, complement)), REPORTED);
        }
        // ..., сообщает ТАСС. / ..., пише Ройтерс.
        if (cue - 1 > s.firstToken() && doc.token(cue - 1).text().equals(",")) {
            List<Integer> speaker = speakerAfter(doc, s, cue);
            int last = speaker.isEmpty() ? -1 : speaker.get(speaker.size() - 1);
            // "..., каза банкер пред Ройтерс.": the one told, or where, may end the sentence
            String next = last >= 0 && last + 1 < s.endToken() ? lower(doc.token(last + 1).text()) : "";
            if (last >= 0 && (last >= lastWord(doc, s) || addressees.contains(next) || locatives.contains(next))) {
                return attribution(cue, speaker, words(doc, s.firstToken(), cue - 1), REPORTED);
            }
        }
        // Об этом сообщает ТАСС. / Това заяви Борисов.
        if (pointsBack(doc, s, cue) && s.index() > 1) {
            Sentence previous = doc.sentences().get(s.index() - 1);
            List<Integer> speaker = speakerAfter(doc, s, cue);
            if (speaker.isEmpty()) speaker = subjectBefore(doc, s, cue);
            return attribution(cue, speaker, words(doc, previous.firstToken(), previous.endToken()), REPORTED);
        }
        return null;
    }

    /** A report after a source phrase at token {@code t} ("по словам X, ..."), or null. */
    private FoundAttribution atPhrase(ParsedText doc, Sentence s, int t) {
        for (List<String> phrase : phrases) {
            if (t + phrase.size() > s.endToken()) continue;
            // "по словам X", or with the source inside the phrase: "по его словам", "за її словами"
            int inside = phrase.size() == 2 && t + 2 < s.endToken() && doc.token(t + 1).pos().equals("PRON") ? t + 1 : -1;
            boolean match = true;
            for (int k = 0, at = t; k < phrase.size() && match; k++, at++) {
                if (at == inside) at++;
                match = lower(doc.token(at).text()).equals(phrase.get(k));
            }
            if (!match && inside >= 0) {
                inside = -1;
                match = true;
                for (int k = 0; k < phrase.size() && match; k++) match = lower(doc.token(t + k).text()).equals(phrase.get(k));
            }
            if (!match) continue;
            int end = t + phrase.size() + (inside >= 0 ? 1 : 0);
            List<Integer> cue = words(doc, t, end);
            List<Integer> speaker = new ArrayList<>();
            if (inside >= 0) {
                cue.remove(Integer.valueOf(inside));
                speaker.add(inside);
            }
            while (inside < 0 && end < s.endToken() && !doc.token(end).isPunct() && speaker.size() < MAX_SPEAKER) speaker.add(end++);
            if (speaker.isEmpty()) return null;
            // "Според него Лондон трябва ...": a pronoun is the whole source, with or without a comma after it
            boolean pronoun = inside < 0 && speaker.size() > 1 && isPronoun(doc, speaker.get(0));
            if (pronoun) {
                end = speaker.get(0) + 1;
                speaker = List.of(speaker.get(0));
            }
            // По словам Пескова, ... : the rest of the sentence; ..., как сообщает ТАСС. : what comes before
            boolean first = t == s.firstToken() || doc.token(t - 1).isPunct() && t - 1 == s.firstToken();
            if (pronoun && first) return new FoundAttribution(t, cue, speaker, words(doc, end, s.endToken()), REPORTED);
            List<Integer> content = first && end < s.endToken() && doc.token(end).text().equals(",")
                    ? words(doc, end + 1, s.endToken())
                    : t > s.firstToken() && doc.token(t - 1).text().equals(",") && end + 1 >= s.endToken() ? words(doc, s.firstToken(), t - 1) : List.of();
            if (content.isEmpty()) return null;
            return new FoundAttribution(t, cue, speaker, content, REPORTED);
        }
        return null;
    }

    /** A personal pronoun, as tagged or as listed: "него", "тях", "нея" where Bulgarian has no tagger. */
    private boolean isPronoun(ParsedText doc, int t) {
        String w = lower(doc.token(t).text());
        return doc.token(t).pos().equals("PRON") || male.contains(w) || female.contains(w) || objects.contains(w);
    }

    private static FoundAttribution attribution(int cue, List<Integer> speaker, List<Integer> content, double confidence) {
        return new FoundAttribution(cue, List.of(cue), speaker, content, confidence);
    }

    /**
     * The speaker, unless a pronoun in an oblique case ({@code Ему заявила}: to him, not by him) or
     * of the other gender than the past-tense cue's ({@code заявила} ... {@code он}).
     */
    private List<Integer> agreeing(ParsedText doc, int cue, List<Integer> speaker) {
        if (speaker.size() != 1) return speaker;
        String verb = lower(doc.token(cue).text()), word = lower(doc.token(speaker.get(0)).text());
        // past tense: -ла feminine, -л (Russian, Bulgarian participles) and -в (Ukrainian) masculine
        boolean feminineVerb = verb.endsWith("ла") || verb.endsWith("лась"), masculineVerb = verb.endsWith("л") || verb.endsWith("в");
        if (objects.contains(word) || feminineVerb && male.contains(word) || masculineVerb && female.contains(word)) return List.of();
        return speaker;
    }

    /**
     * The noun phrase right after the cue, up to punctuation or a conjunction; none when a
     * preposition opens it ("говорится в заявлении", "йдеться в повідомленні" say where, not who).
     */
    private List<Integer> speakerAfter(ParsedText doc, Sentence s, int cue) {
        List<Integer> out = new ArrayList<>();
        int from = afterAddressee(doc, s, cue + 1);
        if (from == cue + 1 && from < s.endToken() && doc.token(from).pos().equals("ADP")) return out;
        for (int t = from; t < s.endToken() && out.size() < MAX_SPEAKER; t++) {
            Token k = doc.token(t);
            if (k.isPunct() || doc.quotationOf(t) >= 0 || thatWords.contains(lower(k.text())) || isNominalBreak(k)) break;
            out.add(t);
        }
        return nominal(doc, speakerOnly(doc, out));
    }

    /**
     * The phrase up to the one told ("банкер пред Ройтерс" is the banker, who spoke to Reuters) or
     * up to where a role is ("българският консул в Букурещ" is the consul, not Bucharest).
     */
    private List<Integer> speakerOnly(ParsedText doc, List<Integer> phrase) {
        for (int i = 1; i < phrase.size(); i++) {
            String w = lower(doc.token(phrase.get(i)).text());
            if (addressees.contains(w)) return phrase.subList(0, i);
            boolean role = phrase.subList(0, i).stream().map(t -> doc.token(t).text()).anyMatch(x -> Character.isLowerCase(x.codePointAt(0)) && !locatives.contains(x));
            if (locatives.contains(w) && role && i + 1 < phrase.size() && Character.isUpperCase(doc.token(phrase.get(i + 1)).text().codePointAt(0))) {
                return phrase.subList(0, i);
            }
        }
        return phrase;
    }

    /**
     * The token after the one told, when the words after the cue open with it ({@code сообщил изданию
     * Politico Владимир Кара-Мурза}, {@code съобщи пред bTV ...}): an addressee word, then the name of an
     * outlet (a listed one, one in quotation marks, in Latin letters, else one capitalised word); else {@code t}.
     */
    private int afterAddressee(ParsedText doc, Sentence s, int t) {
        if (t + 1 >= s.endToken() || !addressees.contains(lower(doc.token(t).text()))) return t;
        int u = t + 1;
        int quotation = doc.quotationOf(u);
        if (quotation >= 0) {
            while (u < s.endToken() && doc.quotationOf(u) == quotation) u++;
            return u;
        }
        if (isLatin(doc.token(u).text())) {
            while (u < s.endToken() && isLatin(doc.token(u).text())) u++;
            return u;
        }
        if (!Character.isUpperCase(doc.token(u).text().codePointAt(0))) return t;
        for (int end = Math.min(s.endToken(), u + 4); end > u + 1; end--) {
            if (outlets.contains(doc.slice(doc.token(u).start(), doc.token(end - 1).end()))) return end;
        }
        return u + 1;
    }

    private static boolean isLatin(String word) {
        return word.codePoints().anyMatch(Character::isLetter)
                && word.codePoints().filter(Character::isLetter).allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
    }

    /** A speaker standing between a quotation and its cue: {@code «...», — он сказал.} */
    private List<Integer> speakerBetween(ParsedText doc, int from, int to) {
        List<Integer> out = new ArrayList<>();
        for (int t = from; t < to; t++) if (!doc.token(t).isPunct() && doc.quotationOf(t) < 0) out.add(t);
        return out.size() <= MAX_SPEAKER ? nominal(doc, out) : List.of();
    }

    /** The noun phrase before the cue in its clause: back over names, nouns, adjectives and pronouns, past adverbs next to the verb. */
    private List<Integer> subjectBefore(ParsedText doc, Sentence s, int cue) {
        int t = cue - 1;
        while (t >= s.firstToken() && (doc.token(t).pos().equals("ADV") || doc.token(t).pos().equals("PART") || doc.token(t).pos().equals("AUX"))) t--;
        List<Integer> out = new ArrayList<>();
        while (t >= s.firstToken() && out.size() < MAX_SPEAKER) {
            Token k = doc.token(t);
            if (k.isPunct() && !k.text().equals("-") || doc.quotationOf(t) >= 0 || isNominalBreak(k)) break;
            out.add(0, t);
            t--;
        }
        return nominal(doc, untagged(doc, speakerOnly(doc, out)));
    }

    /**
     * Where the tagger knew none of the words ({@code X}, as without a dictionary), the run of
     * capitalised words that ends the phrase ("европреговарящ Мишел Барние" -> "Мишел Барние"),
     * else its last word; a phrase with tags is kept.
     */
    private static List<Integer> untagged(ParsedText doc, List<Integer> phrase) {
        if (phrase.isEmpty() || phrase.stream().anyMatch(t -> !Set.of("X", "PROPN").contains(doc.token(t).pos()))) return phrase;
        int i = phrase.size();
        while (i > 0 && Character.isUpperCase(doc.token(phrase.get(i - 1)).text().codePointAt(0))) i--;
        return i < phrase.size() ? phrase.subList(i, phrase.size()) : phrase.subList(phrase.size() - 1, phrase.size());
    }

    /** A part of speech that ends a noun phrase: a verb, a conjunction, a preposition at its start. */
    private static boolean isNominalBreak(Token k) {
        return Set.of("VERB", "AUX", "CCONJ", "SCONJ", "ADV", "PART", "INTJ").contains(k.pos());
    }

    /**
     * The phrase when it holds a name, noun or pronoun, trimmed of prepositions at its start ("В Кремле
     * заявили") and of the words a preposition governs before a name ("После встречи Джонсон сказал");
     * else none.
     */
    private static List<Integer> nominal(ParsedText doc, List<Integer> phrase) {
        List<Integer> out = new ArrayList<>(phrase);
        boolean preposition = false;
        while (!out.isEmpty() && doc.token(out.get(0)).pos().equals("ADP")) {
            out.remove(0);
            preposition = true;
        }
        int name = 0;
        while (name < out.size() && !doc.token(out.get(name)).pos().equals("PROPN")) name++;
        if (preposition && name > 0 && name < out.size()) out.subList(0, name).clear();
        boolean head = out.stream().anyMatch(t -> Set.of("PROPN", "NOUN", "PRON", "X").contains(doc.token(t).pos()));
        return head ? out : List.of();
    }

    /** The token after a comma after the cue (or after the speaker that follows it) when it opens reported speech: "что", "че", "що". */
    private int thatAfter(ParsedText doc, Sentence s, int cue) {
        for (int t = cue + 1; t < s.endToken() && t <= cue + MAX_SPEAKER + 2; t++) {
            if (doc.token(t).text().equals(",") && t + 1 < s.endToken() && thatWords.contains(lower(doc.token(t + 1).text()))) return t + 1;
            if (thatWords.contains(lower(doc.token(t).text())) && t == cue + 1) return t;  // "каза че" without its comma
            if (doc.token(t).isPunct() && !doc.token(t).text().equals(",") || doc.quotationOf(t) >= 0) return -1;
        }
        return -1;
    }

    /**
     * Where the content of a cue that takes no conjunction starts: at a preposition of topic
     * ("сообщила об отказе ...", "заявили о необходимости ..."), or right after the cue when an infinitive
     * follows within its object ("призвал демонстрантов разойтись", "обеща да ..."); else -1.
     */
    private int complementAfter(ParsedText doc, Sentence s, int cue) {
        if (cue + 1 >= s.endToken()) return -1;
        // "заявили о необходимости ..." reports what was said; "говорил о переговорах", what it was about
        if (TOPIC.contains(lower(doc.token(cue + 1).text()))) return TALK.contains(doc.token(cue).lemma()) ? -1 : cue + 1;
        for (int t = cue + 1; t < s.endToken() && t <= cue + 3; t++) {
            Token k = doc.token(t);
            if (k.isPunct()) return -1;
            String w = lower(k.text());
            if (w.equals("да") || k.pos().equals("VERB") && w.equals(k.lemma()) && (w.endsWith("ть") || w.endsWith("ти") || w.endsWith("чь"))) return cue + 1;
        }
        return -1;
    }

    /** The end of the clause from {@code t}: the sentence's end, or a comma before a trailing report ("..., передает ТАСС"). */
    private int clauseEnd(ParsedText doc, Sentence s, int t) {
        for (int k = t; k + 1 < s.endToken(); k++) {
            if (doc.token(k).text().equals(",") && isCue(doc, k + 1) && doc.quotationOf(k) < 0) return k;
        }
        return s.endToken();
    }

    /** Whether the words before the cue point back to the sentence before: "Об этом", "Про це", "Това". */
    private static boolean pointsBack(ParsedText doc, Sentence s, int cue) {
        for (int t = s.firstToken(); t < cue && t < s.firstToken() + 3; t++) if (POINTERS.contains(lower(doc.token(t).text()))) return true;
        return false;
    }

    /** The whole quotation whose last token is {@code t}, or none when no quotation ends there. */
    private static List<Integer> quotationEndingAt(ParsedText doc, int t) {
        int q = doc.quotationOf(t);
        if (q < 0 || t + 1 < doc.tokens().size() && doc.quotationOf(t + 1) == q) return List.of();
        return quotation(doc, q);
    }

    private static List<Integer> quotation(ParsedText doc, int q) {
        List<Integer> out = new ArrayList<>();
        for (List<Integer> tokens : doc.quotationTokens()) if (doc.quotationOf(tokens.get(0)) == q) out.addAll(tokens);
        return out;
    }

    /**
     * A dialogue line: from the dash that opens the sentence to its last word {@code last}, with
     * the comma after it, when a dash stands between that and the cue; else none.
     */
    private static List<Integer> dashed(ParsedText doc, Sentence s, int last, int cue) {
        int open = s.firstToken();
        if (!DASHES.contains(doc.token(open).text()) || open >= last) return List.of();
        int dash = -1;
        for (int t = last + 1; t < cue; t++) if (DASHES.contains(doc.token(t).text())) dash = t;
        if (dash < 0) return List.of();
        List<Integer> out = new ArrayList<>();
        for (int t = open; t < dash; t++) out.add(t);
        return out;
    }

    /** The first token from {@code t} on, going by {@code step}, that is no comma nor dash (within the bound). */
    private static int skip(ParsedText doc, int t, int step, int bound) {
        while ((step < 0 ? t >= bound : t < bound) && (doc.token(t).text().equals(",") || DASHES.contains(doc.token(t).text()))) t += step;
        return t;
    }

    /** The tokens from {@code from} to {@code to}, without the sentence's final punctuation. */
    private static List<Integer> words(ParsedText doc, int from, int to) {
        List<Integer> out = new ArrayList<>();
        for (int t = from; t < to; t++) out.add(t);
        while (!out.isEmpty() && doc.token(out.get(out.size() - 1)).isPunct() && doc.quotationOf(out.get(out.size() - 1)) < 0) out.remove(out.size() - 1);
        return out;
    }

    /** The sentence's last word (before its final punctuation). */
    private static int lastWord(ParsedText doc, Sentence s) {
        int t = s.endToken() - 1;
        while (t > s.firstToken() && doc.token(t).isPunct()) t--;
        return t;
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }
}
