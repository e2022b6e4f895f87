package com.loadwise.web;

import com.loadwise.export.Json;
import com.loadwise.export.ProgramFit;
import com.loadwise.export.ProgramIcs;
import com.loadwise.plan.CheckInLog;
import com.loadwise.plan.Planner;
import com.loadwise.plan.Program;
import com.loadwise.plan.Review;
import com.loadwise.render.HandoutBuilder;
import com.loadwise.render.HandoutView;
import com.loadwise.web.Views.Frame;
import com.loadwise.yaml.InputException;
import com.loadwise.yaml.Problem;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Clients and runners: the list, the form (create and edit), the plan page and the downloads. */
final class ClientPages {

    private final WebServer server;
    private final Workspace ws;
    private final FormBuilder forms;

    ClientPages(WebServer server) {
        this.server = server;
        this.ws = server.workspace;
        this.forms = new FormBuilder(server);
    }

    void routes(RoutesConfig r) {
        r.get("/", ctx -> ctx.redirect("/clients"));
        r.get("/clients", this::list);
        r.get("/clients/new", ctx -> {
            String kind = "runner".equals(ctx.queryParam("kind")) ? "runner" : "client";
            form(ctx, ProfileForm.empty(kind), null, "", List.of(), null);
        });
        r.post("/clients", ctx -> save(ctx, null));
        r.get("/clients/{slug}/edit", ctx -> {
            Path file = file(ctx);
            Workspace.Versioned v = ws.read(file);
            form(ctx, ProfileForm.fromYaml(v.text()), slug(ctx), v.version(), List.of(), null);
        });
        r.post("/clients/{slug}", ctx -> save(ctx, slug(ctx)));
        r.get("/clients/{slug}", this::plan);
        r.get("/clients/{slug}/handout.pdf", ctx -> {
            // a returning client: the next block and what changed, as 'loadwise handout --log' prints it
            Current c = current(ctx);
            Program p = c.shown();
            HandoutBuilder.Options o =
                    server.profiles.options(ctx.queryParam("paper"), Api.largePrint(ctx), ctx.queryParam("layout"));
            if (c.review() != null) {
                o = o.since(c.review());
            }
            download(
                    ctx,
                    "application/pdf",
                    slug(ctx) + ".pdf",
                    server.handouts(language(ctx)).pdf(p, o));
        });
        r.post("/clients/{slug}/log", this::addCheckIn);
        r.get("/clients/{slug}/workouts.zip", ctx -> {
            // the same files as 'loadwise plan PROFILE --format fit -o DIR', in a zip with fixed dates
            List<ProgramFit.Workout> workouts =
                    ProgramFit.render(List.of(current(ctx).shown()));
            if (workouts.isEmpty()) {
                throw new WebServer.Refusal(404, "this plan has no running sessions, so no watch workouts");
            }
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
                for (ProgramFit.Workout w : workouts) {
                    java.util.zip.ZipEntry e = new java.util.zip.ZipEntry(w.fileName());
                    e.setTime(0);
                    zip.putNextEntry(e);
                    zip.write(w.bytes());
                    zip.closeEntry();
                }
            }
            download(ctx, "application/zip", slug(ctx) + "-watch-workouts.zip", bytes.toByteArray());
        });
        r.get("/clients/{slug}/log.yaml", ctx -> {
            file(ctx);
            Path log = ws.logs().resolve(slug(ctx) + ".yaml");
            if (!Files.isRegularFile(log)) {
                throw new WebServer.Refusal(404, "there is no check-in log for '" + slug(ctx) + "' yet");
            }
            download(ctx, "application/yaml; charset=utf-8", slug(ctx) + "-log.yaml", Files.readAllBytes(log));
        });
        r.get(
                "/clients/{slug}/plan.ics",
                ctx -> download(
                        ctx,
                        "text/calendar; charset=utf-8",
                        slug(ctx) + ".ics",
                        ProgramIcs.render(List.of(current(ctx).shown())).getBytes(StandardCharsets.UTF_8)));
        r.get(
                "/clients/{slug}/plan.json",
                ctx -> download(
                        ctx,
                        "application/json",
                        slug(ctx) + ".json",
                        Json.write(current(ctx).shown()).getBytes(StandardCharsets.UTF_8)));
        r.get(
                "/clients/{slug}/profile.yaml",
                ctx -> download(
                        ctx,
                        "application/yaml; charset=utf-8",
                        slug(ctx) + ".yaml",
                        ws.read(file(ctx)).text().getBytes(StandardCharsets.UTF_8)));
    }

    static void download(Context ctx, String type, String name, byte[] bytes) {
        ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
        ctx.contentType(type).result(bytes);
    }

    private static String slug(Context ctx) {
        return ctx.pathParam("slug");
    }

    /** The client's file; 404 for a name that is not a slug or names no file (nothing outside the workspace). */
    private Path file(Context ctx) {
        return ws.profile(ws.clients(), slug(ctx))
                .orElseThrow(() -> new WebServer.Refusal(404, "there is no client '" + slug(ctx) + "'"));
    }

    /** The client's language: the profile's {@code language:}, as the command line reads it. */
    private String language(Context ctx) {
        return com.loadwise.plan.ProfileReader.language(file(ctx));
    }

    /** The planner in the client's language. */
    private Planner planner(Context ctx) {
        return server.planner(language(ctx));
    }

    /** Plans the saved file exactly as {@code loadwise plan FILE} does. */
    private Program program(Context ctx) {
        Planner.Plan plan = planner(ctx).plan(file(ctx), null, Api.units(ctx));
        return plan.programs().get(0);
    }

    /** A client's program and what the page and every download show: the next block once the log has entries. */
    private record Current(Program planned, Program shown, Review review) {}

    /**
     * As {@code loadwise plan FILE --log logs/SLUG.yaml}: with a check-in log that has entries, the next block (and
     * its review); a log that no longer fits the plan, or leaves no week to re-plan, leaves the plan as it is (the
     * check-ins part of the page says why).
     */
    private Current current(Context ctx) {
        Planner.Plan plan = planner(ctx).plan(file(ctx), null, Api.units(ctx));
        Program p = plan.programs().get(0);
        try {
            CheckInLog log = part(ctx).read(p, planner(ctx).library());
            if (CheckInPart.hasEntries(log)) {
                Planner.Replan next = planner(ctx).replan(plan, log);
                return new Current(p, next.next(), next.review());
            }
        } catch (com.loadwise.yaml.InputException e) {
            // shown with the check-ins
        }
        return new Current(p, p, null);
    }

    private void list(Context ctx) {
        List<Views.ClientRow> rows = new ArrayList<>();
        for (String slug : ws.list(ws.clients())) {
            Path file = ws.clients().resolve(slug + ".yaml");
            ProfileForm f;
            try {
                f = ProfileForm.fromYaml(ws.read(file).text());
            } catch (RuntimeException e) {
                rows.add(new Views.ClientRow(slug, slug, "(cannot be read)", "", ""));
                continue;
            }
            rows.add(new Views.ClientRow(slug, f.get("name"), f.get("kind"), f.get("blueprint"), f.get("start")));
        }
        String saved = ctx.queryParam("saved");
        server.page(
                ctx,
                "clients",
                new Views.ClientList(
                        Frame.clients("Clients and runners"),
                        rows,
                        !rows.isEmpty(),
                        Views.Message.of(saved == null ? null : "Saved.")));
    }

    /**
     * Saves the form: its YAML is read and planned by the same code as the CLI's; the file is written only when
     * that succeeds and nobody saved a newer version meanwhile. Otherwise the form comes back as it was sent, with
     * each problem next to its field.
     */
    private void save(Context ctx, String slug) {
        ProfileForm f = ProfileForm.of(ctx.formParamMap());
        if (!f.get("kind").equals("client") && !f.get("kind").equals("runner")) {
            throw new WebServer.Refusal(400, "the form names no kind of profile");
        }
        String version = ctx.formParam("version") == null ? "" : ctx.formParam("version");
        if (slug != null) {
            file(ctx);
        }
        ProfileForm.Yaml yaml = f.toYaml();
        byte[] bytes = yaml.text().getBytes(StandardCharsets.UTF_8);
        String name = slug == null ? "new profile" : "clients/" + slug + ".yaml";
        try {
            server.profiles.inTemp(bytes, name, file -> server.planner.plan(file, null, null));
        } catch (InputException e) {
            form(ctx.status(422), f, slug, version, e.problems(), yaml);
            return;
        }
        String target = slug == null ? ws.freeSlug(ws.clients(), f.get("name")) : slug;
        try {
            ws.save(ws.clients(), target + ".yaml", bytes, version);
        } catch (Workspace.Conflict c) {
            form(
                    ctx.status(409),
                    f,
                    slug,
                    version,
                    List.of(),
                    "Not saved: " + c.getMessage()
                            + ". Your changes are still in the form below; open the client again in a new tab to see the"
                            + " other version, then make your changes there.");
            return;
        }
        ctx.redirect("/clients/" + target + "?saved=1");
    }

    private void form(Context ctx, ProfileForm f, String slug, String version, List<Problem> problems, Object yaml) {
        ProfileForm.Yaml y = yaml instanceof ProfileForm.Yaml py ? py : f.toYaml();
        String conflict = yaml instanceof String s ? s : null;
        server.page(ctx, "form", forms.page(f, slug, version, problems, y, conflict));
    }

    /** The client's check-ins: {@code logs/SLUG.yaml}, as {@code loadwise log --log logs/SLUG.yaml} keeps it. */
    private CheckInPart part(Context ctx) {
        return new CheckInPart(
                ws.logs(),
                slug(ctx) + ".yaml",
                "logs/" + slug(ctx) + ".yaml",
                "/clients/" + slug(ctx) + "/log",
                "The handout downloads above print this review as their \"Since last time\" page.");
    }

    private void plan(Context ctx) {
        Program p = program(ctx);
        plan(ctx, part(ctx).view(p, planner(ctx).library(), null, List.of(), ctx.queryParam("added") != null));
    }

    /** A client's page: the next block once the log has entries, and the check-ins. */
    private void plan(Context ctx, Views.CheckIns checkins) {
        String slug = slug(ctx);
        Program p = current(ctx).shown();
        HandoutBuilder.Options o = server.profiles.options(null, false);
        HandoutView view = new HandoutBuilder(planner(ctx).library()).build(p, o);
        List<Views.Download> downloads = new ArrayList<>(List.of(
                new Views.Download("/clients/" + slug + "/handout.pdf", "Handout (PDF, A4)"),
                new Views.Download("/clients/" + slug + "/handout.pdf?paper=letter", "Handout (PDF, US Letter)"),
                new Views.Download("/clients/" + slug + "/handout.pdf?large-print=true", "Handout, large print (PDF)"),
                new Views.Download(
                        "/clients/" + slug + "/handout.pdf?layout=compact", "Handout, compact: a page per stage (PDF)"),
                new Views.Download("/clients/" + slug + "/plan.ics", "Calendar (ICS)"),
                new Views.Download("/clients/" + slug + "/plan.json", "Program (JSON)"),
                new Views.Download("/clients/" + slug + "/profile.yaml", "Profile (YAML)")));
        if (p.stages().stream()
                .flatMap(st -> st.weeks().stream())
                .flatMap(w -> w.days().stream())
                .flatMap(d -> d.sessions().stream())
                .anyMatch(x -> x.run() != null && !x.type().equals("race"))) {
            downloads.add(new Views.Download(
                    "/clients/" + slug + "/workouts.zip", "Watch workouts (FIT files, zip; docs/watch-workouts.md)"));
        }
        if (checkins.hasRows()) {
            downloads.add(new Views.Download("/clients/" + slug + "/log.yaml", "Check-in log (YAML)"));
        }
        server.page(ctx, "plan", PlanView.page(slug, p, view, downloads, ctx.queryParam("saved") != null, checkins));
    }

    /** Adds a check-in from the form (see {@link CheckInPart#add}); a refused one comes back with its problems. */
    private void addCheckIn(Context ctx) {
        Program p = program(ctx);
        CheckInPart.Sent sent = part(ctx).add(ctx, ws, p, planner(ctx).library());
        if (sent.problems().isEmpty()) {
            ctx.redirect("/clients/" + slug(ctx) + "?added=1#checkins");
            return;
        }
        ctx.status(422);
        plan(ctx, part(ctx).view(p, planner(ctx).library(), sent.form(), sent.problems(), false));
    }
}
