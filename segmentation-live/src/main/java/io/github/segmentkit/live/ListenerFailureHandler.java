package io.github.segmentkit.live;

/**
 * Told when a {@link SegmentListener} throws. The failure is also logged (SLF4J, warning), and the listener goes on
 * receiving the following events: a failing listener loses only the event it failed on, and only if it does not
 * handle it here.
 *
 * <pre>{@code
 * LiveSegmentation.builder(schema).onListenerFailure((listener, event, failure) -> retryQueue.add(event));
 * }</pre>
 */
@FunctionalInterface
public interface ListenerFailureHandler {
    /**
     * Called on the listener's delivery thread; an exception thrown here is logged and ignored.
     *
     * @param listener the listener that threw
     * @param event    the event it was given
     * @param failure  what it threw
     */
    void onFailure(SegmentListener listener, SegmentEvent event, Throwable failure);
}
