package com.loadwise.web;

import com.loadwise.export.ProgramText;
import com.loadwise.plan.Program;
import com.loadwise.render.HandoutView;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The plan page's view: the handout's own view ({@code HandoutBuilder}'s cover, stages, cards, chart and pain
 * guide), plus the week-by-week sessions in the wording of {@code loadwise plan}, the chart as SVG and the
 * {@code --explain} reasons. Selection and layout only; every decision is the engine's.
 */
final class PlanView {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);

    private PlanView() {}

    static Views.PlanPage page(
            String slug,
            Program p,
            HandoutView view,
            List<Views.Download> downloads,
            boolean saved,
            Views.CheckIns checkins) {
        List<Views.WeekRow> weeks = new ArrayList<>();
        for (Program.StageBlock stage : p.stages()) {
            for (Program.Week w : stage.weeks()) {
                List<Views.DayRow> days = new ArrayList<>();
                for (Program.Day d : w.days()) {
                    if (d.sessions().isEmpty()) {
                        continue;
                    }
                    List<String> sessions = new ArrayList<>();
                    for (Program.Session s : d.sessions()) {
                        if (s.run() != null) {
                            sessions.add(ProgramText.run(s));
                        } else {
                            sessions.add(s.title() + (s.heavy() ? " (heavy)" : ""));
                            s.items().forEach(x -> sessions.add("· " + ProgramText.prescription(x)));
                        }
                    }
                    days.add(new Views.DayRow(DAY.format(d.date()), sessions));
                }
                String note = w.taper() ? "taper" : w.deload() ? "deload" : w.stepBack() ? "step back" : "";
                weeks.add(new Views.WeekRow(
                        "Week " + w.number() + " · " + stage.name(),
                        DAY.format(w.start()) + " – " + DAY.format(w.end()),
                        note,
                        days));
            }
        }
        List<Views.ExplanationRow> why = p.explanations().stream()
                .map(e -> new Views.ExplanationRow(e.topic(), e.decision(), e.rule(), e.source()))
                .toList();
        return new Views.PlanPage(
                Views.Frame.clients(p.athlete() + " – plan"),
                slug,
                p.athlete(),
                Views.Message.of(saved ? "Saved. The plan below is built from the saved file." : null),
                view,
                chart(view.chart()),
                weeks,
                why,
                downloads,
                checkins,
                Views.Message.of(
                        p.adjustments().isEmpty()
                                ? null
                                : "Re-planned from the check-ins: the next block, from week "
                                        + p.stages().get(0).firstWeek() + ". The downloads print it too."));
    }

    /** The handout's weekly-load chart drawn as SVG rectangles (heights are the handout's percentages). */
    static Views.Chart chart(HandoutView.Chart c) {
        int plot = 120;
        int step = 28;
        List<Views.Bar> bars = new ArrayList<>();
        List<Views.Bar> labels = new ArrayList<>();
        int x = 8;
        for (HandoutView.ChartWeek w : c.weeks()) {
            int bw = c.hasRunning() ? 10 : 18;
            int hs = plot * w.setsHeight() / 100;
            bars.add(new Views.Bar(x, 10 + plot - hs, bw, hs, "week " + w.number() + ": " + w.sets() + " sets", false));
            if (c.hasRunning()) {
                int hr = plot * w.runHeight() / 100;
                bars.add(new Views.Bar(
                        x + bw + 1,
                        10 + plot - hr,
                        bw,
                        hr,
                        "week " + w.number() + ": " + w.minutes() + " min running",
                        true));
            }
            labels.add(new Views.Bar(x + 10, plot + 26, 0, 0, w.number() + (w.marked() ? w.mark() : ""), false));
            x += step;
        }
        return new Views.Chart(Math.max(x + 8, 120), plot + 34, bars, labels, c.caption());
    }
}
