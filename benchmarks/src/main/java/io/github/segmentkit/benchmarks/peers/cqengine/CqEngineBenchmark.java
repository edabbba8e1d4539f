package io.github.segmentkit.benchmarks.peers.cqengine;

import static com.googlecode.cqengine.query.QueryFactory.deduplicate;
import static com.googlecode.cqengine.query.QueryFactory.queryOptions;

import com.googlecode.cqengine.ConcurrentIndexedCollection;
import com.googlecode.cqengine.IndexedCollection;
import com.googlecode.cqengine.attribute.Attribute;
import com.googlecode.cqengine.index.hash.HashIndex;
import com.googlecode.cqengine.index.navigable.NavigableIndex;
import com.googlecode.cqengine.query.Query;
import com.googlecode.cqengine.query.option.DeduplicationStrategy;
import com.googlecode.cqengine.query.option.QueryOptions;
import com.googlecode.cqengine.resultset.ResultSet;
import io.github.segmentkit.benchmarks.workload.Answers;
import io.github.segmentkit.benchmarks.workload.BenchCustomer;
import io.github.segmentkit.benchmarks.workload.BenchmarkSettings;
import io.github.segmentkit.benchmarks.workload.IdBuffer;
import io.github.segmentkit.benchmarks.workload.LongLivedData;
import io.github.segmentkit.benchmarks.workload.Workload;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * Peer (4), CQEngine: an on-heap {@link ConcurrentIndexedCollection} with a navigable index on every ordered
 * attribute and a hash index on every categorical, boolean and tag attribute (21 indexes), queried once per segment
 * with logical deduplication (without it, {@code or} and multi-value {@code in} count some customers twice).
 * Building the indexes is not measured but printed; it takes tens of seconds and gigabytes at 1M customers, so the
 * default size is 1M only.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar CqEngineBenchmark
 * }</pre>
 */
public class CqEngineBenchmark extends BenchmarkSettings {
    /** 1M only by default (see the class comment); {@code -p customers=…} overrides it. */
    @Param({"1000000"})
    public int customers;

    private static final QueryOptions DEDUPLICATE = queryOptions(deduplicate(DeduplicationStrategy.LOGICAL_ELIMINATION));

    private IndexedCollection<BenchCustomer> collection;
    private List<Query<BenchCustomer>> queries;

    private Workload workload() {
        return Workload.of(customers);
    }

    @Setup(Level.Trial)
    public void setUp() {
        queries = CqQueries.all();
        long start = System.nanoTime();
        collection = new ConcurrentIndexedCollection<>();
        for (Attribute<BenchCustomer, ? extends Comparable<?>> ordered : List.of(CqAttributes.AGE,
                CqAttributes.INCOME, CqAttributes.CHURN_SCORE, CqAttributes.ORDERS, CqAttributes.TOTAL_SPEND,
                CqAttributes.HOUSEHOLD, CqAttributes.LAST_ORDER_DAY, CqAttributes.SIGNUP_DAY, CqAttributes.LAST_LOGIN,
                CqAttributes.HOME_LAT, CqAttributes.HOME_LON, CqAttributes.EMAIL_OPENS)) {
            collection.addIndex(navigable(ordered));
        }
        for (Attribute<BenchCustomer, ?> hashed : List.of(CqAttributes.COUNTRY, CqAttributes.CHANNEL,
                CqAttributes.LOYALTY_TIER, CqAttributes.DEVICE, CqAttributes.LANGUAGE, CqAttributes.NEWSLETTER,
                CqAttributes.PREMIUM, CqAttributes.INTERESTS, CqAttributes.INTERESTS_KNOWN)) {
            collection.addIndex(HashIndex.onAttribute(hashed));
        }
        collection.addAll(workload().customers());
        System.out.printf("%n# CQEngine: 21 indexes over %,d customers built in %.1f s%n", customers,
                (System.nanoTime() - start) / 1e9);
        Answers.check("cqengine counts", workload().expectedCounts(), counts());
        Answers.check("cqengine member ids", workload().expectedCounts(), Answers.sizes(memberIds()));
        LongLivedData.settle();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static NavigableIndex<?, BenchCustomer> navigable(Attribute<BenchCustomer, ?> attribute) {
        return NavigableIndex.onAttribute((Attribute) attribute);
    }

    /** The member count of each segment. */
    @Benchmark
    public int[] counts() {
        int[] counts = new int[queries.size()];
        for (int s = 0; s < counts.length; s++) {
            try (ResultSet<BenchCustomer> members = collection.retrieve(queries.get(s), DEDUPLICATE)) {
                counts[s] = members.size();
            }
        }
        return counts;
    }

    /** The member ids of each segment (in CQEngine's order, not the input order). */
    @Benchmark
    public long[][] memberIds() {
        long[][] ids = new long[queries.size()][];
        for (int s = 0; s < ids.length; s++) {
            IdBuffer found = new IdBuffer();
            try (ResultSet<BenchCustomer> members = collection.retrieve(queries.get(s), DEDUPLICATE)) {
                for (BenchCustomer member : members) {
                    found.add(member.id());
                }
            }
            ids[s] = found.toArray();
        }
        return ids;
    }
}
