package org.dossier.lang.slavic;

import org.dossier.nlp.ParsedText;
import org.dossier.nlp.Sentence;
import org.dossier.nlp.StageTimes;
import org.dossier.nlp.StageTimes.Stage;
import org.dossier.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A text as tokens with lemmas from the dictionary (the first reading of the word as written, else
 * in lower case; a common word's ё as е), parts of speech from the language's model where it has one (else from that
 * reading), and no parse: each token's head is -1 and its relation
 * {@link Token#NO_RELATION}.
 */
final class SlavicParser {
    private SlavicParser() {}

    static ParsedText parse(String text, SlavicTokenizer tokenizer, Morphology morphology, Tags tags, PosTagger tagger, StageTimes clock) {
        long t = StageTimes.now();
        List<SlavicTokenizer.Piece> pieces = tokenizer.tokenize(text);
        t = clock.add(Stage.TOKENIZE, t);
        List<Token> tokens = new ArrayList<>(pieces.size());
        boolean[] onlyVerb = new boolean[pieces.size()];
        String[] verbLemma = new String[pieces.size()];
        for (SlavicTokenizer.Piece p : pieces) {
            String word = text.substring(p.start(), p.end());
            String lower = word.toLowerCase(Locale.ROOT);
            List<Morphology.Reading> readings = morphology.readings(word);
            if (readings.isEmpty() && !lower.equals(word)) readings = morphology.readings(lower);
            int c = word.codePointAt(0);
            String pos;
            String lemma = asListed(readings.isEmpty() ? lower : readings.get(0).lemma());
            if (!readings.isEmpty() && tags.gerund(readings.get(0).tag())) {
                String verb = verbOfGerund(lower, morphology, tags);
                if (verb != null) lemma = verb;
            }
            if (!SlavicTokenizer.isWordChar(c)) pos = "PUNCT";
            else if (!readings.isEmpty()) {
                pos = tags.posOf(readings);
                onlyVerb[tokens.size()] = readings.stream().allMatch(r -> tags.pos(r.tag()).equals("VERB"));
                // a function word's reading first ("говорят" as a parenthetical word), not an adjective's ("уверен")
                if (!Set.of("NOUN", "PROPN", "ADJ", "VERB").contains(tags.pos(readings.get(0).tag()))) {
                    verbLemma[tokens.size()] = readings.stream().filter(r -> tags.pos(r.tag()).equals("VERB")).map(r -> asListed(r.lemma()))
                            .findFirst().orElse(null);
                }
            }
            else if (word.codePoints().allMatch(Character::isDigit)) pos = "NUM";
            else pos = Character.isUpperCase(c) ? "PROPN" : "X";
            tokens.add(new Token(tokens.size(), word, p.start(), p.end(), lemma, pos, "O", -1, Token.NO_RELATION, p.sentence(), p.paragraph()));
        }
        t = clock.add(Stage.LEMMA, t);
        if (tagger != null) tokens = tagged(tokens, onlyVerb, verbLemma, tagger);
        t = clock.add(Stage.POS, t);
        List<Sentence> sentences = new ArrayList<>();
        int first = 0;
        for (int i = 1; i <= tokens.size(); i++) {
            if (i == tokens.size() || tokens.get(i).sentence() != tokens.get(first).sentence()) {
                Token a = tokens.get(first), b = tokens.get(i - 1);
                sentences.add(new Sentence(sentences.size(), first, i, a.start(), b.end(), a.paragraph()));
                first = i;
            }
        }
        ParsedText doc = new ParsedText(text, tokens, sentences);
        clock.add(Stage.TOKENIZE, t);
        return doc;
    }

    /** The infinitive a gerund is formed from, where its endings give one the dictionary knows ("стверджуючи": "стверджувати"), else null. */
    private static String verbOfGerund(String gerund, Morphology morphology, Tags tags) {
        for (String[] e : tags.gerundEndings()) {
            if (!gerund.endsWith(e[0])) continue;
            String stem = gerund.substring(0, gerund.length() - e[0].length());
            for (int i = 1; i < e.length; i++) {
                String verb = stem + e[i];
                if (morphology.readings(verb).stream().anyMatch(r -> r.lemma().equals(verb) && tags.infinitive(r.tag()))) return verb;
            }
        }
        return null;
    }

    /** A common word's lemma with ё written е, as the word lists and most texts write it ("подчёркивать"); names keep theirs. */
    private static String asListed(String lemma) {
        return lemma.equals(lemma.toLowerCase(Locale.ROOT)) ? lemma.replace('ё', 'е') : lemma;
    }

    /** The model's parts of speech that no capitalised noun inside a sentence is. */
    private static final Set<String> CLOSED_CLASSES = Set.of("PUNCT", "ADP", "DET", "CCONJ", "SCONJ", "PART", "AUX");

    /**
     * The tokens with the model's part of speech, a sentence at a time, except where the dictionary
     * knows the word only as a verb ("заявив" after a comma tagged a noun). A verb takes the lemma of
     * the word's verb reading where a function word's comes first: "говорят" is also a parenthetical
     * word ("they say").
     */
    private static List<Token> tagged(List<Token> tokens, boolean[] onlyVerb, String[] verbLemma, PosTagger pos) {
        List<Token> out = new ArrayList<>(tokens.size());
        int first = 0;
        for (int i = 1; i <= tokens.size(); i++) {
            if (i < tokens.size() && tokens.get(i).sentence() == tokens.get(first).sentence()) continue;
            String[] words = new String[i - first];
            for (int k = first; k < i; k++) words[k - first] = tokens.get(k).text();
            String[] tags = pos.tag(words);
            for (int k = first; k < i; k++) {
                Token t = tokens.get(k);
                // a name the dictionary knows, or a capitalised word it does not, stays a name where the model
                // reads no noun ("Мей" as an adjective, "Ляшко" as an adverb): the model knows few names
                // (nor is a capitalised noun inside a sentence a function word or a sign: "наголосив Банька", tagged PUNCT)
                boolean capitalisedNoun = t.pos().equals("NOUN") && k > first && Character.isUpperCase(t.text().codePointAt(0))
                        && CLOSED_CLASSES.contains(tags[k - first]);
                String tag = t.pos().equals("PROPN") && !tags[k - first].equals("NOUN") || capitalisedNoun ? t.pos()
                        : onlyVerb[k] && !tags[k - first].equals("AUX") ? "VERB" : tags[k - first];
                String lemma = tag.equals("VERB") && verbLemma[k] != null ? verbLemma[k] : t.lemma();
                out.add(new Token(t.index(), t.text(), t.start(), t.end(), lemma, tag, t.ner(), t.head(), t.deprel(), t.sentence(), t.paragraph()));
            }
            first = i;
        }
        return out;
    }
}
