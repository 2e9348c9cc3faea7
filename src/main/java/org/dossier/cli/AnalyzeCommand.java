package org.dossier.cli;

import org.dossier.Analyzer;
import org.dossier.ArticleInfo;
import org.dossier.text.ArticleLength;
import org.dossier.text.Problems;
import org.dossier.model.Analysis;
import org.dossier.text.Plural;
import org.dossier.text.ArticleFiles;
import org.dossier.text.BadInputException;
import picocli.CommandLine.Command;
import org.dossier.model.AttributionType;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Analyze one article (JSON to stdout) or every *.txt below a folder (one JSON file each).",
                "Offsets are Unicode code points into the text as read (UTF-8), end exclusive.",
                "The language of each text is detected (--lang gives it instead); a text in a language Dossier does "
                        + "not read is refused, naming the language."},
        footer = {"", "Examples:", "  dossier analyze examples/seed-article.txt --published 2025-05-15",
                "  dossier analyze --in articles/ --out analyses/",
                "", "In batch mode, Ctrl-C or SIGTERM stops after the articles being analyzed and prints the summary.",
                "", "Exit status: 0 all analyzed; 1 bad usage or the single file failed; 2 some files of a batch failed; "
                        + "130 a batch stopped by Ctrl-C, 143 by SIGTERM."})
final class AnalyzeCommand implements Callable<Integer> {
    private final Supplier<Analyzer> analyzers;

    @Spec
    CommandSpec spec;

    AnalyzeCommand(Supplier<Analyzer> analyzers) {
        this.analyzers = analyzers;
    }

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "A UTF-8 text file holding one article.")
    Path file;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "Publication date of the article.")
    String published;

    @Option(names = "--title", paramLabel = "TEXT", description = "Title of the article.")
    String title;

    @Option(names = "--lang", paramLabel = "CODE", converter = CliValues.Language.class,
            description = "Language of the text(s), an ISO 639-1 code such as en (default: detected from each text).")
    String lang;

    @Option(names = "--in", paramLabel = "DIR", description = "Analyze every *.txt below DIR (batch mode).")
    Path in;

    @Option(names = "--out", paramLabel = "DIR", description = "Where batch mode writes NAME.json for each NAME.txt.")
    Path out;

    @Option(names = "--threads", converter = CliValues.Count.class, description = "Articles analyzed at once in batch mode (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--type", paramLabel = "TYPE",
            description = "Output only attributions of this type: speech (said or wrote), thought, evidence, refusal, other (default: all).")
    String type;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        String only;
        try {
            only = type == null ? null : AttributionType.of(type).label();
        } catch (IllegalArgumentException e) {
            err.println("dossier analyze: " + e.getMessage());
            return 1;
        }
        PrintWriter stdout = spec.commandLine().getOut();
        if (published != null) {
            try {
                LocalDate.parse(published);
            } catch (DateTimeParseException e) {
                err.println("dossier analyze: --published must be a date like 2025-05-15, not '" + published + "'");
                return 1;
            }
        }
        if ((file == null) == (in == null) || (in == null) != (out == null)) {
            err.println("dossier analyze: give either FILE, or --in DIR with --out DIR (see --help)");
            return 1;
        }
        if (file != null && Files.isDirectory(file)) {
            err.println("dossier analyze: " + file + " is a folder; to analyze every *.txt below it, give --in " + file
                    + " --out DIR (one NAME.json for each NAME.txt)");
            return 1;
        }
        if (file != null) {
            String text;
            try {
                text = ArticleFiles.read(file);
            } catch (BadInputException e) {
                err.println("dossier analyze: " + e.getMessage());
                return 1;
            }
            String tooLong = ArticleLength.problem(text);
            if (tooLong != null) {  // before the models load
                err.println("dossier analyze: " + file + ": " + tooLong);
                return 1;
            }
            Analysis a;
            try {
                a = analyzers.get().analyze(text, new ArticleInfo(title, published, lang)).withAttributionsOf(only);
            } catch (IllegalArgumentException e) {
                err.println("dossier analyze: " + file + ": " + e.getMessage());
                return 1;
            }
            Json.MAPPER.writeValue(stdout, a);
            stdout.println();
            stdout.flush();
            return 0;
        }
        return batch(err, only);
    }

    private int batch(PrintWriter err, String only) throws IOException, InterruptedException {
        if (!Files.isDirectory(in)) {
            err.println("dossier analyze: --in " + in + " is not a folder");
            return 1;
        }
        List<Path> files = ArticleFiles.textsBelow(in, link -> err.println("dossier analyze: warning: " + link));
        Files.createDirectories(out);
        err.printf("dossier: %s in %s; loading models...%n", Plural.of(files.size(), "article"), in);
        err.flush();
        try (StopSignal stop = StopSignal.install()) {
            Analyzer analyzer = analyzers.get();
            Progress progress = new Progress(err, files.size());
            Map<Path, String> failures = new ConcurrentSkipListMap<>();
            AtomicInteger analyzed = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
            for (Path f : files) {
                pool.submit(() -> {
                    if (stop.raised()) return;  // not begun: left for the next run
                    try {
                        String text = ArticleFiles.read(f);
                        Analysis a = analyzer.analyze(text, new ArticleInfo(null, null, lang)).withAttributionsOf(only);
                        write(outputFor(f), a);
                        analyzed.incrementAndGet();
                        progress.done(text.length());
                    } catch (BadInputException e) {
                        failures.put(f, e.getMessage());
                        progress.done(0);
                    } catch (Exception | OutOfMemoryError e) {
                        failures.put(f, f + ": " + Problems.inWords(e));
                        progress.done(0);
                    }
                });
            }
            pool.shutdown();
            pool.awaitTermination(365, TimeUnit.DAYS);
            progress.finish();
            int left = files.size() - analyzed.get() - failures.size();
            err.printf("dossier: analyzed %d, failed %d%s, written to %s%n", analyzed.get(), failures.size(),
                    left > 0 ? ", " + left + " left by a stop" : "", out);
            failures.values().forEach(m -> err.println("  failed: " + m));
            err.flush();
            if (left > 0) return IngestCommand.STOPPED;
            return failures.isEmpty() ? 0 : 2;
        }
    }

    /** OUT/NAME.json for IN/.../NAME.txt, keeping subfolders so that equal names do not collide. */
    private Path outputFor(Path f) {
        Path rel = in.relativize(f);
        String name = rel.getFileName().toString();
        Path dir = rel.getParent() == null ? out : out.resolve(rel.getParent());
        return dir.resolve(name.substring(0, name.length() - ".txt".length()) + ".json");
    }

    /** Written to a temporary file and moved into place, so that a killed run leaves no half file. */
    private static void write(Path target, Analysis a) throws IOException {
        Files.createDirectories(target.getParent());
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        Json.MAPPER.writeValue(tmp.toFile(), a);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
