package com.loadwise.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/** The process exit codes, documented in --help and the README. */
public final class ExitCodes {

    public static final int OK = 0;
    public static final int INVALID_INPUT = 1;
    public static final int USAGE = 2;
    public static final int INTERNAL = 3;

    /** As listed under "Exit codes:" in every command's help. */
    static final Map<String, String> HELP = new LinkedHashMap<>();

    static {
        HELP.put(Integer.toString(OK), "success");
        HELP.put(Integer.toString(INVALID_INPUT), "invalid input data (each problem printed as file:line:column)");
        HELP.put(Integer.toString(USAGE), "wrong usage (unknown command or option, bad argument)");
        HELP.put(Integer.toString(INTERNAL), "internal error (a bug: rerun with --stacktrace and report it)");
    }

    private ExitCodes() {}
}
