package org.dossier.cli;

import org.dossier.SharedAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Path;
import java.util.Collections;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServeCommandTest {
    @TempDir
    Path dir;

    @Test
    void listensOnLoopbackOnlyByDefault() throws Exception {
        String db = dir.resolve("c.db").toString();
        assertEquals(0, CliRun.of("ingest", "examples/corpus/articles.jsonl", "--db", db).exit());
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine(SharedAnalyzer::get);
        cl.setErr(new PrintWriter(err, true));
        Thread serve = new Thread(() -> cl.execute("serve", "--db", db, "--port", "0"));
        serve.setDaemon(true);  // serves until the test JVM exits
        serve.start();
        Matcher m = Pattern.compile("at http://127\\.0\\.0\\.1:(\\d+)/").matcher("");
        for (int i = 0; i < 300 && !m.reset(err.toString()).find(); i++) Thread.sleep(50);
        assertTrue(m.reset(err.toString()).find(), err.toString());
        int port = Integer.parseInt(m.group(1));
        try (Socket s = new Socket("127.0.0.1", port)) {
            assertTrue(s.isConnected());
        }
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                if (address.isLoopbackAddress() || !(address instanceof Inet4Address)) continue;
                assertThrows(ConnectException.class, () -> {
                    try (Socket s = new Socket()) {
                        s.connect(new InetSocketAddress(address, port), 2000);
                    }
                }, "reachable on " + address);
            }
        }
    }

    @Test
    void missingStoreIsAClearError() {
        CliRun r = CliRun.of("serve", "--db", dir.resolve("none.db").toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("no such store"), r.err());
    }
}
