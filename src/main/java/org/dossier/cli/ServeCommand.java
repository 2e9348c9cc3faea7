package org.dossier.cli;

import org.dossier.Analyzer;
import org.dossier.serve.DossierServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the corpus store: a web UI (search, entity pages, articles with their attributions, "
                + "analyze a pasted text) and its JSON API, documented at /api/openapi.json and /docs.html.",
                "Listens on 127.0.0.1 only, unless --host says otherwise. Answers only requests for the --host address, "
                        + "localhost or a loopback address, or a name given with --allow-host (421 otherwise), so that a page "
                        + "of another site cannot read the corpus by rebinding its name to this machine (DNS rebinding)."},
        footer = {"", "Examples:", "  dossier serve --db corpus.db", "  dossier serve --db corpus.db --port 9000 --host 0.0.0.0",
                "  dossier serve --db corpus.db --host 0.0.0.0 --allow-host dossier.lan"})
final class ServeCommand implements Callable<Integer> {
    private final Supplier<Analyzer> analyzers;

    @Spec
    CommandSpec spec;

    @Mixin
    StoreFile store;

    @Option(names = "--port", description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 for any free one).")
    int port = 8080;

    @Option(names = "--host", description = "Address to listen on (default: ${DEFAULT-VALUE}: this machine only).")
    String host = "127.0.0.1";

    @Option(names = "--allow-host", paramLabel = "NAME", description = "A further name requests may give as their host, "
            + "the server's name in a browser's address bar (repeatable). Always answered: the --host address (any of this "
            + "machine's when it is 0.0.0.0 or ::), localhost, 127.0.0.1 and [::1].")
    List<String> allowedHosts = new ArrayList<>();

    @Option(names = "--connections", description = "Store connections, i.e. queries served at once (default: ${DEFAULT-VALUE}).")
    int connections = 8;

    @Option(names = "--analyses", paramLabel = "N", description = "Texts analyzed at once for the analyze page and POST /api/analyze; "
            + "a request beyond them is answered 503 at once, with Retry-After (default: half the cores, at least 1; here ${DEFAULT-VALUE}).")
    int analyses = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);

    ServeCommand(Supplier<Analyzer> analyzers) {
        this.analyzers = analyzers;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (analyses < 1) throw new ParameterException(spec.commandLine(), "--analyses must be at least 1");
        if (!store.usable(err, "serve", false)) return 1;
        // The models load in the background: queries are served at once, /api/analyze waits for them.
        CompletableFuture<Analyzer> analyzer = CompletableFuture.supplyAsync(analyzers);
        DossierServer server;
        try {
            server = new DossierServer(store.db, analyzer::join, connections, analyses);
        } catch (SQLException e) {
            err.println("dossier serve: cannot open " + store.db + ": " + e.getMessage());
            return 1;
        }
        int bound = server.start(host, port, allowedHosts);
        err.printf("dossier: serving %s at http://%s:%d/ (API: /api/openapi.json, /docs.html); Ctrl-C stops%n", store.db, host, bound);
        err.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (SQLException ignored) {
                // exiting anyway
            }
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }
}
