package com.loadwise.web;

import com.loadwise.export.Json;
import com.loadwise.plan.Planner;
import com.loadwise.render.Handouts;
import com.loadwise.render.Templates;
import com.loadwise.yaml.InputException;
import com.loadwise.yaml.InputLimits;
import com.loadwise.yaml.Problem;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code loadwise serve}: the web face of the same engine. Pages are rendered server-side from Mustache templates
 * ({@code templates/web/}) by the same {@link Templates} as the handouts; every profile goes through the CLI's
 * readers and {@link Planner}, every download through {@link Handouts} and the exports. This class wires the
 * routes and the safety checks that apply to every request: the Host header must name the bound address (no DNS
 * rebinding), a request that changes anything must come from a page of this server (Origin or Referer), and every
 * response carries the security headers.
 */
public final class WebServer implements AutoCloseable {

    static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private static final String HANDLED = "loadwise.handled";

    /** POSTs that change nothing and may come from other tools (curl, scripts) without an Origin header. */
    private static final Set<String> STATELESS = Set.of("/api/plan", "/api/handout");

    final Planner planner;
    final Handouts handouts;
    private final List<Path> layers;
    /** A planner and the handouts for each other language a profile asks for, made when first needed. */
    private final java.util.concurrent.ConcurrentHashMap<String, Planner> planners =
            new java.util.concurrent.ConcurrentHashMap<>();

    private final java.util.concurrent.ConcurrentHashMap<String, Handouts> printers =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** The planner that reads the library in {@code language} (the profile's language:), as the CLI does. */
    Planner planner(String language) {
        return language.equals(com.loadwise.i18n.Messages.DEFAULT)
                ? planner
                : planners.computeIfAbsent(language, l -> new Planner(layers, l));
    }

    /** The handouts in {@code language}: the library's texts and the fixed words. */
    Handouts handouts(String language) {
        return language.equals(com.loadwise.i18n.Messages.DEFAULT)
                ? handouts
                : printers.computeIfAbsent(
                        language, l -> new Handouts(planner(l).library(), null, com.loadwise.i18n.Messages.of(l)));
    }

    final Templates templates;
    final Workspace workspace;
    final InputLimits limits;
    final Jobs jobs;
    final Profiles profiles;
    private final List<Path> libraries;
    private final String host;
    private final boolean wildcard;
    private final Javalin app;
    private volatile Set<String> allowedHosts = Set.of();

    public WebServer(List<Path> libraries, Path workspace, String host, int port) {
        this.libraries = List.copyOf(libraries);
        this.planner = new Planner(libraries);
        this.handouts = new Handouts(planner.library(), null);
        this.layers = List.copyOf(libraries);
        this.templates = new Templates(null);
        this.workspace = new Workspace(workspace);
        this.limits = InputLimits.current();
        this.jobs = new Jobs();
        this.profiles = new Profiles(this::planner, this.workspace);
        this.host = host;
        this.wildcard = isWildcard(host);
        Api api = new Api(this);
        ClientPages clients = new ClientPages(this);
        TeamPages teams = new TeamPages(this);
        OtherPages other = new OtherPages(this);
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jetty.host = host;
            config.jetty.port = port;
            // uploads (a logo, a roster) up to the input limits, plus room for the form around them
            config.http.maxRequestSize = Math.max(limits.maxFileBytes(), limits.maxImageBytes()) + 256 * 1024;
            config.jetty.multipartConfig.maxFileSize(
                    Math.max(limits.maxFileBytes(), limits.maxImageBytes()) + 1, io.javalin.config.SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(
                    config.http.maxRequestSize, io.javalin.config.SizeUnit.BYTES);
            config.routes.before(this::guard);
            api.routes(config.routes);
            clients.routes(config.routes);
            teams.routes(config.routes);
            other.routes(config.routes);
            config.routes.exception(InputException.class, (e, ctx) -> problems(ctx, 400, e.problems()));
            config.routes.exception(Api.TooLarge.class, (e, ctx) -> problems(ctx, 413, List.of(e.problem)));
            config.routes.exception(Refusal.class, (e, ctx) -> refuse(ctx, e.status, e.getMessage()));
            config.routes.exception(io.javalin.http.HttpResponseException.class, (e, ctx) -> {
                int status = e.getStatus();
                String msg = status == 413 ? "the request is larger than the input limit" : e.getMessage();
                refuse(ctx, status, msg);
            });
            config.routes.exception(Exception.class, (e, ctx) -> {
                for (Throwable t = e; t != null; t = t.getCause()) {
                    if (t instanceof org.eclipse.jetty.http.BadMessageException bad) {
                        // a broken or over-large upload, refused by Jetty's multipart parser
                        boolean tooLarge = tooLarge(t);
                        refuse(
                                ctx,
                                tooLarge ? 413 : 400,
                                tooLarge
                                        ? "the upload is larger than the input limit (" + limits.maxFileBytes()
                                                + " bytes for a" + " roster, " + limits.maxImageBytes() + " for a logo)"
                                        : "the upload could not be read: " + bad.getReason());
                        return;
                    }
                }
                System.err.println("loadwise serve: internal error on " + ctx.method() + " " + ctx.path() + ": " + e);
                // the page says what happened in people's words; the Java details are for the console (and a bug
                // report)
                refuse(
                        ctx,
                        500,
                        "something went wrong inside Loadwise, not in what you entered; the window where 'loadwise"
                                + " serve' runs shows the details (please report them)");
            });
            config.routes.error(404, ctx -> {
                if (ctx.attribute(HANDLED) == null) {
                    refuse(ctx, 404, "there is nothing at " + ctx.path());
                }
            });
        });
    }

    /** A request refused with an HTTP status and a message for the person or tool that sent it. */
    static final class Refusal extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int status;

        Refusal(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    public WebServer start() {
        app.start();
        int port = app.port();
        if (wildcard) {
            allowedHosts = null;
        } else {
            String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
            java.util.Set<String> hosts = new java.util.HashSet<>(Set.of(h + ":" + port));
            if (isLoopback(host)) {
                hosts.addAll(Set.of("127.0.0.1:" + port, "localhost:" + port, "[::1]:" + port));
            }
            allowedHosts = Set.copyOf(hosts);
        }
        return this;
    }

    /** Where the Planner looks for blueprints: each --library folder's blueprints/ (last first), then the bundled. */
    List<Path> blueprintFolders() {
        List<Path> dirs = new java.util.ArrayList<>();
        for (int i = libraries.size() - 1; i >= 0; i--) {
            dirs.add(libraries.get(i).resolve("blueprints"));
        }
        dirs.add(com.loadwise.io.Bundled.libraryRoot().resolve("blueprints"));
        return dirs;
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
        jobs.close();
    }

    /** Host check, same-origin check for changes, and the security headers, before every route. */
    private void guard(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cache-Control", "no-store");
        String hostHeader = ctx.header("Host");
        Set<String> hosts = allowedHosts;
        if (hosts != null && (hostHeader == null || !hosts.contains(hostHeader.toLowerCase(Locale.ROOT)))) {
            throw new Refusal(
                    403, "this server answers only to " + String.join(" or ", new java.util.TreeSet<>(hosts)));
        }
        HandlerType m = ctx.method();
        if (m == HandlerType.GET || m == HandlerType.HEAD || m == HandlerType.OPTIONS) {
            return;
        }
        String self = "http://" + hostHeader;
        String origin = ctx.header("Origin");
        String referer = ctx.header("Referer");
        boolean same = origin != null
                ? origin.equals(self)
                : referer != null
                        ? referer.equals(self) || referer.startsWith(self + "/")
                        : STATELESS.contains(ctx.path());
        if (!same) {
            throw new Refusal(403, "refused: this request did not come from a page of this server (" + self + ")");
        }
    }

    /** The problem with a workspace file named from the workspace ("teams/x-roster.csv"), as a page shows it. */
    Problem local(Problem p) {
        for (String root :
                List.of(workspace.root().toString(), com.loadwise.library.LibraryLoader.shownUser(workspace.root()))) {
            if (p.file().startsWith(root + "/")) {
                return new Problem(p.file().substring(root.length() + 1), p.line(), p.column(), p.message(), p.hint());
            }
        }
        return p;
    }

    /** 400 with every problem: JSON for the API, a page otherwise. */
    void problems(Context ctx, int status, List<Problem> problems) {
        if (ctx.path().startsWith("/api/")) {
            ctx.status(status).contentType("application/json").result(Json.write(Map.of("problems", problems)));
        } else {
            StringBuilder sb = new StringBuilder();
            problems.forEach(p -> sb.append(p.format()).append('\n'));
            page(
                    ctx.status(status),
                    "error",
                    new Views.ErrorPage(Views.Frame.clients("Problems"), "Problems", sb.toString()));
        }
    }

    void refuse(Context ctx, int status, String message) {
        ctx.attribute(HANDLED, Boolean.TRUE);
        ctx.status(status);
        if (ctx.path().startsWith("/api/")) {
            ctx.contentType("application/json").result(Json.write(Map.of("error", message)));
        } else {
            String heading =
                    status == 404 ? "Not found" : status == 403 ? "Refused" : status == 413 ? "Too large" : "Error";
            page(ctx, "error", new Views.ErrorPage(Views.Frame.clients(heading), heading, message));
        }
    }

    private static boolean tooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("size") || m.contains("exceed") || m.contains("too large") || m.contains("too big")) {
                return true;
            }
        }
        return false;
    }

    /** Renders {@code templates/web/NAME.mustache} with {@code view} as the response. */
    void page(Context ctx, String name, Object view) {
        ctx.contentType("text/html; charset=utf-8").result(templates.render("web/" + name, view));
    }

    public static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    static boolean isWildcard(String host) {
        try {
            return InetAddress.getByName(host).isAnyLocalAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
