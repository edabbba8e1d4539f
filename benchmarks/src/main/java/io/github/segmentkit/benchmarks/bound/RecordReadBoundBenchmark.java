package io.github.segmentkit.benchmarks.bound;

import io.github.segmentkit.benchmarks.workload.BenchCustomer;
import io.github.segmentkit.benchmarks.workload.LongLivedData;
import io.github.segmentkit.benchmarks.workload.WorkloadState;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;

/**
 * The bound of anything that starts from the records (a table build, {@code segment(list)}, a hand-written loop): one
 * sequential pass over the list that reads every field the benchmark schema reads ({@code BenchSchema.SCHEMA}),
 * including each date and instant object, each tag of each set and each string's hash, and decides nothing, on one
 * thread. A build must make at least these loads; the target for the build (a fifth of the single
 * hand-written loop's time) is below this bound when the bound is more than a fifth of the loop.
 *
 * <p>The setup checks the fingerprint it returns against one computed field by field with streams.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar 'RecordReadBoundBenchmark|SinglePassLoopBenchmark.counts' -p customers=1000000
 * }</pre>
 */
public class RecordReadBoundBenchmark extends WorkloadState {
    private List<BenchCustomer> list;

    @Setup(Level.Trial)
    public void setUp() {
        list = workload().customers();
        long expected = fieldByField(list);
        long actual = read();
        if (actual != expected) {
            throw new IllegalStateException("record read: fingerprint " + actual + ", streams say " + expected);
        }
        LongLivedData.settle();
    }

    /** Every field the schema reads, summed into a fingerprint. */
    @Benchmark
    public long read() {
        long sum = 0;
        for (BenchCustomer c : list) {
            sum += c.id();
            sum += number(c.age()) + number(c.orders()) + number(c.household()) + number(c.emailOpens());
            sum += bits(c.income()) + bits(c.churnScore()) + bits(c.totalSpend()) + bits(c.homeLat())
                    + bits(c.homeLon());
            sum += hash(c.country()) + hash(c.channel()) + hash(c.loyaltyTier()) + hash(c.device())
                    + hash(c.language());
            sum += flag(c.newsletter()) + flag(c.premium());
            sum += day(c.lastOrder()) + day(c.signup()) + instant(c.lastLogin());
            Set<String> tags = c.interests();
            if (tags != null) {
                for (String tag : tags) {
                    sum += tag.hashCode();
                }
            }
        }
        return sum;
    }

    /** The same fingerprint, one field at a time over the whole list. */
    private static long fieldByField(List<BenchCustomer> list) {
        long sum = list.stream().mapToLong(BenchCustomer::id).sum();
        sum += list.stream().mapToLong(c -> number(c.age())).sum();
        sum += list.stream().mapToLong(c -> number(c.orders())).sum();
        sum += list.stream().mapToLong(c -> number(c.household())).sum();
        sum += list.stream().mapToLong(c -> number(c.emailOpens())).sum();
        sum += list.stream().mapToLong(c -> bits(c.income())).sum();
        sum += list.stream().mapToLong(c -> bits(c.churnScore())).sum();
        sum += list.stream().mapToLong(c -> bits(c.totalSpend())).sum();
        sum += list.stream().mapToLong(c -> bits(c.homeLat())).sum();
        sum += list.stream().mapToLong(c -> bits(c.homeLon())).sum();
        sum += list.stream().mapToLong(c -> hash(c.country())).sum();
        sum += list.stream().mapToLong(c -> hash(c.channel())).sum();
        sum += list.stream().mapToLong(c -> hash(c.loyaltyTier())).sum();
        sum += list.stream().mapToLong(c -> hash(c.device())).sum();
        sum += list.stream().mapToLong(c -> hash(c.language())).sum();
        sum += list.stream().mapToLong(c -> flag(c.newsletter())).sum();
        sum += list.stream().mapToLong(c -> flag(c.premium())).sum();
        sum += list.stream().mapToLong(c -> day(c.lastOrder())).sum();
        sum += list.stream().mapToLong(c -> day(c.signup())).sum();
        sum += list.stream().mapToLong(c -> instant(c.lastLogin())).sum();
        sum += list.stream().filter(c -> c.interests() != null)
                .flatMap(c -> c.interests().stream()).mapToLong(String::hashCode).sum();
        return sum;
    }

    private static long number(Integer value) {
        return value == null ? 0 : value;
    }

    private static long bits(double value) {
        return Double.doubleToRawLongBits(value);
    }

    private static long hash(String value) {
        return value == null ? 0 : value.hashCode();
    }

    private static long flag(Boolean value) {
        return value == null ? 0 : value ? 1 : 2;
    }

    private static long day(LocalDate value) {
        return value == null ? 0 : value.toEpochDay();
    }

    private static long instant(Instant value) {
        return value == null ? 0 : value.getEpochSecond() * 31 + value.getNano();
    }
}
