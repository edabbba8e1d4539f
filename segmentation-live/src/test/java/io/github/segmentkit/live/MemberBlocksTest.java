package io.github.segmentkit.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * Published member blocks are immutable states equal to the working sets at the time they were published, after any
 * sequence of bit changes (one at a time, listed by {@linkplain MemberBlocks#flip flips} and written in batches, or
 * a clock move's, listed by several threads and {@linkplain
 * MemberBlocks#flipMoved flipped by a crew}, in pieces of one block or more), added and removed sets and growth across
 * blocks, checked against plain sets of slots: the writer copies a block shared with a publication before writing
 * it; and a set unchanged since the last publication is handed on as the very same array.
 */
class MemberBlocksTest {
    private static final int SLOTS = 3 * MemberBlocks.BLOCK_BITS + 17;

    @Property(tries = 100)
    void should_publish_states_that_later_changes_never_alter(@ForAll long seed) throws InterruptedException {
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
        // clock moves flip (and copy) pieces of one block to more than a set's
        blocks.splitFlips(1 + random.nextInt(5));
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
            } else if (action < 8 && model.size() > 1) {
                move(blocks, records, model, random);
            } else if (action < 10 && model.size() > 1) {
                // a change's way: bits known to differ from the rows, listed; sometimes more than the list holds
                int flips = random.nextInt(4) == 0 ? MemberBlocks.PENDING_FLIPS + random.nextInt(300)
                        : 1 + random.nextInt(20);
                for (int f = 0; f < flips; f++) {
                    int set = random.nextInt(model.size() - 1);
                    int slot = someSlot(random);
                    boolean member = !model.get(set).contains(slot);
                    blocks.flip(set, slot, member);
                    if (member) {
                        model.get(set).add(slot);
                    } else {
                        model.get(set).remove(slot);
                    }
                }
            } else {
                int set = random.nextInt(model.size());
                boolean member = random.nextBoolean();
                int slot = someSlot(random);
                boolean changed = blocks.set(set, slot, member);
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

    /** Most slots in the first block, a few far out, so that the sets grow by blocks now and then. */
    private static int someSlot(SplittableRandom random) {
        return random.nextInt(8) == 0 ? random.nextInt(SLOTS) : random.nextInt(200);
    }

    /**
     * A clock move's way: distinct slots, ascending, each flipping some of its segment bits, cut into stretches that
     * one to three threads claim in turn, each writing the rows of its slots and listing the flipped slots per set
     * as a move's workers do; then the blocks flipped from those lists by a crew of up to two helpers.
     */
    private static void move(MemberBlocks blocks, SlotRecords records, List<Set<Integer>> model,
            SplittableRandom random) throws InterruptedException {
        int segments = model.size() - 1;
        int[] slots = IntStream.generate(() -> someSlot(random)).limit(1 + random.nextInt(80)).distinct().sorted()
                .toArray();
        long[] flipped = new long[slots.length];
        for (int i = 0; i < slots.length; i++) {
            flipped[i] = 1L + random.nextLong((1L << segments) - 1);
            for (int s = 0; s < segments; s++) {
                if ((flipped[i] & (1L << s)) != 0 && !model.get(s).remove(slots[i])) {
                    model.get(s).add(slots[i]);
                }
            }
        }
        int stretch = 1 + random.nextInt(6);
        int stretches = (slots.length + stretch - 1) / stretch;
        int threads = 1 + random.nextInt(3);
        AtomicInteger next = new AtomicInteger();
        // per thread: the flipped bits (slot << 32 | set, ascending) and how many, [set] bits flipped, [set] members
        // gained minus lost
        long[][] lists = new long[threads][slots.length * segments];
        int[] listed = new int[threads];
        int[][] flips = new int[threads][segments];
        int[][] countChanges = new int[threads][segments];
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            workers.add(new Thread(() -> {
                for (int piece; (piece = next.getAndIncrement()) < stretches; ) {
                    for (int i = piece * stretch; i < Math.min(slots.length, (piece + 1) * stretch); i++) {
                        int at = slots[i] * records.stride();
                        for (int s = 0; s < segments; s++) {
                            if ((flipped[i] & (1L << s)) != 0) {
                                records.words()[at] ^= 1L << s;
                                lists[thread][listed[thread]++] = (long) slots[i] << 32 | s;
                                flips[thread][s]++;
                                countChanges[thread][s] += (records.words()[at] & (1L << s)) != 0 ? 1 : -1;
                            }
                        }
                    }
                }
            }));
        }
        workers.forEach(Thread::start);
        for (Thread worker : workers) {
            worker.join();
        }
        try (HelperCrew crew = HelperCrew.call(random.nextInt(3))) {
            blocks.flipMoved(crew, slots[slots.length - 1], lists, listed, flips, countChanges);
        }
    }

    @Test
    void should_publish_again_after_a_publication_that_failed_half_way() {
        MemberBlocks blocks = new MemberBlocks(2);
        List<Set<Integer>> model = List.of(new HashSet<>(), new HashSet<>(), new HashSet<>());
        for (int slot = 0; slot < SLOTS; slot += 97) {
            blocks.set(slot % 2, slot, true);
            model.get(slot % 2).add(slot);
        }
        MemberBlocks.Published before = blocks.publish();
        List<Set<Integer>> atBefore = copy(model);
        // then changes in every block of both segments; the publication fails at the second, after the first's array
        for (int slot = 1; slot < SLOTS; slot += 89) {
            blocks.set((slot + 1) % 2, slot, true);
            model.get((slot + 1) % 2).add(slot);
        }
        blocks.failPublishedSet(1);
        assertThat(catchThrowable(blocks::publish)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("changed set 1");
        // and the writer goes on, in blocks the failed publication had seen
        for (int slot = 3; slot < SLOTS; slot += 193) {
            blocks.set(slot % 2, slot, false);
            model.get(slot % 2).remove(slot);
        }

        blocks.failPublishedSet(-1);
        MemberBlocks.Published after = blocks.publish();

        assertEquals(before, atBefore, "the publication before the failed one");
        assertEquals(after, model, "the publication after the failed one");
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
