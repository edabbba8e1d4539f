package io.github.segmentkit.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class TouchedSlotsTest {
    @Test
    void should_hand_out_each_slot_added_once_in_ascending_batches_within_and_past_its_capacity() {
        TouchedSlots touched = new TouchedSlots();
        touched.ensureCapacity(1_000);
        SplittableRandom random = new SplittableRandom(11);
        for (int move = 0; move < 3; move++) {
            TreeSet<Integer> expected = new TreeSet<>();
            for (int i = 0; i < 2_000; i++) {
                // mostly inside the capacity made at first, some far past it (customers added after the build)
                int slot = random.nextInt(4) == 0 ? random.nextInt(1_000, 200_000) : random.nextInt(1_000);
                touched.add(slot);
                expected.add(slot);
            }
            assertThat(touched.count()).isEqualTo(expected.size());

            List<Integer> handedOut = new ArrayList<>();
            int[] batch = new int[97];
            int count;
            while ((count = touched.next(batch)) > 0) {
                for (int i = 0; i < count; i++) {
                    handedOut.add(batch[i]);
                }
            }
            assertThat(handedOut).containsExactlyElementsOf(expected);
            assertThat(touched.count()).isZero();
        }
    }

    @Test
    void should_forget_every_slot_when_cleared() {
        TouchedSlots touched = new TouchedSlots();
        touched.ensureCapacity(64 * 64 * 3 + 5);
        for (int slot = 0; slot < 64 * 64 * 3 + 5; slot += 7) {
            touched.add(slot);
        }
        touched.clear();

        assertThat(touched.count()).isZero();
        assertThat(touched.next(new int[16])).isZero();
        touched.add(12_345);
        int[] one = new int[4];
        assertThat(touched.next(one)).isEqualTo(1);
        assertThat(one[0]).isEqualTo(12_345);
    }
}
