package com.loadwise.web;

import com.loadwise.export.Json;
import com.loadwise.export.ProgramIcs;
import com.loadwise.plan.Planner;
import com.loadwise.plan.Program;
import com.loadwise.render.HandoutBuilder;
import com.loadwise.render.HandoutView;
import com.loadwise.web.Views.Frame;
import com.loadwise.yaml.InputException;
import com.loadwise.yaml.Problem;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
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
            Program p = program(ctx);
            HandoutBuilder.Options o =
                    server.profiles.options(ctx.queryParam("paper"), Api.largePrint(ctx), ctx.queryParam("layout"));
            download(ctx, "application/pdf", slug(ctx) + ".pdf", server.handouts.pdf(p, o));
        });
        r.get(
                "/clients/{slug}/plan.ics",
                ctx -> download(
                        ctx,
                        "text/calendar; charset=utf-8",
                        slug(ctx) + ".ics",
                        ProgramIcs.render(List.of(program(ctx))).getBytes(StandardCharsets.UTF_8)));
        r.get(
                "/clients/{slug}/plan.json",
                ctx -> download(
                        ctx,
                        "application/json",
                        slug(ctx) + ".json",
                        Json.write(program(ctx)).getBytes(StandardCharsets.UTF_8)));
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

    /** Plans the saved file exactly as {@code loadwise plan FILE} does. */
    private Program program(Context ctx) {
        Planner.Plan plan = server.planner.plan(file(ctx), null, Api.units(ctx));
        return plan.programs().get(0);
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

    private void plan(Context ctx) {
        String slug = slug(ctx);
        Program p = program(ctx);
        HandoutBuilder.Options o = server.profiles.options(null, false);
        HandoutView view = new HandoutBuilder(server.planner.library()).build(p, o);
        List<Views.Download> downloads = List.of(
                new Views.Download("/clients/" + slug + "/handout.pdf", "Handout (PDF, A4)"),
                new Views.Download("/clients/" + slug + "/handout.pdf?paper=letter", "Handout (PDF, US Letter)"),
                new Views.Download("/clients/" + slug + "/handout.pdf?large-print=true", "Handout, large print (PDF)"),
                new Views.Download(
                        "/clients/" + slug + "/handout.pdf?layout=compact", "Handout, compact: a page per stage (PDF)"),
                new Views.Download("/clients/" + slug + "/plan.ics", "Calendar (ICS)"),
                new Views.Download("/clients/" + slug + "/plan.json", "Program (JSON)"),
                new Views.Download("/clients/" + slug + "/profile.yaml", "Profile (YAML)"));
        server.page(ctx, "plan", PlanView.page(slug, p, view, downloads, ctx.queryParam("saved") != null));
    }
}
