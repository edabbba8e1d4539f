package io.github.segmentkit.live;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One listener's subscription to a {@link LiveSegmentation}: an unbounded queue of events and a daemon thread that
 * hands them to the listener in sequence order. The queue is unbounded so that a slow listener never loses events
 * and never holds up a writer or another listener; it grows while the listener lags.
 *
 * <pre>{@code
 * try (Subscription subscription = live.subscribe(listener)) {
 *     live.upsert(customer);
 *     subscription.awaitDelivered(Duration.ofSeconds(1));   // the listener has seen every event so far
 * }
 * }</pre>
 *
 * <p>Thread-safe. {@link #close()} stops new events and lets the thread deliver those already queued.
 */
public final class Subscription implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Subscription.class);
    /** Marks the end of the queue after {@link #close()}. */
    private static final List<SegmentEvent> END = List.of();
    /** How long the delivery thread polls an empty queue before it blocks. */
    private static final long SPIN_NANOS = 20_000;

    private final SegmentListener listener;
    private final ListenerFailureHandler failures;
    /**
     * Lock-free, so that the writer queuing a change never waits for the delivery thread taking one (a
     * {@code LinkedBlockingQueue} made the writer take the consumer's lock to signal it, about an eighth of a
     * change on ten million customers).
     */
    private final ConcurrentLinkedQueue<List<SegmentEvent>> queue = new ConcurrentLinkedQueue<>();
    /** Set by the delivery thread before it parks on an empty queue: the writer then unparks it. */
    private volatile boolean parked;
    private final AtomicLong queued = new AtomicLong();
    private final AtomicLong delivered = new AtomicLong();
    /**
     * Threads in {@link #awaitDelivered}: the delivery thread takes the monitor to wake them only when there are
     * some (they count themselves before reading {@link #delivered}, it counts a batch before reading this).
     */
    private final AtomicInteger awaiting = new AtomicInteger();
    private final Thread thread;
    private volatile boolean closed;
    private final Runnable onClose;

    Subscription(SegmentListener listener, ListenerFailureHandler failures, String threadName, Runnable onClose) {
        this.listener = listener;
        this.failures = failures;
        this.onClose = onClose;
        this.thread = new Thread(this::deliver, threadName);
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Queues the events of one change; called by the single writer holding the live segmentation's lock. */
    void offer(List<SegmentEvent> events) {
        if (!closed && !events.isEmpty()) {
            queued.addAndGet(events.size());
            queue.add(events);
            wake();
        }
    }

    /**
     * Unparks the delivery thread if it parked. The queue's insertion and the read of {@link #parked} here, against
     * the write of {@code parked} and the queue's re-check in {@link #next()}, are ordered by volatile accesses: one
     * side always sees the other, so an event is never left in the queue of a parked thread.
     */
    private void wake() {
        if (parked) {
            LockSupport.unpark(thread);
        }
    }

    private void deliver() {
        try {
            while (true) {
                List<SegmentEvent> events = next();
                if (events == END) {
                    return;
                }
                for (SegmentEvent event : events) {
                    deliverOne(event);
                    delivered.incrementAndGet();
                }
                if (awaiting.get() > 0) {
                    synchronized (delivered) {
                        delivered.notifyAll();
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The next events: polled for a few microseconds before parking, because a writer that finds this thread parked
     * has to wake it (a system call of a few microseconds on the writer's path), while changes arriving in a burst
     * find it still polling. The spin is bounded, so an idle subscription costs no processor time.
     */
    private List<SegmentEvent> next() throws InterruptedException {
        List<SegmentEvent> events = queue.poll();
        if (events != null) {
            return events;
        }
        long deadline = System.nanoTime() + SPIN_NANOS;
        do {
            Thread.onSpinWait();
            events = queue.poll();
        } while (events == null && System.nanoTime() < deadline);
        while (events == null) {
            parked = true;
            // re-checked after announcing the park: a writer that queued before it saw parked == false
            events = queue.poll();
            if (events == null) {
                LockSupport.park(this);
                if (Thread.interrupted()) {
                    parked = false;
                    throw new InterruptedException();
                }
                events = queue.poll();
            }
            parked = false;
        }
        return events;
    }

    private void deliverOne(SegmentEvent event) {
        try {
            listener.onEvent(event);
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable failure) {   // NOPMD: any failure of user code is reported, and delivery goes on
            LOG.warn("listener {} failed on event {}", listener, event, failure);
            try {
                failures.onFailure(listener, event, failure);
            } catch (VirtualMachineError e) {
                throw e;
            } catch (Throwable handlerFailure) {   // NOPMD: the handler is user code too
                LOG.warn("the listener failure handler failed on event {}", event, handlerFailure);
            }
        }
    }

    /** The number of events handed to the listener so far (those it threw on included). */
    public long deliveredCount() {
        return delivered.get();
    }

    /** The number of events queued for the listener so far, delivered or not. */
    public long queuedCount() {
        return queued.get();
    }

    /**
     * Waits until the listener has been handed every event queued when this method was called.
     *
     * @return whether it was, before {@code timeout}
     * @throws InterruptedException when interrupted while waiting
     */
    public boolean awaitDelivered(Duration timeout) throws InterruptedException {
        long target = queued.get();
        long deadline = System.nanoTime() + timeout.toNanos();
        awaiting.incrementAndGet();
        try {
            synchronized (delivered) {
                while (delivered.get() < target) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0 || !thread.isAlive()) {
                        return delivered.get() >= target;
                    }
                    // woken after every batch; the bound also covers a delivery thread that died
                    TimeUnit.NANOSECONDS.timedWait(delivered, Math.min(left, TimeUnit.MILLISECONDS.toNanos(50)));
                }
            }
            return true;
        } finally {
            awaiting.decrementAndGet();
        }
    }

    /** Stops queuing new events; the events already queued are still delivered. Idempotent. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            onClose.run();
            queue.add(END);
            wake();
        }
    }

    @Override
    public String toString() {
        return "Subscription[" + listener + ", delivered " + delivered.get() + " of " + queued.get() + "]";
    }
}
