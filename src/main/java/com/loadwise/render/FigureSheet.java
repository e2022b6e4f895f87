package com.loadwise.render;

import com.loadwise.library.Exercise;
import com.loadwise.library.Level;
import java.time.LocalDate;
import java.util.List;

/** The contact sheet of {@code loadwise library figures}: every chosen level's picture with its label. */
public final class FigureSheet {

    /** The sheet as the template sees it. */
    public record View(String title, String lang, String subtitle, List<Cell> cells) {}

    /** One level's picture and label. */
    public record Cell(
            String exercise,
            String level,
            String ref,
            String image,
            boolean hasImage,
            String figure,
            boolean hasFigure,
            String alt,
            boolean missing) {}

    private FigureSheet() {}

    public static View view(List<Exercise> exercises, List<Level> levelsFilter) {
        List<Cell> cells = new java.util.ArrayList<>();
        for (Exercise e : exercises) {
            int n = 1;
            for (Level l : e.levels()) {
                if (levelsFilter == null || levelsFilter.contains(l)) {
                    LevelPicture p = LevelPicture.of(e, l);
                    cells.add(new Cell(
                            e.name(),
                            "Level " + n + " of " + e.levels().size() + ": " + l.name(),
                            e.id() + "/" + l.id(),
                            p.image(),
                            p.image() != null,
                            p.figure(),
                            p.figure() != null,
                            p.alt(),
                            !p.any()));
                }
                n++;
            }
        }
        return new View(
                "Loadwise exercise figures",
                "en",
                cells.size() + (cells.size() == 1 ? " level" : " levels")
                        + ". Light figure: start position; solid figure: end position; orange: the"
                        + " working side; green arrow: the direction of movement.",
                cells);
    }

    /** The sheet as PDF; its date is fixed, so the same library gives the same bytes (it has no program date). */
    public static byte[] pdf(Templates templates, View view) {
        return PdfWriter.write(
                templates.render("figures", view),
                new PdfWriter.Meta(
                        view.title(), "Loadwise", "Exercise figures", view.lang(), LocalDate.of(2026, 1, 1)));
    }
}
