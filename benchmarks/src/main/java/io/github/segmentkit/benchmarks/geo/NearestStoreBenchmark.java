package io.github.segmentkit.benchmarks.geo;

import io.github.segmentkit.api.attribute.GeoPoint;
import io.github.segmentkit.classifiers.geographic.NearestStoreIndex;
import io.github.segmentkit.classifiers.geographic.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Distance to the nearest of many stores for 10,000 customers: the k-d tree of {@link NearestStoreIndex} against
 * checking every store. Both return the sum of the distances, which must be equal ({@code NearestStoreBenchmarkTest}
 * checks it). Points are seeded random over the populated latitudes, half of the customers near a store.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar NearestStoreBenchmark
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class NearestStoreBenchmark {
    /** How many stores. */
    @Param({"200", "5000"})
    public int stores;

    private List<Store> storeList;
    private GeoPoint[] customers;
    private NearestStoreIndex index;

    /** Builds the stores, the customers and the index. */
    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(42);
        storeList = new ArrayList<>();
        for (int i = 0; i < stores; i++) {
            storeList.add(new Store("s" + i, GeoPoint.of(random.nextDouble(-55, 70), random.nextDouble(-180, 180))));
        }
        customers = new GeoPoint[10_000];
        for (int i = 0; i < customers.length; i++) {
            if (i % 2 == 0) {
                GeoPoint near = storeList.get(random.nextInt(stores)).location();
                customers[i] = GeoPoint.of(Math.max(-90, Math.min(90, near.latitude() + random.nextDouble(-0.5, 0.5))),
                        Math.max(-180, Math.min(180, near.longitude() + random.nextDouble(-0.5, 0.5))));
            } else {
                customers[i] = GeoPoint.of(random.nextDouble(-55, 70), random.nextDouble(-180, 180));
            }
        }
        index = NearestStoreIndex.of(storeList);
    }

    /** Sum of nearest distances through the index. */
    @Benchmark
    public double indexed() {
        double sum = 0;
        for (GeoPoint customer : customers) {
            sum += index.nearest(customer).km();
        }
        return sum;
    }

    /** Sum of nearest distances checking every store. */
    @Benchmark
    public double everyStore() {
        double sum = 0;
        for (GeoPoint customer : customers) {
            double best = Double.POSITIVE_INFINITY;
            for (Store store : storeList) {
                best = Math.min(best, customer.distanceKm(store.location()));
            }
            sum += best;
        }
        return sum;
    }
}
