package io.github.segmentkit.benchmarks.workload;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * How long each thread of this JVM has run on a CPU, from Linux's per-thread scheduler file
 * ({@code /proc/self/task/<tid>/sched}, {@code se.sum_exec_runtime}, with nanosecond resolution), so that a
 * single-shot benchmark can say which threads shared the machine's cores with a shot: the JIT's compiler threads,
 * a listener's thread, the helpers the shot called. Opt-in with {@code -Dsegmentkit.threadRunTimes=true} on the
 * forked JVM ({@code -jvmArgsAppend}); elsewhere than on Linux a reading is empty.
 *
 * <pre>{@code
 * ThreadRunTimes before = ThreadRunTimes.read();    // at the end of the iteration's set-up
 * // ... the shot ...
 * System.out.println(ThreadRunTimes.read().since(before));   // first thing in its tear-down
 * }</pre>
 *
 * <p>Found with it (benchmarks/README.md, thirty-fourth session): on {@code LiveClockBenchmark} at ten million
 * customers, the C2 compiler thread ran for up to 10 ms inside shots of 4 to 9 ms, compiling code of the set-up's
 * build and the listener's delivery loop; and slow shots without any compiler time, where the move's helper ran for
 * only part of the shot.
 */
public final class ThreadRunTimes {
    /** Whether the benchmarks that support it read and print the run times, from the system property. */
    public static final boolean ENABLED = Boolean.getBoolean("segmentkit.threadRunTimes");
    /** Threads that ran for less than this between two readings are left out of {@link #since}. */
    private static final double SHOWN_FROM_MILLIS = 0.1;
    private static final Path TASKS = Path.of("/proc/self/task");

    /** Per thread, "name/tid": milliseconds run and involuntary context switches. */
    private final Map<String, double[]> runTimes;

    private ThreadRunTimes(Map<String, double[]> runTimes) {
        this.runTimes = runTimes;
    }

    /**
     * Reads and compares run times a few thousand times, so that the JIT compiles this class's code in a set-up
     * rather than between two shots, where the compilation would be what the reading sees.
     */
    public static void warmUp() {
        for (int reading = 0; reading < 2_000; reading++) {
            read().since(read());
        }
    }

    /** Every thread's run time now; empty where the scheduler's files cannot be read. */
    public static ThreadRunTimes read() {
        Map<String, double[]> runTimes = new LinkedHashMap<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(TASKS)) {
            for (Path task : tasks) {
                readTask(task, runTimes);
            }
        } catch (IOException | UnsupportedOperationException e) {
            // not Linux, or /proc not mounted: nothing to report
        }
        return new ThreadRunTimes(runTimes);
    }

    private static void readTask(Path task, Map<String, double[]> into) {
        try {
            String name = Files.readString(task.resolve("comm")).trim() + "/" + task.getFileName();
            double millis = 0;
            double involuntary = 0;
            for (String line : Files.readAllLines(task.resolve("sched"))) {
                if (line.startsWith("se.sum_exec_runtime")) {
                    millis = value(line);
                } else if (line.startsWith("nr_involuntary_switches")) {
                    involuntary = value(line);
                }
            }
            into.put(name, new double[] {millis, involuntary});
        } catch (IOException | RuntimeException e) {
            // the thread ended while it was read
        }
    }

    private static double value(String line) {
        return Double.parseDouble(line.substring(line.indexOf(':') + 1).trim());
    }

    /**
     * The threads that ran for at least 0.1 ms since {@code earlier}, each as {@code name/tid ms (involuntary
     * switches)}: a thread born since counts from zero.
     */
    public String since(ThreadRunTimes earlier) {
        StringJoiner threads = new StringJoiner(", ");
        runTimes.forEach((name, now) -> {
            double[] then = earlier.runTimes.getOrDefault(name, new double[2]);
            double ran = now[0] - then[0];
            if (ran >= SHOWN_FROM_MILLIS) {
                threads.add(String.format(Locale.ROOT, "%s %.2f ms (%d)", name, ran, (long) (now[1] - then[1])));
            }
        });
        return threads.toString();
    }
}
