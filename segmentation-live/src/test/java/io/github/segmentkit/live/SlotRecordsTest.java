package io.github.segmentkit.live;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A new layout of the slot records keeps every slot's id, keeps the memberships only while their number of words
 * stays the same, and leaves the memo's words to be filled again; growth adds records of zeros. A read ahead of a change
 * reads the two ends of the slot's record, and nothing past the records.
 */
class SlotRecordsTest {
    @Test
    void should_keep_ids_and_same_sized_memberships_across_layouts() {
        SlotRecords records = new SlotRecords(1);
        records.ensureCapacity(3);
        for (int slot = 0; slot < 3; slot++) {
            records.id(slot, 100 + slot);
            records.words()[slot * records.stride()] = 0b101L << slot;
        }

        assertThat(records.relayout(1, 4)).as("memberships kept").isTrue();
        assertThat(records.stride()).isEqualTo(1 + 1 + 4);
        assertThat(records.memoOffset()).isEqualTo(2);
        for (int slot = 0; slot < 3; slot++) {
            assertThat(records.id(slot)).isEqualTo(100 + slot);
            assertThat(records.words()[slot * records.stride()]).isEqualTo(0b101L << slot);
        }

        // 65 segments need a second membership word: the rows must be rebuilt by their owner
        assertThat(records.relayout(2, 4)).as("memberships kept").isFalse();
        assertThat(records.stride()).isEqualTo(2 + 1 + 4);
        for (int slot = 0; slot < 3; slot++) {
            assertThat(records.id(slot)).isEqualTo(100 + slot);
            assertThat(records.words()[slot * records.stride()]).isZero();
        }

        records.ensureCapacity(10);
        assertThat(records.capacity()).isGreaterThanOrEqualTo(10);
        assertThat(records.id(2)).isEqualTo(102);
        assertThat(records.id(9)).isZero();
    }

    @Test
    void should_read_ahead_both_ends_of_a_record_and_nothing_past_the_records() {
        SlotRecords records = new SlotRecords(1);
        records.relayout(1, 3);
        records.ensureCapacity(2);
        int stride = records.stride();
        records.words()[stride] = 0b1100L;               // slot 1: memberships
        records.words()[2 * stride - 1] = 0b1010L;       // slot 1: the memo's last word

        assertThat(records.readAhead(1)).isEqualTo(0b0110L);
        assertThat(records.readAhead(0)).isZero();
        assertThat(records.readAhead(records.capacity())).as("past the records").isZero();
    }
}
