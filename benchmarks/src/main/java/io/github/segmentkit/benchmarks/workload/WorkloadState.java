package io.github.segmentkit.benchmarks.workload;

import org.openjdk.jmh.annotations.Param;

/**
 * What every whole-table benchmark shares: the size parameter and the workload of that size. Subclasses prepare their
 * peer in a {@code @Setup} method that checks the peer's counts with {@link Answers}.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar -p customers=10000 StreamsBenchmark   // smoke run
 * }</pre>
 */
public abstract class WorkloadState extends BenchmarkSettings {
    /** How many customers; the tests use 10,000. */
    @Param({"1000000", "10000000"})
    public int customers;

    /** The workload of {@link #customers} customers. */
    protected Workload workload() {
        return Workload.of(customers);
    }
}
