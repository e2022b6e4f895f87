package com.loadwise.cli;

import com.loadwise.web.WebServer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code loadwise serve}: the local web app, until Ctrl-C. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "Start the local web app: clients, plans, handouts, teams, library and branding in a browser.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    LibraryOptions library;

    @Option(
            names = "--port",
            paramLabel = "N",
            defaultValue = "8765",
            description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(
            names = "--host",
            paramLabel = "ADDRESS",
            defaultValue = "127.0.0.1",
            converter = Converters.LocalAddress.class,
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this computer only).")
    String host;

    @Option(
            names = "--workspace",
            paramLabel = "DIR",
            defaultValue = "loadwise-workspace",
            converter = Converters.OutputFolder.class,
            description = "Folder for clients, teams and branding, as YAML files (default: ./${DEFAULT-VALUE};"
                    + " created if missing).")
    Path workspace;

    @Spec
    CommandSpec spec;

    /** The server, listening; a port another program holds is a usage error, not a crash. */
    private WebServer start() {
        WebServer server = new WebServer(library.libraries, workspace, host, port);
        try {
            return server.start();
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof java.net.BindException) {
                    server.close();
                    throw new UsageException("--port " + port + ": another program is using this port (stop it, or"
                            + " give another port with --port, or --port 0 for a free one)");
                }
            }
            throw e;
        }
    }

    @Override
    public Integer call() {
        if (port < 0 || port > 65535) {
            throw new UsageException("--port " + port + ": not a port (use 1024 to 65535, or 0 for a free one)");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        WebServer server = start();
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(
                () -> {
                    server.close();
                    stopped.countDown();
                },
                "loadwise-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        if (!WebServer.isLoopback(host)) {
            err.println("loadwise: warning: listening on " + host + ", not only this computer: anyone who can reach"
                    + " it can read and change the workspace. Use --host 127.0.0.1 unless you mean this.");
        }
        String shown = host.contains(":") ? "[" + host + "]" : host;
        out.println("Loadwise is running at http://" + shown + ":" + server.port() + "/ (workspace: "
                + workspace.toAbsolutePath().normalize() + "). Press Ctrl-C to stop.");
        out.flush();
        err.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            // stopped from inside the process (a test): stop as Ctrl-C would
            Runtime.getRuntime().removeShutdownHook(hook);
            server.close();
            Thread.currentThread().interrupt();
        }
        return ExitCodes.OK;
    }
}
