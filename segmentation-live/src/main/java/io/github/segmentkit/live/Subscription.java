package io.github.segmentkit.live;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
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
 * <p>Delivery is asynchronous and slightly late by design: while changes keep coming, the thread sleeps 50
 * microseconds between looks for new events (on Linux the timer's slack makes that about 130 µs), so that it neither
 * slows the writer nor takes its processor, and after 2 milliseconds without events it parks until the next change
 * wakes it. A listener therefore sees an event up to about a tenth of a millisecond after the change that made it;
 * {@link #awaitDelivered} wakes the thread at once.
 *
 * <p>Thread-safe. {@link #close()} stops new events and lets the thread deliver those already queued.
 */
public final class Subscription implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Subscription.class);
    /** Marks the end of the queue after {@link #close()}. */
    private static final List<SegmentEvent> END = List.of();
    /**
     * How long the delivery thread sleeps between polls while changes keep coming. It sleeps rather than spins: a
     * thread reading the queue's tail all the time takes its cache line away from the writer at every change (with
     * the writer's locked add and the counters beside it, about an eighth of a change on ten million customers), and
     * on two cores it competes with the writer for the processor. A listener sees events up to this much later (plus
     * the timer's slack: about 130 µs in all on this Linux VM, measured).
     */
    private static final long POLL_NANOS = 50_000;
    /** How long the queue stays empty before the delivery thread parks until a writer wakes it. */
    private static final long IDLE_NANOS = 2_000_000;
    /** Positions in {@link #counts}: sixteen longs (two cache lines) apart, so the two threads never share a line. */
    private static final int QUEUED = 0;
    private static final int DELIVERED = 16;

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
    /**
     * The events queued (written by the writer alone, under the live segmentation's lock, without a locked
     * instruction) and delivered (written by the delivery thread alone), in one array so that they are on lines of
     * their own.
     */
    private final AtomicLongArray counts = new AtomicLongArray(DELIVERED + 1);
    /**
     * Threads in {@link #awaitDelivered}: the delivery thread takes the monitor to wake them only when there are
     * some (they count themselves before reading the delivered count, it counts a batch before reading this).
     */
    private final AtomicInteger awaiting = new AtomicInteger();
    /** The monitor that threads in {@link #awaitDelivered} wait on. */
    private final Object deliveries = new Object();
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
            // one writer at a time (the lock orders them): a plain increment, visible in order, no locked add
            counts.lazySet(QUEUED, counts.get(QUEUED) + events.size());
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
                    // the only thread that writes it; a volatile write, ordered before the read of awaiting
                    counts.set(DELIVERED, counts.get(DELIVERED) + 1);
                }
                if (awaiting.get() > 0) {
                    synchronized (deliveries) {
                        deliveries.notifyAll();
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The next events: while changes keep coming, polled every {@link #POLL_NANOS} (a sleep, not a spin: see there),
     * so that a writer need not wake this thread, a system call on its path; after {@link #IDLE_NANOS} without
     * events the thread parks until a writer (or {@link #awaitDelivered}, or {@link #close}) wakes it, so an idle
     * subscription costs no processor time.
     */
    private List<SegmentEvent> next() throws InterruptedException {
        List<SegmentEvent> events = queue.poll();
        if (events != null) {
            return events;
        }
        long idleSince = System.nanoTime();
        do {
            LockSupport.parkNanos(this, POLL_NANOS);
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            events = queue.poll();
        } while (events == null && System.nanoTime() - idleSince < IDLE_NANOS);
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
        return counts.get(DELIVERED);
    }

    /** The number of events queued for the listener so far, delivered or not. */
    public long queuedCount() {
        return counts.get(QUEUED);
    }

    /**
     * Waits until the listener has been handed every event queued when this method was called.
     *
     * @return whether it was, before {@code timeout}
     * @throws InterruptedException when interrupted while waiting
     */
    public boolean awaitDelivered(Duration timeout) throws InterruptedException {
        long target = counts.get(QUEUED);
        long deadline = System.nanoTime() + timeout.toNanos();
        awaiting.incrementAndGet();
        try {
            // the delivery thread may be sleeping between polls: no need to wait for its next one
            LockSupport.unpark(thread);
            synchronized (deliveries) {
                while (counts.get(DELIVERED) < target) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0 || !thread.isAlive()) {
                        return counts.get(DELIVERED) >= target;
                    }
                    // woken after every batch; the bound also covers a delivery thread that died
                    TimeUnit.NANOSECONDS.timedWait(deliveries, Math.min(left, TimeUnit.MILLISECONDS.toNanos(50)));
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
        return "Subscription[" + listener + ", delivered " + deliveredCount() + " of " + queuedCount() + "]";
    }
}
