package org.dossier.extract.attribution;

import org.dossier.nlp.ParsedText;

import java.util.ArrayList;
import java.util.TreeSet;

/**
 * A content that ends with a whole quotation takes the quotations that follow it with nothing but
 * spaces between, in the same paragraph: {@code added: "First. "Second."} is one quote, though
 * the quotation marks make two.
 */
final class QuotationsGoingOn implements AttributionFix {
    @Override
    public FoundAttribution fix(ParsedText doc, FoundAttribution a) {
        if (a.content().isEmpty()) return a;
        int last = a.content().stream().mapToInt(Integer::intValue).max().getAsInt();
        int q = doc.quotationOf(last);
        if (q < 0 || last + 1 < doc.tokens().size() && doc.quotationOf(last + 1) == q) return a;
        TreeSet<Integer> content = new TreeSet<>(a.content());
        for (int t = last + 1; t < doc.tokens().size(); t++) {
            int next = doc.quotationOf(t);
            if (next < 0 || next == q || doc.token(t).paragraph() != doc.token(last).paragraph()
                    || doc.token(t).start() - doc.token(t - 1).end() > 2) break;
            while (t < doc.tokens().size() && doc.quotationOf(t) == next) content.add(t++);
            q = next;
            t--;
        }
        return content.size() == a.content().size() ? a : a.withContent(new ArrayList<>(content));
    }
}
