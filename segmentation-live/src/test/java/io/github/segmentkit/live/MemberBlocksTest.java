package io.github.segmentkit.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * Published member blocks are immutable states equal to the working sets at the time they were published, after any
 * sequence of bit changes (written at once or {@linkplain MemberBlocks#setLater later}), added and removed sets and
 * growth across blocks, and whether the changed sets are copied on one thread or several, checked against plain sets
 * of slots; and
 * a set unchanged since the last publication is handed on as the very same array.
 */
class MemberBlocksTest {
    private static final int SLOTS = 3 * MemberBlocks.BLOCK_BITS + 17;

    @Property(tries = 100)
    void should_publish_states_that_later_changes_never_alter(@ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int segments = 1 + random.nextInt(4);
        // records with words of the clock memo's and ids, which changing the sets must leave alone
        SlotRecords records = new SlotRecords(1);
        records.relayout(1, 3);
        records.ensureCapacity(SLOTS);
        for (int slot = 0; slot < SLOTS; slot++) {
            records.id(slot, 31L * slot + 7);
        }
        MemberBlocks blocks = new MemberBlocks(segments, records);
        // publications copy the changed sets on this thread, or a set per thread after a few changes or none
        blocks.copyInParallelAfter(new long[] {MemberBlocks.PARALLEL_COPY_CHANGES, 0, 5}[random.nextInt(3)]);
        // the model: one set of slots per segment, then the live customers, as MemberBlocks orders them
        List<Set<Integer>> model = new ArrayList<>();
        for (int s = 0; s <= segments; s++) {
            model.add(new HashSet<>());
        }
        List<MemberBlocks.Published> published = new ArrayList<>();
        List<List<Set<Integer>>> expected = new ArrayList<>();
        for (int step = 0; step < 400; step++) {
            int action = random.nextInt(40);
            if (action == 0 && model.size() < 8) {
                int added = blocks.addSet();
                model.add(added, new HashSet<>());
            } else if (action == 1 && model.size() > 2) {
                int removed = random.nextInt(model.size() - 1);
                blocks.removeSet(removed);
                model.remove(removed);
            } else if (action < 3) {
                int set = random.nextInt(model.size());
                int slot = random.nextInt(200);
                assertThat(blocks.contains(set, slot)).as("set %d contains slot %d at step %d", set, slot, step)
                        .isEqualTo(model.get(set).contains(slot));
                assertThat(blocks.count(set)).as("count of set %d at step %d", set, step)
                        .isEqualTo(model.get(set).size());
            } else if (action < 5) {
                published.add(blocks.publish());
                expected.add(copy(model));
            } else {
                int set = random.nextInt(model.size());
                // most changes in the first block, a few far out, so that the sets grow by blocks now and then
                int slot = random.nextInt(8) == 0 ? random.nextInt(SLOTS) : random.nextInt(200);
                boolean member = random.nextBoolean();
                // a segment's bit may also be set later (a clock move's way): the blocks catch up when next read
                boolean later = set < model.size() - 1 && random.nextBoolean();
                boolean changed = later ? blocks.setLater(set, slot, member) : blocks.set(set, slot, member);
                boolean modelChanged = member ? model.get(set).add(slot) : model.get(set).remove(slot);
                assertThat(changed).as("set %d slot %d", set, slot).isEqualTo(modelChanged);
            }
            // a slot's row: bit s set when segment s (not the live set) holds it
            int slot = random.nextInt(SLOTS);
            long[] row = new long[1];
            blocks.readRow(slot, row);
            long expectedRow = 0;
            for (int s = 0; s < model.size() - 1; s++) {
                expectedRow |= model.get(s).contains(slot) ? 1L << s : 0;
            }
            assertThat(row[0]).as("row of slot %d at step %d", slot, step).isEqualTo(expectedRow);
        }
        for (int slot = 0; slot < SLOTS; slot++) {
            assertThat(records.id(slot)).as("id of slot %d", slot).isEqualTo(31L * slot + 7);
        }
        published.add(blocks.publish());
        expected.add(copy(model));
        for (int p = 0; p < published.size(); p++) {
            assertEquals(published.get(p), expected.get(p), "publication " + p);
        }
    }

    @Test
    void should_hand_on_an_unchanged_set_without_copying_it() {
        MemberBlocks blocks = new MemberBlocks(3);
        for (int slot = 0; slot < 2 * MemberBlocks.BLOCK_BITS; slot += 3) {
            blocks.set(slot % 3, slot, true);
            blocks.set(blocks.aliveSet(), slot, true);
        }
        MemberBlocks.Published first = blocks.publish();

        blocks.set(1, 5, true);
        MemberBlocks.Published second = blocks.publish();

        assertThat(second.blocks()[0]).as("segment 0, unchanged").isSameAs(first.blocks()[0]);
        assertThat(second.blocks()[2]).as("segment 2, unchanged").isSameAs(first.blocks()[2]);
        assertThat(second.blocks()[3]).as("the live customers, unchanged").isSameAs(first.blocks()[3]);
        assertThat(second.blocks()[1]).as("segment 1, changed").isNotSameAs(first.blocks()[1]);
        assertThat(second.blocks()[1][1]).as("its second block, unchanged").isSameAs(first.blocks()[1][1]);
        assertThat(first.contains(1, 5)).isFalse();
        assertThat(second.contains(1, 5)).isTrue();
    }

    private static void assertEquals(MemberBlocks.Published state, List<Set<Integer>> sets, String what) {
        assertThat(state.blocks().length).as(what + ": sets").isEqualTo(sets.size());
        for (int set = 0; set < sets.size(); set++) {
            assertThat(state.counts()[set]).as(what + ": count of set " + set).isEqualTo(sets.get(set).size());
            Set<Integer> members = new HashSet<>();
            for (int slot = 0; slot < SLOTS; slot++) {
                if (state.contains(set, slot)) {
                    members.add(slot);
                }
            }
            assertThat(members).as(what + ": members of set " + set).isEqualTo(sets.get(set));
        }
    }

    private static List<Set<Integer>> copy(List<Set<Integer>> sets) {
        List<Set<Integer>> copy = new ArrayList<>();
        for (Set<Integer> set : sets) {
            copy.add(new HashSet<>(set));
        }
        return copy;
    }
}
