package io.github.segmentkit.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * A day's bucket against a plain map of slot to position: after any sequence of appends, marks and compactions, the
 * bucket hands out exactly the slots not marked gone, each position a compaction reports holds its slot (the next
 * mark at that position must hit that slot), and a compaction leaves no gone entry behind.
 */
class DayBucketTest {
    @Property(tries = 200)
    void should_hand_out_the_current_slots_and_report_where_compaction_moved_them(@ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        DayBucket bucket = new DayBucket();
        Map<Integer, Integer> positions = new HashMap<>();
        List<Integer> present = new ArrayList<>();
        int nextSlot = 0;
        int compactions = 0;
        for (int step = 0; step < 3_000; step++) {
            if (present.isEmpty() || random.nextInt(3) == 0) {
                int slot = nextSlot++;
                positions.put(slot, bucket.add(slot));
                present.add(slot);
            } else {
                int slot = present.remove(random.nextInt(present.size()));
                bucket.kill(positions.remove(slot));
                if (bucket.crowdedWithDead()) {
                    int before = bucket.size();
                    bucket.compact((moved, position) -> {
                        assertThat(positions).as("a moved slot is current").containsKey(moved);
                        positions.put(moved, position);
                    });
                    assertThat(bucket.size()).as("compacted").isEqualTo(present.size()).isLessThan(before);
                    compactions++;
                }
            }
            if (step % 250 == 0) {
                assertThat(handedOut(bucket)).containsExactlyElementsOf(new TreeSet<>(present));
            }
        }
        assertThat(handedOut(bucket)).containsExactlyElementsOf(new TreeSet<>(present));
        assertThat(compactions).as("the sequence compacted the bucket").isPositive();
        // every remembered position still holds its slot: marking them all leaves nothing
        positions.values().forEach(bucket::kill);
        assertThat(handedOut(bucket)).isEmpty();
    }

    private static TreeSet<Integer> handedOut(DayBucket bucket) {
        TouchedSlots touched = new TouchedSlots();
        bucket.addTo(touched);
        TreeSet<Integer> slots = new TreeSet<>();
        int[] batch = new int[64];
        int count;
        while ((count = touched.next(batch)) > 0) {
            for (int i = 0; i < count; i++) {
                slots.add(batch[i]);
            }
        }
        return slots;
    }
}
