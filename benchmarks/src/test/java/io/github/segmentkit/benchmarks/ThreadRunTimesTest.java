package io.github.segmentkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.segmentkit.benchmarks.workload.ThreadRunTimes;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link ThreadRunTimes} against the JVM's own count of this thread's CPU time ({@link ThreadMXBean}, from
 * {@code clock_gettime} rather than the scheduler's file): a thread that burns 50 ms of CPU is listed with about that.
 */
class ThreadRunTimesTest {
    private static final Pattern LISTED = Pattern.compile("(\\S+)/(\\d+) (\\d+\\.\\d+) ms \\((\\d+)\\)");

    @Test
    void should_list_a_thread_with_the_cpu_time_it_burnt() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "Linux only");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        assumeTrue(threads.isCurrentThreadCpuTimeSupported());
        String name = Files.readString(Path.of("/proc/thread-self/comm")).trim();
        long tid = Long.parseLong(Path.of("/proc/thread-self").toRealPath().getFileName().toString());

        ThreadRunTimes.read().since(ThreadRunTimes.read());   // the reading's classes loaded before it is timed
        ThreadRunTimes before = ThreadRunTimes.read();
        long cpuBefore = threads.getCurrentThreadCpuTime();
        long sum = 0;
        while (threads.getCurrentThreadCpuTime() - cpuBefore < 50_000_000L) {
            sum += Long.numberOfTrailingZeros(sum + System.nanoTime());
        }
        double burntMillis = (threads.getCurrentThreadCpuTime() - cpuBefore) / 1e6;
        String since = ThreadRunTimes.read().since(before);

        assertThat(sum).isPositive();
        Matcher listed = LISTED.matcher(since);
        double ranMillis = -1;
        while (listed.find()) {
            if (listed.group(1).equals(name) && Long.parseLong(listed.group(2)) == tid) {
                ranMillis = Double.parseDouble(listed.group(3));
            }
        }
        // the scheduler's count also holds the reads of /proc around the loop: a few milliseconds at most
        assertThat(ranMillis).as("%s in %s", name + "/" + tid, since).isBetween(burntMillis - 2, burntMillis + 25);
    }

    @Test
    void should_leave_out_threads_that_did_not_run() {
        ThreadRunTimes now = ThreadRunTimes.read();
        assertThat(now.since(now)).isEmpty();
    }
}
