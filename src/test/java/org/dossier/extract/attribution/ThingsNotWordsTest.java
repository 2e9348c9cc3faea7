package org.dossier.extract.attribution;

import org.dossier.model.AttributionType;
import org.dossier.nlp.HandParsed;
import org.dossier.nlp.ParsedText;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.dossier.extract.attribution.WrittenAttributions.attribution;
import static org.dossier.extract.attribution.WrittenAttributions.cueSourceContent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Speech reports words: a speech verb acting on a thing is the act, typed other (parses by CoreNLP). */
class ThingsNotWordsTest {
    private static final ThingsNotWords RULE = new ThingsNotWords();
    private static final AttributionExtractor CHAIN = new AttributionExtractor(AttributionModel.bundled());

    private static final ParsedText BOOK_AND_CLAIM = HandParsed.parse("""
            Smith        Smith        NNP   2   nsubj  PERSON
            wrote        write        VBD   0   root
            her          she          PRP$  5   nmod:poss
            first        first        JJ    5   amod
            cookbook     cookbook     NN    2   obj
            in           in           IN    7   case
            2010         2010         CD    2   obl
            .            .            .     2   punct

            The          the          DT    2   det
            company      company      NN    3   nsubj
            disclosed    disclose     VBD   0   root
            a            a            DT    7   det
            $            $            $     7   dep
            300-million  300-million  CD    7   nummod
            claim        claim        NN    3   obj
            against      against      IN    11  case
            its          its          PRP$  11  nmod:poss
            former       former       JJ    11  amod
            auditor      auditor      NN    7   nmod
            .            .            .     3   punct
            """);

    private static final ParsedText THANKS_AND_RESPONSE = HandParsed.parse("""
            She        she        PRP   2   nsubj
            thanked    thank      VBD   0   root
            him        he         PRP   2   obj
            for        for        IN    5   mark
            allowing   allow      VBG   2   advcl
            her        she        PRP$  7   nmod:poss
            family     family     NN    5   obj
            to         to         TO    9   mark
            come       come       VB    5   xcomp
            to         to         IN    12  case
            the        the        DT    12  det
            ceremony   ceremony   NN    9   obl
            .          .          .     2   punct

            Edmonton   Edmonton   NNP   2   nsubj      LOCATION
            responded  respond    VBD   0   root
            when       when       WRB   5   advmod
            Jones      Jones      NNP   5   nsubj      PERSON
            recorded   record     VBD   2   advcl
            his        he         PRP$  8   nmod:poss
            first      first      JJ    8   amod
            goal       goal       NN    5   obj
            of         of         IN    11  case
            the        the        DT    11  det
            season     season     NN    8   nmod
            .          .          .     2   punct
            """);

    private static final ParsedText SPEECH = HandParsed.parse("""
            He        he        PRP  2  nsubj
            added     add       VBD  0  root
            that      that      IN   8  mark
            the       the       DT   5  det
            team      team      NN   8  nsubj
            would     would     MD   8  aux
            not       not       RB   8  advmod
            trade     trade     VB   2  ccomp
            him       he        PRP  8  obj
            .         .         .    2  punct

            Jones     Jones     NNP  2  nsubj  PERSON
            said      say       VBD  0  root
            the       the       DT   4  det
            plan      plan      NN   6  nsubj
            was       be        VBD  6  cop
            dead      dead      JJ   2  ccomp
            .         .         .    2  punct

            “         “         ``   4  punct
            We        we        PRP  4  nsubj
            will      will      MD   4  aux
            keep      keep      VB   0  root
            fighting  fighting  NN   4  obj
            ,         ,         ,    4  punct
            ”         ”         ''   4  punct
            Smith     Smith     NNP  9  nsubj  PERSON
            added     add       VBD  4  parataxis
            .         .         .    4  punct
            """);

    /** The type the rule gives a speech attribution, as TypeFromCue would have typed it. */
    private static AttributionType typed(ParsedText doc, String cue, String source, String content) {
        return RULE.fix(doc, attribution(doc, cue, source, content).withType(AttributionType.SPEECH)).type();
    }

    @Test
    void aGoalAddedIsNoStatement() {
        ParsedText doc = HandParsed.parse("""
                The         the         DT    2   det
                Oilers      Oilers      NNPS  3   nsubj      ORGANIZATION
                added       add         VBD   0   root
                yet         yet         RB    3   advmod
                another     another     DT    6   det
                goal        goal        NN    3   obj
                when        when        WRB   9   advmod
                McDavid     McDavid     NNP   9   nsubj      PERSON
                beat        beat        VBD   6   acl:relcl
                the         the         DT    11  det
                goaltender  goaltender  NN    9   obj
                on          on          IN    14  case
                a           a           DT    14  det
                breakaway   breakaway   NN    9   obl
                .           .           .     3   punct
                """);
        assertEquals(AttributionType.OTHER, typed(doc, "added", "The Oilers", "yet another goal when McDavid beat the goaltender on a breakaway"));
    }

    @Test
    void anAdvisoryIssuedIsNoStatement() {
        ParsedText doc = HandParsed.parse("""
                Environment  Environment  NNP  2   compound
                Canada       Canada       NNP  3   nsubj     LOCATION
                issued       issue        VBD  0   root
                a            a            DT   6   det
                wind         wind         NN   6   compound
                advisory     advisory     NN   3   obj
                for          for          IN   9   case
                the          the          DT   9   det
                region       region       NN   6   nmod
                on           on           IN   11  case
                Tuesday      Tuesday      NNP  3   obl
                .            .            .    3   punct
                """);
        assertEquals(AttributionType.OTHER, typed(doc, "issued", "Environment Canada", "a wind advisory for the region on Tuesday"));
    }

    @Test
    void aMotionFiledIsNoStatementThoughItsInfinitiveIsAVerb() {
        ParsedText doc = HandParsed.parse("""
                Lawyers  lawyer  NNS  5   nsubj
                for      for     IN   4   case
                the      the     DT   4   det
                city     city    NN   1   nmod
                filed    file    VBD  0   root
                a        a       DT   7   det
                motion   motion  NN   5   obj
                to       to      TO   9   mark
                strike   strike  VB   5   xcomp
                the      the     DT   11  det
                claim    claim   NN   9   obj
                last     last    JJ   13  amod
                week     week    NN   9   obl:tmod
                .        .       .    5   punct
                """);
        assertEquals(AttributionType.OTHER, typed(doc, "filed", "Lawyers for the city", "a motion to strike the claim last week"));
    }

    @Test
    void aBookWrittenAndAClaimDisclosedAreNoStatements() {
        ParsedText doc = BOOK_AND_CLAIM;
        assertEquals(AttributionType.OTHER, typed(doc, "wrote", "Smith", "her first cookbook in 2010"));
        assertEquals(AttributionType.OTHER, typed(doc, "wrote", "Smith", "her first cookbook in"), "a content cut short keeps its stray preposition");
        assertEquals(AttributionType.OTHER, typed(doc, "disclosed", "The company", "a $ 300-million claim against its former auditor"));
    }

    @Test
    void whereSomethingWasDescribedIsNoStatement() {
        ParsedText doc = HandParsed.parse("""
                The            the            DT    2   det
                deal           deal           NN    12  nsubj
                ,              ,              ,     2   punct
                which          which          WDT   6   obj
                Trump          Trump          NNP   6   nsubj      PERSON
                described      describe       VBD   2   acl:relcl
                in             in             IN    10  case
                his            he             PRP$  10  nmod:poss
                1998           1998           CD    10  nummod
                autobiography  autobiography  NN    6   obl
                ,              ,              ,     2   punct
                collapsed      collapse       VBD   0   root
                .              .              .     12  punct
                """);
        assertEquals(AttributionType.OTHER, typed(doc, "described", "Trump", "in his 1998 autobiography"));
    }

    @Test
    void thanksAndAResponseWhenSomethingHappenedAreNoStatements() {
        ParsedText doc = THANKS_AND_RESPONSE;
        assertEquals(AttributionType.OTHER, typed(doc, "thanked", "She", "him for allowing her family to come to the ceremony"));
        assertEquals(AttributionType.OTHER, typed(doc, "responded", "Edmonton", "when Jones recorded his first goal of the season"));
    }

    @Test
    void whatWasAddedOrSaidStaysSpeech() {
        ParsedText doc = SPEECH;
        assertEquals(AttributionType.SPEECH, typed(doc, "added", "He", "that the team would not trade him"));
        assertEquals(AttributionType.SPEECH, typed(doc, "said", "Jones", "the plan was dead"));
        assertEquals(AttributionType.SPEECH, typed(doc, "added", "Smith", "“ We will keep fighting , ”"));
    }

    @Test
    void aPlanAnnouncedAndACallToMinistersStaySpeech() {
        ParsedText doc = HandParsed.parse("""
                DuPont     DuPont     NNP  2  nsubj  ORGANIZATION
                announced  announce   VBD  0  root
                plans      plan       NNS  2  obj
                to         to         TO   5  mark
                merge      merge      VB   2  xcomp
                with       with       IN   8  case
                Dow        Dow        NNP  8  compound
                Chemical   Chemical   NNP  5  obl
                .          .          .    2  punct

                The        the        DT   2  det
                group      group      NN   3  nsubj
                urged      urge       VBD  0  root
                ministers  minister   NNS  3  obj
                to         to         TO   6  mark
                act        act        VB   3  xcomp
                on         on         IN   9  case
                the        the        DT   9  det
                report     report     NN   6  obl
                .          .          .    3  punct
                """);
        assertEquals(AttributionType.SPEECH, typed(doc, "announced", "DuPont", "plans to merge with Dow Chemical"), "a plan stands for what was announced");
        assertEquals(AttributionType.SPEECH, typed(doc, "urged", "The group", "ministers to act on the report"), "the ones urged are no thing");
    }

    @Test
    void aStatementThatSaysSomethingStaysSpeech() {
        ParsedText doc = HandParsed.parse("""
                The        the        DT   2  det
                firm       firm       NN   3  nsubj
                issued     issue      VBD  0  root
                a          a          DT   5  det
                statement  statement  NN   3  obj
                saying     say        VBG  5  acl
                the        the        DT   8  det
                deal       deal       NN   9  nsubj
                was        be         VBD  6  ccomp
                off        off        RB   9  advmod
                .          .          .    3  punct
                """);
        assertEquals(AttributionType.SPEECH, typed(doc, "issued", "The firm", "a statement saying the deal was off"));
    }

    @Test
    void theWholeChainFindsNoSpeechInThemAndKeepsWhatWasSaid() {
        for (ParsedText doc : List.of(BOOK_AND_CLAIM, THANKS_AND_RESPONSE)) {
            List<FoundAttribution> found = CHAIN.extract(doc);
            assertTrue(found.stream().noneMatch(a -> a.type() == AttributionType.SPEECH), () -> found.stream()
                    .map(a -> cueSourceContent(doc, a) + " | " + a.type()).toList().toString());
        }
        assertEquals(List.of(AttributionType.SPEECH, AttributionType.SPEECH, AttributionType.SPEECH),
                CHAIN.extract(SPEECH).stream().map(FoundAttribution::type).toList());
    }
}
