package org.dossier.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command list of `dossier --help` shows each command's first sentence whole. */
class HelpTest {
    @Test
    void topLevelHelpShowsWholeSentences() {
        CommandLine cl = Main.commandLine(() -> {
            throw new AssertionError("help loads no models");
        });
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
}
