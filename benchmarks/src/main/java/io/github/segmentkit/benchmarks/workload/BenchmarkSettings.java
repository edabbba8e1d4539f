package io.github.segmentkit.benchmarks.workload;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The JMH settings every whole-table benchmark inherits: average time in milliseconds, one fork with a fixed,
 * pre-touched 8 GiB heap (page faults on fresh heap otherwise drift allocation-heavy results), two warm-up and three
 * measured iterations of 5 s. Command-line options ({@code -f}, {@code -wi}, {@code -i}, {@code -jvmArgs}) override
 * them.
 *
 * <pre>{@code
 * public class MyBenchmark extends BenchmarkSettings { @Benchmark public int[] counts() { ... } }
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xms8g", "-Xmx8g", "-XX:+AlwaysPreTouch", "-XX:+UseParallelGC"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public abstract class BenchmarkSettings {
}
