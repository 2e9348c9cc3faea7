package org.dossier.cli;

import org.dossier.LoadsModels;
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
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@LoadsModels
class ServeCommandTest {
    @TempDir
    Path dir;

    @Test
    void listensOnLoopbackOnlyByDefault() throws Exception {
        int port = serve();
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
    void answersTheHostsItIsToldOfAndRefusesOthers() throws Exception {
        int port = serve("--allow-host", "dossier.example.org", "--allow-host", "Other.Example");
        for (String host : new String[] {"dossier.example.org", "other.example:" + port, "localhost:" + port, "127.0.0.1:" + port}) {
            assertEquals(200, status(port, host), host);
        }
        assertEquals(421, status(port, "evil.example"));
    }

    /** Starts dossier serve on a store of the example corpus, any free port, with these options; returns the port. */
    private int serve(String... options) throws Exception {
        String db = dir.resolve("c.db").toString();
        assertEquals(0, CliRun.of("ingest", "examples/corpus/articles.jsonl", "--db", db).exit());
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine(SharedAnalyzer::get);
        cl.setErr(new PrintWriter(err, true));
        String[] args = Stream.concat(Stream.of("serve", "--db", db, "--port", "0"), Arrays.stream(options)).toArray(String[]::new);
        Thread serve = new Thread(() -> cl.execute(args));
        serve.setDaemon(true);  // serves until the test JVM exits
        serve.start();
        Matcher m = Pattern.compile("at http://127\\.0\\.0\\.1:(\\d+)/").matcher("");
        for (int i = 0; i < 300 && !m.reset(err.toString()).find(); i++) Thread.sleep(50);
        assertTrue(m.reset(err.toString()).find(), err.toString());
        return Integer.parseInt(m.group(1));
    }

    /** The status of GET /api/publishers with this Host header (which an HTTP client will not let one set). */
    private static int status(int port, String host) throws Exception {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.getOutputStream().write(("GET /api/publishers HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            return Integer.parseInt(answer.split(" ", 3)[1]);
        }
    }

    @Test
    void missingStoreIsAClearError() {
        CliRun r = CliRun.of("serve", "--db", dir.resolve("none.db").toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("no such store"), r.err());
    }
}
