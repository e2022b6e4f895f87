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
        assertTrue(r.err().contains("--port 70000 is not a port"), r.err());
    }
}
