package org.dossier.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every command's help reads whole: no sentence cut by a line break, no word or path cut by wrapping. */
class HelpTest {
    private static CommandLine commandLine() {
        return Main.commandLine(() -> {
            throw new AssertionError("help loads no models");
        });
    }

    @Test
    void topLevelHelpShowsWholeSentences() {
        CommandLine cl = commandLine();
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out));
        assertEquals(0, cl.execute("--help"));
        String help = out.toString().replaceAll("\\s+", " ");
        for (CommandLine sub : cl.getSubcommands().values()) {
            CommandLine.Model.UsageMessageSpec usage = sub.getCommandSpec().usageMessage();
            String first = usage.header().length > 0 ? usage.header()[0] : usage.description()[0];  // what the list shows
            assertTrue(first.endsWith("."), sub.getCommandName() + ": the command list shows only this, so it must be a whole sentence: " + first);
            assertTrue(help.contains(first.replace("%%", "%").replaceAll("\\s+", " ")), sub.getCommandName() + " in " + help);
        }
    }

    /**
     * Each line of a description, footer or option description starts a new line on screen, so it
     * must end a sentence (or introduce what follows with a colon); example commands, indented, are
     * exempt.
     */
    @Test
    void noLineOfHelpEndsMidSentence() {
        List<String> cut = new ArrayList<>();
        for (CommandLine cmd : commands()) {
            CommandLine.Model.CommandSpec spec = cmd.getCommandSpec();
            List<String> lines = new ArrayList<>(Arrays.asList(spec.usageMessage().description()));
            lines.addAll(Arrays.asList(spec.usageMessage().footer()));
            spec.options().forEach(o -> lines.addAll(Arrays.asList(o.description())));
            spec.positionalParameters().forEach(p -> lines.addAll(Arrays.asList(p.description())));
            for (String raw : lines) {
                String line = raw.replace("%n", "").stripTrailing();  // picocli's own help command ends a line with %n
                if (line.isBlank() || line.startsWith("  ")) continue;
                if (!line.endsWith(".") && !line.endsWith(":")) cut.add(spec.qualifiedName() + ": " + line);
            }
        }
        assertEquals(List.of(), cut, "lines that end mid-sentence");
    }

    /** Wrapped at 80 columns, the help has the same words as unwrapped: no word or path is cut at a line end. */
    @Test
    void wrappingCutsNoWord() {
        List<String> cut = new ArrayList<>();
        for (CommandLine cmd : commands()) {
            List<String> wrapped = words(cmd, 80);
            List<String> unwrapped = words(cmd, 10_000);
            int i = 0;
            while (i < wrapped.size() && i < unwrapped.size() && wrapped.get(i).equals(unwrapped.get(i))) i++;
            if (i < unwrapped.size() || i < wrapped.size()) cut.add(cmd.getCommandSpec().qualifiedName() + ": " + unwrapped.get(i));
        }
        assertEquals(List.of(), cut, "the first word each command's help cuts");
    }

    private static List<String> words(CommandLine cmd, int width) {
        cmd.setUsageHelpWidth(width);
        return List.of(cmd.getUsageMessage(CommandLine.Help.Ansi.OFF).strip().split("\\s+"));
    }

    /** dossier and each of its commands. */
    private static List<CommandLine> commands() {
        CommandLine cl = commandLine();
        List<CommandLine> all = new ArrayList<>(List.of(cl));
        all.addAll(cl.getSubcommands().values());
        return all;
    }
}
