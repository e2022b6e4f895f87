package com.loadwise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code loadwise serve} as a command: the address it prints, the workspace it creates, the non-loopback warning. */
class ServeCommandTest {

    @Test
    void servePrintsItsAddressCreatesTheWorkspaceAndWarnsOffLoopback(@TempDir Path tmp) throws Exception {
        Path workspace = tmp.resolve("ws");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AtomicInteger code = new AtomicInteger(-1);
        Thread serve = new Thread(() -> code.set(Main.run(
                new PrintWriter(out, true),
                new PrintWriter(err, true),
                "serve",
                "--port",
                "0",
                "--host",
                "0.0.0.0",
                "--workspace",
                workspace.toString())));
        serve.start();
        Matcher m = Pattern.compile("running at http://0\\.0\\.0\\.0:(\\d+)/").matcher("");
        for (int i = 0; i < 300 && !m.reset(out.toString()).find(); i++) {
            Thread.sleep(50);
        }
        assertTrue(m.reset(out.toString()).find(), out + " / " + err);
        HttpResponse<String> health = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + m.group(1) + "/api/health"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        serve.interrupt();
        serve.join(10_000);

        assertEquals("{\"status\":\"ok\"}", health.body());
        assertTrue(err.toString().contains("warning: listening on 0.0.0.0"), err.toString());
        assertTrue(Files.isDirectory(workspace.resolve("clients")));
        assertFalse(serve.isAlive());
        assertEquals(0, code.get());
    }

    @Test
    void aBadPortIsAUsageError() {
        CliTest.Result r = CliTest.run("serve", "--port", "70000");

        assertEquals(2, r.code());
        assertTrue(r.err().contains("--port 70000: not a port (use 1024 to 65535"), r.err());
    }

    @Test
    void aPortAnotherProgramHoldsIsAUsageErrorInPeoplesWords(@TempDir Path tmp) throws Exception {
        // given a port that is taken
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();

            // when serve is asked to listen on it
            CliTest.Result r = CliTest.run(
                    "serve",
                    "--port",
                    String.valueOf(port),
                    "--workspace",
                    tmp.resolve("ws").toString());

            // then it says so, with what to do, and names no Java type
            assertEquals(2, r.code(), r.err());
            assertEquals(
                    "loadwise: --port " + port + ": another program is using this port (stop it, or give another port"
                            + " with --port, or --port 0 for a free one)\n",
                    r.err());
        }
    }

    @Test
    void anAddressThatIsNotThisComputersIsAUsageError() {
        // 192.0.2.1 is reserved for documentation: no computer has it
        CliTest.Result r = CliTest.run("serve", "--host", "192.0.2.1");

        assertEquals(2, r.code(), r.err());
        assertEquals(
                "loadwise: --host 192.0.2.1: not an address of this computer (use 127.0.0.1 for this computer only,"
                        + " or 0.0.0.0 for every network)\n",
                r.err());
    }
}
