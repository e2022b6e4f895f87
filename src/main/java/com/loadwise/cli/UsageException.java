package com.loadwise.cli;

/** The command line asks for something that does not exist (an unknown exercise id, say). Exit code 2. */
final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
