package io.github.segmentkit.benchmarks.workload;

import java.util.Arrays;
import java.util.List;

/**
 * The check every benchmark runs once at setup: its 20 counts must equal the expected ones, or the benchmark refuses
 * to run.
 *
 * <pre>{@code
 * Answers.check("duckdb", workload.expectedCounts(), duckdbCounts);
 * }</pre>
 */
public final class Answers {
    private Answers() {
    }

    /**
     * Throws when {@code actual} differs from {@code expected}, naming the peer and every segment that differs.
     *
     * @throws IllegalStateException when a count differs
     */
    public static void check(String peer, int[] expected, int[] actual) {
        if (Arrays.equals(expected, actual)) {
            return;
        }
        List<String> names = BenchSegments.names();
        StringBuilder differences = new StringBuilder();
        for (int s = 0; s < expected.length; s++) {
            int got = s < actual.length ? actual[s] : -1;
            if (expected[s] != got) {
                differences.append(String.format("%n  %s: expected %d, got %d", names.get(s), expected[s], got));
            }
        }
        throw new IllegalStateException(peer + " computes other memberships than the reference:" + differences
                + (actual.length == expected.length ? "" : "\n  (" + actual.length + " counts instead of "
                + expected.length + ")"));
    }

    /** The sizes of the given member-id arrays, in order. */
    public static int[] sizes(long[][] memberIds) {
        int[] counts = new int[memberIds.length];
        for (int s = 0; s < memberIds.length; s++) {
            counts[s] = memberIds[s].length;
        }
        return counts;
    }
}
