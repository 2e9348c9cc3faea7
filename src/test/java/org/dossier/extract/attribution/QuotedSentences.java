package org.dossier.extract.attribution;

import org.dossier.nlp.HandParsed;
import org.dossier.nlp.ParsedText;

/**
 * Sentences of news with quotations, as CoreNLP parses them, for the tests of floating
 * quotations: {@link #doc} puts them together, {@link #NEW_PARAGRAPH} between two starts a
 * paragraph.
 */
final class QuotedSentences {
    private QuotedSentences() {}

    static final String NEW_PARAGRAPH = "# newpar";

    /** The sentences as one text: one paragraph, but where {@link #NEW_PARAGRAPH} stands between. */
    static ParsedText doc(String... sentences) {
        StringBuilder conll = new StringBuilder();
        for (String s : sentences) conll.append(s.equals(NEW_PARAGRAPH) ? NEW_PARAGRAPH + "\n" : s.strip() + "\n\n");
        return HandParsed.parse(conll.toString());
    }

    static final String THE_BRIDGE_SAID_LOPEZ = """
            “            _          ``    10  punct
            The          _          DT    3   det
            bridge       _          NN    5   nsubj
            will         _          MD    5   aux
            open         _          VB    10  ccomp
            in           _          IN    7   case
            May          May        NNP   5   obl
            ,            _          ,     10  punct
            ”            _          ''    10  punct
            said         say        VBD   0   root
            Mayor        Mayor      NNP   13  compound   PERSON
            Ana          Ana        NNP   13  compound   PERSON
            Lopez        Lopez      NNP   10  nsubj      PERSON
            .            _          .     10  punct
            """;

    static final String THE_PROJECT_RAN_LATE = """
            The          _          DT    2   det
            project      _          NN    3   nsubj
            ran          run        VBD   0   root
            two          _          CD    5   nummod
            years        year       NNS   6   obl:npmod
            late         _          RB    3   advmod
            .            _          .     3   punct
            """;

    static final String NOBODY_IS_HAPPIER = """
            “            _          ``    0   root
            Nobody       _          NN    4   nsubj
            is           be         VBZ   4   cop
            happier      happy      JJR   1   dep
            than         _          IN    7   mark
            I            I          PRP   7   nsubj
            am           be         VBP   4   ccomp
            .            _          .     4   punct
            ”            _          ''    4   punct
            """;

    static final String WE_LOST_SAID_TOM_BAKER = """
            “            _          ``    10  punct
            We           _          PRP   3   nsubj
            lost         lose       VBD   10  ccomp
            the          _          DT    5   det
            vote         _          NN    3   obj
            ,            _          ,     10  punct
            ”            _          ''    10  punct
            Tom          Tom        NNP   9   compound   PERSON
            Baker        Baker      NNP   10  nsubj      PERSON
            said         say        VBD   0   root
            .            _          .     10  punct
            """;

    static final String MARY_BAKER_SHOOK_HER_HEAD = """
            Mary         Mary       NNP   2   compound   PERSON
            Baker        Baker      NNP   3   nsubj      PERSON
            shook        shake      VBD   0   root
            her          she        PRP$  5   nmod:poss
            head         _          NN    3   obj
            .            _          .     3   punct
            """;

    static final String IT_WAS_NEVER_OURS = """
            “            _          ``    5   punct
            It           _          PRP   5   nsubj
            was          be         VBD   5   cop
            never        _          RB    5   advmod
            ours         _          PRP   0   root
            to           _          TO    7   mark
            win          _          VB    5   acl
            .            _          .     5   punct
            ”            _          ''    5   punct
            """;

    /** "Tell her I promised you a picture," Ebeling said, and her husband laughed. */
    static final String SAID_AND_HER_HUSBAND_LAUGHED = """
            “            _          ``    0   root
            Tell         _          VB    1   dep
            her          she        PRP   2   obj
            I            I          PRP   5   nsubj
            promised     promise    VBD   2   ccomp
            you          _          PRP   5   iobj
            a            _          DT    8   det
            picture      _          NN    5   obj
            ,            _          ,     12  punct
            ”            _          ''    12  punct
            Ebeling      Ebeling    NNP   12  nsubj      PERSON
            said         say        VBD   2   dep
            ,            _          ,     12  punct
            and          _          CC    17  cc
            her          she        PRP$  16  nmod:poss
            husband      _          NN    17  nsubj
            laughed      laugh      VBD   12  conj
            .            _          .     2   punct
            """;

    static final String DO_NOT_FORGET_ME = """
            “            _          ``    4   punct
            Do           _          VBP   4   aux
            not          _          RB    4   advmod
            forget       _          VB    0   root
            me           I          PRP   4   obj
            .            _          .     4   punct
            ”            _          ''    4   punct
            """;

    private static final String WE_WILL_APPEAL_CLINTON = """
            “            _          ``    8   punct
            We           _          PRP   4   nsubj
            will         _          MD    4   aux
            appeal       _          VB    8   ccomp
            ,            _          ,     8   punct
            ”            _          ''    8   punct
            Clinton      Clinton    NNP   8   nsubj      PERSON
            said         say        VBD   0   root
            """;

    static final String WE_WILL_APPEAL_CLINTON_SAID = WE_WILL_APPEAL_CLINTON + """
            .            _          .     8   punct
            """;

    static final String WE_WILL_APPEAL_CLINTON_SAID_STANDING = WE_WILL_APPEAL_CLINTON + """
            ,            _          ,     8   punct
            standing     stand      VBG   8   dep
            by           _          IN    14  case
            the          _          DT    14  det
            old          _          JJ    14  amod
            sign         _          NN    10  obl
            .            _          .     8   punct
            """;

    static final String SHE_STOOD_BY_THE_SIGN = """
            She          _          PRP   2   nsubj
            stood        stand      VBD   0   root
            by           _          IN    6   case
            the          _          DT    6   det
            old          _          JJ    6   amod
            sign         _          NN    2   obl
            .            _          .     2   punct
            """;

    static final String THIS_FIGHT_IS_NOT_OVER = """
            “            _          ``    6   punct
            This         _          DT    3   det
            fight        _          NN    6   nsubj
            is           be         VBZ   6   cop
            not          _          RB    6   advmod
            over         _          RB    0   root
            .            _          .     6   punct
            ”            _          ''    6   punct
            """;

    static final String THE_RIVER_KEEPS_RISING = """
            “            _          ``    4   punct
            The          _          DT    3   det
            river        _          NN    4   nsubj
            keeps        keep       VBZ   0   root
            rising       rise       VBG   4   xcomp
            .            _          .     4   punct
            ”            _          ''    4   punct
            """;

    /** A quotation that its paragraph leaves open. */
    static final String I_KNEW_THERE_HAD_TO_BE = """
            “            _          ``    0   root
            I            I          PRP   3   nsubj
            knew         know       VBD   1   dep
            there        _          RB    3   advmod
            had          have       VBD   10  aux
            to           _          TO    10  mark
            be           _          VB    10  cop
            a            _          DT    10  det
            better       good       JJR   10  amod
            way          _          NN    3   dep
            .            _          .     3   punct
            """;

    static final String THE_NUMBER_WILL_GROW_HE_SAID = """
            “            _          ``    11  punct
            The          _          DT    3   det
            number       _          NN    7   nsubj
            of           _          IN    5   case
            users        user       NNS   3   nmod
            will         _          MD    7   aux
            grow         _          VB    11  ccomp
            ,            _          ,     11  punct
            ”            _          ''    11  punct
            he           _          PRP   11  nsubj
            said         say        VBD   0   root
            .            _          .     11  punct
            """;
}
