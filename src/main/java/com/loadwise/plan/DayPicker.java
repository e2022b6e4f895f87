package com.loadwise.plan;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;

/** Chooses which weekdays sessions fall on: as evenly spread as possible, with a minimum gap between them. */
final class DayPicker {

    private DayPicker() {}

    /**
     * The subset of {@code available} of size at most {@code wanted} whose smallest gap between consecutive days
     * (counting round the week, since the pattern repeats) is largest; among equals, the earliest days. If no
     * subset of size {@code wanted} keeps {@code minGapDays}, fewer days are chosen.
     */
    static List<DayOfWeek> pick(List<DayOfWeek> available, int wanted, int minGapDays) {
        List<DayOfWeek> days = available.stream().sorted().distinct().toList();
        for (int n = Math.min(wanted, days.size()); n > 0; n--) {
            List<DayOfWeek> best = null;
            int bestGap = -1;
            for (List<DayOfWeek> subset : subsets(days, n)) {
                int gap = minCyclicGap(subset);
                if (gap > bestGap) {
                    bestGap = gap;
                    best = subset;
                }
            }
            if (best != null && bestGap >= minGapDays) {
                return best;
            }
        }
        return List.of();
    }

    /** The smallest gap in days between consecutive chosen days, round the week (7 for a single day). */
    static int minCyclicGap(List<DayOfWeek> sorted) {
        if (sorted.size() <= 1) {
            return 7;
        }
        int min = Integer.MAX_VALUE;
        for (int i = 0; i < sorted.size(); i++) {
            int a = sorted.get(i).getValue();
            int b = sorted.get((i + 1) % sorted.size()).getValue();
            int gap = Math.floorMod(b - a, 7);
            min = Math.min(min, gap == 0 ? 7 : gap);
        }
        return min;
    }

    private static List<List<DayOfWeek>> subsets(List<DayOfWeek> days, int n) {
        List<List<DayOfWeek>> out = new ArrayList<>();
        collect(days, n, 0, new ArrayList<>(), out);
        return out;
    }

    private static void collect(List<DayOfWeek> days, int n, int from, List<DayOfWeek> acc, List<List<DayOfWeek>> out) {
        if (acc.size() == n) {
            out.add(List.copyOf(acc));
            return;
        }
        for (int i = from; i < days.size(); i++) {
            acc.add(days.get(i));
            collect(days, n, i + 1, acc, out);
            acc.remove(acc.size() - 1);
        }
    }
}
