package io.github.segmentkit.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A batch of events hands out, in order, the events appended to it, numbered on from its first sequence number,
 * past the capacity it was given.
 */
class EventBatchTest {
    private static final Instant AS_OF = Instant.parse("2026-12-02T00:00:00Z");

    @Test
    void should_hand_out_the_appended_events_numbered_in_order_past_its_first_capacity() {
        EventBatch batch = new EventBatch(41, AS_OF, 1);
        List<SegmentEvent> expected = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            SegmentEvent.Kind kind = i % 3 == 0 ? SegmentEvent.Kind.EXITED : SegmentEvent.Kind.ENTERED;
            String segment = i % 2 == 0 ? "پاکستان_lapsed" : "తెలుగు_recent";
            long id = Long.MAX_VALUE - 7L * i;
            assertThat(batch.nextSequence()).isEqualTo(41 + i);
            batch.add(kind, segment, id);
            expected.add(new SegmentEvent(41 + i, kind, segment, id, AS_OF));
        }
        assertThat(batch).hasSize(100).containsExactlyElementsOf(expected);
        assertThat(batch.get(99)).isEqualTo(new SegmentEvent(140, SegmentEvent.Kind.EXITED, "తెలుగు_recent",
                Long.MAX_VALUE - 693, AS_OF));
    }

    @Test
    void should_refuse_an_index_past_its_events() {
        EventBatch batch = new EventBatch(1, AS_OF, 8);
        batch.add(SegmentEvent.Kind.ENTERED, "vip", 7);
        assertThat(batch).isNotEmpty();
        assertThatThrownBy(() -> batch.get(1)).isInstanceOf(IndexOutOfBoundsException.class).hasMessageContaining("1");
        assertThat(new EventBatch(1, AS_OF, 0)).isEmpty();
    }

    @Test
    void should_grow_from_no_room_at_all() {
        EventBatch batch = new EventBatch(5, AS_OF, 0);
        for (int i = 0; i < 10; i++) {
            batch.add(SegmentEvent.Kind.ENTERED, "s" + i, i);
        }
        assertThat(batch).extracting(SegmentEvent::sequence).containsExactly(5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L);
        assertThat(batch).extracting(SegmentEvent::segment).containsExactly("s0", "s1", "s2", "s3", "s4", "s5", "s6",
                "s7", "s8", "s9");
    }

    @Test
    void should_append_ranges_of_primitive_events_after_single_ones_in_order() {
        EventBatch batch = new EventBatch(10, AS_OF, 2);
        batch.add(SegmentEvent.Kind.ENTERED, "vip", 1);
        long[] ids = {100, 101, 102, 103, 104};
        String[] segments = {"a", "b", "c", "d", "e"};
        byte[] kinds = {EventBatch.ENTERED, EventBatch.EXITED, EventBatch.ENTERED, EventBatch.EXITED,
            EventBatch.ENTERED};
        batch.addAll(ids, segments, kinds, 1, 4);
        batch.addAll(ids, segments, kinds, 4, 4);
        batch.addAll(ids, segments, kinds, 0, 1);

        assertThat(batch).containsExactly(
                new SegmentEvent(10, SegmentEvent.Kind.ENTERED, "vip", 1, AS_OF),
                new SegmentEvent(11, SegmentEvent.Kind.EXITED, "b", 101, AS_OF),
                new SegmentEvent(12, SegmentEvent.Kind.ENTERED, "c", 102, AS_OF),
                new SegmentEvent(13, SegmentEvent.Kind.EXITED, "d", 103, AS_OF),
                new SegmentEvent(14, SegmentEvent.Kind.ENTERED, "a", 100, AS_OF));
        assertThat(batch.nextSequence()).isEqualTo(15);
    }
}
