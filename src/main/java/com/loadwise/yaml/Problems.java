package com.loadwise.yaml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects problems while a file or a set of files is checked, so all of them are reported at once. */
public final class Problems {

    private final List<Problem> list = new ArrayList<>();

    public void add(Problem problem) {
        list.add(problem);
    }

    public void addAll(List<Problem> problems) {
        list.addAll(problems);
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public int size() {
        return list.size();
    }

    public List<Problem> list() {
        return Collections.unmodifiableList(list);
    }

    /** Throws an {@link InputException} carrying every problem, if there is any. */
    public void throwIfAny() {
        if (!list.isEmpty()) {
            throw new InputException(list);
        }
    }
}
