package com.loadwise.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/** A team's programs: the same blueprint and dates, one program per athlete. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TeamProgram(
        String format,
        String team,
        String coach,
        Program.BlueprintInfo blueprint,
        LocalDate start,
        LocalDate end,
        int athletes,
        List<Program> programs) {

    public static final String FORMAT = "loadwise-team-program/1";

    public static TeamProgram of(Planner.Plan plan) {
        Program first = plan.programs().get(0);
        return new TeamProgram(
                FORMAT,
                plan.profile().title(),
                plan.profile().clinician(),
                first.blueprint(),
                first.start(),
                first.end(),
                plan.programs().size(),
                plan.programs());
    }
}
