package io.github.segmentkit.live;

import java.util.ArrayList;
import java.util.List;

/** Keeps every event it is given, for tests; thread-safe. */
final class EventRecorder implements SegmentListener {
    private final List<SegmentEvent> events = new ArrayList<>();

    @Override
    public synchronized void onEvent(SegmentEvent event) {
        events.add(event);
    }

    synchronized List<SegmentEvent> events() {
        return List.copyOf(events);
    }

    /** The events as "id kind segment" lines, without sequence numbers and as-of instants. */
    synchronized List<String> lines() {
        return events.stream().map(e -> e.customerId() + " " + e.kind() + " " + e.segment()).toList();
    }
}
