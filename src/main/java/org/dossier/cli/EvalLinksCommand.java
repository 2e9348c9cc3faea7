package org.dossier.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.dossier.eval.LinkEvaluation;
import org.dossier.eval.LinkEvaluation.Found;
import org.dossier.eval.LinkEvaluation.GoldMention;
import org.dossier.ingest.SourceArticle;
import org.dossier.model.Analysis;
import org.dossier.model.Entity;
import org.dossier.model.Mention;
import org.dossier.store.CorpusQueries;
import org.dossier.store.CorpusStore;
import org.dossier.text.ArticleFiles;
import org.dossier.text.Plural;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "eval-links", mixinStandardHelpOptions = true,
        description = {"Scores how mentions are linked into one entity across articles and languages against SlavicNER's "
                + "cross-lingual ids: pairwise precision and recall of \"same entity\" over the gold name mentions (PER, ORG, "
                + "LOC), per type, over all pairs, over pairs from two languages, and per pair of languages. A gold mention "
                + "counts as found when a mention with its exact offsets in its file was exported.",
                "What is scored: --export, a file that export-entities wrote; --db, a store (exported on the fly); or "
                        + "--gold-names, SlavicNER's own names (each article's gold mentions, grouped by lemma and type, as its "
                        + "entities) linked by the store in a new temporary store: the linking alone, without name finding."},
        footer = {"", "Examples:",
                "  dossier ingest ../shared/data/slavicner/raw/covid-19 --db covid.db",
                "  dossier eval-links --db covid.db --topics covid-19",
                "  dossier eval-links --gold-names --topics asia_bibi,covid-19"})
final class EvalLinksCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    static final class What {
        @Option(names = "--export", paramLabel = "FILE", description = "Entities as export-entities wrote them (JSON Lines).")
        Path export;

        @Option(names = "--db", paramLabel = "FILE", description = "A corpus store holding the SlavicNER texts.")
        Path db;

        @Option(names = "--gold-names", description = "Link SlavicNER's own names in a temporary store: the linking alone.")
        boolean goldNames;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    What what;

    @Option(names = "--gold", paramLabel = "DIR", description = "SlavicNER, with ner/ and raw/ below it; by default\n${DEFAULT-VALUE}.")
    Path gold = Path.of("..", "shared", "data", "slavicner");

    @Option(names = "--topics", split = ",", paramLabel = "TOPIC", description = "Only these topics (default: all).")
    Set<String> topics = Set.of();

    @Option(names = "--lang", split = ",", paramLabel = "CODE,...", hideParamSyntax = true, description = "Only these languages, comma-separated (default: all).")
    Set<String> languages = Set.of();

    @Option(names = "--errors", paramLabel = "N", description = "Also print the N worst errors: gold entities split apart, predicted entities that join several.")
    int errors;

    @Override
    public Integer call() throws Exception {
        var err = spec.commandLine().getErr();
        List<GoldMention> goldMentions = LinkEvaluation.readGold(gold, topics, languages);
        if (goldMentions.isEmpty()) {
            err.println("dossier eval-links: no gold names under " + gold.resolve("ner") + " for " + (topics.isEmpty() ? "any topic" : "topics " + topics)
                    + (languages.isEmpty() ? "" : " in " + languages));
            return 1;
        }
        Map<Found, Long> entityOf;
        if (what.export != null) entityOf = readExport(what.export);
        else if (what.db != null) {
            String problem = CorpusStore.problemWith(what.db, false);
            if (problem != null) {
                err.println("dossier eval-links: " + problem);
                return 1;
            }
            entityOf = exported(what.db);
        } else {
            Path dir = Files.createTempDirectory("dossier-links");
            Path db = dir.resolve("gold-names.db");
            try {
                linkGoldNames(goldMentions, db, err);
                entityOf = exported(db);
            } finally {
                for (String f : new String[] {"gold-names.db", "gold-names.db-wal", "gold-names.db-shm"}) Files.deleteIfExists(dir.resolve(f));
                Files.deleteIfExists(dir);
            }
        }
        long found = goldMentions.stream().filter(g -> entityOf.containsKey(new Found(g.file(), g.start(), g.end()))).count();
        StringBuilder t = new StringBuilder(String.format("%s of %s found (exact offsets)%n%n", Plural.of((int) found, "gold mention"),
                goldMentions.size()));
        t.append("| type | languages | gold pairs | predicted pairs | correct | P | R | F1 |\n|---|---|---:|---:|---:|---:|---:|---:|\n");
        for (LinkEvaluation.Row r : LinkEvaluation.score(goldMentions, entityOf)) {
            if (r.gold() == 0 && r.predicted() == 0) continue;
            t.append(String.format("| %s | %s | %d | %d | %d | %.3f | %.3f | %.3f |%n", r.type(), r.languages(), r.gold(), r.predicted(), r.correct(),
                    r.prf().precision(), r.prf().recall(), r.prf().f1()));
        }
        if (errors > 0) {
            t.append(String.format("%nWorst errors (pairs lost; each part: lemma {language=mentions}):%n"));
            for (String line : LinkEvaluation.errors(goldMentions, entityOf, errors)) t.append(line).append('\n');
        }
        spec.commandLine().getOut().print(t);
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** The entity of each mention in an export-entities file, keyed by its article's file name and offsets. */
    private static Map<Found, Long> readExport(Path file) throws Exception {
        Map<Found, Long> out = new HashMap<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) continue;
                JsonNode e = Json.MAPPER.readTree(line);
                for (JsonNode m : e.path("mentions")) {
                    out.put(new Found(fileName(m.path("article").asText()), m.path("start").asInt(), m.path("end").asInt()), e.path("id").asLong());
                }
            }
        }
        return out;
    }

    private static Map<Found, Long> exported(Path db) throws Exception {
        Map<Found, Long> out = new HashMap<>();
        try (CorpusQueries q = CorpusQueries.open(db)) {
            q.exportEntities(e -> e.mentions().forEach(m -> out.put(new Found(fileName(m.article()), m.start(), m.end()), e.id())));
        }
        return out;
    }

    private static String fileName(String origin) {
        return Path.of(origin).getFileName().toString();
    }

    /**
     * A store of SlavicNER's texts whose entities are its gold names: in each article, the
     * mentions of one lemma and type are one entity, named by the lemma (a nominative).
     */
    private void linkGoldNames(List<GoldMention> goldMentions, Path db, java.io.PrintWriter err) throws Exception {
        Map<String, List<GoldMention>> byFile = LinkEvaluation.byFile(goldMentions);
        int skipped = 0;
        try (CorpusStore store = CorpusStore.open(db)) {
            for (Map.Entry<String, List<GoldMention>> f : byFile.entrySet()) {
                String text = ArticleFiles.read(gold.resolve("raw").resolve(f.getKey()));
                GoldMention first = f.getValue().get(0);
                SourceArticle a = new SourceArticle(f.getKey(), null, null, null, null, null, first.language(), text);
                if (store.contains(a)) {  // the same text under two names: its second copy's mentions stay unfound
                    skipped++;
                    continue;
                }
                Map<List<String>, List<Mention>> entities = new LinkedHashMap<>();
                for (GoldMention g : f.getValue()) {
                    entities.computeIfAbsent(List.of(g.lemma(), g.type()), k -> new ArrayList<>()).add(new Mention(g.start(), g.end(), g.text()));
                }
                List<Entity> list = new ArrayList<>();
                entities.forEach((k, m) -> list.add(new Entity("E" + (list.size() + 1), LinkEvaluation.TYPES.get(k.get(1)), k.get(0), m, List.of())));
                store.add(a, new Analysis("gold-names", first.language(), null, null, text.codePointCount(0, text.length()),
                        list, List.of(), List.of(), List.of(), List.of()));
            }
        }
        if (skipped > 0) err.println("dossier eval-links: " + Plural.of(skipped, "text") + " left out, the same as another");
    }
}
