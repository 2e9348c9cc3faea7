package org.dossier.extract.attribution;

import org.dossier.nlp.ParsedText;
import org.dossier.nlp.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A dateline is never part of a source: in "KYIV, Feb 10 - Ukrainian President Volodymyr
 * Zelensky said", the source starts after the dash. A dateline opens its paragraph and holds a
 * word in capitals or a date before the dash.
 */
final class DatelineOutOfSource implements AttributionFix {
    private static final Set<String> DASHES = Set.of("-", "--", "–", "—", "―");

    @Override
    public FoundAttribution fix(ParsedText doc, FoundAttribution a) {
        List<Integer> s = a.source();
        for (int i = 0; i < s.size(); i++) {
            if (!DASHES.contains(doc.token(s.get(i)).text())) continue;
            int first = s.get(0);
            boolean paragraphStart = first == 0 || doc.token(first - 1).paragraph() != doc.token(first).paragraph();
            boolean capsOrDate = false;
            for (int j = 0; j < i; j++) {
                Token t = doc.token(s.get(j));
                capsOrDate |= t.text().length() > 1 && t.text().equals(t.text().toUpperCase(Locale.ROOT)) && Character.isLetter(t.text().charAt(0))
                        || "DATE".equals(t.ner());
            }
            if (paragraphStart && capsOrDate && i + 1 < s.size()) return a.withSource(List.copyOf(s.subList(i + 1, s.size())));
        }
        return a;
    }
}
