package com.loadwise.plan;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.loadwise.library.ExerciseLibrary;
import com.loadwise.library.LevelRef;
import com.loadwise.yaml.FileErrors;
import com.loadwise.yaml.InputException;
import com.loadwise.yaml.Position;
import com.loadwise.yaml.Problem;
import com.loadwise.yaml.YamlMap;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads a team roster, inline in the profile or from a CSV file beside it. Columns: {@code name}, {@code group},
 * {@code level:PATTERN} (value {@code exercise/level}), {@code 1rm:EXERCISE/LEVEL} and {@code 5rm:EXERCISE/LEVEL}
 * (loads in the team's units). Every bad cell is reported with its file, row and column.
 */
final class RosterReader {

    /** Largest roster accepted. */
    static final int MAX_ATHLETES = 5000;

    private final ExerciseLibrary library;
    private final Rules rules;

    RosterReader(ExerciseLibrary library, Rules rules) {
        this.library = library;
        this.rules = rules;
    }

    /** The header of a cell beyond the last column. */
    private static final String EXTRA = "\0extra";

    /** A cell: its column header, its text and where it is. */
    private record Cell(String header, String value, String file, Position position) {}

    List<Profile.Athlete> read(YamlMap profile, Path folder, String profileShown) {
        return read(profile, folder, profileShown, null);
    }

    /**
     * As {@link #read(YamlMap, Path, String)}; when {@code rowProblems} is not null, a row with a mistake (a bad
     * cell, a missing or repeated name, too many cells) is left out and its problems go there, so that a team batch
     * can print every other athlete. Problems of the roster as a whole (no such file, no name column) still go to
     * the profile's problems.
     */
    List<Profile.Athlete> read(YamlMap profile, Path folder, String profileShown, List<Problem> rowProblems) {
        List<List<Cell>> rows;
        Node node = profile.node("roster");
        if (node == null) {
            profile.problemHere("a team profile needs a 'roster'", "name a CSV file or list the athletes");
            return List.of();
        }
        if (node instanceof ScalarNode) {
            String name = profile.text("roster", true);
            if (name == null) {
                return List.of();
            }
            Path csv = folder.resolve(name).normalize();
            String shown =
                    Path.of(profileShown).resolveSibling(name).normalize().toString();
            if (!Files.isRegularFile(csv)) {
                profile.problem("roster", "roster file '" + name + "' does not exist", "looked for " + shown);
                return List.of();
            }
            try {
                rows = csvRows(csv, shown);
            } catch (InputException e) {
                profile.problems().addAll(e.problems());
                return List.of();
            }
        } else {
            rows = inlineRows(profile);
        }
        List<Profile.Athlete> athletes = new ArrayList<>();
        ProfileReader refs = new ProfileReader(library, rules);
        Map<String, Position> names = new HashMap<>();
        int number = 0;
        for (List<Cell> row : rows) {
            number++;
            List<Problem> sink = new ArrayList<>();
            for (Cell c : row) {
                if (c.header() == null || c.header().equals(EXTRA)) {
                    sink.add(Problem.at(
                            c.file(),
                            c.position(),
                            "row has " + row.size() + " cells but the header names "
                                    + row.stream()
                                            .filter(x -> !x.header().equals(EXTRA))
                                            .count()
                                    + " columns",
                            "remove the extra cells or quote a value that contains a comma"));
                    break;
                }
            }
            Profile.Athlete a = athlete(row, number, profile, refs, sink);
            if (a != null && sink.isEmpty()) {
                Cell nameCell = row.stream()
                        .filter(c -> c.header().equals("name"))
                        .findFirst()
                        .orElseThrow();
                Position earlier = names.putIfAbsent(a.name(), nameCell.position());
                if (earlier != null) {
                    sink.add(Problem.at(
                            nameCell.file(),
                            nameCell.position(),
                            "athlete '" + a.name() + "' is listed twice",
                            "also at line " + earlier.line() + "; names must be unique"));
                } else {
                    athletes.add(a);
                }
            }
            if (rowProblems == null) {
                profile.problems().addAll(sink);
            } else {
                rowProblems.addAll(sink);
            }
        }
        if (rows.isEmpty()) {
            profile.problem("roster", "the roster has no athletes", "add at least one row");
        } else if (rows.size() > com.loadwise.yaml.InputLimits.current().maxAthletes()) {
            profile.problem(
                    "roster",
                    "the roster has " + rows.size() + " athletes; the limit is "
                            + com.loadwise.yaml.InputLimits.current().maxAthletes(),
                    "split it into several teams, "
                            + com.loadwise.yaml.InputLimits.howToRaise(com.loadwise.yaml.InputLimits.ATHLETES));
        }
        return athletes;
    }

    private static List<List<Cell>> csvRows(Path csv, String shown) {
        CsvMapper mapper = new CsvMapper();
        List<List<Cell>> rows = new ArrayList<>();
        List<String> header = null;
        List<Problem> problems = new ArrayList<>();
        try {
            long max = com.loadwise.yaml.InputLimits.current().maxFileBytes();
            if (Files.size(csv) > max) {
                throw new InputException(Problem.inFile(
                        shown,
                        "the roster file is larger than " + max + " bytes",
                        "split the team, "
                                + com.loadwise.yaml.InputLimits.howToRaise(com.loadwise.yaml.InputLimits.FILE_SIZE)));
            }
        } catch (IOException e) {
            throw new InputException(Problem.inFile(shown, "cannot read the roster: " + FileErrors.why(e), ""));
        }
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                JsonParser p = mapper.enable(CsvParser.Feature.SKIP_EMPTY_LINES).createParser(in)) {
            List<Cell> row = null;
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.START_ARRAY) {
                    row = new ArrayList<>();
                } else if (t == JsonToken.VALUE_STRING) {
                    int col = row.size();
                    Position at = new Position(p.currentTokenLocation().getLineNr(), col + 1);
                    String h = header == null ? null : col < header.size() ? header.get(col) : EXTRA;
                    row.add(new Cell(h, p.getText().strip(), shown, at));
                } else if (t == JsonToken.END_ARRAY) {
                    if (header == null) {
                        header = row.stream()
                                .map(c -> c.value().toLowerCase(java.util.Locale.ROOT))
                                .toList();
                        if (!header.contains("name")) {
                            problems.add(Problem.at(
                                    shown,
                                    new Position(1, 1),
                                    "the roster has no 'name' column",
                                    "the first line must name the columns, e.g. name,group,level:squat"));
                        }
                    } else {
                        for (int i = header.size(); i < row.size(); i++) {
                            Cell extra = row.get(i);
                            row.set(i, new Cell(EXTRA, extra.value(), extra.file(), extra.position()));
                        }
                        rows.add(row);
                    }
                }
            }
        } catch (IOException e) {
            problems.add(
                    Problem.inFile(shown, "cannot read the roster: " + FileErrors.why(e), "check it is a CSV file"));
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return rows;
    }

    private static List<List<Cell>> inlineRows(YamlMap profile) {
        List<YamlMap> items = profile.maps("roster", 1, MAX_ATHLETES, true);
        List<List<Cell>> rows = new ArrayList<>();
        if (items == null) {
            return rows;
        }
        for (YamlMap item : items) {
            List<Cell> row = new ArrayList<>();
            for (String key : item.keys()) {
                String v = item.text(key, false);
                row.add(new Cell(key, v == null ? "" : v, item.file(), item.positionOf(key)));
            }
            rows.add(row);
        }
        return rows;
    }

    private Profile.Athlete athlete(
            List<Cell> row, int number, YamlMap profile, ProfileReader refs, List<Problem> sink) {
        int before = sink.size();
        String name = null;
        String group = null;
        Map<String, LevelRef> levels = new LinkedHashMap<>();
        Map<LevelRef, Double> oneRm = new LinkedHashMap<>();
        for (Cell c : row) {
            String h = c.header() == null ? "" : c.header();
            java.util.function.Consumer<String[]> report =
                    msg -> sink.add(Problem.at(c.file(), c.position(), "column '" + h + "': " + msg[0], msg[1]));
            if (h.equals(EXTRA)) {
                continue; // reported once for the row by read()
            } else if (h.equals("name")) {
                name = c.value().isEmpty() ? null : c.value();
                if (name == null) {
                    report.accept(new String[] {"the athlete has no name", "every row needs a name"});
                } else if (name.length() > 200) {
                    report.accept(new String[] {"the name is longer than 200 characters", "shorten it"});
                    name = null;
                }
            } else if (h.equals("group")) {
                group = c.value().isEmpty() ? null : c.value();
            } else if (h.startsWith("level:")) {
                String pattern = h.substring("level:".length());
                if (!library.vocabulary().patterns().containsKey(pattern)) {
                    report.accept(new String[] {
                        "unknown pattern '" + pattern + "'",
                        "allowed: "
                                + String.join(
                                        ", ", library.vocabulary().patterns().keySet())
                    });
                } else if (!c.value().isEmpty()) {
                    LevelRef ref = refs.resolveLevel(c.value(), pattern, report);
                    if (ref != null) {
                        levels.put(pattern, ref);
                    }
                }
            } else if (h.startsWith("1rm:") || h.startsWith("5rm:")) {
                LevelRef ref = refs.resolveLevel(h.substring(4), null, report);
                if (ref != null && !c.value().isEmpty()) {
                    Double load = load(c.value(), report);
                    if (load != null) {
                        int reps = h.startsWith("1rm:") ? 1 : 5;
                        double estimate = reps == 1
                                ? load
                                : load * (1 + reps / (double) rules.loads().epleyDivisor());
                        oneRm.put(ref, estimate);
                    }
                }
            } else if (!h.isEmpty()) {
                report.accept(new String[] {
                    "unknown column '" + h + "'",
                    "columns are name, group, level:PATTERN, 1rm:EXERCISE/LEVEL, 5rm:EXERCISE/LEVEL"
                });
            }
        }
        if (name == null && row.stream().noneMatch(c -> "name".equals(c.header()))) {
            Cell first = row.isEmpty() ? null : row.get(0);
            sink.add(
                    first == null
                            ? Problem.at(profile.file(), profile.positionOf("roster"), "an athlete has no name", "")
                            : Problem.at(first.file(), first.position(), "this athlete has no name", "add name: ..."));
        }
        return sink.size() == before && name != null ? new Profile.Athlete(name, group, levels, oneRm, number) : null;
    }

    private static Double load(String text, java.util.function.Consumer<String[]> report) {
        try {
            double v = Double.parseDouble(text);
            if (v <= 0 || v > 1000) {
                report.accept(new String[] {"load " + text + " is not plausible", "give a load from 1 to 1000"});
                return null;
            }
            return v;
        } catch (NumberFormatException e) {
            report.accept(new String[] {"'" + text + "' is not a number", "write the load only, e.g. 102.5"});
            return null;
        }
    }
}
