package com.loadwise.plan;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as people write them in a profile or on the command line: YYYY-MM-DD, and why a text is not one. */
public final class Dates {

    /** How to write a date, for hints. */
    public static final String HOW = "write the date as YYYY-MM-DD";

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern YEAR_LAST = Pattern.compile("\\d{1,2}[./-]\\d{1,2}[./-]\\d{4}");

    private Dates() {}

    /**
     * The date {@code text} names, or null when it is none; {@link #whyNot} then says why. Only YYYY-MM-DD is
     * accepted (a plan is read the world over, and 03/04/2027 means two different days).
     */
    public static LocalDate parse(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * Why {@code text} is not a date, in plain words: "February 2027 has no day 30", "there is no month 13", "the
     * month and the day need two digits each", "the year comes first"; "not a date" when it looks like none.
     */
    public static String whyNot(String text) {
        String t = text.strip();
        Matcher m = ISO.matcher(t);
        if (m.matches()) {
            int year = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2));
            int day = Integer.parseInt(m.group(3));
            if (month < 1 || month > 12) {
                return "there is no month " + month;
            }
            YearMonth ym = YearMonth.of(year, month);
            if (day < 1 || day > ym.lengthOfMonth()) {
                return Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year + " has no day "
                        + day;
            }
            if (m.group(2).length() == 1 || m.group(3).length() == 1) {
                return "the month and the day need two digits each (" + year + "-%02d-%02d)".formatted(month, day);
            }
        }
        if (YEAR_LAST.matcher(t).matches()) {
            return "the year comes first";
        }
        return "not a date";
    }
}
