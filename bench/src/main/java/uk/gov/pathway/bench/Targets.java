package uk.gov.pathway.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The figures a benchmark prints beside their targets (issue 10), and whether every one was met. */
final class Targets {

    private final List<String> missed = new ArrayList<>();

    /** A table row: the measure, the figure, the target; {@code met} says whether the figure meets it. */
    void row(String measure, String figure, String target, boolean met) {
        System.out.printf(Locale.ROOT, "| %s | %s | %s | %s |%n", measure, figure, target, met ? "met" : "MISSED");
        if (!met) {
            missed.add(measure + ": " + figure + " (target " + target + ")");
        }
    }

    /** A table row without a target. */
    void row(String measure, String figure) {
        System.out.printf(Locale.ROOT, "| %s | %s | | |%n", measure, figure);
    }

    static void header() {
        System.out.println("| measure | result | target | |");
        System.out.println("| --- | --- | --- | --- |");
    }

    /** Prints which targets were missed, or that all were met; answers whether all were (the run goes on). */
    boolean allMet() {
        System.out.println();
        if (missed.isEmpty()) {
            System.out.println("Every target met.");
            return true;
        }
        System.out.println("TARGETS MISSED (" + missed.size() + "):");
        missed.forEach(m -> System.out.println("  " + m));
        System.out.flush();
        return false;
    }

    /** Prints which targets were missed and ends the run with status 1 when any was; otherwise says all were met. */
    void exitIfMissed() {
        System.out.println();
        if (missed.isEmpty()) {
            System.out.println("Every target met.");
            return;
        }
        System.out.println("TARGETS MISSED (" + missed.size() + "):");
        missed.forEach(m -> System.out.println("  " + m));
        System.out.flush();
        System.exit(1);
    }
}
