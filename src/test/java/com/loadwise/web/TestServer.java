package com.loadwise.web;

import com.loadwise.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A server on a free port with its own workspace, and the HTTP calls the tests make. */
final class TestServer implements AutoCloseable {

    final WebServer server;
    final Path workspace;
    final String base;
    final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    TestServer(Path workspace) {
        this(workspace, List.of());
    }

    TestServer(Path workspace, List<Path> libraries) {
        this.workspace = workspace;
        this.server = new WebServer(libraries, workspace, "127.0.0.1", 0).start();
        this.base = "http://127.0.0.1:" + server.port();
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<byte[]> postYaml(String path, byte[] body) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/yaml")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A form post as a page of this server sends it (its Origin); {@code origin} null sends none. */
    HttpResponse<String> postForm(String path, List<Map.Entry<String, String>> fields, String origin)
            throws IOException, InterruptedException {
        String body = fields.stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (origin != null) {
            b.header("Origin", origin);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postForm(String path, List<Map.Entry<String, String>> fields)
            throws IOException, InterruptedException {
        return postForm(path, fields, base);
    }

    /** A multipart form post; {@code files} maps a field to a file name and its bytes. */
    HttpResponse<String> postMultipart(
            String path, List<Map.Entry<String, String>> fields, Map<String, Map.Entry<String, byte[]>> files)
            throws IOException, InterruptedException {
        String boundary = "----loadwise-test-boundary";
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (Map.Entry<String, String> f : fields) {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
                            + f.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        for (var f : files.entrySet()) {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey()
                            + "\"; filename=\"" + f.getValue().getKey()
                            + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.writeBytes(f.getValue().getValue());
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .header("Origin", base)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Runs the CLI and returns its exit code; output and errors are discarded unless it fails. */
    static void cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        if (code != 0) {
            throw new AssertionError("loadwise " + String.join(" ", args) + " exited " + code + ": " + err);
        }
    }

    static String cliOut(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        if (code != 0) {
            throw new AssertionError("loadwise " + String.join(" ", args) + " exited " + code + ": " + err);
        }
        return out.toString();
    }

    @Override
    public void close() {
        server.close();
    }
}
