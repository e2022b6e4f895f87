package com.loadwise.web;

import com.loadwise.export.Json;
import com.loadwise.plan.Planner;
import com.loadwise.plan.TeamProgram;
import com.loadwise.render.HandoutBuilder;
import com.loadwise.yaml.InputException;
import com.loadwise.yaml.InputLimits;
import com.loadwise.yaml.Problem;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;

/**
 * The JSON API, which other tools can call: {@code GET /api/health}, {@code POST /api/plan} (a profile's YAML in,
 * the program JSON of {@code loadwise plan --format json} out) and {@code POST /api/handout} (the PDF of
 * {@code loadwise handout}). A bad profile is a 400 with every problem, a body over the input limit a 413.
 */
final class Api {

    private final WebServer server;

    Api(WebServer server) {
        this.server = server;
    }

    void routes(RoutesConfig r) {
        r.get("/api/health", ctx -> ctx.contentType("application/json").result("{\"status\":\"ok\"}"));
        r.post("/api/plan", this::plan);
        r.post("/api/handout", this::handout);
        r.get("/api/jobs/{id}", ctx -> {
            Jobs.Job job = server.jobs.get(ctx.pathParam("id"));
            if (job == null) {
                throw new WebServer.Refusal(404, "no such job");
            }
            ctx.contentType("application/json")
                    .result(Json.write(Map.of("done", job.done(), "total", job.total(), "state", job.state())));
        });
    }

    private void plan(Context ctx) {
        Planner.Plan plan = server.profiles.plan(body(ctx), null, units(ctx));
        ctx.contentType("application/json")
                .result(Json.write(
                        plan.profile().isTeam()
                                ? TeamProgram.of(plan)
                                : plan.programs().get(0)));
    }

    private void handout(Context ctx) {
        byte[] body = body(ctx);
        Planner.Plan plan = server.profiles.plan(body, null, units(ctx));
        if (plan.profile().isTeam()) {
            throw new InputException(Problem.inFile(
                    Profiles.BODY, "this is a team profile", "make a team in the web app for a team's files"));
        }
        HandoutBuilder.Options options =
                server.profiles.options(ctx.queryParam("paper"), largePrint(ctx), ctx.queryParam("layout"));
        // in the profile's language, as 'loadwise handout' prints it
        byte[] pdf = server.handouts(server.profiles.language(body))
                .pdf(plan.programs().get(0), options);
        ctx.contentType("application/pdf").result(pdf);
    }

    /** The request body, refused (413) when larger than the profile size limit. */
    private byte[] body(Context ctx) {
        long max = server.limits.maxFileBytes();
        String length = ctx.header("Content-Length");
        if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > max) {
            tooLarge(ctx, Long.parseLong(length), max);
        }
        String type = ctx.contentType();
        if (type != null
                && !type.startsWith("application/yaml")
                && !type.startsWith("application/x-yaml")
                && !type.startsWith("text/yaml")
                && !type.startsWith("text/plain")) {
            throw new WebServer.Refusal(415, "send the profile as YAML (Content-Type: application/yaml)");
        }
        byte[] bytes = ctx.bodyAsBytes();
        if (bytes.length > max) {
            tooLarge(ctx, bytes.length, max);
        }
        return bytes;
    }

    private static void tooLarge(Context ctx, long size, long max) {
        throw new TooLarge(Problem.inFile(
                Profiles.BODY,
                "the profile is too large (" + size + " bytes; the limit is " + max + ")",
                InputLimits.howToRaise(InputLimits.FILE_SIZE)));
    }

    /** A body over the limit: 413 with the problem, in the same shape as a 400. */
    static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Problem problem;

        TooLarge(Problem problem) {
            super(problem.format());
            this.problem = problem;
        }
    }

    static String units(Context ctx) {
        String u = ctx.queryParam("units");
        if (u == null || u.isEmpty()) {
            return null;
        }
        if (!u.equals("kg") && !u.equals("lb")) {
            throw new InputException(Problem.inFile("units", "units '" + u + "' is not kg or lb", "use kg or lb"));
        }
        return u;
    }

    static boolean largePrint(Context ctx) {
        String v = ctx.queryParam("large-print");
        return v != null && (v.equals("true") || v.equals("on") || v.equals("1") || v.isEmpty());
    }
}
