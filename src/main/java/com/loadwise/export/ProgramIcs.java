package com.loadwise.export;

import com.loadwise.plan.Program;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * A program as an iCalendar file: one all-day event per session. UIDs derive from the athlete, the blueprint, the
 * date and the session, so regenerating the same plan gives the same UIDs and a calendar updates events instead of
 * duplicating them. DTSTAMP derives from the program's start, never the clock.
 */
public final class ProgramIcs {

    private ProgramIcs() {}

    public static String render(List<Program> programs) {
        Calendar cal = new Calendar();
        cal.add(new ProdId("-//Loadwise//Loadwise program//EN"));
        cal.add(ImmutableVersion.VERSION_2_0);
        cal.add(ImmutableCalScale.GREGORIAN);
        for (Program p : programs) {
            DtStamp stamp = new DtStamp(p.start().atStartOfDay().toInstant(ZoneOffset.UTC));
            for (Program.StageBlock s : p.stages()) {
                for (Program.Week w : s.weeks()) {
                    for (Program.Day d : w.days()) {
                        int index = 0;
                        for (Program.Session session : d.sessions()) {
                            VEvent ev = new VEvent(false);
                            ev.add(new DtStart<>(d.date()));
                            ev.add(new DtEnd<>(d.date().plusDays(1)));
                            ev.add(new Summary(summary(p, session)));
                            ev.add(new Description(description(s, w, session)));
                            ev.add(stamp);
                            ev.add(new Uid(uid(p, d, session, index++)));
                            cal.add(ev);
                        }
                    }
                }
            }
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(cal, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String summary(Program p, Program.Session s) {
        String who = p.kind().equals("team") ? p.athlete() + ": " : "";
        if (s.run() != null && !s.type().equals("race")) {
            return who + s.run().name() + " " + s.run().minutes() + " min";
        }
        return who + s.title();
    }

    private static String description(Program.StageBlock stage, Program.Week w, Program.Session s) {
        StringBuilder sb = new StringBuilder(stage.name() + ", week " + w.number());
        if (w.deload()) {
            sb.append(" (deload)");
        }
        if (w.taper()) {
            sb.append(" (taper)");
        }
        for (Program.Prescription x : s.items()) {
            sb.append('\n').append("- ").append(ProgramText.prescription(x));
        }
        if (s.run() != null && s.run().effort() != null) {
            sb.append('\n').append("Effort: ").append(s.run().effort());
        }
        return sb.toString();
    }

    /** Stable across runs: a hash of who, which blueprint, which day and which session of the day. */
    static String uid(Program p, Program.Day d, Program.Session s, int index) {
        String key = String.join(
                "|",
                p.title(),
                p.athlete(),
                p.blueprint().id(),
                d.date().toString(),
                s.type(),
                Integer.toString(index));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16) + "@loadwise";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
