package org.dossier.extract.attribution;

import org.dossier.nlp.ParsedText;

import java.util.ArrayList;
import java.util.List;

/**
 * What "call" reports when it gives someone a name in quotation marks is that name: in "Trump
 * called Cruz the “ultimate hypocrite,” linking to a story ...", the content is "the “ultimate
 * hypocrite,”", not "Cruz", who was called it. The cue's last object or complement after it,
 * when a quotation is in it, with what qualifies it ("a “giant” of the Labour movement") but not a
 * clause after it; a name given without quotation marks, or a content that goes on past the name
 * ("calls Cruz “...”: “...”"), is left as the models found it.
 */
final class NameCalled implements AttributionFix {
    @Override
    public FoundAttribution fix(ParsedText doc, FoundAttribution a) {
        int cue = a.anchor();
        if (!doc.token(cue).lemma().equalsIgnoreCase("call")) return a;
        List<Integer> objects = doc.children(cue).stream()
                .filter(k -> k > cue && List.of("obj", "iobj", "xcomp").contains(doc.token(k).deprel())).toList();
        if (objects.size() < 2) return a;
        int object = objects.get(objects.size() - 1);
        int[] name = doc.subtreeRange(object);
        int quoted = -1;
        for (int t = name[0]; t <= name[1]; t++) if (doc.quotationOf(t) >= 0) quoted = t;
        if (quoted < 0) return a;
        // the name with what qualifies it ("a “giant” of the Labour movement"), not a clause after it ("..., linking to a story")
        int end = name[1];
        for (int k : doc.children(object)) {
            if (k > quoted && doc.token(k).deprel().startsWith("acl")) end = Math.min(end, doc.subtreeRange(k)[0] - 1);
        }
        while (end > quoted && doc.token(end).isPunct() && doc.quotationOf(end) < 0) end--;
        int last = end;
        if (a.content().stream().anyMatch(t -> t > last)) return a;  // a content that goes on past the name holds more than it
        List<Integer> content = new ArrayList<>();
        for (int t = name[0]; t <= end; t++) content.add(t);
        return a.withContent(content);
    }
}
