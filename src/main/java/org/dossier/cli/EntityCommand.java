package org.dossier.cli;

import org.dossier.store.CorpusQueries;
import org.dossier.store.CorpusQueries.Profile;
import org.dossier.text.Plural;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.List;

@Command(name = "entity", mixinStandardHelpOptions = true,
        description = "The profile of a person, organisation or place: aliases, type, descriptions, relations, stances, "
                + "articles, quotes over time and who they are quoted alongside.",
        footer = {"", "Examples:", "  dossier entity Zelenskyy", "  dossier entity \"Washington Post\" --json"})
final class EntityCommand extends QueryCommand {
    @Parameters(arity = "1..*", paramLabel = "NAME", description = "A name, surname or spelling variant.")
    List<String> name;

    @picocli.CommandLine.Option(names = "--all-types",
            description = "Count attributions of every type (thought, evidence, refusal, other), not only speech.")
    boolean allTypes;

    @Override
    Integer query(CorpusQueries q) throws Exception {
        String n = String.join(" ", name);
        List<CorpusQueries.Source> found = q.findEntities(n);
        if (found.isEmpty()) {
            err().println("dossier entity: no entity named '" + n + "' in " + store.db);
            return 1;
        }
        noteOthers(err(), found);
        Profile p = q.profile(found.get(0).id(), allTypes).orElseThrow();
        PrintWriter out = out();
        if (format.json) {
            Json.MAPPER.writeValue(out, p);
            out.println();
            out.flush();
            return 0;
        }
        Table t = new Table("field", "value");
        t.row("name", p.name()).row("type", p.type()).row("aliases", String.join("; ", p.aliases()))
                .row("names", String.join("; ", p.names().stream().map(x -> x.language() + ": " + x.name() + " (" + Plural.of(x.articles(), "article") + ")").toList()))
                .row("described as", String.join("; ", p.descriptors())).row("articles", p.articles()).row("mentions", p.mentions())
                .row("statements", p.statements() + (allTypes ? " (of every type)" : " (of speech; --all-types for every type)"))
                .row("reports", p.reports());
        for (CorpusQueries.Fact f : p.relations()) t.row("relation", f.subject() + " " + f.predicate() + " " + f.object());
        for (CorpusQueries.Fact f : p.stances()) t.row("stance", f.subject() + " " + f.predicate() + " " + f.object());
        for (CorpusQueries.Count c : p.quotesByMonth()) t.row("quotes in " + c.label(), c.count());
        for (CorpusQueries.Count c : p.quotedAlongside()) t.row("quoted alongside", c.label() + " (" + Plural.of(c.count(), "article") + ")");
        for (CorpusQueries.Quote x : p.latestQuotes()) t.row("said", joined(x.article().published(), "[" + x.article().language() + "]", x.content()));
        for (CorpusQueries.ArticleRef a : p.latestArticles()) t.row("article", joined(a.published(), a.publisher(), a.label()));
        t.print(out, format, p);
        return 0;
    }

    /** The parts that are known, space-separated. */
    private static String joined(String... parts) {
        return String.join(" ", java.util.Arrays.stream(parts).filter(x -> x != null && !x.isBlank()).toList());
    }

    /** When a name fits several entities, says which was taken and which others there are. */
    static void noteOthers(PrintWriter err, List<CorpusQueries.Source> found) {
        if (found.size() < 2) return;
        err.println("(" + found.size() + " entities go by that name; showing " + found.get(0).name() + ". Others: "
                + String.join("; ", found.subList(1, Math.min(found.size(), 6)).stream()
                .map(s -> s.name() + " (" + s.type() + ", " + Plural.of(s.statements(), "statement") + ")").toList()) + ")");
        err.flush();
    }
}
