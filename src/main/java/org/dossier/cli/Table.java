package org.dossier.cli;

import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Query results on the terminal: an aligned table by default, or {@code --csv}, or {@code --json}
 * (the full records, nothing shortened).
 */
final class Table {
    /** Longest cell shown in the aligned table; CSV and JSON keep everything. */
    static final int MAX_CELL = 70;

    /** The output options every query command takes. */
    static final class Format {
        @Option(names = "--json", description = "Print JSON (complete records) instead of a table.")
        boolean json;

        @Option(names = "--csv", description = "Print CSV (RFC 4180) instead of a table.")
        boolean csv;
    }

    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();

    Table(String... headers) {
        this.headers = List.of(headers);
    }

    Table row(Object... cells) {
        List<String> r = new ArrayList<>();
        for (Object c : cells) r.add(c == null ? "" : String.valueOf(c));
        rows.add(r);
        return this;
    }

    /** Writes the table, or CSV, or {@code records} as JSON, as {@code format} asks. */
    void print(PrintWriter out, Format format, Object records) throws IOException {
        if (format.json) {
            Json.MAPPER.writeValue(out, records);
            out.println();
        } else if (format.csv) {
            out.println(csvLine(headers));
            for (List<String> r : rows) out.println(csvLine(r));
        } else {
            printAligned(out);
        }
        out.flush();
    }

    private void printAligned(PrintWriter out) {
        int[] width = new int[headers.size()];
        List<List<String>> shown = new ArrayList<>();
        for (List<String> r : rows) {
            List<String> s = new ArrayList<>();
            for (String c : r) {
                String one = c.replaceAll("\\s+", " ");
                s.add(one.length() > MAX_CELL ? one.substring(0, MAX_CELL - 1) + "…" : one);
            }
            shown.add(s);
        }
        for (int i = 0; i < width.length; i++) {
            width[i] = headers.get(i).length();
            for (List<String> s : shown) width[i] = Math.max(width[i], s.get(i).length());
        }
        out.println(line(headers, width));
        StringBuilder rule = new StringBuilder();
        for (int w : width) rule.append("-".repeat(w)).append("  ");
        out.println(rule.toString().stripTrailing());
        for (List<String> s : shown) out.println(line(s, width));
    }

    private static String line(List<String> cells, int[] width) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            b.append(cells.get(i));
            if (i < cells.size() - 1) b.append(" ".repeat(width[i] - cells.get(i).length() + 2));
        }
        return b.toString().stripTrailing();
    }

    private static String csvLine(List<String> cells) {
        List<String> quoted = new ArrayList<>();
        for (String c : cells) {
            quoted.add(c.matches("(?s).*[\",\\r\\n].*") ? "\"" + c.replace("\"", "\"\"") + "\"" : c);
        }
        return String.join(",", quoted);
    }
}
