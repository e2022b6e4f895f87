package com.loadwise.web;

import com.loadwise.io.FileNames;
import com.loadwise.plan.Planner;
import com.loadwise.plan.Profile;
import com.loadwise.plan.Program;
import com.loadwise.render.TeamBatch;
import com.loadwise.render.TeamBuilder;
import com.loadwise.web.Views.Field;
import com.loadwise.web.Views.Section;
import com.loadwise.web.Views.Shown;
import com.loadwise.yaml.InputException;
import com.loadwise.yaml.InputLimits;
import com.loadwise.yaml.Problem;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Teams: a team profile with its roster CSV (uploaded), the roster's bad rows by row and column (from
 * {@code Planner.team}, as {@code loadwise team} reports them), and the team's files as one ZIP built by a
 * background job ({@link TeamBatch}, the code behind {@code loadwise team}).
 */
final class TeamPages {

    private final WebServer server;
    private final Workspace ws;
    private final FormBuilder forms;

    TeamPages(WebServer server) {
        this.server = server;
        this.ws = server.workspace;
        this.forms = new FormBuilder(server);
    }

    void routes(RoutesConfig r) {
        r.get("/teams", ctx -> {
            List<Views.TeamRow> rows = ws.list(ws.teams()).stream()
                    .map(s -> new Views.TeamRow(s, teamName(s)))
                    .toList();
            server.page(ctx, "teams", new Views.TeamsPage(Views.Frame.teams("Teams"), rows, !rows.isEmpty()));
        });
        r.get("/teams/new", ctx -> form(ctx, ProfileForm.of(Map.of("units", List.of("kg"))), List.of(), null));
        r.post("/teams", this::create);
        r.get("/teams/{slug}", this::show);
        r.post("/teams/{slug}/zip", this::zip);
        r.post("/teams/{slug}/roster", this::replaceRoster);
        r.get(
                "/teams/{slug}/athletes/{athlete}",
                ctx -> athlete(ctx, null, List.of(), ctx.queryParam("added") != null));
        r.post("/teams/{slug}/athletes/{athlete}/log", this::addCheckIn);
        r.get("/teams/{slug}/athletes/{athlete}/handout.pdf", this::athleteHandout);
        r.get("/jobs/{id}", this::job);
        r.get("/jobs/{id}/download", ctx -> {
            Jobs.Job job = job(ctx.pathParam("id"));
            if (!job.state().equals("done")) {
                throw new WebServer.Refusal(409, "the ZIP is not ready yet");
            }
            ClientPages.download(ctx, "application/zip", job.fileName, Files.readAllBytes(job.zip));
        });
    }

    private String teamName(String slug) {
        try {
            String name = ProfileForm.fromYaml(
                            ws.read(ws.teams().resolve(slug + ".yaml")).text())
                    .get("team");
            return name.isEmpty() ? slug : name;
        } catch (RuntimeException e) {
            return slug + " (cannot be read)";
        }
    }

    private Path file(Context ctx) {
        return ws.profile(ws.teams(), ctx.pathParam("slug"))
                .orElseThrow(() -> new WebServer.Refusal(404, "there is no team '" + ctx.pathParam("slug") + "'"));
    }

    /** The team's YAML; each field on its own lines, for problems by field. */
    private static ProfileForm.Yaml yaml(ProfileForm f, String roster) {
        ProfileForm.Lines put = new ProfileForm.Lines("loadwise team FILE --out-dir DIR");
        put.accept("", "kind: team");
        for (String k : List.of("team", "coach", "blueprint", "start", "weeks", "experience", "units")) {
            String v = f.get(k);
            if (!v.isEmpty()) {
                put.accept(k, k + ": " + (k.equals("weeks") && v.matches("\\d+") ? v : ProfileForm.quote(v)));
            }
        }
        put.accept("session-days", "session-days: " + ProfileForm.list(f.getAll("session-days")));
        put.accept("equipment", "equipment: " + ProfileForm.list(f.getAll("equipment")));
        put.accept("roster", "roster: " + ProfileForm.quote(roster));
        return put.yaml();
    }

    private void create(Context ctx) throws IOException {
        ProfileForm f = ProfileForm.of(ctx.formParamMap());
        UploadedFile upload = ctx.uploadedFile("roster");
        List<Problem> own = new ArrayList<>();
        byte[] csv = null;
        if (upload == null || upload.filename().isEmpty()) {
            own.add(Problem.inFile("roster", "choose the roster CSV file", "one row per athlete; see seeds/"));
        } else {
            try (InputStream in = upload.content()) {
                csv = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, server.limits.maxFileBytes() + 1));
            }
            if (csv.length > server.limits.maxFileBytes()) {
                own.add(Problem.inFile(
                        "roster",
                        "the roster is too large (the limit is " + server.limits.maxFileBytes() + " bytes)",
                        InputLimits.howToRaise(InputLimits.FILE_SIZE)));
            }
        }
        String slug = ws.freeSlug(ws.teams(), f.get("team"));
        String rosterName = slug + "-roster.csv";
        ProfileForm.Yaml y = yaml(f, rosterName);
        if (!own.isEmpty()) {
            form(ctx.status(422), f, own, y);
            return;
        }
        byte[] yamlBytes = y.text().getBytes(StandardCharsets.UTF_8);
        Path dir = Files.createTempDirectory("loadwise-team-");
        try {
            Path profile = dir.resolve(slug + ".yaml");
            Files.write(profile, yamlBytes);
            Files.write(dir.resolve(rosterName), csv);
            try {
                server.planner.team(profile, null, null);
            } catch (InputException e) {
                InputException named = Profiles.renamed(
                        e, com.loadwise.library.LibraryLoader.shownUser(profile), profile.toString(), "team profile");
                form(ctx.status(422), f, named.problems(), y);
                return;
            }
        } finally {
            Profiles.deleteTree(dir);
        }
        try {
            ws.save(
                    ws.teams(),
                    rosterName,
                    csv,
                    ws.find(ws.teams(), rosterName)
                            .map(p -> ws.read(p).version())
                            .orElse(""));
            ws.save(ws.teams(), slug + ".yaml", yamlBytes, "");
        } catch (Workspace.Conflict c) {
            form(ctx.status(409), f, List.of(Problem.inFile("team", "not saved: " + c.getMessage(), "try again")), y);
            return;
        }
        ctx.redirect("/teams/" + slug);
    }

    private void form(Context ctx, ProfileForm f, List<Problem> problems, ProfileForm.Yaml yaml) {
        Map<String, List<Shown>> byField = new LinkedHashMap<>();
        List<Shown> general = new ArrayList<>();
        for (Problem p : problems) {
            String field = p.file().equals("roster") ? "roster" : ProfileForm.fieldOf(p, yaml, false);
            if (field.isEmpty()) {
                general.add(Shown.of(p, p.line() > 0));
            } else {
                byField.computeIfAbsent(field, k -> new ArrayList<>()).add(Shown.of(p, false));
            }
        }
        var vocab = server.planner.library().vocabulary();
        FormBuilder.Fields x = new FormBuilder.Fields(f, byField);
        List<Field> team = new ArrayList<>();
        team.add(x.text("team", "Team name", "As printed on the booklet.", true));
        team.add(x.text("coach", "Coach", "Optional.", false));
        team.add(
                x.select("blueprint", "Blueprint", forms.blueprints(), "A team blueprint, e.g. team preseason.", true));
        team.add(x.date("start", "Start date", "YYYY-MM-DD.", true));
        team.add(x.number("weeks", "Weeks", "1 to 104.", true));
        team.add(x.select(
                "experience",
                "Training experience",
                FormBuilder.ordered(
                        server.planner.rules().deloadEveryByExperience().keySet()),
                "",
                false));
        team.add(x.select("units", "Units", FormBuilder.ordered("kg", "kg", "lb", "lb"), "", false));
        List<Field> week = new ArrayList<>();
        week.add(x.checks("session-days", "Session days", FormBuilder.DAYS, "", true));
        week.add(x.checks("equipment", "Equipment", vocab.equipment(), "", true));
        List<Field> roster = List.of(x.file(
                "roster",
                "Roster (CSV)",
                "One row per athlete: name, group, level:PATTERN and test columns (see seeds/coach-team-roster.csv)."
                        + " Rows with a mistake are flagged and left out.",
                true));
        for (String field : byField.keySet()) {
            if (!x.shown.contains(field)) {
                general.addAll(byField.get(field));
            }
        }
        server.page(
                ctx,
                "form",
                new Views.FormPage(
                        Views.Frame.teams("New team"),
                        "New team",
                        "/teams",
                        "team",
                        "",
                        true,
                        Views.Message.of(null),
                        general,
                        !general.isEmpty(),
                        List.of(
                                new Section("Team", team),
                                new Section("Week and equipment", week),
                                new Section("Roster", roster)),
                        "/teams",
                        true,
                        "Save team"));
    }

    private void show(Context ctx) {
        Path file = file(ctx);
        String slug = ctx.pathParam("slug");
        Planner.Team team = server.planner.team(file, null, null);
        List<Views.RosterProblem> rows = new ArrayList<>();
        List<Shown> other = new ArrayList<>();
        for (Problem p : team.rosterProblems()) {
            if (p.line() > 0) {
                rows.add(new Views.RosterProblem(
                        Integer.toString(p.line()), Integer.toString(p.column()), p.message(), p.hint()));
            } else {
                other.add(Shown.of(server.local(p), true));
            }
        }
        server.page(
                ctx,
                "team",
                new Views.TeamPage(
                        Views.Frame.teams(team.profile().title()),
                        slug,
                        team.profile().title(),
                        team.profile().athletes().size(),
                        rows,
                        !rows.isEmpty(),
                        other,
                        !other.isEmpty(),
                        rosterVersion(file),
                        team.profile().athletes().stream()
                                .map(a -> new Views.AthleteRow(
                                        Integer.toString(a.number()),
                                        a.name(),
                                        a.group() == null ? "" : a.group(),
                                        "/teams/" + slug + "/athletes/" + FileNames.slug(a.name()),
                                        Files.isRegularFile(part(slug, a)
                                                        .folder()
                                                        .resolve(part(slug, a).name()))
                                                ? "kept"
                                                : "none yet"))
                                .toList(),
                        next(team, slug)));
    }

    /**
     * The team with its check-in logs ({@code logs/teams/SLUG/}), as {@code loadwise team FILE --logs DIR} reads
     * them: the next block once any athlete has a log, else the team as planned.
     */
    private Planner.Team withLogs(Planner.Team team, String slug) {
        Path logs = ws.teamLogs(slug);
        boolean any = team.profile().athletes().stream()
                .anyMatch(a -> Files.isRegularFile(logs.resolve(FileNames.slug(a.name()) + ".yaml")));
        return any ? server.planner.withLogs(team, logs, "logs/teams/" + slug) : team;
    }

    /** What the team's ZIP prints, in a sentence for the team and athlete pages. */
    private String next(Planner.Team team, String slug) {
        Planner.Team logged;
        try {
            logged = withLogs(team, slug);
        } catch (InputException e) {
            return "The team's check-in logs cannot be read yet: "
                    + e.problems().get(0).format();
        }
        if (logged.logs() == null) {
            return "No check-ins yet: the ZIP prints the block as planned, from week 1.";
        }
        return "With the check-ins below, the ZIP prints the team's next block, from week "
                + logged.logs().fromWeek()
                + ", each athlete re-planned from their own log (an athlete with no log carries on as planned).";
    }

    /** An athlete's check-ins: {@code logs/teams/TEAM/ATHLETE.yaml}, the file {@code loadwise log --athlete} keeps. */
    private CheckInPart part(String slug, Profile.Athlete a) {
        String name = FileNames.slug(a.name()) + ".yaml";
        return new CheckInPart(
                ws.teamLogs(slug),
                name,
                "logs/teams/" + slug + "/" + name,
                "/teams/" + slug + "/athletes/" + FileNames.slug(a.name()) + "/log",
                "The team ZIP prints this review as the athlete's \"Since last time\" page, in the next block.");
    }

    /** The athlete the address names (by the name their log is given), or 404. */
    private static Profile.Athlete athleteOf(Planner.Team team, String athlete) {
        return team.profile().athletes().stream()
                .filter(a -> FileNames.slug(a.name()).equals(athlete))
                .findFirst()
                .orElseThrow(() ->
                        new WebServer.Refusal(404, "there is no athlete '" + athlete + "' on this team's roster"));
    }

    /**
     * An athlete's page: their check-ins, read against the program planned for them from the team's start (as
     * {@code loadwise log --athlete} checks an entry), and what the team's ZIP will print.
     */
    private void athlete(Context ctx, Map<String, String> form, List<String> problems, boolean added) {
        Path file = file(ctx);
        String slug = ctx.pathParam("slug");
        Planner.Team team = server.planner.team(file, null, null);
        Profile.Athlete a = athleteOf(team, ctx.pathParam("athlete"));
        Program p = server.planner.program(team, a);
        server.page(
                ctx,
                "athlete",
                new Views.AthletePage(
                        Views.Frame.teams(a.name() + " · " + team.profile().title()),
                        team.profile().title(),
                        slug,
                        a.name(),
                        a.group() == null ? "" : a.group(),
                        "/teams/" + slug + "/athletes/" + FileNames.slug(a.name()) + "/handout.pdf",
                        next(team, slug),
                        part(slug, a).view(p, server.planner.library(), form, problems, added)));
    }

    /**
     * One athlete's handout, the very file of the team's ZIP on the same paper and layout: with their check-ins, the
     * next block and its "Since last time" page.
     */
    private void athleteHandout(Context ctx) {
        Path file = file(ctx);
        String slug = ctx.pathParam("slug");
        Planner.Team team = withLogs(server.planner.team(file, null, null), slug);
        Profile.Athlete a = athleteOf(team, ctx.pathParam("athlete"));
        TeamBatch batch = new TeamBatch(
                server.planner,
                server.handouts,
                server.profiles.options(ctx.queryParam("paper"), Api.largePrint(ctx), ctx.queryParam("layout")),
                false,
                1);
        ClientPages.download(
                ctx, "application/pdf", TeamBuilder.fileName(a.number(), a.name()), batch.athlete(team, a));
    }

    /** Adds the form's check-in to the athlete's log (see {@link CheckInPart#add}). */
    private void addCheckIn(Context ctx) {
        Path file = file(ctx);
        String slug = ctx.pathParam("slug");
        Planner.Team team = server.planner.team(file, null, null);
        Profile.Athlete a = athleteOf(team, ctx.pathParam("athlete"));
        Program p = server.planner.program(team, a);
        CheckInPart.Sent sent = part(slug, a).add(ctx, ws, p, server.planner.library());
        if (sent.problems().isEmpty()) {
            ctx.redirect("/teams/" + slug + "/athletes/" + FileNames.slug(a.name()) + "?added=1#checkins");
            return;
        }
        ctx.status(422);
        athlete(ctx, sent.form(), sent.problems(), false);
    }

    /** The roster file a saved team names: a plain name beside it (one the web app wrote, or a hand-made one). */
    private String rosterName(Path teamFile) {
        String name = ProfileForm.rosterOf(ws.read(teamFile).text());
        if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            throw new WebServer.Refusal(400, "this team's roster is not a file beside it; edit it with the CLI");
        }
        return name;
    }

    private String rosterVersion(Path teamFile) {
        try {
            return ws.find(ws.teams(), rosterName(teamFile))
                    .map(p -> ws.read(p).version())
                    .orElse("");
        } catch (WebServer.Refusal e) {
            return "";
        }
    }

    /** A corrected roster: checked with the team's profile as {@code loadwise team} would read it, then saved. */
    private void replaceRoster(Context ctx) throws IOException {
        Path file = file(ctx);
        String slug = ctx.pathParam("slug");
        String rosterName = rosterName(file);
        UploadedFile upload = ctx.uploadedFile("roster");
        if (upload == null || upload.filename().isEmpty()) {
            throw new WebServer.Refusal(400, "choose the corrected roster CSV file");
        }
        byte[] csv;
        try (InputStream in = upload.content()) {
            csv = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, server.limits.maxFileBytes() + 1));
        }
        if (csv.length > server.limits.maxFileBytes()) {
            throw new WebServer.Refusal(
                    413,
                    "the roster is too large (the limit is " + server.limits.maxFileBytes() + " bytes; "
                            + InputLimits.howToRaise(InputLimits.FILE_SIZE) + ")");
        }
        Path dir = Files.createTempDirectory("loadwise-team-");
        try {
            Path profile = dir.resolve(slug + ".yaml");
            Files.write(profile, ws.read(file).text().getBytes(StandardCharsets.UTF_8));
            Files.write(dir.resolve(rosterName), csv);
            server.planner.team(profile, null, null);
        } catch (InputException e) {
            throw Profiles.renamed(
                    e,
                    com.loadwise.library.LibraryLoader.shownUser(dir.resolve(slug + ".yaml")),
                    dir.resolve(slug + ".yaml").toString(),
                    "teams/" + slug + ".yaml");
        } finally {
            Profiles.deleteTree(dir);
        }
        try {
            ws.save(ws.teams(), rosterName, csv, ctx.formParam("version") == null ? "" : ctx.formParam("version"));
        } catch (Workspace.Conflict c) {
            throw new WebServer.Refusal(
                    409, "not saved: " + c.getMessage() + "; open the team again and upload it there");
        }
        ctx.redirect("/teams/" + slug);
    }

    private void zip(Context ctx) {
        Path file = file(ctx);
        String slug = ctx.pathParam("slug");
        var options = server.profiles.options(
                ctx.formParam("paper"), "on".equals(ctx.formParam("large-print")), ctx.formParam("layout"));
        String title = ProfileForm.fromYaml(ws.read(file).text()).get("team");
        Jobs.Job job = server.jobs.submit(title.isEmpty() ? slug : title, slug + ".zip", (zip, j) -> {
            // with the athletes' check-in logs: the next block, as 'loadwise team FILE --logs DIR' prints it
            Planner.Team team = withLogs(server.planner.team(file, null, null), slug);
            TeamBatch batch = new TeamBatch(
                    server.planner,
                    server.handouts,
                    options,
                    false,
                    Runtime.getRuntime().availableProcessors());
            TeamBatch.Result result =
                    batch.run(team, (name, bytes) -> Jobs.add(zip, name, bytes), new TeamBatch.Progress() {
                        @Override
                        public void start(int files) {
                            j.total = files;
                        }

                        @Override
                        public void step() {
                            j.done.incrementAndGet();
                        }
                    });
            j.problems = result.problems();
        });
        ctx.redirect("/jobs/" + job.id, io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private Jobs.Job job(String id) {
        Jobs.Job job = server.jobs.get(id);
        if (job == null) {
            throw new WebServer.Refusal(404, "there is no such job (jobs last until the server stops)");
        }
        return job;
    }

    private void job(Context ctx) {
        Jobs.Job j = job(ctx.pathParam("id"));
        List<Shown> problems =
                j.problems.stream().map(p -> Shown.of(server.local(p), true)).toList();
        boolean running = j.state().equals("queued") || j.state().equals("running");
        server.page(
                ctx,
                "job",
                new Views.JobPage(
                        Views.Frame.teams("Team files"),
                        j.id,
                        j.title,
                        j.done(),
                        Math.max(j.total(), 1),
                        j.state().equals("done"),
                        j.state().equals("failed"),
                        problems,
                        !problems.isEmpty(),
                        running));
    }
}
