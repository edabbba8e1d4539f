package io.github.segmentkit.benchmarks.workload;

import io.github.segmentkit.testing.ReferenceEvaluator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The customers of one size and the 20 counts the {@link ReferenceEvaluator} finds for them, generated once per size
 * and JVM and shared by every benchmark state of that size.
 *
 * <pre>{@code
 * Workload workload = Workload.of(1_000_000);
 * Answers.check("streams", workload.expectedCounts(), myCounts);
 * }</pre>
 *
 * <p>Thread-safe; the customer list is unmodifiable.
 */
public final class Workload {
    private static final int CACHED_FROM_SIZE = 1_000_000;
    private static final Map<Integer, Workload> BY_SIZE = new ConcurrentHashMap<>();

    private final List<BenchCustomer> customers;
    private volatile int[] expectedCounts;

    private Workload(List<BenchCustomer> customers) {
        this.customers = customers;
    }

    /** The workload of {@code size} customers, generated on first use. */
    public static Workload of(int size) {
        return BY_SIZE.computeIfAbsent(size, n -> new Workload(List.copyOf(CustomerGenerator.generate(n))));
    }

    /** The customers, in generation order. */
    public List<BenchCustomer> customers() {
        return customers;
    }

    /** The number of customers. */
    public int size() {
        return customers.size();
    }

    /**
     * The member count of every segment of {@link BenchSegments#ALL}, in declaration order, as the
     * {@link ReferenceEvaluator} computes them (once per size and data; customers are evaluated on all cores, each
     * on its own).
     */
    public int[] expectedCounts() {
        int[] counts = expectedCounts;
        if (counts == null) {
            synchronized (this) {
                counts = expectedCounts;
                if (counts == null) {
                    counts = referenceCounts();
                    expectedCounts = counts;
                }
            }
        }
        return counts.clone();
    }

    /**
     * The reference counts, from the cache file when an earlier run computed them for exactly these customers and
     * segments (the file name holds a fingerprint of both), otherwise computed and written there: at 10M customers the
     * evaluator needs minutes, and every JMH fork would otherwise pay them again. Small workloads (the tests) are
     * always evaluated afresh.
     */
    private int[] referenceCounts() {
        if (customers.size() < CACHED_FROM_SIZE) {
            return evaluateReference();
        }
        Path cache = Path.of(System.getProperty("java.io.tmpdir"), "segmentkit-benchmarks",
                "reference-counts-v2-" + customers.size() + "-" + Long.toHexString(fingerprint()) + ".txt");
        try {
            if (Files.isRegularFile(cache)) {
                return Files.readAllLines(cache, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank())
                        .mapToInt(Integer::parseInt).toArray();
            }
            int[] counts = evaluateReference();
            Files.createDirectories(cache.getParent());
            Path partial = Files.createTempFile(cache.getParent(), "counts", ".tmp");
            Files.writeString(partial, Arrays.stream(counts).mapToObj(Integer::toString)
                    .collect(Collectors.joining("\n")), StandardCharsets.UTF_8);
            Files.move(partial, cache, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return counts;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the reference counts cache " + cache, e);
        }
    }

    /** A hash of every customer's values and of the segment definitions. */
    private long fingerprint() {
        long hash = BenchSegments.ALL.toString().hashCode();
        for (BenchCustomer customer : customers) {
            hash = hash * 1_000_003L + customer.hashCode();
        }
        return hash;
    }

    private int[] evaluateReference() {
        ReferenceEvaluator<BenchCustomer> oracle =
                ReferenceEvaluator.of(BenchSchema.SCHEMA, BenchSegments.ALL, BenchSegments.asOf());
        List<String> names = BenchSegments.names();
        int segments = names.size();
        return IntStream.range(0, customers.size()).parallel()
                .mapToObj(row -> {
                    int[] membership = new int[segments];
                    BenchCustomer customer = customers.get(row);
                    for (int s = 0; s < segments; s++) {
                        membership[s] = oracle.isMember(names.get(s), customer) ? 1 : 0;
                    }
                    return membership;
                })
                .reduce(new int[segments], Workload::sum, Workload::sum);
    }

    private static int[] sum(int[] left, int[] right) {
        int[] total = new int[left.length];
        for (int s = 0; s < total.length; s++) {
            total[s] = left[s] + right[s];
        }
        return total;
    }
}
