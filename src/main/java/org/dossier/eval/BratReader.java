package org.dossier.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dossier.model.Span;

/**
 * Reads PolNeAR gold attributions in brat standoff.
 *
 * <p>Layout: {@code DIR/text/NAME.txt} and {@code DIR/attributions/NAME_ANNOTATOR.ann}. When an
 * article has several annotators, the first {@code .ann} file by name is used. Offsets are code
 * points, end exclusive; discontinuous spans are {@code ;}-separated. Each {@code E} line whose
 * trigger is {@code Attribution} or {@code Attribution-no-source} becomes one
 * {@link GoldAttribution}; numbered roles ({@code Content2}) join their base role. Events without
 * content are dropped, and {@code Discuss} / {@code Discard} markers are ignored.
 */
public final class BratReader {
    /** A line that starts an annotation; other lines continue a multi-line text field. */
    private static final Pattern ANNOTATION_LINE = Pattern.compile("^(?:[TERAMN#]\\d+|\\*)\t.*");
    private static final Pattern ROLE_NUMBER = Pattern.compile("\\d+$");

    private BratReader() {}

    /** Reads every article of {@code dir} that has an annotation file, sorted by name. */
    public static List<GoldArticle> readCorpus(Path dir) throws IOException {
        List<GoldArticle> articles = new ArrayList<>();
        for (Map.Entry<String, Path> e : annotationFiles(dir).entrySet())
            articles.add(read(dir, e.getKey(), e.getValue()));
        return articles;
    }

    /** Names of the articles of {@code dir} that have an annotation file, sorted. */
    public static List<String> annotatedNames(Path dir) throws IOException {
        return List.copyOf(annotationFiles(dir).keySet());
    }

    /** The annotation file used for article {@code name}: its first by file name, if any. */
    public static Optional<Path> annotationFile(Path dir, String name) throws IOException {
        return Optional.ofNullable(annotationFiles(dir).get(name));
    }

    /** Reads one article; fails when it has no annotation file. */
    public static GoldArticle readArticle(Path dir, String name) throws IOException {
        Path ann = annotationFile(dir, name)
                .orElseThrow(() -> new IOException("no annotation file for " + name + " in " + dir.resolve("attributions")));
        return read(dir, name, ann);
    }

    /** Parses the contents of one {@code .ann} file into its attributions, in event order. */
    public static List<GoldAttribution> parseAnnotations(String ann) {
        Map<String, List<Span>> textBound = new HashMap<>();
        List<String[]> events = new ArrayList<>();
        for (String line : ann.split("\r?\n|\r")) {
            if (!ANNOTATION_LINE.matcher(line).matches()) continue;
            String[] fields = line.split("\t", 3);
            if (line.startsWith("T") && fields.length >= 2) {
                String[] typeAndOffsets = fields[1].split(" ", 2);
                textBound.put(fields[0], parseSpans(typeAndOffsets[1]));
            } else if (line.startsWith("E")) {
                events.add(fields[1].trim().split("\\s+"));
            }
        }
        List<GoldAttribution> out = new ArrayList<>();
        for (String[] args : events) {
            String trigger = args[0].substring(0, args[0].indexOf(':'));
            if (!trigger.equals("Attribution") && !trigger.equals("Attribution-no-source")) continue;
            Map<String, List<Span>> roles = new HashMap<>();
            for (int i = 1; i < args.length; i++) {
                int colon = args[i].indexOf(':');
                String role = ROLE_NUMBER.matcher(args[i].substring(0, colon)).replaceFirst("");
                List<Span> spans = textBound.get(args[i].substring(colon + 1));
                if (spans == null) throw new IllegalArgumentException("event refers to unknown " + args[i]);
                roles.computeIfAbsent(role, r -> new ArrayList<>()).addAll(spans);
            }
            List<Span> content = sorted(roles.get("Content"));
            if (!content.isEmpty())
                out.add(new GoldAttribution(sorted(roles.get("Source")), sorted(roles.get("Cue")), content));
        }
        return out;
    }

    /** Parses brat offsets such as {@code "209 236;91 186"} into spans sorted by offset. */
    public static List<Span> parseSpans(String offsets) {
        List<Span> spans = new ArrayList<>();
        for (String part : offsets.trim().split(";")) {
            String[] se = part.trim().split(" ");
            spans.add(new Span(Integer.parseInt(se[0]), Integer.parseInt(se[1])));
        }
        return sorted(spans);
    }

    private static List<Span> sorted(List<Span> spans) {
        return spans == null ? List.of() : spans.stream().sorted().distinct().toList();
    }

    /** Article name to its first annotation file. */
    private static Map<String, Path> annotationFiles(Path dir) throws IOException {
        Map<String, Path> first = new TreeMap<>();
        allAnnotationFiles(dir).forEach((name, files) -> first.put(name, files.get(0)));
        return first;
    }

    /**
     * Article name to all its annotation files, sorted by name: one per annotator.
     * {@code NAME_ANNOTATOR.ann}: the annotator has no underscore.
     */
    public static Map<String, List<Path>> allAnnotationFiles(Path dir) throws IOException {
        Path annDir = dir.resolve("attributions");
        if (!Files.isDirectory(annDir)) throw new IOException("no attributions directory: " + annDir);
        Map<String, List<Path>> all = new TreeMap<>();
        try (Stream<Path> files = Files.list(annDir)) {
            files.filter(p -> p.getFileName().toString().endsWith(".ann")).sorted().forEach(p -> {
                String stem = p.getFileName().toString().replaceFirst("\\.ann$", "");
                int cut = stem.lastIndexOf('_');
                if (cut > 0) all.computeIfAbsent(stem.substring(0, cut), k -> new ArrayList<>()).add(p);
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return all;
    }

    /** Reads one annotator's file of article {@code name} of {@code dir}. */
    public static GoldArticle read(Path dir, String name, Path ann) throws IOException {
        String text = Files.readString(dir.resolve("text").resolve(name + ".txt"));
        try {
            return new GoldArticle(name, text, parseAnnotations(Files.readString(ann)));
        } catch (RuntimeException e) {
            throw new IOException("cannot parse " + ann + ": " + e.getMessage(), e);
        }
    }
}
