package io.github.segmentkit.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * The hash table of day buckets finds the same buckets as a sorted map of the same days, for ranges read day by day
 * (narrower than the table) and by a scan (wider), with days at the ends of the {@code long} range, where a width
 * computed in signed arithmetic would overflow.
 */
class DayBucketsTest {
    @Property(tries = 300)
    void should_visit_the_buckets_of_exactly_the_days_in_a_range(@ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        DayBuckets buckets = new DayBuckets();
        TreeMap<Long, DayBucket> model = new TreeMap<>();
        int files = random.nextInt(0, 400);
        for (int i = 0; i < files; i++) {
            long day = randomDay(random);
            DayBucket bucket = buckets.getOrCreate(day);
            DayBucket known = model.putIfAbsent(day, bucket);
            assertThat(bucket).as("the bucket of day %d", day).isSameAs(known == null ? bucket : known);
        }
        for (int query = 0; query < 50; query++) {
            long a = randomDay(random);
            long b = random.nextInt(4) == 0 ? randomDay(random) : a + random.nextInt(0, 40);
            long low = Math.min(a, b);
            long high = Math.max(a, b);
            // DayBucket keeps Object's equals: the maps are equal when each day has the very same bucket
            Map<Long, DayBucket> visited = new TreeMap<>();
            buckets.forEachIn(low, high, (day, bucket) -> assertThat(visited.put(day, bucket))
                    .as("day %d visited twice", day).isNull());
            assertThat(visited).as("days %d to %d", low, high).isEqualTo(model.subMap(low, true, high, true));
        }
        model.forEach((day, bucket) -> assertThat(buckets.get(day)).isSameAs(bucket));
    }

    @Test
    void should_find_nothing_for_days_never_filed_and_visit_nothing_for_an_empty_range() {
        DayBuckets buckets = new DayBuckets();
        DayBucket filed = buckets.getOrCreate(20_000);
        assertThat(buckets.get(20_001)).isNull();
        assertThat(buckets.get(20_000)).isSameAs(filed);
        buckets.forEachIn(20_001, 20_000, (day, bucket) -> {
            throw new AssertionError("visited day " + day + " of an empty range");
        });
        Map<Long, DayBucket> visited = new TreeMap<>();
        buckets.forEachIn(Long.MIN_VALUE, Long.MAX_VALUE, visited::put);
        assertThat(visited).containsExactly(Map.entry(20_000L, filed));
    }

    /** Mostly days near each other (collisions, day-by-day reads), some at the ends of the range. */
    private static long randomDay(SplittableRandom random) {
        return switch (random.nextInt(10)) {
            case 0 -> Long.MIN_VALUE + random.nextInt(0, 3);
            case 1 -> Long.MAX_VALUE - random.nextInt(0, 3);
            case 2 -> random.nextLong();
            default -> 20_000 + random.nextInt(-200, 200);
        };
    }
}
