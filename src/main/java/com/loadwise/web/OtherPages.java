package com.loadwise.web;

import com.loadwise.export.ProgramText;
import com.loadwise.io.Pictures;
import com.loadwise.library.Exercise;
import com.loadwise.library.Level;
import com.loadwise.plan.Program;
import com.loadwise.render.Branding;
import com.loadwise.render.LevelPicture;
import com.loadwise.yaml.InputException;
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
import java.util.List;
import java.util.Locale;

/** The exercise library (browse and search, with pictures), the branding settings and the page's own files. */
final class OtherPages {

    private final WebServer server;
    private volatile List<Views.LibraryRow> library;

    OtherPages(WebServer server) {
        this.server = server;
    }

    void routes(RoutesConfig r) {
        r.get("/library", this::library);
        r.get("/branding", ctx -> branding(ctx, null, List.of()));
        r.post("/branding", this::saveBranding);
        r.get(
                "/static/app.css",
                ctx -> ctx.contentType("text/css; charset=utf-8").result(server.templates.text("web/app.css")));
        r.get(
                "/static/icon.svg",
                ctx -> ctx.contentType("image/svg+xml").result(server.templates.text("web/icon.svg")));
        r.get("/favicon.ico", ctx -> ctx.redirect("/static/icon.svg"));
        r.get(
                "/static/app.js",
                ctx -> ctx.contentType("text/javascript; charset=utf-8").result(server.templates.text("web/app.js")));
    }

    /** Every family with its levels, doses and pictures, built once (the library does not change while serving). */
    private List<Views.LibraryRow> rows() {
        List<Views.LibraryRow> rows = library;
        if (rows == null) {
            rows = new ArrayList<>();
            var lib = server.planner.library();
            // the library page belongs to no program: criteria say "the green zone of your pain guide", and the
            // contact is the one a clinic's client reads
            String contact = server.planner.rules().redFlags().contactFor("client", true);
            for (Exercise e : lib.all()) {
                List<Views.LibraryLevel> levels = new ArrayList<>();
                for (Level l : e.levels()) {
                    LevelPicture pic = LevelPicture.of(e, l);
                    levels.add(new Views.LibraryLevel(
                            (e.indexOf(l.id()) + 1) + ". " + l.name(),
                            ProgramText.dose(Program.Prescription.atFirstDose(e, l, null, contact)),
                            pic.image(),
                            pic.image() != null,
                            pic.figure(),
                            pic.figure() != null,
                            pic.alt() == null ? "" : pic.alt()));
                }
                rows.add(new Views.LibraryRow(
                        e.id(), e.name(), e.pattern(), e.origin().layer(), lib.isReplaced(e.id()), levels));
            }
            library = rows = List.copyOf(rows);
        }
        return rows;
    }

    private void library(Context ctx) {
        String q = ctx.queryParam("q") == null ? "" : ctx.queryParam("q").strip();
        String needle = q.toLowerCase(Locale.ROOT);
        List<Views.LibraryRow> hits = rows().stream()
                .filter(r -> needle.isEmpty()
                        || (r.id() + " " + r.name() + " " + r.pattern() + " "
                                        + r.levels().stream()
                                                .map(Views.LibraryLevel::name)
                                                .toList())
                                .toLowerCase(Locale.ROOT)
                                .contains(needle))
                .toList();
        List<String> layers =
                rows().stream().map(Views.LibraryRow::layer).distinct().toList();
        server.page(
                ctx,
                "library",
                new Views.LibraryPage(
                        Views.Frame.library("Exercise library"), q, hits, hits.size(), layers.size() > 1, layers));
    }

    private Path brandingFile() {
        return server.workspace.root().resolve("branding.yaml");
    }

    private void branding(Context ctx, String saved, List<Problem> problems) {
        Path file = brandingFile();
        String version = "";
        Branding b = Branding.none();
        if (Files.isRegularFile(file)) {
            version = server.workspace.read(file).version();
            try {
                b = Branding.read(file, "branding.yaml");
            } catch (InputException e) {
                problems = new ArrayList<>(problems);
                problems.addAll(e.problems());
            }
        }
        brandingPage(
                ctx,
                version,
                b.name(),
                b.clinician(),
                b.contact(),
                b.accent(),
                b.logoDataUri() != null,
                saved,
                problems);
    }

    private void brandingPage(
            Context ctx,
            String version,
            String name,
            String clinician,
            String contact,
            String accent,
            boolean logo,
            String saved,
            List<Problem> problems) {
        List<Views.Shown> shown =
                problems.stream().map(p -> Views.Shown.of(p, p.line() > 0)).toList();
        server.page(
                ctx,
                "branding",
                new Views.BrandingPage(
                        Views.Frame.branding("Branding"),
                        version,
                        nz(name),
                        nz(clinician),
                        nz(contact),
                        accent == null || accent.isEmpty() ? Branding.DEFAULT_ACCENT : accent,
                        logo,
                        Views.Message.of(saved),
                        shown,
                        !shown.isEmpty()));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Saves branding.yaml (and logo.png): checked by {@link Branding#read} and {@link Pictures}, as the CLI does. */
    private void saveBranding(Context ctx) throws IOException {
        String name = nz(ctx.formParam("name")).strip();
        String clinician = nz(ctx.formParam("clinician")).strip();
        String contact = nz(ctx.formParam("contact")).strip();
        String accent = nz(ctx.formParam("accent")).strip();
        String version = nz(ctx.formParam("version"));
        UploadedFile upload = ctx.uploadedFile("logo");
        byte[] logo = null;
        if (upload != null && !upload.filename().isEmpty()) {
            try (InputStream in = upload.content()) {
                logo = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, server.limits.maxImageBytes() + 1));
            }
        }
        Path existingLogo = server.workspace.root().resolve("logo.png");
        boolean hasLogo =
                logo != null || (Files.isRegularFile(existingLogo) && !"on".equals(ctx.formParam("remove-logo")));
        StringBuilder y =
                new StringBuilder("# Saved by 'loadwise serve'; use it with loadwise handout --branding FILE.\n");
        y.append("name: ").append(ProfileForm.quote(name)).append('\n');
        if (!clinician.isEmpty()) {
            y.append("clinician: ").append(ProfileForm.quote(clinician)).append('\n');
        }
        if (!contact.isEmpty()) {
            y.append("contact: ").append(ProfileForm.quote(contact)).append('\n');
        }
        if (!accent.isEmpty()) {
            y.append("accent: ").append(ProfileForm.quote(accent)).append('\n');
        }
        if (hasLogo) {
            y.append("logo: logo.png\n");
        }
        byte[] yaml = y.toString().getBytes(StandardCharsets.UTF_8);
        Path dir = Files.createTempDirectory("loadwise-branding-");
        try {
            Files.write(dir.resolve("branding.yaml"), yaml);
            if (logo != null) {
                Files.write(dir.resolve("logo.png"), logo);
            } else if (hasLogo) {
                Files.copy(existingLogo, dir.resolve("logo.png"));
            }
            try {
                Branding.read(dir.resolve("branding.yaml"), "branding.yaml");
            } catch (InputException e) {
                brandingPage(ctx.status(422), version, name, clinician, contact, accent, hasLogo, null, e.problems());
                return;
            }
        } finally {
            Profiles.deleteTree(dir);
        }
        try {
            server.workspace.save(server.workspace.root(), "branding.yaml", yaml, version);
            if (logo != null) {
                server.workspace.write(server.workspace.root(), "logo.png", logo);
            }
        } catch (Workspace.Conflict c) {
            brandingPage(
                    ctx.status(409),
                    version,
                    name,
                    clinician,
                    contact,
                    accent,
                    hasLogo,
                    null,
                    List.of(Problem.inFile("branding.yaml", "not saved: " + c.getMessage(), "open the page again")));
            return;
        }
        branding(ctx, "Saved. Handouts now carry this branding.", List.of());
    }
}
