package io.github.segmentkit.live;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A slot's filings: the day and bucket position per index side by side, nowhere for a slot never filed, and the read
 * ahead of a change, which reads the first index's day and nothing when there is no index or no such slot.
 */
class SlotFilingsTest {
    @Test
    void should_keep_each_index_filing_of_a_slot_apart() {
        SlotFilings filings = new SlotFilings();
        int lastOrder = filings.addIndex();
        int signup = filings.addIndex();

        filings.file(3, lastOrder, 19_800, 5);
        filings.file(3, signup, 17_000, 0);
        filings.moved(3, lastOrder, 2);

        assertThat(filings.day(3, lastOrder)).isEqualTo(19_800);
        assertThat(filings.position(3, lastOrder)).isEqualTo(2);
        assertThat(filings.day(3, signup)).isEqualTo(17_000);
        assertThat(filings.position(3, signup)).isZero();
        assertThat(filings.day(1, lastOrder)).as("a slot below, never filed").isEqualTo(SlotFilings.NONE);
        assertThat(filings.day(1_000, signup)).as("a slot past the filings").isEqualTo(SlotFilings.NONE);

        filings.unfile(3, lastOrder);
        assertThat(filings.day(3, lastOrder)).isEqualTo(SlotFilings.NONE);
        assertThat(filings.day(3, signup)).isEqualTo(17_000);
    }

    @Test
    void should_read_ahead_the_first_index_day_and_nothing_without_an_index_or_a_slot() {
        SlotFilings none = new SlotFilings();
        assertThat(none.readAhead(0)).as("no index").isZero();

        SlotFilings filings = new SlotFilings();
        int lastOrder = filings.addIndex();
        filings.addIndex();
        filings.file(2, lastOrder, 19_800, 7);

        assertThat(filings.readAhead(2)).isEqualTo(19_800);
        assertThat(filings.readAhead(0)).as("filed nowhere").isEqualTo(SlotFilings.NONE);
        assertThat(filings.readAhead(1_000)).as("past the filings").isZero();
    }
}
