package io.github.segmentkit.live;

/**
 * Receives the events of a {@link LiveSegmentation}, one at a time and in sequence order, on a thread of its own
 * subscription: a slow listener delays only itself, and an exception it throws is reported to the
 * {@link ListenerFailureHandler} (and logged) without stopping the delivery of the following events.
 *
 * <pre>{@code
 * Subscription subscription = live.subscribe(event -> log.info("{}", event));
 * }</pre>
 */
@FunctionalInterface
public interface SegmentListener {
    /** Called once per event, never concurrently for one subscription. */
    void onEvent(SegmentEvent event);
}
