package org.dossier.extract.attribution;

import org.dossier.lang.Words;
import org.dossier.model.AttributionType;
import org.dossier.nlp.ParsedText;
import org.dossier.nlp.Sentence;
import org.dossier.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

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
 *       Борисов.}, {@code Про це повідомляє УНН.}, {@code Об этом, как передает ТАСС, сообщил
 *       Песков}, {@code С данным заявлением выступил X}, unless that sentence is a report already;</li>
 *   <li>words whose quotation marks a scraper lost, before a dash and the cue ({@code Мы ожидаем ...,
 *       - сказал Песков.}); an interview's line after a paragraph {@code Name:};</li>
 *   <li>what was called something ({@code назвал ФРГ "заложницей"}: {@code naming-verbs}), a
 *       quotation a verb only ends ({@code quotation-verbs}), what a call is for
 *       ({@code calling-verbs});</li>
 *   <li>a refusal to comment ({@code отказался комментировать ...}: {@code refusing-verbs},
 *       {@code commenting-words}), typed a refusal;</li>
 *   <li>a quotation that floats after a speaker's, with no cue of its own: a run-on of that speaker.</li>
 * </ul>
 * A report inside another's content is kept beside it ({@code Как сообщал ONLINE.UA, Путин
 * пообещал, что ...}); the author's words to the reader ({@code author-cues}: {@code Напомним,
 * что}, {@code Стоит отметить}) and a name in quotation marks are none. The speaker is the noun
 * phrase next to the cue, or the first verb's subject for the second of two ({@code назвал ... и
 * отметил}); a past-tense verb's gender rules out a pronoun of the other gender ({@code заявила}
 * is never {@code он}'s).
 */
public final class ReportedSpeech {
    /** Confidences: a guess by shape, not calibrated (no trained model for these languages). */
    private static final double QUOTED = 0.85, REPORTED = 0.75;
    /** The longest speaker phrase read, in words: "министр иностранных дел России Сергей Лавров". */
    private static final int MAX_SPEAKER = 8;
    /** Dashes, and U+0097, which texts decoded from Windows-1252 have for one. */
    private static final Set<String> DASHES = Set.of("—", "–", "-", "―", "\u0097");
    /** What ends an interrupting speaker before the dash that resumes the quotation. */
    private static final Set<String> RESUMING = Set.of(".", ",");
    /** Words that point back to the sentence before: "Об этом сообщает", "Про це повідомляє", "Това заяви". */
    private static final Set<String> POINTERS = Set.of("этом", "это", "це", "цьому", "това", "тази");
    /** "As" before a cue that names its source after it: "Как сообщил X, ...", "Както заяви X", "Як повідомив X". */
    private static final Set<String> AS = Set.of("как", "както", "як");
    /** Endings of Bulgarian adjectives, for want of a tagger: "Генералния", "Европейската", "Министерския". */
    private static final Pattern ADJECTIVE_ENDINGS = Pattern.compile("(ния|ския|ата|ото|ски|ска|ско|ният|ският)$");
    /** Bulgarian prepositions of an occasion after a speaker: "на брифинг", "по време на", "след срещата". */
    private static final Set<String> OCCASION_PREPOSITIONS = Set.of("на", "в", "във", "по", "след", "при", "през");
    /**
     * "Also", "further", or Bulgarian's reflexive particle, between a cue and its speaker: "каза още
     * той", "добавил также министр", "оплака се потърпевша".
     */
    private static final Set<String> ALSO = Set.of("още", "също", "также", "еще", "ещё", "також", "теж", "се", "си");
    /** "The words" of "цитирует Интерфакс слова министра": the one whose words they are speaks. */
    private static final Set<String> WORDS_OF = Set.of("слова", "думите");
    /** Relative pronouns, which stand for the noun before their clause: "Джонсон, который ..., объявил". */
    private static final Set<String> RELATIVES = Set.of("который", "которая", "которое", "которые", "який", "яка", "яке", "які", "котрий",
            "който", "която", "което", "които");
    /** "And" between two verbs of one subject. */
    private static final Set<String> AND = Set.of("и", "і", "й", "та");
    /** "With" and "this" of "С данным заявлением выступил X", "З такою заявою виступив X", "С това изявление излезе X". */
    private static final Set<String> WITH = Set.of("с", "со", "з", "із", "зі", "със"),
            DEMONSTRATIVES = Set.of("этим", "данным", "таким", "этой", "данной", "такой", "цим", "цією", "такою", "това", "такова", "тази", "такава");
    /** "This" of "Такое заявление сделал X", "Таку заяву зробив X", "Това изявление направи X". */
    private static final Set<String> DEMONSTRATIVES_NAMING = Set.of("такое", "это", "данное", "подобное", "таку", "цю", "това", "такова");
    /** Infinitive endings, reflexive ones too ("дотримуватися", "бороться"). */
    private static final Pattern INFINITIVE = Pattern.compile("(ть|ти|чь)(ся|сь)?$");
    /** "In" before a body that speaks: "заявили в Кремле", "заявляють у ВООЗ". */
    private static final Set<String> BODY_PREPOSITIONS = Set.of("в", "во", "у", "във");
    /** Past tense endings of Russian and Ukrainian verbs: "заявил", "заявила", "заявив". */
    private static final Pattern PAST = Pattern.compile("(л|ла|ли|в)$");
    /** Reflexive endings of a passive report: "сообщается", "повідомляється". */
    private static final Pattern PASSIVE = Pattern.compile("(ся|сь)$");
    /** Quotation marks, of any language. */
    private static final Pattern QUOTATION_MARKS = Pattern.compile("[\"«»„“”‘’']+");
    /** Prepositions of time, for Bulgarian, which has no tagger: "в понеделник", "през март". */
    private static final Set<String> TIME_PREPOSITIONS = Set.of("в", "във", "през", "на", "у");
    /** Verbs of talking, whose topic is no report: "говорил о переговорах". */
    private static final Set<String> TALK = Set.of("говорить", "говорити", "говоря", "рассказывать", "розповідати", "разказвам",
            "говори", "говорят", "говореше", "разказва", "разказват");  // Bulgarian's forms: its pipeline has no lemmas

    private final Set<String> verbs, nouns, thatWords, male, female, objects, plural, addressees, outlets, locatives, author, stopWords;
    /** Verbs of believing ("считает, что"): a belief is no speech, unless its words are quoted ("считает, что ... «неверным путем»"). */
    private final Set<String> beliefVerbs;
    /** The endings of past participles where the lists hold forms ({@link #withParticiples}), and the speech verbs as listed. */
    private final List<String> participles;
    private final Set<String> listedForms;
    private final Set<String> quotationVerbs, callingVerbs, callingPrepositions, namingVerbs, refusingVerbs, commentingWords;
    /** Verbs whose object states what was said: a demand, a denial, a request ("требуют казни", "отрицала свою вину", "поиска убежище"). */
    private final Set<String> objectVerbs;
    /** Prepositions of a report's topic: "сообщила об отказе", "розповів про", "съобщи за" (not Russian "за": "выступал за"). */
    private final Set<String> topics;
    /** Words that open what a speaker drew on ("ссылаясь на источники"): the speaker ends before them. */
    private final Set<String> citing;
    /** Words a full stop after does not end ("проф.", "г."): it goes on in a speaker's title. */
    private final Set<String> abbreviations;
    /** Nouns of asking or demanding, before what was asked for ("с требованием освободить", "із проханням допомогти"). */
    private final Set<String> demands;
    /** Nouns that name what was said right after the cue ("подчерта необходимостта от ..."): they open the content. */
    private final Set<String> propositions;
    private final List<List<String>> phrases;
    /** Phrases that link a sentence to the one before ("в то же время", "тим часом"): no speaker's words. */
    private final List<List<String>> linking;
    /** Weekdays, and months (a month's stem ends in "*"), which a time phrase between commas opens with. */
    private final Set<String> weekdays;
    private final Map<String, String> months;
    /** Places by name as written ("Берлин"): a name after one ends a phrase of where, and is its own. */
    private final Set<String> places;

    /** Words the language's dictionary reads only in an oblique case: no subject ("Пассажирам посоветовали"). */
    private final Predicate<String> oblique;

    private ReportedSpeech(Words words, Predicate<String> oblique) {
        this.oblique = oblique;
        participles = words.list("participle-endings");
        listedForms = words.set("speech-verbs");
        verbs = withParticiples(listedForms, participles);
        demands = words.set("demand-nouns");
        abbreviations = words.set("abbreviations");
        Set<String> speechNouns = new java.util.LinkedHashSet<>(words.set("speech-nouns"));
        speechNouns.addAll(demands);
        nouns = Set.copyOf(speechNouns);
        thatWords = words.set("that-words");
        male = words.set("male-pronouns");
        female = words.set("female-pronouns");
        objects = words.set("object-pronouns");
        plural = words.set("plural-pronouns");
        addressees = words.set("addressees");
        citing = words.set("citing-words");
        propositions = words.set("proposition-nouns");
        outlets = words.set("outlets");
        locatives = words.set("locatives");
        places = words.set("places");
        author = words.set("author-cues");
        stopWords = words.set("stop-words");
        quotationVerbs = withParticiples(words.set("quotation-verbs"), participles);
        beliefVerbs = withParticiples(words.set("belief-verbs"), participles);
        callingVerbs = withParticiples(words.set("calling-verbs"), participles);
        objectVerbs = withParticiples(words.set("object-verbs"), participles);
        callingPrepositions = words.set("calling-prepositions");
        namingVerbs = withParticiples(words.set("naming-verbs"), participles);
        refusingVerbs = withParticiples(words.set("refusing-verbs"), participles);
        commentingWords = words.set("commenting-words");
        topics = words.set("topic-prepositions");
        weekdays = words.map("weekdays").keySet();
        months = words.map("months");
        phrases = words.list("reporting-phrases").stream().map(p -> List.of(p.split(" "))).toList();
        linking = words.list("linking-phrases").stream().map(p -> List.of(p.split(" "))).toList();
    }

    /**
     * A list of verb forms with the past participles built on them where the language lists their
     * endings ({@code participle-endings}): Bulgarian "заплаши" and "заявява" stand for "заплашил",
     * "заплашила", "заявявал" ... too, the perfect ("е заплашил") and the renarrated mood
     * ("потвърдил пред ..., че") that reports what others said.
     */
    private static Set<String> withParticiples(Set<String> forms, List<String> endings) {
        if (endings.isEmpty()) return forms;
        Set<String> out = new java.util.LinkedHashSet<>(forms);
        for (String f : forms) {
            if (f.indexOf(' ') < 0 && f.matches(".*[аяие]")) for (String e : endings) out.add(f + e);
        }
        return Set.copyOf(out);
    }

    /** The rules for the language with this code, reading its word lists, with no dictionary to say a word's case. */
    public static ReportedSpeech of(String language) {
        return of(language, word -> false);
    }

    /**
     * The rules for the language with this code, with what its dictionary says of case: a phrase
     * whose every noun, pronoun and adjective is read only in an oblique case is no one's subject.
     */
    public static ReportedSpeech of(String language, Predicate<String> oblique) {
        return new ReportedSpeech(Words.of(language), oblique);
    }

    /**
     * The speech quotes of a text and its refusals to comment, in text order, with the quotations
     * that run on after a speaker's ({@code continues}).
     */
    public List<FoundAttribution> extract(ParsedText doc) {
        List<FoundAttribution> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            if (doc.isHeadline(s)) continue;
            for (int t = s.firstToken(); t < s.endToken(); t++) {
                FoundAttribution refusal = refusal(doc, s, t);
                if (refusal != null) {
                    out.add(refusal);
                    t = Math.max(t, refusal.content().get(refusal.content().size() - 1));  // what was refused is no report
                    continue;
                }
                // a demand's infinitive reports nothing itself: "із проханням підтвердити готовність"
                FoundAttribution demand = demand(doc, s, t);
                if (demand != null) {
                    if (out.stream().noneMatch(b -> competes(doc, demand, b)) && !leavesQuotation(doc, demand)) out.add(demand.withType(AttributionType.SPEECH));
                    t = demand.content().get(0);
                    continue;
                }
                // a verb of calling by a name reports the words quoted after it, if any, as a speech verb otherwise
                FoundAttribution named = listedVerb(doc, t, namingVerbs) ? atNaming(doc, s, t) : null;
                // ""..., - пишут они. - ..."": a quotation its author interrupts
                if (named == null && doc.quotationOf(t) >= 0 && doc.token(t).pos().equals("VERB")) named = interrupted(doc, t);
                FoundAttribution a = named != null ? named
                        : isCue(doc, t) ? atVerb(doc, s, t)
                        : listedVerb(doc, t, quotationVerbs) || verbAfterQuotation(doc, s, t) ? atQuotation(doc, s, t)
                        : listedVerb(doc, t, beliefVerbs) && quotesInClause(doc, s, thatAfter(doc, s, t)) ? atVerb(doc, s, t)
                        : isSpeechNoun(doc, t) ? atNoun(doc, s, t) : atPhrase(doc, s, t);
                if (a == null || a.content().isEmpty() || out.stream().anyMatch(b -> competes(doc, a, b)) || leavesQuotation(doc, a)) continue;
                out.add(a.withType(AttributionType.SPEECH));
            }
            FoundAttribution named = namedQuotation(doc, s);
            if (named != null && out.stream().noneMatch(b -> b.content().stream().anyMatch(named.content()::contains))) out.add(named.withType(AttributionType.SPEECH));
            FoundAttribution line = interviewLine(doc, s);
            if (line != null && out.stream().noneMatch(b -> b.content().stream().anyMatch(line.content()::contains))) out.add(line.withType(AttributionType.SPEECH));
        }
        out.sort(java.util.Comparator.comparingInt(FoundAttribution::anchor));
        return RunOnQuotes.inTextOrder(withRunOns(doc, withAnswersGoingOn(doc, out)));
    }

    /**
     * Whether a cue inside a quotation has words outside it as its content: "— Ми ... вимагатимемо
     * щоквартальних звітів, — заявив Кондратюк" reports the quoted man's demand, not the words
     * after the quotation, which its own cue reports.
     */
    private static boolean leavesQuotation(ParsedText doc, FoundAttribution a) {
        if (a.cue().isEmpty()) return false;
        int cue = a.cue().get(0), q = doc.quotationOf(cue);
        if (q >= 0) return a.content().stream().anyMatch(t -> t > cue && doc.quotationOf(t) != q && !doc.token(t).isPunct());
        // a paragraph that a dialogue dash opens: its words end at the dash after a comma or a stop
        int open = doc.sentences().get(paragraphStart(doc, doc.token(cue).sentence())).firstToken();
        if (!DASHES.contains(doc.token(open).text())) return false;
        for (int k = open + 1; k < doc.tokens().size(); k++) {
            if (!DASHES.contains(doc.token(k).text()) || !BEFORE_CLOSING_DASH.contains(doc.token(k - 1).text())) continue;
            if (k < cue) return false;  // the cue is after the quoted words
            int close = k;
            return a.content().stream().anyMatch(t -> t > close);
        }
        return false;
    }

    /**
     * The attributions with the paragraphs an interview's answer goes on in: where the answer's
     * paragraph ends with no closing mark, the paragraphs after it, up to the next interview line,
     * are that speaker's too (some outlets mark neither their start nor their end). None where no
     * interview line or closing mark ends them, nor a paragraph that only asks ("...?") before it.
     */
    private List<FoundAttribution> withAnswersGoingOn(ParsedText doc, List<FoundAttribution> found) {
        List<FoundAttribution> out = new ArrayList<>(found);
        for (int i = 0; i < found.size(); i++) {
            FoundAttribution a = found.get(i);
            if (!a.cue().isEmpty() || a.isRunOn() || a.source().isEmpty()) continue;
            int last = a.content().get(a.content().size() - 1), sentence = doc.token(last).sentence();
            if (last + 1 < doc.tokens().size() && doc.token(last + 1).paragraph() == doc.token(last).paragraph()) continue;
            if (endsQuotation(doc, doc.sentences().get(sentence)) || sentence + 1 >= doc.sentences().size()) continue;
            List<List<Integer>> paragraphs = new ArrayList<>();
            boolean ended = false;
            for (int next = sentence + 1; next < doc.sentences().size() && paragraphs.size() <= 4 && !ended; ) {
                int end = paragraphEnd(doc, next);
                Sentence closing = doc.sentences().get(end);
                if (interviewLine(doc, doc.sentences().get(next)) != null) {
                    while (!paragraphs.isEmpty() && doc.token(closingOf(doc, paragraphs).endToken() - 1).text().equals("?")) paragraphs.remove(paragraphs.size() - 1);
                    ended = true;
                    break;
                }
                int first = doc.sentences().get(next).firstToken();
                if (doc.quotationOf(first) >= 0 && doc.token(first).isPunct()) break;
                paragraphs.add(words(doc, first, closing.endToken()));
                ended = endsQuotation(doc, closing);
                next = end + 1;
            }
            if (!ended) continue;
            for (List<Integer> p : paragraphs) out.add(new FoundAttribution(p.get(0), List.of(), List.of(), p, REPORTED, AttributionType.SPEECH, i));
        }
        return out;
    }

    /** The last sentence of the paragraph whose tokens end {@code paragraphs}. */
    private static Sentence closingOf(ParsedText doc, List<List<Integer>> paragraphs) {
        List<Integer> p = paragraphs.get(paragraphs.size() - 1);
        return doc.sentences().get(doc.token(p.get(p.size() - 1)).sentence());
    }

    /** The signs a dialogue dash closes the quoted words after: "— Мы хотим диалога, — заявил он". */
    private static final Set<String> BEFORE_CLOSING_DASH = Set.of(",", ".", "!", "?", "…");

    /** The index of the first sentence in the paragraph of sentence {@code i}. */
    private static int paragraphStart(ParsedText doc, int i) {
        int paragraph = doc.sentences().get(i).paragraph();
        while (i > 0 && doc.sentences().get(i - 1).paragraph() == paragraph) i--;
        return i;
    }

    /** The index of the last sentence in the paragraph of sentence {@code i}. */
    private static int paragraphEnd(ParsedText doc, int i) {
        int paragraph = doc.sentences().get(i).paragraph();
        while (i + 1 < doc.sentences().size() && doc.sentences().get(i + 1).paragraph() == paragraph) i++;
        return i;
    }

    /** Whether a closing quotation mark stands after the sentence's last word ({@code ...немає".}). */
    private static boolean endsQuotation(ParsedText doc, Sentence s) {
        for (int k = lastWord(doc, s) + 1; k < s.endToken(); k++) {
            if (doc.quotationOf(k) >= 0 && QUOTATION_MARKS.matcher(doc.token(k).text()).matches()) return true;
        }
        return false;
    }

    /**
     * "Представитель Кремля отказался комментировать решение", "отказа да коментира": a refusal
     * at a refusing verb with a word of commenting just after it, its content what follows the
     * verb; or just before it ("от комментариев отказались"), its content that phrase; or null.
     */
    private FoundAttribution refusal(ParsedText doc, Sentence s, int t) {
        if (!listedVerb(doc, t, refusingVerbs)) return null;
        for (int k = t + 1; k < s.endToken() && k <= t + 3 && !doc.token(k).isPunct(); k++) {
            if (listed(commentingWords, doc.token(k)) && clauseEnd(doc, s, t + 1) > t + 1) {
                return new FoundAttribution(t, List.of(t), agreeing(doc, t, subjectBefore(doc, s, t)), words(doc, t + 1, clauseEnd(doc, s, t + 1)),
                        REPORTED, AttributionType.REFUSAL, -1);
            }
        }
        // the word of commenting first, after its preposition: "В пресс-службе Кремля от комментариев отказались"
        for (int k = t - 1; k > s.firstToken() && k >= t - 2 && !doc.token(k).isPunct(); k--) {
            if (!listed(commentingWords, doc.token(k))) continue;
            int from = isPreposition(doc.token(k - 1)) ? k - 1 : k;
            return new FoundAttribution(t, List.of(t), agreeing(doc, t, subjectBefore(doc, s, from)), words(doc, from, t), REPORTED, AttributionType.REFUSAL, -1);
        }
        return null;
    }

    /**
     * The attributions with the quotations that float after them: a quotation that no report
     * claims and that makes up its sentences alone (three words at least, no name in quotation
     * marks) goes on with the speaker quoted last, when that quote ended in its paragraph or the
     * one before with at most one sentence of narration between (`«...», — сказал он. «...»`; a
     * colon's quotation then paragraphs of quotation). Without a speaker before it, none.
     */
    private List<FoundAttribution> withRunOns(ParsedText doc, List<FoundAttribution> found) {
        List<FoundAttribution> out = new ArrayList<>(found);
        for (List<Integer> quote : doc.quotationTokens()) {
            int first = quote.get(0), last = quote.get(quote.size() - 1);
            if (StandingQuotations.words(doc, quote) < 3 || isQuotedName(doc, quote)) continue;
            if (out.stream().anyMatch(a -> a.content().stream().anyMatch(quote::contains) || a.cue().stream().anyMatch(quote::contains))) continue;
            if (!standsAlone(doc, first, last)) continue;
            int previous = -1;
            for (int i = 0; i < out.size(); i++) {
                FoundAttribution a = out.get(i);
                if (a.type() != AttributionType.SPEECH || a.lastToken() >= first) continue;
                if (previous < 0 || a.lastToken() > out.get(previous).lastToken()) previous = i;
            }
            if (previous < 0) continue;
            int from = out.get(previous).lastToken();
            int sentencesBetween = doc.token(first).sentence() - doc.token(from).sentence() - 1;
            if (doc.token(first).paragraph() - doc.token(from).paragraph() > 1 || sentencesBetween > 1) continue;
            out.add(new FoundAttribution(first, List.of(), List.of(), quote, REPORTED, AttributionType.SPEECH, previous));
        }
        return out;
    }

    /**
     * Whether the tokens from {@code first} to {@code last} make up their sentences alone, but for
     * punctuation, its opening mark included: stricter than {@link StandingQuotations#sentencesOnlyOf},
     * which lets a mark stand in the sentence before, as broken nested straight quotes leave one.
     */
    private static boolean standsAlone(ParsedText doc, int first, int last) {
        Sentence s = doc.sentences().get(doc.token(first).sentence()), e = doc.sentences().get(doc.token(last).sentence());
        for (int t = s.firstToken(); t < first; t++) if (!doc.token(t).isPunct()) return false;
        for (int t = last + 1; t < e.endToken(); t++) if (!doc.token(t).isPunct()) return false;
        return true;
    }

    /**
     * Whether two reports claim the same words: their contents overlap and neither is a report
     * within the other ("Как сообщал ONLINE.UA, Путин пообещал, что ...": Putin's cue is inside
     * what ONLINE.UA reported, and both are kept, one relaying the other).
     */
    private static boolean competes(ParsedText doc, FoundAttribution a, FoundAttribution b) {
        if (a.content().stream().noneMatch(b.content()::contains)) return false;
        boolean aInB = b.content().containsAll(a.cue()), bInA = a.content().containsAll(b.cue());
        // a pointer to the sentence before adds nothing to a report there ("Мей заявила, що ... Про це повідомляє X")
        boolean pointer = doc.token(a.content().get(a.content().size() - 1)).sentence() < doc.token(a.cue().get(0)).sentence();
        return pointer && bInA || !aInB && !bInA;
    }

    /**
     * A speech verb: its lemma is listed, or its form is and the tagger made it a verb or did not
     * know it ({@code X}: where the language has no dictionary, the list holds forms).
     */
    private boolean isCue(ParsedText doc, int t) {
        Token k = doc.token(t);
        if (isAuthors(doc, t) || isAttributive(doc, t)) return false;
        // a listed lemma is a verb's whatever the tagger said ("сообщает" tagged a noun); a listed form only where it said verb or nothing
        return !k.pos().equals("PROPN") && verbs.contains(k.lemma())
                || (k.pos().equals("VERB") || k.pos().equals("X")) && verbs.contains(lower(k.text()));
    }

    /**
     * A participle the lists did not hold as such, right after a comma that follows a word: one that
     * describes the word before ("губернатор, призовал за снизходителност ..., беше убит"), not a verb
     * that reports.
     */
    private boolean isAttributive(ParsedText doc, int t) {
        String w = lower(doc.token(t).text());
        if (participles.isEmpty() || !verbs.contains(w) || listedForms.contains(w) || t < 2 || !doc.token(t - 1).text().equals(",")) return false;
        return !doc.token(t - 2).isPunct();
    }

    /**
     * The author's own words to the reader: "Напомним", "Припомняме", or a speech verb after "стоит",
     * "варто", "трябва да (се)" ("Стоит отметить, что ...", "Трябва да се отбележи, че ...").
     */
    private boolean isAuthors(ParsedText doc, int t) {
        if (author.contains(lower(doc.token(t).text()))) return true;
        Sentence s = doc.sentences().get(doc.token(t).sentence());
        for (int k = t - 1; k >= Math.max(s.firstToken(), t - 3); k--) {
            String w = lower(doc.token(k).text());
            if (author.contains(w)) return true;
            if (!w.equals("да") && !w.equals("се")) return false;
        }
        return false;
    }

    /** A quotation that only names something ("«Ryanair»", "„Газпром“"): three capitalised words at most; no quote. */
    private static boolean isQuotedName(ParsedText doc, List<Integer> quotation) {
        List<Integer> words = quotation.stream().filter(t -> !doc.token(t).isPunct()).toList();
        return !words.isEmpty() && words.size() <= 3 && words.stream().allMatch(t -> Character.isUpperCase(doc.token(t).text().codePointAt(0)) || doc.token(t).pos().equals("NUM"));
    }

    /** Whether a list holds the token's lemma or its word in lower case. */
    private static boolean listed(Set<String> list, Token k) {
        return list.contains(k.lemma()) || list.contains(lower(k.text()));
    }

    /** A verb of a list, by lemma, or by form where the tagger made it a verb or did not know it. */
    private static boolean listedVerb(ParsedText doc, int t, Set<String> list) {
        Token k = doc.token(t);
        return !k.pos().equals("PROPN") && list.contains(k.lemma()) || (k.pos().equals("VERB") || k.pos().equals("X")) && list.contains(lower(k.text()));
    }

    /** The quotation a verb ends ("«...», — продолжил министр", "— Мы хотим диалога, — заявил он"), or null. */
    private FoundAttribution atQuotation(ParsedText doc, Sentence s, int cue) {
        if (cue == s.firstToken()) return null;  // nothing before it ("Заявил ..." opening a text)
        int adverbs = beforeAdverbs(doc, s, cue);
        // "«...», — кілька разів повторила прем'єрка": a few words of manner between the dash and the cue
        for (int k = cue - 1; k >= Math.max(s.firstToken(), cue - 3) && !doc.token(k).isPunct() && doc.quotationOf(k) < 0
                && !Set.of("VERB", "PROPN", "PRON").contains(doc.token(k).pos()); k--) {
            if (k - 1 >= s.firstToken() && DASHES.contains(doc.token(k - 1).text())) adverbs = k - 1;
        }
        // "«...», — так підсумувала вона": adverbs after the dash; "..., утім додав" has no dash, "„...“, така коментира" needs none
        int from = DASHES.contains(doc.token(adverbs).text()) ? adverbs : MANNER.contains(lower(doc.token(cue - 1).text())) ? cue - 2 : cue - 1;
        int before = skip(doc, from, -1, s.firstToken());
        List<Integer> quoted = before >= s.firstToken() ? quotationEndingAt(doc, before) : List.of();
        if (isQuotedName(doc, quoted)) quoted = List.of();  // "... належать ПАТ „Газпром“, повідомила прес-служба"
        // "... за т.нар. „преходно споразумение“, пише The Daily Express": words quoted inside the clause reported
        if (!quoted.isEmpty() && quoted.get(0) > s.firstToken() && inClause(doc.token(quoted.get(0) - 1).text())) quoted = List.of();
        if (quoted.isEmpty() && before >= s.firstToken()) quoted = dashed(doc, s, before, cue);
        if (quoted.isEmpty()) return null;
        List<Integer> speaker = speakerAfter(doc, s, cue);
        if (speaker.isEmpty()) speaker = speakerBetween(doc, quoted.get(quoted.size() - 1) + 1, cue);
        return attribution(cue, agreeing(doc, cue, speaker), quoted, QUOTED);
    }

    /**
     * Any verb right after a quotation's dash reports it: "«...», — заключает профессор",
     * ""...", - объясняет директор": the shape says what a list of verbs cannot all say.
     */
    private static boolean verbAfterQuotation(ParsedText doc, Sentence s, int t) {
        if (t - 3 < s.firstToken() || !doc.token(t).pos().equals("VERB") || !DASHES.contains(doc.token(t - 1).text())) return false;
        int mark = doc.token(t - 2).text().equals(",") ? t - 3 : t - 2;
        return doc.quotationOf(mark) >= 0 && QUOTATION_MARKS.matcher(doc.token(mark).text()).matches();
    }

    /**
     * Whether words are quoted inside the clause from {@code that} (a conjunction's index; none
     * below 0): a quotation that opens and closes there and is no name ("«Північного потоку-2»").
     */
    private boolean quotesInClause(ParsedText doc, Sentence s, int that) {
        if (that < 0) return false;
        int end = clauseEnd(doc, s, that + 1);
        for (int k = that + 1; k < end; k++) {
            if (doc.quotationOf(k) < 0) continue;
            List<Integer> q = doc.quotation(doc.quotationOf(k));
            List<Integer> words = q.stream().filter(w -> !doc.token(w).isPunct()).toList();
            // words begin in lower case, or are many: a name begins with a capital ("«Северный поток — 2»")
            if (q.get(0) == k && q.get(q.size() - 1) < end && !words.isEmpty()
                    && (Character.isLowerCase(doc.token(words.get(0)).text().codePointAt(0)) || words.size() >= 5)) return true;
            k = Math.max(k, q.get(q.size() - 1));
        }
        return false;
    }

    /**
     * A quotation its author interrupts inside its marks: ""Наши данные ..., - пишут они. - Мы
     * также ..."", "«..., – каже Стефан, – основна ...»": the cue right after a dash that follows
     * the words' comma, the speaker up to a full stop or comma, and a dash after it resuming the
     * words. The content is the quotation less that part; none where the shape is not all there.
     */
    private FoundAttribution interrupted(ParsedText doc, int cue) {
        int q = doc.quotationOf(cue);
        if (cue < 2 || !DASHES.contains(doc.token(cue - 1).text()) || !Set.of(",", "!", "?").contains(doc.token(cue - 2).text())
                || doc.quotationOf(cue - 2) != q) return null;
        List<Integer> quoted = doc.quotation(q);
        int stop = cue + 1;
        // the speaker ends with a full stop or a comma: "- пишут они. -", "– каже Стефан, –"
        while (stop < doc.tokens().size() && doc.quotationOf(stop) == q && !RESUMING.contains(doc.token(stop).text()) && stop - cue <= MAX_SPEAKER + 1) stop++;
        if (stop + 1 >= doc.tokens().size() || !RESUMING.contains(doc.token(stop).text()) || !DASHES.contains(doc.token(stop + 1).text())
                || doc.quotationOf(stop + 1) != q || stop == cue + 1) return null;
        List<Integer> speaker = new ArrayList<>();
        for (int k = cue + 1; k < stop; k++) {
            if (doc.token(k).isPunct() && !doc.token(k).text().equals("-") || isNominalBreak(doc.token(k))) return null;
            speaker.add(k);
        }
        List<Integer> content = new ArrayList<>();
        for (int k : quoted) if (k < cue - 1 || k > stop + 1) content.add(k);
        if (content.stream().filter(k -> !doc.token(k).isPunct()).count() < 3) return null;
        return attribution(cue, agreeing(doc, cue, nominal(doc, speakerOnly(doc, speaker))), content, QUOTED);
    }

    /** The token before the cue and the adverbs right before it ("как ранее сообщал": "как"), the sentence's first at most. */
    private static int beforeAdverbs(ParsedText doc, Sentence s, int cue) {
        int t = cue - 1;
        while (t > s.firstToken() && doc.token(t).pos().equals("ADV")) t--;
        return t;
    }

    /** "так", "така": "«...», так прокомментировал ...", "„...“, така коментира ...", with no dash before it. */
    private static final Set<String> MANNER = Set.of("так", "така", "тъй");

    /** Whether a quotation after this token stands inside a clause: after a word or an abbreviation's full stop, not a colon, comma, dash or bracket. */
    private static boolean inClause(String before) {
        return !before.equals(":") && !before.equals(",") && !before.equals("(") && !DASHES.contains(before);
    }

    /** "назвал ФРГ «заложницей»": the words quoted after a verb of calling by a name, or null. */
    private FoundAttribution atNaming(ParsedText doc, Sentence s, int cue) {
        for (int t = cue + 1; t < s.endToken() && t <= cue + 6; t++) {
            if (doc.quotationOf(t) >= 0) {
                List<Integer> q = doc.quotation(doc.quotationOf(t));
                if (q.get(0) != t) return null;
                List<Integer> speaker = agreeing(doc, cue, subjectBefore(doc, s, cue));
                // "назвав «Північний потік-2» новим видом гібридної зброї": what was named, then what it was called
                if (t == cue + 1) return q.get(q.size() - 1) + 1 < lastWord(doc, s) ? attribution(cue, speaker, words(doc, t, clauseEnd(doc, s, t)), REPORTED) : null;
                return isQuotedName(doc, q) ? null : attribution(cue, speaker, q, QUOTED);
            }
            if (doc.token(t).isPunct() || doc.token(t).pos().equals("VERB")) break;
        }
        // "Кремль назвал санкции незаконными", "назвав статистику ... оптимістичною": what was named and what it was called,
        // a few words with no verb, by a speaker before the verb
        int end = clauseEnd(doc, s, cue + 1);
        List<Integer> called = words(doc, cue + 1, end);
        List<Integer> speaker = agreeing(doc, cue, subjectBefore(doc, s, cue));
        boolean plain = called.size() >= 2 && called.size() <= 12 && called.stream().noneMatch(t -> doc.token(t).isPunct() || doc.token(t).pos().equals("VERB") || doc.quotationOf(t) >= 0);
        return plain && !speaker.isEmpty() ? attribution(cue, speaker, called, REPORTED) : null;
    }

    /** A report around a speech verb, or null when none of the shapes fits. */
    private FoundAttribution atVerb(ParsedText doc, Sentence s, int cue) {
        if (cannotSay(doc, s, cue)) return null;
        // «...», — заявил Песков. / — Мы хотим диалога, — заявил он.
        FoundAttribution quotation = atQuotation(doc, s, cue);
        if (quotation != null) return quotation;
        int adverbs = beforeAdverbs(doc, s, cue);
        // Песков заявил: «...» / Биби ответила на эту фразу так: «...»
        int after = cue + 1;
        while (after < s.endToken() && after <= cue + 6 && !doc.token(after).isPunct() && doc.quotationOf(after) < 0
                && !doc.token(after).pos().equals("VERB")) after++;
        if (after >= s.endToken() || !doc.token(after).text().equals(":")) after = cue + 1;
        if (after < s.endToken() && doc.token(after).text().equals(":")) {
            int next = skip(doc, after + 1, 1, s.endToken());
            if (next < doc.tokens().size() && doc.quotationOf(next) >= 0) {
                List<Integer> q = doc.quotation(doc.quotationOf(next));
                return attribution(cue, agreeing(doc, cue, subjectBefore(doc, s, cue)), q, QUOTED);
            }
            // Мей відповіла: Наскільки я знаю, ні.
            if (next < s.endToken()) return attribution(cue, agreeing(doc, cue, subjectBefore(doc, s, cue)), words(doc, next, s.endToken()), REPORTED);
        }
        // он обещал "парализовать страну за несколько часов": the quotation is what was said
        if (after == cue + 1 && after < s.endToken() && doc.quotationOf(after) >= 0) {
            List<Integer> q = doc.quotation(doc.quotationOf(after));
            long words = q.stream().filter(k -> !doc.token(k).isPunct()).count();
            if (q.get(0) == after && q.size() > 1 && !isQuotedName(doc, q) && (words >= 3 || Character.isLowerCase(doc.token(after + 1).text().codePointAt(0)))) {
                return attribution(cue, agreeing(doc, cue, subjectBefore(doc, s, cue)), q, QUOTED);
            }
        }
        // заявил, что ... / заявил министр, что ...
        int that = thatAfter(doc, s, cue);
        if (that >= 0) {
            List<Integer> speaker = subjectBefore(doc, s, cue);
            if (speaker.isEmpty()) speaker = speakerBetween(doc, cue + 1, that);
            if (speaker.isEmpty()) speaker = participleSubject(doc, s, cue);
            return attribution(cue, agreeing(doc, cue, speaker), words(doc, that + 1, reportEnd(doc, s, cue, that + 1)), REPORTED);
        }
        // "Он сказал, новая стратегия ... это «попытка ...»": a clause with no conjunction after the cue and its comma
        if (cue + 2 < s.endToken() && doc.token(cue + 1).text().equals(",") && lastWord(doc, s) - (cue + 2) >= 3
                && !Set.of("VERB", "AUX", "SCONJ", "CCONJ", "ADV").contains(doc.token(cue + 2).pos()) && doc.quotationOf(cue + 2) < 0) {
            List<Integer> speaker = subjectBefore(doc, s, cue);
            if (!speaker.isEmpty() && speaker.get(0) == s.firstToken()) return attribution(cue, agreeing(doc, cue, speaker), words(doc, cue + 2, s.endToken()), REPORTED);
        }
        // "Об этом в понедельник, 9 июля, сообщает пресс-служба ...", "Об этом, как передает ТАСС, сообщил Песков": what
        // stands between the pointer and the cue changes nothing
        if (pointerLed(doc, s) && s.index() > 1) return pointer(doc, s, cue);
        // Але при цьому, наголосила Мей, треба зберегти ... : the cue inserted between commas
        if (cue - 1 > s.firstToken() && doc.token(cue - 1).text().equals(",")) {
            List<Integer> speaker = speakerAfter(doc, s, cue);
            int comma = speaker.isEmpty() ? -1 : speaker.get(speaker.size() - 1) + 1;
            while (comma > 0 && comma < s.endToken() && !doc.token(comma).isPunct()) comma++;  // "сказала вона своїм критикам,"
            // (a body where it was said is described after its comma, not interrupted: "..., заявили в РФПИ, финансирующем ...")
            boolean body = !speaker.isEmpty() && speaker.get(0) == cue + 2 && BODY_PREPOSITIONS.contains(lower(doc.token(cue + 1).text()));
            if (comma > 0 && comma + 1 < lastWord(doc, s) && doc.token(comma).text().equals(",") && !body) {
                List<Integer> content = words(doc, s.firstToken(), cue - 1);
                content.addAll(words(doc, comma + 1, s.endToken()));
                return attribution(cue, agreeing(doc, cue, speaker), content, REPORTED);
            }
        }
        // Как утверждали мусульманки, ... / ..., как сообщил Песков.
        int as = cue - 1;  // "Як раніше інформував УНН, ...": over adverbs, "как" among them
        while (as > s.firstToken() && !AS.contains(lower(doc.token(as).text())) && doc.token(as).pos().equals("ADV")) as--;
        if (as >= s.firstToken() && AS.contains(lower(doc.token(as).text()))) {
            List<Integer> speaker = speakerAfter(doc, s, cue);
            int past = speaker.isEmpty() ? cue + 1 : speaker.get(speaker.size() - 1) + 1;
            while (!speaker.isEmpty() && past < s.endToken() && doc.quotationOf(past) >= 0 && doc.token(past).isPunct()) past++;  // «ФедералПресс»
            int end = afterOccasion(doc, s, past);
            // "Как утверждали ..., ...", "Однако, как пояснил Дэвис после отставки, ...": at the start, or after one word and a comma
            boolean opens = as == s.firstToken() || as - 2 == s.firstToken() && doc.token(as - 1).text().equals(",");
            if (opens && end < s.endToken() && doc.token(end).text().equals(",")) {
                return attribution(cue, speaker, words(doc, end + 1, s.endToken()), REPORTED);
            }
            if (as - 1 > s.firstToken() && doc.token(as - 1).text().equals(",") && end >= lastWord(doc, s)) {
                return attribution(cue, speaker, words(doc, s.firstToken(), as - 1), REPORTED);
            }
            // "..., але водночас, як кажуть обидві сторони, максимально компромісний": what stands around it
            // "Деякі з міністрів, як повідомляється, хочуть ...": a passive report has no speaker
            boolean passive = speaker.isEmpty() && PASSIVE.matcher(lower(doc.token(cue).text())).find();
            if (as - 1 > s.firstToken() && doc.token(as - 1).text().equals(",") && (!speaker.isEmpty() || passive) && end + 1 < lastWord(doc, s)
                    && doc.token(end).text().equals(",")) {
                List<Integer> content = words(doc, s.firstToken(), as - 1);
                content.addAll(words(doc, end + 1, s.endToken()));
                return attribution(cue, speaker, content, REPORTED);
            }
        }
        // призвал демонстрантов разойтись / сообщила об отказе выплатить компенсацию / обеща да ...
        int complement = complementAfter(doc, s, cue);
        if (complement >= 0) {
            List<Integer> speaker = subjectBefore(doc, s, cue);
            if (speaker.isEmpty()) speaker = participleSubject(doc, s, cue);
            return attribution(cue, agreeing(doc, cue, speaker), words(doc, complement, clauseEnd(doc, s, complement)), REPORTED);
        }
        // ..., сообщает ТАСС. / ..., пише Ройтерс. / "..., - сказал Песков." where the scraper lost the quotation marks
        int comma = cue - 1 > s.firstToken() && DASHES.contains(doc.token(cue - 1).text()) ? cue - 2 : cue - 1;
        // (not "Про це в четвер, 14 січня, повідомив ...": a pointer back is no content)
        if (comma > s.firstToken() && doc.token(comma).text().equals(",") && !opensInsideQuotation(doc, s, comma) && !pointerLed(doc, s)) {
            List<Integer> speaker = new ArrayList<>(speakerAfter(doc, s, cue));
            // ", съобщава "Асошиейтед прес".": the speaker is a name in quotation marks
            int outlet = pastAlso(doc, s, cue + 1);  // ", пише още „Вашингтон пост“."
            if (speaker.isEmpty() && outlet < s.endToken() && doc.quotationOf(outlet) >= 0) {
                List<Integer> name = doc.quotation(doc.quotationOf(outlet));
                List<Integer> named = name.stream().filter(k -> !doc.token(k).isPunct()).toList();
                if (!named.isEmpty() && named.size() <= 3 && isCapitalised(doc, named.get(0)) && name.get(name.size() - 1) >= lastWord(doc, s)) speaker.addAll(name);
            }
            int last = speaker.isEmpty() ? -1 : speaker.get(speaker.size() - 1);
            // "..., заявив ... головний представник ЄС на переговорах щодо Brexit Мішель Барньє.": a long title that ends the sentence
            if (speaker.size() == MAX_SPEAKER && lastWord(doc, s) - last <= MAX_SPEAKER / 2 && plainWords(doc, last + 1, lastWord(doc, s) + 1)) {
                speaker.addAll(words(doc, last + 1, lastWord(doc, s) + 1));
                last = lastWord(doc, s);
            }
            speaker = withQuotedName(doc, s, speaker);
            last = speaker.isEmpty() ? -1 : speaker.get(speaker.size() - 1);
            // "..., каза банкер пред Ройтерс.": the one told, or where, or when, may end the sentence
            String next = last >= 0 && last + 1 < s.endToken() ? lower(doc.token(last + 1).text()) : "";
            if (last >= 0 && (last >= lastWord(doc, s) || addressees.contains(next) || locatives.contains(next) || citing.contains(next) || isTrailer(doc, s, last + 1)
                    || describedAfter(doc, s, last + 1))) {
                return attribution(cue, speaker, words(doc, s.firstToken(), comma), REPORTED);
            }
        }
        // Об этом сообщает ТАСС. / Това заяви Борисов.
        if (pointsBack(doc, s, cue) && s.index() > 1) return pointer(doc, s, cue);
        // "О необходимости освобождения Биби неоднократно заявляли понтифики Бенедикт XVI и Франциск": the topic first,
        // or after one word of manner ("Першими про випадки ... заявили влади Японії")
        int topic = topics.contains(lower(doc.token(s.firstToken()).text())) ? s.firstToken()
                : s.firstToken() + 1 < cue && topics.contains(lower(doc.token(s.firstToken() + 1).text())) && !doc.token(s.firstToken()).isPunct()
                        && !doc.token(s.firstToken()).pos().equals("PROPN") ? s.firstToken() + 1 : -1;
        if (topic >= 0 && adverbs > topic + 1 && !pointerLed(doc, s)) {
            List<Integer> speaker = speakerAfter(doc, s, cue);
            int last = speaker.isEmpty() ? -1 : speaker.get(speaker.size() - 1);
            if (last >= lastWord(doc, s) || last >= 0 && isTrailer(doc, s, last + 1)) return attribution(cue, speaker, words(doc, topic, adverbs + 1), REPORTED);
        }
        return null;
    }

    /**
     * An interview's line: a paragraph that only names someone, with a colon and no verb
     * ("Сімейна лікарка у Дарницькому районі Києва Олена Л.:"), then a paragraph opened by a
     * quotation: the quotation is that person's, with no cue.
     */
    private FoundAttribution interviewLine(ParsedText doc, Sentence s) {
        int colon = s.endToken() - 1;
        if (!doc.token(colon).text().equals(":") || s.index() + 1 >= doc.sentences().size()) return null;
        Sentence next = doc.sentences().get(s.index() + 1);
        boolean own = (s.index() == 0 || doc.sentences().get(s.index() - 1).paragraph() != s.paragraph()) && next.paragraph() != s.paragraph();
        if (!own || doc.quotationOf(next.firstToken()) < 0 || !doc.token(next.firstToken()).isPunct()) return null;
        for (int t = s.firstToken(); t < colon; t++) if (doc.token(t).pos().equals("VERB") || isCue(doc, t) || doc.token(t).pos().equals("AUX")) return null;
        // the name before the colon: two capitalised words or a word and an initial ("Олена Л."), not the place before
        // them ("... центрів Львова Тарас Жиравецький")
        List<Integer> name = new ArrayList<>();
        for (int t = colon - 1; t >= s.firstToken() && name.stream().filter(k -> !doc.token(k).isPunct()).count() < 2; t--) {
            String w = doc.token(t).text();
            boolean initialStop = w.equals(".") && t - 1 >= s.firstToken() && doc.token(t - 1).text().codePointCount(0, doc.token(t - 1).text().length()) == 1;
            if (!initialStop && !(Character.isUpperCase(w.codePointAt(0)) && doc.quotationOf(t) < 0 && !stopWords.contains(lower(w)))) break;
            name.add(0, t);
        }
        if (name.stream().filter(t -> !doc.token(t).isPunct()).count() < 2) return null;
        List<Integer> content = doc.quotation(doc.quotationOf(next.firstToken()));
        // an answer whose marks do not pair ("Статистика ... "плаває" ... не отримали." with no closing mark) is its paragraph
        int end = doc.sentences().get(paragraphEnd(doc, next.index())).endToken();
        if (!content.isEmpty() && content.get(content.size() - 1) < end - 2 && java.util.stream.IntStream.range(content.get(content.size() - 1), end).noneMatch(t -> isCue(doc, t))) {
            content = words(doc, next.firstToken(), end);
        }
        return content.isEmpty() ? null : new FoundAttribution(name.get(0), List.of(), name, content, QUOTED);
    }

    /**
     * A name, a colon and a quotation, with no verb: "Президент Украины Владимир Зеленский: «Мы
     * победим»." The quotation is that person's, with no cue; or null.
     */
    private FoundAttribution namedQuotation(ParsedText doc, Sentence s) {
        int colon = s.firstToken() + 1;
        while (colon < s.endToken() && !doc.token(colon).text().equals(":")) colon++;
        if (colon + 1 >= s.endToken() || colon - s.firstToken() > MAX_SPEAKER + 2 || doc.quotationOf(colon + 1) < 0) return null;
        List<Integer> name = new ArrayList<>();
        for (int t = s.firstToken(); t < colon; t++) {
            Token k = doc.token(t);
            if (isNominalBreak(k) || isCue(doc, t) || doc.quotationOf(t) >= 0 || k.isPunct() && !k.text().equals(".")) return null;
            if (!k.isPunct()) name.add(t);
        }
        // the phrase ends with a name, of two capitalised words at least ("Владимир Зеленский", "Олена Л.")
        if (name.size() < 2 || !isCapitalised(doc, name.get(name.size() - 1)) || !isCapitalised(doc, name.get(name.size() - 2))) return null;
        List<Integer> content = doc.quotation(doc.quotationOf(colon + 1));
        if (content.isEmpty() || content.get(0) != colon + 1 || isQuotedName(doc, content)) return null;
        return new FoundAttribution(name.get(0), List.of(), name, content, QUOTED);
    }

    /** "Не можу сказати, що ...", "не мога да кажа, че": saying what one cannot say reports nothing. */
    private static boolean cannotSay(ParsedText doc, Sentence s, int cue) {
        Token k = doc.token(cue);
        boolean infinitive = k.text().equalsIgnoreCase(k.lemma()) && INFINITIVE.matcher(lower(k.text())).find();
        int before = infinitive ? cue - 2 : cue - 1 > s.firstToken() && lower(doc.token(cue - 1).text()).equals("да") ? cue - 3 : -1;
        return before >= s.firstToken() && lower(doc.token(before).text()).equals("не");
    }

    /**
     * The speaker with the name in quotation marks right after it, which ends it ("..., повідомила
     * прес-служба НАК "Нафтогаз України"", "Про це пише видання "Українська правда"").
     */
    private static List<Integer> withQuotedName(ParsedText doc, Sentence s, List<Integer> speaker) {
        if (speaker.isEmpty()) return speaker;
        int last = speaker.get(speaker.size() - 1);
        if (last + 1 >= s.endToken() || doc.quotationOf(last + 1) < 0 || doc.token(last).text().equals(",")) return speaker;
        List<Integer> out = new ArrayList<>(speaker);
        for (int q : doc.quotation(doc.quotationOf(last + 1))) if (q > last && q < s.endToken()) out.add(q);
        return out;
    }

    /** A report whose content is the sentence before: "Об этом сообщает ТАСС.", "Това заяви Борисов.", "Пишет об этом ТАСС." */
    private FoundAttribution pointer(ParsedText doc, Sentence s, int cue) {
        if (doc.quotationOf(cue) >= 0) return null;  // «... Мы это неоднократно говорили»: the speaker's own words
        List<Integer> speaker = withQuotedName(doc, s, speakerAfter(doc, s, pointerAfterCue(doc, s, cue) ? cue + 2 : cue));
        if (speaker.isEmpty()) speaker = subjectBefore(doc, s, cue);
        if (speaker.stream().allMatch(t -> POINTERS.contains(lower(doc.token(t).text())))) speaker = List.of();  // "Про це повідомляє": "це" is what
        List<Integer> content = sentenceBefore(doc, s);
        // "Об этом, как передает ТАСС, сообщил Песков": the outlet relays the sentence before and who said it
        int as = beforeAdverbs(doc, s, cue);
        if (AS.contains(lower(doc.token(as).text())) && !speaker.isEmpty()) {
            int after = skip(doc, speaker.get(speaker.size() - 1) + 1, 1, s.endToken());
            if (after < lastWord(doc, s)) content.addAll(words(doc, after, s.endToken()));
        }
        return attribution(cue, agreeing(doc, cue, speaker), content, REPORTED);
    }

    /** The words of the sentence before {@code s}, what a pointer to it reports. */
    private static List<Integer> sentenceBefore(ParsedText doc, Sentence s) {
        Sentence previous = doc.sentences().get(s.index() - 1);
        return words(doc, previous.firstToken(), previous.endToken());
    }

    /** A noun of speech ("заявление", "твердження", "изказване"), by lemma or as written. */
    private boolean isSpeechNoun(ParsedText doc, int t) {
        Token k = doc.token(t);
        return !k.pos().equals("VERB") && listed(nouns, k);
    }

    /**
     * A report after a noun of speech, then what was said: "с неотдавнашното си изказване, че ...",
     * "на підставі тверджень Nord Stream про те, що ...", "заявление о том, что ...". The speaker is
     * the name between the noun and the clause, else the subject of the verb before; or null.
     */
    private FoundAttribution atNoun(ParsedText doc, Sentence s, int noun) {
        // "С данным заявлением выступил Яцек Чапутович": "with this statement came forward X" points back
        if (noun - 2 == s.firstToken() && WITH.contains(lower(doc.token(noun - 2).text())) && DEMONSTRATIVES.contains(lower(doc.token(noun - 1).text()))
                && noun + 1 < s.endToken() && s.index() > 1) {
            List<Integer> speaker = speakerAfter(doc, s, noun + 1);
            if (!speaker.isEmpty()) return new FoundAttribution(noun, List.of(noun - 2, noun - 1, noun, noun + 1), speaker, sentenceBefore(doc, s), REPORTED);
        }
        // "Такое заявление сделал Сергей Рябков", "Таку заяву зробив ...", "Това изявление направи ...": this statement, a verb, who
        if (noun - 1 == s.firstToken() && DEMONSTRATIVES_NAMING.contains(lower(doc.token(noun - 1).text())) && noun + 2 < s.endToken()
                && doc.token(noun + 1).pos().matches("VERB|X") && s.index() > 1 && doc.quotationOf(noun) < 0) {
            List<Integer> speaker = speakerAfter(doc, s, noun + 1);
            if (!speaker.isEmpty() && speaker.get(speaker.size() - 1) >= lastWord(doc, s) - 3) {
                return new FoundAttribution(noun, List.of(noun - 1, noun, noun + 1), speaker, sentenceBefore(doc, s), REPORTED);
            }
        }
        int t = noun + 1;
        List<Integer> between = new ArrayList<>();
        // (a verb of speech ends the noun's words: "от изявленията на Мей и подчертава, че" is Павлова's, who "подчертава")
        while (t < s.endToken() && !doc.token(t).isPunct() && !topics.contains(lower(doc.token(t).text())) && between.size() < 5 && !isCue(doc, t)) between.add(t++);
        // "о том, что", "про те, що", "за това, че"
        if (t + 1 < s.endToken() && topics.contains(lower(doc.token(t).text())) && POINTERS.contains(lower(doc.token(t + 1).text()))
                || t + 1 < s.endToken() && topics.contains(lower(doc.token(t).text())) && Set.of("том", "те").contains(lower(doc.token(t + 1).text()))) t += 2;
        if (t + 1 >= s.endToken() || !doc.token(t).text().equals(",") || !thatWords.contains(lower(doc.token(t + 1).text()))) return null;
        List<Integer> content = words(doc, t + 2, clauseEnd(doc, s, t + 2));
        if (content.size() < 2) return null;
        List<Integer> speaker = between.stream().anyMatch(k -> Character.isUpperCase(doc.token(k).text().codePointAt(0))) ? between : List.of();
        if (speaker.isEmpty()) speaker = clauseSubject(doc, s, noun);
        return attribution(noun, speaker, content, REPORTED);
    }

    /**
     * A demand and what it asks for right after it: an infinitive ("с требованием освободить
     * женщину", "із проханням допомогти родині"), Bulgarian's clause with "да" ("с искане тя да бъде
     * обесена"), or a topic's preposition and what it names ("с просьбой о помиловании"); the
     * speaker is the subject of the verb before ("Местные жители выходят на митинги с требованием
     * ..."). Null for another noun or shape.
     */
    private FoundAttribution demand(ParsedText doc, Sentence s, int noun) {
        Token k = doc.token(noun);
        int from = noun + 1;
        if (k.pos().equals("VERB") || !listed(demands, k) || from + 1 >= s.endToken() || doc.quotationOf(from) >= 0) return null;
        String next = lower(doc.token(from).text());
        int end;
        if (topics.contains(next)) {
            end = ++from;  // what a preposition brings runs to the next mark: "молбата за напускане, две години след ..."
            while (end < s.endToken() && !doc.token(end).isPunct()) end++;
        } else if (infinitive(doc.token(from)) || next.equals("да") || lower(doc.token(from + 1).text()).equals("да")) {
            end = clauseEnd(doc, s, from);
        } else {
            return null;
        }
        List<Integer> content = words(doc, from, end);
        return content.isEmpty() ? null : attribution(noun, verbsSubject(doc, s, noun), content, REPORTED);
    }

    /**
     * The subject of the verb before token {@code t} ("жители выходят на митинги с требованием");
     * none where a relative pronoun or a conjunction of reported speech comes first ("Київ отримав
     * лист, в якому було прохання": the letter's writer asked, not Kyiv).
     */
    private List<Integer> verbsSubject(ParsedText doc, Sentence s, int t) {
        for (int v = t - 1; v > s.firstToken(); v--) {
            Token k = doc.token(v);
            if (listed(RELATIVES, k) || thatWords.contains(lower(k.text()))) return List.of();
            if (doc.quotationOf(v) < 0 && k.pos().equals("VERB")) return subjectBefore(doc, s, v);
        }
        return List.of();
    }

    /** A verb in the infinitive, Russian's or Ukrainian's: "освободить", "допомогти", "беречь", "зустрітися". */
    private static boolean infinitive(Token k) {
        String w = lower(k.text());
        return k.pos().equals("VERB") && INFINITIVE_ENDINGS.stream().anyMatch(w::endsWith);
    }

    private static final List<String> INFINITIVE_ENDINGS = List.of("ть", "ти", "чь", "ться", "тись", "чься", "тися");

    /** A report after a source phrase at token {@code t} ("по словам X, ..."), or null. */
    private FoundAttribution atPhrase(ParsedText doc, Sentence s, int t) {
        for (List<String> phrase : phrases) {
            if (t + phrase.size() > s.endToken()) continue;
            // "по словам X"; with the source inside the phrase: "по его словам", "за її словами"; with adjectives: "по последним данным"
            int inside = -1, at = t;
            List<Integer> cue = new ArrayList<>();
            for (int k = 0; k < phrase.size() && cue != null; k++) {
                while (k > 0 && at < s.endToken() && !lower(doc.token(at).text()).equals(phrase.get(k)) && at - t < phrase.size() + 2) {
                    if (inside < 0 && k == phrase.size() - 1 && isPronoun(doc, at)) inside = at++;
                    else if (adjectival(doc.token(at)) || doc.token(at).pos().equals("ADV")) cue.add(at++);  // "как уже сообщал"
                    else break;
                }
                if (at < s.endToken() && lower(doc.token(at).text()).equals(phrase.get(k))) cue.add(at++);
                else cue = null;
            }
            if (cue == null) continue;
            boolean verb = cue.stream().anyMatch(k -> doc.token(k).pos().equals("VERB"));  // "как говорят", not "по словам"
            int end = at;
            while (inside < 0 && end < s.endToken() && doc.token(end).pos().equals("ADV") && !isCapitalised(doc, end)) cue.add(end++);  // "как сообщал ранее ТАСС"
            // the phrase opens its sentence or clause: По словам Пескова, ... (else ..., как сообщает ТАСС.)
            boolean first = t == s.firstToken() || doc.token(t - 1).isPunct() && (t - 1 == s.firstToken() || onlyConnective(doc, s, t - 1));
            List<Integer> speaker = new ArrayList<>();
            if (inside >= 0) speaker.add(inside);
            // "Според "Файненшъл таймс" това означава, че ...", "По данни на „Вашингтон пост“ ...": an outlet in quotation marks
            List<Integer> quoted = inside < 0 && end < s.endToken() && doc.quotationOf(end) >= 0 ? doc.quotation(doc.quotationOf(end)) : List.of();
            List<Integer> outlet = quoted.stream().filter(q -> !doc.token(q).isPunct()).toList();
            // only its first word capitalised, as these languages write names ("Вашингтон пост")
            if (!outlet.isEmpty() && quoted.get(0) == end && outlet.size() <= 3 && Character.isUpperCase(doc.token(outlet.get(0)).text().codePointAt(0))) {
                int from = skip(doc, quoted.get(quoted.size() - 1) + 1, 1, s.endToken());
                if (first && lastWord(doc, s) - from >= 2) return new FoundAttribution(t, cue, outlet, words(doc, from, clauseEnd(doc, s, from)), REPORTED);
            }
            if (inside < 0) end = afterAddressee(doc, s, afterDate(doc, s, end));  // "Как заявила журналистам официальный представитель ..."
            while (inside < 0 && end < s.endToken() && !doc.token(end).isPunct() && speaker.size() < MAX_SPEAKER) speaker.add(end++);
            if (speaker.isEmpty()) {
                // "Напомним, как сообщалось ранее, законопроект ...": a phrase with a verb reports with no one named
                if (!verb || end >= s.endToken() || !doc.token(end).text().equals(",") || lastWord(doc, s) - end < 3) return null;
                return new FoundAttribution(t, cue, List.of(), words(doc, end + 1, s.endToken()), REPORTED);
            }
            // "По словам источника «Медузы», ...": the outlet in quotation marks ends the source
            if (inside < 0) {
                speaker = new ArrayList<>(withQuotedName(doc, s, speaker));
                end = speaker.get(speaker.size() - 1) + 1;
                // "За даними російських аналітиків ринку — консультантів "Газпрому", ...": a description after a dash
                // goes on to the comma, and is no part of what was said
                if (end < s.endToken() && DASHES.contains(doc.token(end).text())) {
                    int k = end + 1;
                    while (k < s.endToken() && k <= end + MAX_SPEAKER && !doc.token(k).text().equals(",") && !isNominalBreak(doc.token(k))) k++;
                    if (k < s.endToken() && k > end + 1 && doc.token(k).text().equals(",")) end = k;
                }
            }
            // "Според него Лондон трябва ...": a pronoun is the whole source, with or without a comma after it
            boolean pronoun = inside < 0 && speaker.size() > 1 && isPronoun(doc, speaker.get(0));
            if (pronoun) {
                end = speaker.get(0) + 1;
                speaker = List.of(speaker.get(0));
            }
            // По словам Пескова, ... : the rest of the sentence; ..., как сообщает ТАСС. : what comes before
            if (pronoun && first) return new FoundAttribution(t, cue, speaker, words(doc, end, s.endToken()), REPORTED);
            // "..., тъй като по думите му транзитът е по-изгоден": what the clause says after the pronoun
            if ((pronoun || inside >= 0) && !first) {
                int from = end < s.endToken() && doc.token(end).text().equals(",") ? end + 1 : end;
                if (lastWord(doc, s) - from >= 2) return new FoundAttribution(t, cue, speaker, words(doc, from, clauseEnd(doc, s, from)), REPORTED);
            }
            // "Според директора на регулатора Марек Нехчал шест компании са ...": no comma, the source ends with its name
            if (first && inside < 0 && !pronoun && (end >= s.endToken() || !doc.token(end).text().equals(","))) {
                int name = nameEnd(doc, speaker);
                if (name >= 0 && lastWord(doc, s) - speaker.get(name) >= 3) {
                    int from = speaker.get(name) + 1;
                    return new FoundAttribution(t, cue, List.copyOf(speaker.subList(0, name + 1)), words(doc, from, clauseEnd(doc, s, from)), REPORTED);
                }
            }
            List<Integer> content = first && end < s.endToken() && doc.token(end).text().equals(",")
                    ? words(doc, end + 1, s.endToken())
                    : t > s.firstToken() && doc.token(t - 1).text().equals(",") && end + 1 >= s.endToken() ? words(doc, s.firstToken(), t - 1)
                    // between commas inside a clause, a source named or a phrase with a verb: "Это, как говорят специалисты, является ..."
                    : speaker.stream().anyMatch(k -> isCapitalised(doc, k)) || verb ? parenthetical(doc, s, t, end) : List.of();
            // "Това съобщи БТА, позовавайки се на източник": what stands before is a report itself, which the phrase relays
            if (!first && content.stream().anyMatch(k -> isCue(doc, k))) return null;
            if (content.isEmpty()) return null;
            return new FoundAttribution(t, cue, speaker, content, REPORTED);
        }
        return null;
    }

    /**
     * An adjective in a source phrase ("по последним предварительным сведениям", "по последни
     * данни"), by its tag, or by its ending where the tagger took it for a noun or knew no tags.
     */
    private static boolean adjectival(Token k) {
        if (k.pos().equals("ADJ") || k.pos().equals("DET")) return true;
        return Character.isLowerCase(k.text().codePointAt(0)) && OBLIQUE_ADJECTIVE_ENDINGS.matcher(lower(k.text())).find();
    }

    /** Endings of adjectives in the oblique plural and singular: "последним", "останніми", "последни". */
    private static final Pattern OBLIQUE_ADJECTIVE_ENDINGS = Pattern.compile("(ым|им|ыми|ими|іми|ых|их|ої|ой|ей|ни)$");

    /**
     * Whether only a connective stands before the comma at {@code comma}: "Причем, по словам ...",
     * "Однако, по данным ...", "В то же время, как сообщает ..." (a linking phrase or up to two
     * adverbs, particles or conjunctions).
     */
    private boolean onlyConnective(ParsedText doc, Sentence s, int comma) {
        if (!doc.token(comma).text().equals(",")) return false;
        int n = comma - s.firstToken();
        for (List<String> l : linking) if (l.size() == n && linkingAt(doc, s.firstToken(), l)) return true;
        if (n < 1 || n > 2) return false;
        for (int k = s.firstToken(); k < comma; k++) if (!Set.of("ADV", "CCONJ", "PART", "SCONJ").contains(doc.token(k).pos())) return false;
        return true;
    }

    /**
     * "именно благодаря вакцинам, по данным ВОЗ, удается ...": a source phrase between commas inside
     * its clause, with a name in it (not "згідно з планом", "според която"), reports the clause
     * around it, the words before it (from the clause's start: the sentence's, or a semicolon's)
     * and after it; none where the words before report something themselves or either side is too
     * short to say anything.
     */
    private List<Integer> parenthetical(ParsedText doc, Sentence s, int t, int end) {
        if (t <= s.firstToken() || !doc.token(t - 1).text().equals(",") || end >= s.endToken() || !doc.token(end).text().equals(",")) return List.of();
        int from = s.firstToken();
        for (int k = t - 2; k > s.firstToken(); k--) {
            if (doc.token(k).text().equals(";")) {
                from = k + 1;
                break;
            }
        }
        List<Integer> before = words(doc, from, t - 1), after = words(doc, end + 1, clauseEnd(doc, s, end + 1));
        if (before.size() < 2 || after.size() < 2 || before.stream().anyMatch(k -> isCue(doc, k) || doc.quotationOf(k) >= 0 || thatWords.contains(lower(doc.token(k).text())))) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>(before);
        out.addAll(after);
        return out;
    }

    /**
     * The index in a phrase of the last word of its first run of capitalised words, when words
     * follow that run in it, or of the noun after it when the run ends with an adjective
     * ("Генералния щаб"); else -1.
     */
    private static int nameEnd(ParsedText doc, List<Integer> phrase) {
        for (int i = 0; i + 1 < phrase.size(); i++) {
            if (!isCapitalised(doc, phrase.get(i)) || isCapitalised(doc, phrase.get(i + 1))) continue;
            // "По данни на Генералния щаб ...": a capitalised adjective takes the noun after it
            Token k = doc.token(phrase.get(i));
            boolean adjective = k.pos().equals("ADJ") || !k.pos().equals("NOUN") && ADJECTIVE_ENDINGS.matcher(lower(k.text())).find();
            return adjective && i + 2 < phrase.size() ? i + 1 : i;
        }
        return -1;
    }

    private static boolean isCapitalised(ParsedText doc, int t) {
        String w = doc.token(t).text();
        return Character.isUpperCase(w.codePointAt(0)) || doc.quotationOf(t) >= 0 && !doc.token(t).isPunct();
    }

    /** Whether a comma at {@code t} opens words in lower case that describe what stands before it ("РФПИ, финансирующем разработку"). */
    private boolean describedAfter(ParsedText doc, Sentence s, int t) {
        if (t + 1 >= s.endToken() || !doc.token(t).text().equals(",") || doc.quotationOf(t + 1) >= 0) return false;
        String w = doc.token(t + 1).text();
        if (!Character.isLowerCase(w.codePointAt(0)) || thatWords.contains(lower(w)) || isCue(doc, t + 1)) return false;
        for (int k = t + 1; k < s.endToken(); k++) if (isCue(doc, k) || doc.quotationOf(k) >= 0) return false;
        return true;
    }

    /**
     * Whether the words from {@code t} to the sentence's end only say when or where: a few words
     * opened by a preposition, with no verb ("в середу ввечері", "в понеделник", "на своей странице
     * в Facebook").
     */
    private static boolean isTrailer(ParsedText doc, Sentence s, int t) {
        int last = lastWord(doc, s);
        if (t > last || last - t > 5 || !doc.token(t).pos().equals("ADP") && !TIME_PREPOSITIONS.contains(lower(doc.token(t).text()))) return false;
        for (int k = t; k <= last; k++) if (doc.token(k).pos().equals("VERB") || doc.token(k).isPunct() || doc.quotationOf(k) >= 0) return false;
        return true;
    }

    /**
     * The comma that ends an occasion opening at {@code t} ("после отставки,", "на брифинге,"): a
     * preposition and up to three words with no verb, punctuation or quotation; else {@code t}.
     */
    private static int afterOccasion(ParsedText doc, Sentence s, int t) {
        if (t >= s.endToken() || !doc.token(t).pos().equals("ADP") && !TIME_PREPOSITIONS.contains(lower(doc.token(t).text()))) return t;
        for (int k = t + 1; k < s.endToken() && k <= t + 4; k++) {
            if (doc.token(k).text().equals(",")) return k > t + 1 ? k : t;
            if (doc.token(k).isPunct() || doc.quotationOf(k) >= 0 || isNominalBreak(doc.token(k))) return t;
        }
        return t;
    }

    /** A preposition, as tagged or, for Bulgarian, which has no tagger, as listed. */
    private static boolean isPreposition(Token k) {
        return k.pos().equals("ADP") || k.pos().equals("X") && OCCASION_PREPOSITIONS.contains(lower(k.text()));
    }

    /** A personal pronoun, as tagged or as listed: "него", "тях", "нея" where Bulgarian has no tagger. */
    private boolean isPronoun(ParsedText doc, int t) {
        String w = lower(doc.token(t).text());
        return doc.token(t).pos().equals("PRON") || male.contains(w) || female.contains(w) || objects.contains(w) || plural.contains(w);
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
        int from = afterAddressee(doc, s, afterDate(doc, s, afterTime(doc, s, cue + 1)));
        if (from == cue + 1) from = pastAlso(doc, s, from);  // "каза още той"
        for (List<String> l : linking) if (linkingAt(doc, from, l)) from += l.size();  // "каза от своя страна съпругът на Азия"
        // "..., заявляють у ВООЗ", "Об этом сообщили в МИД России": the body where it was said is who said it
        // (and what follows it after a comma describes it: "заявили в РФПИ, финансирующем разработку")
        if (from == cue + 1 && from + 1 < s.endToken() && BODY_PREPOSITIONS.contains(lower(doc.token(from).text()))
                && Character.isUpperCase(doc.token(from + 1).text().codePointAt(0)) && (lastWord(doc, s) - from <= 3 || describedAfter(doc, s, from + 2))) from++;
        // "..., пояснюють в "Нафтогазі".": a body named in quotation marks
        if (from == cue + 1 && from + 1 < s.endToken() && BODY_PREPOSITIONS.contains(lower(doc.token(from).text())) && doc.quotationOf(from + 1) >= 0
                && doc.token(from + 1).isPunct()) {
            List<Integer> quoted = doc.quotation(doc.quotationOf(from + 1));
            if (quoted.get(0) == from + 1 && isQuotedName(doc, quoted) && quoted.get(quoted.size() - 1) >= lastWord(doc, s)) from++;
        }
        // "говорится в заявлении офиса премьер-министра", "отмечается в официальном обращении директора компании": whose statement it is
        if (from == cue + 1 && from + 2 < s.endToken() && BODY_PREPOSITIONS.contains(lower(doc.token(from).text()))) {
            int noun = from + 1;
            while (noun + 1 < s.endToken() && noun <= from + 3 && adjectival(doc.token(noun))) noun++;
            if (isSpeechNoun(doc, noun) && noun + 1 < s.endToken() && !doc.token(noun + 1).isPunct()) from = noun + 1;
        }
        if (from == cue + 1 && from < s.endToken() && doc.token(from).pos().equals("ADP")) return out;
        // "Как уже писал «ФедералПресс», ...": an outlet in quotation marks
        if (from < s.endToken() && doc.quotationOf(from) >= 0 && doc.token(from).isPunct()) {
            List<Integer> quoted = doc.quotation(doc.quotationOf(from));
            if (quoted.get(0) == from && isQuotedName(doc, quoted)) return quoted.stream().filter(q -> !doc.token(q).isPunct()).toList();
        }
        int t = from;
        for (; t < s.endToken() && out.size() < MAX_SPEAKER; t++) {
            Token k = doc.token(t);
            if (k.isPunct() && !abbreviated(doc, t) || doc.quotationOf(t) >= 0 || thatWords.contains(lower(k.text())) || isNominalBreak(k)) break;
            out.add(t);
        }
        // "— объясняет директор института, член-корреспондент РАН Оксана Свитич.": a role, then after a comma the one named
        if (t < s.endToken() && doc.token(t).text().equals(",") && !out.isEmpty() && out.stream().noneMatch(k -> doc.token(k).pos().equals("PROPN"))) {
            List<Integer> named = namedAtEnd(doc, s, t + 1);
            if (!named.isEmpty()) return named;
        }
        // the words after the cue name a subject in the nominative, unless a body's or a statement's owner the cue's
        // preposition or noun brings ("говорится в заявлении офиса ...") or the one whose words it relays ("слова министра")
        List<Integer> speaker = nominal(doc, speakerOnly(doc, out));
        return from > cue + 1 && doc.token(cue + 1).pos().equals("ADP") || !allOblique(doc, nominal(doc, out)) ? speaker : List.of();
    }

    /**
     * Whether each of a phrase's nouns, names, pronouns, numerals and adjectives, one at least, is
     * read only in an oblique case: a subject is in the nominative, and "Пассажирам посоветовали",
     * "сказал 4 липня", "пожаловались местному мулле" name no speaker.
     */
    private boolean allOblique(ParsedText doc, List<Integer> phrase) {
        boolean any = false;
        for (int t : phrase) {
            if (!Set.of("NOUN", "PROPN", "PRON", "NUM", "ADJ", "DET").contains(doc.token(t).pos())) continue;
            if (!oblique.test(doc.token(t).text())) return false;
            any = true;
        }
        return any;
    }

    /** Words with no verb or function word from {@code from} that end in a name where the sentence ends, or none ("цитиран от БТА" is no one). */
    private List<Integer> namedAtEnd(ParsedText doc, Sentence s, int from) {
        int end = lastWord(doc, s);
        if (end < from || end - from >= MAX_SPEAKER || !doc.token(end).pos().equals("PROPN")) return List.of();
        List<Integer> out = new ArrayList<>();
        for (int k = from; k <= end; k++) {
            if (doc.token(k).isPunct() && !doc.token(k).text().equals("-") || doc.quotationOf(k) >= 0 || isNominalBreak(doc.token(k))
                    || stopWords.contains(lower(doc.token(k).text())) || citing.contains(lower(doc.token(k).text()))) return List.of();
            out.add(k);
        }
        return out;
    }

    /**
     * The phrase up to the one told ("банкер пред Ройтерс" is the banker, who spoke to Reuters) or
     * up to where a role is ("българският консул в Букурещ" is the consul, not Bucharest).
     */
    private List<Integer> speakerOnly(ParsedText doc, List<Integer> phrase) {
        // "сказав він після засідання Ради ЄС": a personal pronoun is the whole speaker
        String first = phrase.isEmpty() ? "" : lower(doc.token(phrase.get(0)).text());
        if (phrase.size() > 1 && (male.contains(first) || female.contains(first))) return phrase.subList(0, 1);
        for (int i = 1; i < phrase.size(); i++) {
            String w = lower(doc.token(phrase.get(i)).text());
            // "цитирует Интерфакс слова министра", "цитира Интерфакс думите на министъра": whose words the outlet relays
            if (WORDS_OF.contains(w) && i + 1 < phrase.size()) {
                int from = i + 1 + (i + 2 < phrase.size() && stopWords.contains(lower(doc.token(phrase.get(i + 1)).text())) ? 1 : 0);
                return phrase.subList(from, phrase.size());
            }
            if (addressees.contains(w) || citing.contains(w)) return phrase.subList(0, i);
            // "Дэвис после отставки", "Дмитрий Песков по време на брифинг": a name, then when or where, in lower case but for
            // places after "in" ("Байден в субботу на выступлении в Уилмингтоне")
            // (not a source it names in quotation marks: "ONLINE.UA со ссылкой на "Польское радио"")
            if (isPreposition(doc.token(phrase.get(i))) && isCapitalised(doc, phrase.get(i - 1)) && !isPronoun(doc, phrase.get(i - 1))
                    && onlyPlacesCapitalised(doc, phrase.subList(i, phrase.size()))
                    && (phrase.get(phrase.size() - 1) + 1 >= doc.tokens().size() || doc.quotationOf(phrase.get(phrase.size() - 1) + 1) < 0)) {
                return phrase.subList(0, i);
            }
            boolean role = phrase.subList(0, i).stream().map(t -> doc.token(t).text()).anyMatch(x -> Character.isLowerCase(x.codePointAt(0)) && !locatives.contains(x));
            if (locatives.contains(w) && role && i + 1 < phrase.size() && Character.isUpperCase(doc.token(phrase.get(i + 1)).text().codePointAt(0))) {
                // "След среща с ... президент Петро Порошенко вчера в Берлин Меркел заяви": a name after the place is the subject
                List<Integer> after = phrase.subList(i + 2, phrase.size());
                if (places.contains(doc.token(phrase.get(i + 1)).text()) && !after.isEmpty() && after.stream().allMatch(t -> isCapitalised(doc, t))) return after;
                // and a name of two words or more in the nominative after a body or place: "Лидер большинства в Сенате Митч
                // Макконнелл заявил", "посол США в Германии Ричард Гренелл в понедельник"
                int name = 0;
                while (name < after.size() && isCapitalised(doc, after.get(name)) && !oblique.test(doc.token(after.get(name)).text())) name++;
                if (name >= 2) return after.subList(0, name);
                return phrase.subList(0, i);
            }
        }
        return phrase;
    }

    /**
     * Whether each capitalised word of a phrase follows "in", or such a word in an oblique case: "в
     * субботу на выступлении в Уилмингтоне" and "в Южной Корее" name where, "в Сенате Митч
     * Макконнелл" and "в Германии Ричард Гренелл" someone, as Bulgarian's "на Министерството" says whose.
     */
    private boolean onlyPlacesCapitalised(ParsedText doc, List<Integer> phrase) {
        boolean place = false;
        for (int k = 1; k < phrase.size(); k++) {
            String word = doc.token(phrase.get(k)).text();
            boolean capitalised = isCapitalised(doc, phrase.get(k));
            if (capitalised && !locatives.contains(lower(doc.token(phrase.get(k - 1)).text())) && !(place && oblique.test(word))) return false;
            place = capitalised;
        }
        return true;
    }

    /**
     * The token after the one told, when the words after the cue open with it ({@code сообщил изданию
     * Politico Владимир Кара-Мурза}, {@code съобщи пред bTV ...}): an addressee word, then the name of an
     * outlet (a listed one, one in quotation marks, in Latin letters, else one capitalised word), or
     * the ones told in lower case ({@code заявила журналистам ...}, {@code заяви пред журналисти ...});
     * else {@code t}, and where the addressee word stands alone ({@code Согласно изданию,}).
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
        if (doc.token(u).isPunct()) return t;  // "Согласно изданию, ...": the word is the source itself
        // "заявила журналистам официальный представитель ...", "заяви пред журналисти говорителят": the ones told in lower case
        if (!Character.isUpperCase(doc.token(u).text().codePointAt(0))) {
            return stopWords.contains(lower(doc.token(t).text())) ? u + 1 : u;
        }
        for (int end = Math.min(s.endToken(), u + 4); end > u + 1; end--) {
            if (outlets.contains(doc.slice(doc.token(u).start(), doc.token(end - 1).end()))) return end;
        }
        return u + 1;
    }

    /**
     * The token after a time phrase between commas that opens at {@code t} ("заявив у понеділок, 19
     * листопада, головний представник ..."): a preposition and up to three lower-case words, one a
     * weekday or month ("у ніч на суботу,"), then a date ("19 листопада,") if one follows; else {@code t}.
     */
    private int afterTime(ParsedText doc, Sentence s, int t) {
        if (t + 1 >= s.endToken() || !TIME_PREPOSITIONS.contains(doc.token(t).text())) return t;
        int u = t + 1;
        boolean time = false;  // a weekday or month in the phrase ("у понеділок,", "у ніч на суботу,"): "в докладе," says where, and is no time
        while (u < s.endToken() && u <= t + 3 && !doc.token(u).isPunct() && doc.quotationOf(u) < 0
                && Character.isLowerCase(doc.token(u).text().codePointAt(0)) && !doc.token(u).pos().equals("VERB")) time |= isTimeWord(lower(doc.token(u++).text()));
        if (!time || u >= s.endToken() || !doc.token(u).text().equals(",")) return t;
        u++;
        if (u + 2 < s.endToken() && doc.token(u).text().chars().allMatch(Character::isDigit) && doc.token(u + 2).text().equals(",")) u += 3;
        return u;
    }

    /** Whether token {@code t} is the full stop of an abbreviation right before it ("математикът проф. Николай Витанов"). */
    private boolean abbreviated(ParsedText doc, int t) {
        return t > 0 && doc.token(t).text().equals(".") && doc.token(t - 1).end() == doc.token(t).start()
                && abbreviations.contains(lower(doc.token(t - 1).text()));
    }

    /** The token after a date that opens at {@code t} ("повідомляє 5 липня агентство ..."): a day's number and a month; else {@code t}. */
    private int afterDate(ParsedText doc, Sentence s, int t) {
        boolean date = t + 2 < s.endToken() && doc.token(t).text().chars().allMatch(Character::isDigit) && isTimeWord(lower(doc.token(t + 1).text()));
        return date ? t + 2 : t;
    }

    /** A weekday ("понеділок", "средата") or a month ("листопада", "март"), as the language's time lists give them. */
    private boolean isTimeWord(String word) {
        return weekdays.contains(word) || Words.byStem(months, word) != null;
    }

    private static boolean isLatin(String word) {
        return word.codePoints().anyMatch(Character::isLetter)
                && word.codePoints().filter(Character::isLetter).allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
    }

    /** A speaker standing between a quotation and its cue: {@code «...», — он сказал.} */
    private List<Integer> speakerBetween(ParsedText doc, int from, int to) {
        // "заявила в видеообращении, что": where it was said, not who said it (but "заявили в Кремле, что")
        if (from + 1 < to && doc.token(from).pos().equals("ADP") && !isCapitalised(doc, from + 1)) return List.of();
        List<Integer> out = new ArrayList<>();
        for (int t = from; t < to; t++) if (!doc.token(t).isPunct() && doc.quotationOf(t) < 0) out.add(t);
        return out.size() <= MAX_SPEAKER ? nominal(doc, out) : List.of();
    }

    /**
     * The speaker of a participle after a comma: the clause's subject ("Мей ... представила його
     * кабінету, сказавши, що ..."), or the speaker after the cue before it ("..., отметила Захарова,
     * добавив, что ..."), or the noun a relative clause before the comma is about; none where no
     * comma stands before the cue.
     */
    private List<Integer> participleSubject(ParsedText doc, Sentence s, int cue) {
        if (cue - 1 > s.firstToken() && lower(doc.token(cue - 1).text()).equals("като")) cue--;  // Bulgarian's "..., като добави, че"
        if (cue - 1 <= s.firstToken() || !doc.token(cue - 1).text().equals(",")) return List.of();
        List<Integer> speaker = clauseSubject(doc, s, cue - 1);
        // "Джонсон, который возглавлял МИД ..., объявил": the comma closes a relative clause, whose pronoun stands for the noun before it
        if (speaker.size() == 1 && RELATIVES.contains(lower(doc.token(speaker.get(0)).text())) && speaker.get(0) - 1 > s.firstToken()
                && doc.token(speaker.get(0) - 1).text().equals(",")) return subjectOf(doc, s, speaker.get(0) - 1);
        return speaker.isEmpty() ? speakerOfCueBefore(doc, s, cue - 1) : speaker;
    }

    /** The speaker right after a cue that ends just before the comma at {@code comma} ("отметила Захарова,"), or none. */
    private List<Integer> speakerOfCueBefore(ParsedText doc, Sentence s, int comma) {
        for (int v = comma - 1; v > s.firstToken() && v >= comma - MAX_SPEAKER && !doc.token(v).isPunct(); v--) {
            if (!isCue(doc, v)) continue;
            List<Integer> speaker = speakerAfter(doc, s, v);
            return !speaker.isEmpty() && speaker.get(speaker.size() - 1) <= comma - 1 ? speaker : List.of();
        }
        return List.of();
    }

    /** The noun phrase before the cue in its clause: back over names, nouns, adjectives and pronouns, past adverbs next to the verb. */
    private List<Integer> subjectBefore(ParsedText doc, Sentence s, int cue) {
        int t = pastModifiers(doc, s, cue);
        // "Гройсман назвал ... и отметил, что": the second of two verbs has the first one's subject
        // (a speech verb first; another verb only outside a clause of what was said: "X сказал, что Y сделал ... и добавил")
        if (t > s.firstToken() && AND.contains(lower(doc.token(t).text()))) {
            for (int v = t - 1; v > s.firstToken(); v--) if (doc.quotationOf(v) < 0 && isCue(doc, v)) return subjectOf(doc, s, v);
            for (int v = t - 1; v > s.firstToken() && !thatWords.contains(lower(doc.token(v).text())); v--) {
                if (doc.quotationOf(v) < 0 && doc.token(v).pos().equals("VERB")) return subjectOf(doc, s, v);
            }
            return List.of();
        }
        return subjectOf(doc, s, cue);
    }

    /**
     * The subject of the nearest verb before token {@code t} in its sentence, past a phrase between
     * commas before that verb ("Мей, ознайомившись із документом, представила ..."); or none.
     */
    private List<Integer> clauseSubject(ParsedText doc, Sentence s, int t) {
        for (int v = t - 1; v > s.firstToken() && !thatWords.contains(lower(doc.token(v).text())); v--) {
            if (doc.quotationOf(v) >= 0 || !doc.token(v).pos().equals("VERB") && !isCue(doc, v)) continue;
            List<Integer> subject = subjectBefore(doc, s, v);
            // "на Биби пожаловались ..., сказав": a phrase after a preposition is no subject
            if (!subject.isEmpty() && subject.get(0) > s.firstToken() && doc.token(subject.get(0) - 1).pos().equals("ADP")) return List.of();
            if (!subject.isEmpty() || !doc.token(v - 1).text().equals(",")) return subject;
            for (int c = v - 2; c > s.firstToken() && c >= v - 1 - MAX_SPEAKER; c--) {
                if (doc.token(c).text().equals(",")) return subjectOf(doc, s, c);
            }
            return List.of();
        }
        return List.of();
    }

    /** The last token before a verb that is no adverb, particle or auxiliary ("уже заявил", "не сказал"); before the sentence when none. */
    private static int pastModifiers(ParsedText doc, Sentence s, int verb) {
        int t = verb - 1;
        while (t >= s.firstToken() && Set.of("ADV", "PART", "AUX").contains(doc.token(t).pos())) t--;
        return t;
    }

    /**
     * The token before a few words between commas that end at {@code t} ("Сергей Шойгу, в свою
     * очередь, заявил", "Юлия Навальная, вдова Алексея Навального, заявила"): words of manner or a
     * description, with no verb, that stand between a subject and its verb; else {@code t}.
     */
    private static int pastParenthetical(ParsedText doc, Sentence s, int t) {
        if (t <= s.firstToken() || !doc.token(t).text().equals(",")) return t;
        boolean named = false;
        for (int k = t - 1; k > s.firstToken() && k >= t - 6; k--) {
            Token w = doc.token(k);
            // a name between the commas only in a description that opens in lower case: "Навальная, вдова Алексея Навального, заявила"
            if (w.text().equals(",")) return k < t - 1 && !doc.token(k - 1).isPunct() && (!named || Character.isLowerCase(doc.token(k + 1).text().codePointAt(0))) ? k - 1 : t;
            if (w.isPunct() || w.pos().equals("VERB") || doc.quotationOf(k) >= 0) return t;
            named |= w.pos().equals("PROPN");
        }
        return t;
    }

    /**
     * The token before a relative clause or a participle's phrase between commas that ends at
     * {@code t}, which stands between a subject and its verb ("Олдридж, которой позвонили из
     * Стокгольма, рассказала", "Татьяна Кравец, пришедшая в суд, сообщила"); else {@code t}.
     */
    private static int pastRelativeClause(ParsedText doc, Sentence s, int t) {
        if (t <= s.firstToken() || !doc.token(t).text().equals(",")) return t;
        for (int k = t - 1; k > s.firstToken() && k >= t - 16; k--) {
            Token w = doc.token(k);
            if (doc.quotationOf(k) >= 0 || w.isPunct() && !w.text().equals(",") && !w.text().equals("-")) return t;
            if (!w.text().equals(",")) continue;
            // (the relative pronoun may follow a preposition: "Олдридж, с которой ...")
            int opener = k + 1 < t && doc.token(k + 1).pos().equals("ADP") ? k + 2 : k + 1;
            boolean clause = opener < t && (listed(RELATIVES, doc.token(opener)) || ACTIVE_PARTICIPLE.matcher(lower(doc.token(opener).text())).find());
            if (!clause || doc.token(k - 1).isPunct()) return t;
            // the clause's noun in a phrase between commas that a preposition opens is no subject either: "власти, несмотря на
            // приговор, после которого ..., заявили"
            for (int c = k - 1; c > s.firstToken() && c >= k - 7; c--) {
                Token before = doc.token(c);
                if (before.pos().equals("VERB") || before.isPunct() && !before.text().equals(",")) break;
                if (before.text().equals(",")) return PHRASE_OPENERS.contains(lower(doc.token(c + 1).text())) || doc.token(c + 1).pos().equals("ADP") ? c - 1 : k - 1;
            }
            return k - 1;
        }
        return t;
    }

    /** Words that open a phrase of circumstance, not a subject: "несмотря на", "незважаючи на", "въпреки". */
    private static final Set<String> PHRASE_OPENERS = Set.of("несмотря", "незважаючи", "попри", "въпреки", "вопреки", "всупереч");

    /** Russian's active participles in the nominative, which open a phrase about the noun before them: "пришедшая", "работающий". */
    private static final Pattern ACTIVE_PARTICIPLE = Pattern.compile("\\p{L}{2,}(вш|дш|ющ|ящ|ущ|ащ)(ий|ая|ее|ие)$");

    /**
     * The token before a name's abbreviation in brackets that ends at {@code t} ("Національне
     * антикорупційне бюро України (НАБУ) повідомило"), else {@code t}.
     */
    private static int pastBracketed(ParsedText doc, Sentence s, int t) {
        if (t <= s.firstToken() || !doc.token(t).text().equals(")")) return t;
        for (int k = t - 1; k > s.firstToken() && k >= t - 3; k--) {
            if (doc.token(k).text().equals("(")) return k < t - 1 ? k - 1 : t;
            if (doc.token(k).isPunct() && !doc.token(k).text().equals("-")) return t;
        }
        return t;
    }

    /** The noun phrase right before a verb, past adverbs and particles. */
    private List<Integer> subjectOf(ParsedText doc, Sentence s, int verb) {
        int t = pastBracketed(doc, s, pastRelativeClause(doc, s, pastParenthetical(doc, s, pastModifiers(doc, s, verb))));
        List<Integer> out = new ArrayList<>();
        // "«Ryanair» объявила": a name in quotation marks is the subject
        List<Integer> quoted = t >= s.firstToken() ? quotationEndingAt(doc, t) : List.of();
        if (isQuotedName(doc, quoted)) return quoted.stream().filter(q -> !doc.token(q).isPunct()).toList();
        while (t >= s.firstToken() && out.size() < MAX_SPEAKER) {
            Token k = doc.token(t);
            if (k.isPunct() && !k.text().equals("-") || doc.quotationOf(t) >= 0 || isNominalBreak(k)) break;
            out.add(0, t);
            t--;
        }
        List<Integer> subject = nominal(doc, untagged(doc, speakerOnly(doc, pastLinking(doc, pastDate(doc, s, out)))));
        // a body's office after "in", the body in the genitive, speaks for it: "В пресс-службе Кремля сообщили" (not "У відповідь
        // авіакомпанія заявила", whose subject is in the nominative)
        if (subject.size() >= 1 && out.size() >= 3 && locatives.contains(lower(doc.token(out.get(0)).text())) && doc.token(out.get(1)).pos().equals("NOUN")
                && subject.get(0).equals(out.get(2)) && allOblique(doc, subject)) subject = out.subList(1, out.size());
        // an adjective standing for its noun, right before the verb: "Недовольные обещают", "Сама подсудимая заявила"
        if (subject.isEmpty() && !out.isEmpty() && out.size() <= 2 && doc.token(out.get(out.size() - 1)).pos().equals("ADJ")
                && out.stream().allMatch(k -> Set.of("ADJ", "DET").contains(doc.token(k).pos()))) subject = out;
        // a statement after a preposition says where it was said, not who: "В официальном заявлении напоминают"
        if (!subject.isEmpty() && subject.get(0) > s.firstToken() && doc.token(subject.get(0) - 1).pos().equals("ADP")
                && subject.stream().anyMatch(k -> isSpeechNoun(doc, k))) return List.of();
        // function words alone are no subject: Bulgarian's passive "се посочва", "но" before the verb
        if (subject.stream().allMatch(k -> stopWords.contains(lower(doc.token(k).text())) && !isPronoun(doc, k))) return List.of();
        // "посол США Ричард Греннелл, который в интервью Handelsblatt заявил": a relative pronoun stands for the noun before its comma
        int first = subject.isEmpty() ? -1 : subject.get(0);
        if (first > s.firstToken() + 1 && doc.token(first - 1).text().equals(",")
                && listed(RELATIVES, doc.token(first))) {
            List<Integer> antecedent = subjectOf(doc, s, first - 1);
            return antecedent.isEmpty() ? subject.subList(0, 1) : antecedent;
        }
        // (a body after a preposition speaks in the locative: "В Кремле заявили"; a day does not: "у неділю, 4 листопада, попросив")
        boolean where = !subject.isEmpty() && subject.get(0) > s.firstToken() && doc.token(subject.get(0) - 1).pos().equals("ADP")
                && !isTimeWord(lower(doc.token(subject.get(0)).text()));
        if (!where && allOblique(doc, subject)) {
            // "ряд учёных и аналитиков предположили": genitives after a conjunction belong to a quantity named before it
            int and = subject.get(0) - 1;
            List<Integer> before = and > s.firstToken() && AND.contains(lower(doc.token(and).text())) ? subjectOf(doc, s, and) : List.of();
            if (before.isEmpty()) return List.of();
            List<Integer> whole = new ArrayList<>();
            for (int k = before.get(0); k <= subject.get(subject.size() - 1); k++) whole.add(k);
            return whole;
        }
        return subject;
    }

    /** The phrase less a date it opens with ("6 січня офіційний Київ отримав": "офіційний Київ"; "4 липня, передає": none). */
    private List<Integer> pastDate(ParsedText doc, Sentence s, List<Integer> phrase) {
        return phrase.size() >= 2 && afterDate(doc, s, phrase.get(0)) == phrase.get(0) + 2 ? phrase.subList(2, phrase.size()) : phrase;
    }

    /** The phrase less the end of a linking phrase it opens with ("[В то же] время эксперты": "эксперты"). */
    private List<Integer> pastLinking(ParsedText doc, List<Integer> phrase) {
        if (phrase.isEmpty()) return phrase;
        int first = phrase.get(0);
        for (List<String> l : linking) {
            for (int k = 1; k <= l.size() && k <= phrase.size(); k++) {
                int start = first - (l.size() - k);
                if (start >= 0 && linkingAt(doc, start, l)) return phrase.subList(k, phrase.size());
            }
        }
        return phrase;
    }

    /** Whether the linking phrase's words stand from token {@code start} on. */
    private static boolean linkingAt(ParsedText doc, int start, List<String> phrase) {
        if (start + phrase.size() > doc.tokens().size()) return false;
        for (int i = 0; i < phrase.size(); i++) if (!lower(doc.token(start + i).text()).equals(phrase.get(i))) return false;
        return true;
    }

    /**
     * Where the tagger knew none of the words ({@code X}, as without a dictionary), the last run
     * of capitalised words in the phrase ("европреговарящ Мишел Барние" -> "Мишел Барние", "Доналд
     * Туск също" -> "Доналд Туск"), else its last word; a phrase with tags is kept.
     */
    private List<Integer> untagged(ParsedText doc, List<Integer> phrase) {
        if (phrase.isEmpty() || phrase.stream().anyMatch(t -> !Set.of("X", "PROPN").contains(doc.token(t).pos()))) return phrase;
        // the last run of capitalised words: "Доналд Туск" of "Доналд Туск също"; a function word capitalised
        // at the sentence's start is none ("На пресконференция той каза": "той")
        int end = phrase.size();
        while (end > 0 && !isCapitalisedName(doc, phrase.get(end - 1))) end--;
        if (end == 0) return phrase.subList(phrase.size() - 1, phrase.size());
        int i = end;
        while (i > 0 && isCapitalisedName(doc, phrase.get(i - 1))) i--;
        return phrase.subList(i, end);
    }

    private boolean isCapitalisedName(ParsedText doc, int t) {
        String w = doc.token(t).text();
        return Character.isUpperCase(w.codePointAt(0)) && !stopWords.contains(lower(w));
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
        // with no name, the first noun is the preposition's and a later one the subject: "В ответ авиакомпания заявила"
        int noun = 0;
        while (noun < out.size() && !doc.token(out.get(noun)).pos().equals("NOUN")) noun++;
        if (preposition && name == out.size() && noun + 1 < out.size() && doc.token(out.get(out.size() - 1)).pos().equals("NOUN")) out.subList(0, noun + 1).clear();
        boolean head = out.stream().anyMatch(t -> Set.of("PROPN", "NOUN", "PRON", "X").contains(doc.token(t).pos()));
        return head ? out : List.of();
    }

    /** The token after a comma after the cue (or after the speaker that follows it) when it opens reported speech: "что", "че", "що". */
    private int thatAfter(ParsedText doc, Sentence s, int cue) {
        for (int t = cue + 1; t < s.endToken() && t <= cue + MAX_SPEAKER + 2; t++) {
            // "заявила (и продолжает заявлять), что": an aside in brackets
            if (doc.token(t).text().equals("(")) {
                int close = t;
                while (close < s.endToken() && !doc.token(close).text().equals(")")) close++;
                if (close < s.endToken()) {
                    t = close;
                    continue;
                }
            }
            // another verb first: the conjunction is its own ("назвал проект угрозой и отметил, что")
            if (doc.token(t).pos().equals("VERB") || isCue(doc, t)) return -1;
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
        // "подчерта необходимостта от гаранции ...", "допустив можливість продовження ...": a noun that names what was said
        Token object = doc.token(cue + 1);
        if (!object.pos().equals("VERB") && listed(propositions, object)) return cue + 1;
        // "заявили о необходимости ..." reports what was said; "говорил о переговорах", what it was about
        if (topics.contains(lower(doc.token(cue + 1).text()))) {
            // "алармира за това, посочвайки, че ...": a topic that only points ("за това", "об этом") says nothing itself
            boolean points = cue + 2 < s.endToken() && POINTERS.contains(lower(doc.token(cue + 2).text()));
            return TALK.contains(doc.token(cue).lemma()) || points ? -1 : cue + 1;
        }
        // "требуют казни ...", "отрицала свою вину": a demand's or a denial's object is what was said (not a name after
        // the verb, its subject: "чого вимагав ЄС")
        if (listedVerb(doc, cue, objectVerbs) && Set.of("NOUN", "ADJ", "DET", "X").contains(object.pos()) && !stopWords.contains(lower(object.text()))
                && Character.isLowerCase(object.text().codePointAt(0)) && doc.quotationOf(cue + 1) < 0 && !unrealised(doc, cue) && !thingSubject(doc, s, cue)) return cue + 1;
        // "закликав світові держави до подолання пандемії": what a call is for, after the ones called
        if (listedVerb(doc, cue, callingVerbs)) {
            // the ones called may be a role and a name: "предупреди британския премиер Тереза Мей срещу ..."
            for (int t = cue + 1; t < s.endToken() && t <= cue + 6 && !doc.token(t).isPunct(); t++) {
                if (callingPrepositions.contains(lower(doc.token(t).text())) && t + 1 < lastWord(doc, s)) return t + 1;
                if (doc.token(t).pos().equals("VERB")) break;
            }
        }
        // the object may be a noun with its genitive ("призоваха правителството на Великобритания да изложи"); no other verb
        // before; a call's object may be longer ("призова по-рано днес германските политици и предприемачи да ...")
        int reach = listedVerb(doc, cue, callingVerbs) ? 9 : 5;
        for (int t = cue + 1; t < s.endToken() && t <= cue + reach; t++) {
            Token k = doc.token(t);
            if (k.isPunct() || doc.quotationOf(t) >= 0) return -1;
            String w = lower(k.text());
            if (w.equals("да") || k.pos().equals("VERB") && w.equals(k.lemma()) && INFINITIVE.matcher(w).find()) return cue + 1;
            if (k.pos().equals("VERB") || t > cue + 3 && !Set.of("NOUN", "PROPN", "ADP", "ADJ", "DET", "X").contains(k.pos())) return -1;
        }
        return -1;
    }

    /** Whether the verb's subject opens with a function word: a thing's ("каждый эпизод требует исследования"), not someone's demand. */
    private boolean thingSubject(ParsedText doc, Sentence s, int verb) {
        List<Integer> subject = subjectBefore(doc, s, verb);
        return !subject.isEmpty() && stopWords.contains(lower(doc.token(subject.get(0)).text())) && !isPronoun(doc, subject.get(0));
    }

    /** Whether a verb is future or conditional, no act of speech yet: "ще поиска", "будет требовать", "потребовал бы". */
    private static boolean unrealised(ParsedText doc, int verb) {
        if (verb + 1 < doc.tokens().size() && CONDITIONAL.contains(lower(doc.token(verb + 1).text()))) return true;
        if (verb == 0) return false;
        Token before = doc.token(verb - 1);
        return before.pos().equals("AUX") || CONDITIONAL.contains(lower(before.text())) || FUTURE.contains(lower(before.text()));
    }

    /** The conditional particle, after or before its verb ("потребовал бы"); Bulgarian's future and subjunctive ("ще", "да"). */
    private static final Set<String> CONDITIONAL = Set.of("бы", "б", "би"), FUTURE = Set.of("ще", "да");

    /** The end of the clause from {@code t}: the sentence's end, or a comma before a trailing report ("..., передает ТАСС"). */
    private int clauseEnd(ParsedText doc, Sentence s, int t) {
        for (int k = t; k + 1 < s.endToken(); k++) {
            if (doc.token(k).text().equals(",") && isCue(doc, k + 1) && doc.quotationOf(k) < 0) return k;
        }
        return s.endToken();
    }

    /** Whether the sentence opens with a topic that points back: "Об этом", "Про це", "За това". */
    private boolean pointerLed(ParsedText doc, Sentence s) {
        int t = s.firstToken();
        return t + 1 < s.endToken() && topics.contains(lower(doc.token(t).text())) && POINTERS.contains(lower(doc.token(t + 1).text()));
    }

    /** Whether the words before the cue point back to the sentence before: "Об этом", "Про це", "Това"; or "Пишет об этом". */
    private boolean pointsBack(ParsedText doc, Sentence s, int cue) {
        for (int t = s.firstToken(); t < cue && t < s.firstToken() + 3; t++) if (POINTERS.contains(lower(doc.token(t).text()))) return true;
        // "Пишет об этом газета «Коммерсант»": the pointer right after a cue that opens the sentence
        return cue == s.firstToken() && pointerAfterCue(doc, s, cue);
    }

    /** Whether a topic that points back follows the cue: "Пишет об этом ...". */
    private boolean pointerAfterCue(ParsedText doc, Sentence s, int cue) {
        return cue + 2 < s.endToken() && topics.contains(lower(doc.token(cue + 1).text())) && POINTERS.contains(lower(doc.token(cue + 2).text()));
    }

    /** The first token from {@code t} on that is no word of "also" ("още", "также"). */
    private static int pastAlso(ParsedText doc, Sentence s, int t) {
        while (t < s.endToken() && ALSO.contains(lower(doc.token(t).text()))) t++;
        return t;
    }

    /** The whole quotation whose last token is {@code t}, or none when no quotation ends there. */
    private static List<Integer> quotationEndingAt(ParsedText doc, int t) {
        int q = doc.quotationOf(t);
        if (q < 0 || t + 1 < doc.tokens().size() && doc.quotationOf(t + 1) == q) return List.of();
        return doc.quotation(q);
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

    /**
     * Where a report that runs from {@code from} to the sentence's end stops: before the speaker's next
     * verb after a comma and "и" ({@code ..., и пригрозил}), or before a cue that ends the sentence
     * with its speaker (", додавши, що ... є "справедливим", цитує агенція Reuters."), else at the
     * sentence's end. The outlet that relays it is not what was said.
     */
    private int reportEnd(ParsedText doc, Sentence s, int cue, int from) {
        int last = lastWord(doc, s);
        // "Он заявил, что санкции вредят экономике, и пригрозил ...": the speaker's next verb, in the cue's form, ends the report
        String form = lower(doc.token(cue).text());
        for (int comma = from + 2; comma + 2 <= last; comma++) {
            if (!doc.token(comma).text().equals(",") || doc.quotationOf(comma) >= 0 || !AND.contains(lower(doc.token(comma + 1).text()))) continue;
            Token verb = doc.token(comma + 2);
            String ending = form.substring(Math.max(0, form.length() - 2));
            if (verb.pos().equals("VERB") && ending.length() == 2 && lower(verb.text()).endsWith(ending) && PAST.matcher(form).find()) return comma;
        }
        for (int comma = last - 2; comma > from; comma--) {
            if (!doc.token(comma).text().equals(",") || doc.quotationOf(comma) >= 0 || !isCue(doc, comma + 1)) continue;
            List<Integer> speaker = speakerAfter(doc, s, comma + 1);
            return !speaker.isEmpty() && speaker.get(speaker.size() - 1) >= last ? comma : s.endToken();
        }
        return s.endToken();
    }

    /**
     * Whether the sentence opens inside a quotation that closes before {@code t} ("«... Нам ще належить
     * ...», - сказав він, додавши ..., цитує агенція Reuters"): what stands before {@code t} is no one content.
     */
    private static boolean opensInsideQuotation(ParsedText doc, Sentence s, int t) {
        int q = doc.quotationOf(s.firstToken());
        if (q < 0) return false;
        List<Integer> quotation = doc.quotation(q);
        return quotation.get(0) < s.firstToken() && quotation.get(quotation.size() - 1) < t - 1;
    }

    /** Whether the tokens from {@code from} to {@code to} are words that may go on a noun phrase: no punctuation, quotation or verb. */
    private static boolean plainWords(ParsedText doc, int from, int to) {
        for (int t = from; t < to; t++) if (doc.token(t).isPunct() || doc.quotationOf(t) >= 0 || isNominalBreak(doc.token(t))) return false;
        return true;
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
