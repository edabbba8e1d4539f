package io.github.segmentkit.live;

import io.github.segmentkit.api.AsOf;
import io.github.segmentkit.api.DefinitionException;
import io.github.segmentkit.api.InvalidCustomerDataException;
import io.github.segmentkit.api.Problem;
import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.classify.AttributeValues;
import io.github.segmentkit.api.classify.FittedClassifier;
import io.github.segmentkit.api.schema.CustomerSchema;
import io.github.segmentkit.api.spi.SegmenterDefinition;
import io.github.segmentkit.core.engine.ColumnarSegmenter;
import io.github.segmentkit.core.engine.CustomerTable;
import io.github.segmentkit.core.engine.RoaringSegmentationResult;
import io.github.segmentkit.core.row.RowContext;
import io.github.segmentkit.core.row.SegmentPlan;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.roaringbitmap.BitSetUtil;
import org.roaringbitmap.IntIterator;
import org.roaringbitmap.RoaringBitmap;

/**
 * Segments kept up to date one change at a time. It holds a population (the customer objects by id, and the same
 * customers in a columnar {@link CustomerTable}) with the members of every segment; each change (an
 * {@linkplain #upsert upsert}, a {@linkplain #delete deletion}, an {@linkplain #update update} of one customer)
 * re-evaluates that customer only and sends an {@link SegmentEvent} per segment it entered or left to every
 * {@linkplain #subscribe subscribed} listener. {@linkplain #advanceTo Advancing the as-of clock} re-evaluates only
 * the customers whose dates cross a bound of a time-relative criterion, found in a by-day index of each date and
 * timestamp such criteria use; a move that touches more than a few percent of the population re-segments the
 * columnar table instead, which is then cheaper. {@link #snapshot()} gives readers one consistent state.
 *
 * <pre>{@code
 * LiveSegmentation<Customer> live = LiveSegmentation.builder(schema)
 *         .add(Segment.named("recent-buyers").where(LAST_ORDER.withinDays(30)))
 *         .asOf(LocalDate.of(2024, 3, 31))
 *         .build(customers);                                       // the starting state: no events
 * live.subscribe(event -> log.info("{}", event));                  // #1 42 entered 'recent-buyers' as of ...
 * live.upsert(aliceWhoJustOrdered);                                // re-evaluates Alice only
 * live.advanceDays(31);                                            // Alice and others leave 'recent-buyers'
 * int recent = live.snapshot().count("recent-buyers");
 * live.close();                                                    // stops the listeners' threads
 * }</pre>
 *
 * <p>Thread-safe: changes and clock moves from any number of threads are applied one at a time, each atomically
 * (a change that fails, for example because an extractor throws, changes nothing); events are numbered in the
 * order the changes were applied. The population holds one customer per id. The starting population produces no
 * events; its members are the state events are relative to. The columnar table behind whole-population runs takes
 * changes in batches, and a large batch is merged by reading the customers on the common fork-join pool's threads,
 * while changes go on, so the schema's extractors must be thread-safe (pure reads of the customer are).
 *
 * @param <T> the customer type
 */
public final class LiveSegmentation<T> implements AutoCloseable {
    private static final AtomicInteger SUBSCRIPTIONS = new AtomicInteger();

    private final CustomerSchema<T> schema;
    // segments can be added and removed while live: these four change together, under the lock
    private volatile List<Segment> segments;
    private List<String> names;
    private Map<String, Integer> indexes;
    private SegmentPlan<T> plan;
    private final ZoneId zone;
    private final boolean hasClock;
    private final double rescanShare;
    private final ListenerFailureHandler failures;
    private final PurchaseFold<T> purchaseFold;
    private final List<HeldClassifier> classifiers;

    private final ReentrantLock lock = new ReentrantLock();
    private final Population<T> population;
    private final SlotIds slots = new SlotIds();
    /** Per slot, for the writer: memberships, id and clock memo record side by side (see {@link SlotRecords}). */
    private final SlotRecords records;
    private final MemberBlocks members;
    private final LiveClock<T> clock;
    private final CopyOnWriteArrayList<Subscription> subscriptions = new CopyOnWriteArrayList<>();
    private AsOf asOf;
    private long sequence;
    private volatile LiveSnapshot published;
    private boolean changedSincePublished = true;
    /** The working memory of {@link #evaluate} and the plan it was made for. */
    private RowContext context;
    private long[] memberBits;
    private long[] previousBits;
    private SegmentPlan<T> evaluatedWith;
    private final MembershipChanges rescanChanges = new MembershipChanges();
    /** What {@link #readAhead} read, kept so that the reads are made. */
    private long readAheadSum;

    /** @param restored the state of a snapshot file to start from without evaluating, or {@code null} */
    private LiveSegmentation(Builder<T> builder, List<T> customers, SnapshotState<T> restored) {
        this.schema = builder.liveSchema();
        this.segments = List.copyOf(builder.segments);
        this.purchaseFold = builder.purchaseFold;
        this.classifiers = List.copyOf(builder.classifiers);
        this.zone = restored != null ? restored.zone() : builder.zone;
        this.hasClock = restored != null ? restored.hasClock() : builder.asOf != null;
        Instant start = restored != null ? restored.asOf() : builder.asOf;
        this.asOf = hasClock ? AsOf.now(Clock.fixed(start, zone)) : AsOf.date(LocalDate.EPOCH);
        this.rescanShare = builder.rescanShare;
        this.records = new SlotRecords(SlotRecords.rowWordsFor(segments.size()));
        this.clock = new LiveClock<>(schema, records);
        if (builder.moveHelperShare > 0) {
            clock.splitMoves(builder.moveHelperShare, builder.moveWorkers);
        }
        this.failures = builder.failures;
        // validates the segments (DefinitionException) and the chunk size, as the bulk engine would
        ColumnarSegmenter<T> engine = engine(builder.chunkRows);
        define(segments);
        this.members = new MemberBlocks(segments.size(), records);
        int deltaLimit = builder.deltaLimit > 0 ? builder.deltaLimit : Math.max(4096, customers.size());
        this.population = new Population<>(schema, customers, builder.chunkRows, deltaLimit,
                builder.backgroundMergeRows, ForkJoinPool.commonPool());
        segments.forEach(clock::index);
        CustomerTable<T> table = population.table();
        RoaringBitmap[] startMembers = restored != null ? restored.members() : members(engine.segment(table));
        records.ensureCapacity(customers.size());   // one record per customer, not a growth's spare half
        for (int slot = 0; slot < customers.size(); slot++) {
            long id = table.customerId(slot);
            if (slots.slotOf(id) >= 0) {
                throw new IllegalArgumentException("customer id " + id + " appears at positions "
                        + slots.slotOf(id) + " and " + slot + ": a live population holds one customer per id");
            }
            newSlot(id);
            // a restored population keeps the slots of deleted customers, out of the live set and the clock index
            if (restored == null || restored.alive().contains(slot)) {
                members.set(members.aliveSet(), slot, true);
            }
        }
        for (int s = 0; s < names.size(); s++) {
            IntIterator rows = startMembers[s].getIntIterator();
            while (rows.hasNext()) {
                members.set(s, rows.next(), true);
            }
        }
        this.sequence = restored != null ? restored.sequence() : 0;
        rememberForClock();
    }

    private RoaringBitmap[] members(RoaringSegmentationResult result) {
        RoaringBitmap[] bySegment = new RoaringBitmap[names.size()];
        for (int s = 0; s < names.size(); s++) {
            bySegment[s] = result.members(names.get(s));
        }
        return bySegment;
    }

    /** A builder of a live segmentation over customers read through {@code schema}. */
    public static <T> Builder<T> builder(CustomerSchema<T> schema) {
        return new Builder<>(schema);
    }

    /**
     * Adds {@code customer}, or replaces the customer with its id, and sends the events of the segments it entered
     * or left (a new customer enters its segments).
     *
     * @throws InvalidCustomerDataException when the customer cannot be read; nothing changes then
     */
    public void upsert(T customer) {
        if (customer == null) {
            throw new InvalidCustomerDataException(null, null, "null instead of a customer", null);
        }
        lock.lock();
        try {
            long id = plan.idOf(customer);
            int slot = slots.slotOf(id);
            readAhead(slot);
            long[] bits = evaluate(customer);
            apply(id, slot, customer, bits);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Replaces the customer with id {@code customerId} by {@code change} applied to it (typically a copy with one
     * attribute changed), and sends the events of the segments it entered or left. {@code change} runs while other
     * changes wait: keep it short.
     *
     * @throws NoSuchElementException       when there is no customer with that id
     * @throws IllegalArgumentException     when {@code change} returns a customer with another id
     * @throws InvalidCustomerDataException when the changed customer cannot be read; nothing changes then
     */
    public void update(long customerId, UnaryOperator<T> change) {
        Objects.requireNonNull(change, "change");
        lock.lock();
        try {
            int slot = slots.slotOf(customerId);
            if (slot < 0 || !isAlive(slot)) {
                throw new NoSuchElementException("no customer with id " + customerId + " to update");
            }
            readAhead(slot);
            T changed = change.apply(population.customer(slot));
            if (changed == null) {
                throw new InvalidCustomerDataException(Long.toString(customerId), null,
                        "the update returned null instead of a customer", null);
            }
            long[] bits = evaluate(changed);
            long changedId = schema.id(changed);
            if (changedId != customerId) {
                throw new IllegalArgumentException("the update of customer " + customerId + " returned customer "
                        + changedId + ": an update keeps the id (upsert the other customer and delete this one)");
            }
            apply(customerId, slot, changed, bits);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Removes the customer with id {@code customerId}; it leaves every segment it was in, with an event each.
     *
     * @return whether there was such a customer
     */
    public boolean delete(long customerId) {
        lock.lock();
        try {
            int slot = slots.slotOf(customerId);
            if (slot < 0 || !isAlive(slot)) {
                return false;
            }
            EventBatch events = newEvents(0);
            for (int s = 0; s < names.size(); s++) {
                if (members.set(s, slot, false)) {
                    event(events, SegmentEvent.Kind.EXITED, s, customerId);
                }
            }
            members.set(members.aliveSet(), slot, false);
            clock.remove(slot);
            send(events);
            return true;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Folds {@code purchase} into its customer with the builder's {@link PurchaseFold} (updating, say, the last
     * order date, the order count and the spend) and sends the events of the segments the customer entered or left,
     * as {@link #update} does.
     *
     * @throws IllegalStateException        when the builder was given no purchase fold
     * @throws NoSuchElementException       when there is no customer with the purchase's id: a purchase does not
     *                                      create a customer (upsert it first)
     * @throws InvalidCustomerDataException when the folded customer cannot be read; nothing changes then
     */
    public void append(Purchase purchase) {
        Objects.requireNonNull(purchase, "purchase");
        if (purchaseFold == null) {
            throw new IllegalStateException("this live segmentation has no purchase fold: give the builder one with"
                    + " purchases(fold) to append " + purchase);
        }
        lock.lock();
        try {
            if (!isLive(purchase.customerId())) {
                throw new NoSuchElementException("no customer with id " + purchase.customerId() + " for " + purchase
                        + ": a purchase does not create a customer (upsert it first)");
            }
            update(purchase.customerId(), customer -> purchaseFold.fold(customer, purchase));
        } finally {
            lock.unlock();
        }
    }

    /**
     * Adds {@code segment}: its members are computed once, in one columnar pass over the population (with the
     * segments it refers to), and each is sent an {@code ENTERED} event, in the order the customers joined the
     * population.
     *
     * @throws DefinitionException as the builder does: a name already taken, an unknown attribute or segment, a
     *                             relative criterion without an as-of time; nothing changes then
     */
    public void addSegment(Segment segment) {
        Objects.requireNonNull(segment, "segment");
        lock.lock();
        try {
            List<Segment> next = new ArrayList<>(segments);
            next.add(segment);
            engine(next, CustomerTable.DEFAULT_CHUNK_ROWS);
            CustomerTable<T> table = population.table();
            RoaringBitmap entered = RoaringBitmap.and(members.toBitmap(members.aliveSet()),
                    engine(SegmentDependencies.withReferences(segments, segment), table.chunkRows()).segment(table)
                            .members(segment.name()));
            int set = members.addSet();
            define(next);
            EventBatch events = newEvents(0);
            IntIterator each = entered.getIntIterator();
            while (each.hasNext()) {
                int slot = each.next();
                members.set(set, slot, true);
                event(events, SegmentEvent.Kind.ENTERED, set, table.customerId(slot));
            }
            // with the new segment's members in the rows: what is in play may depend on them
            clock.index(segment);
            rememberForClock();
            send(events);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Removes the segment named {@code name}: each member is sent an {@code EXITED} event (so that a listener
     * keeping member lists ends with none, as if the members had left), then the segment is forgotten.
     *
     * @throws IllegalArgumentException when there is no such segment
     * @throws DefinitionException      when other segments refer to it with {@code inSegment}, naming them: remove
     *                                  them first
     */
    public void removeSegment(String name) {
        Objects.requireNonNull(name, "name");
        lock.lock();
        try {
            Integer set = indexes.get(name);
            if (set == null) {
                throw new IllegalArgumentException("no segment named '" + name + "' to remove; the segments are "
                        + names);
            }
            List<String> dependants = SegmentDependencies.dependants(segments, name);
            if (!dependants.isEmpty()) {
                throw new DefinitionException(Problem.of(name, null, "segment '" + name + "' cannot be removed:"
                        + " segments " + dependants + " refer to it with inSegment; remove them first"));
            }
            EventBatch events = newEvents(0);
            IntIterator each = members.toBitmap(set).getIntIterator();
            long[][] ids = slots.pages();
            while (each.hasNext()) {
                event(events, SegmentEvent.Kind.EXITED, set, SlotIds.idAt(ids, each.next()));
            }
            List<Segment> next = new ArrayList<>(segments);
            next.remove((int) set);
            members.removeSet(set);
            define(next);
            rememberForClock();
            send(events);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Fits every classifier given to the builder anew to the current customers (in ascending id order, so that the
     * fit depends on the data only, not on the order of the changes), labels everyone with the new fits and sends
     * the resulting events: a customer whose label changed exits the old label's segment and enters the new one's.
     * Until this call, changed customers are labelled with the fits held (never refitted on a change).
     *
     * @throws IllegalStateException when the builder was given no classifier
     * @throws RuntimeException      what a fit throws; the previous fits are then kept and nothing changes
     */
    public void refit() {
        lock.lock();
        try {
            if (classifiers.isEmpty()) {
                throw new IllegalStateException("this live segmentation has no classifier to refit: give the"
                        + " builder one with classifier(fitted)");
            }
            HeldClassifier.refitAll(classifiers, liveCustomersById());
            population.rebuild();
            EventBatch events = newEvents(0);
            rescan(events);
            rememberForClock();
            send(events);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Moves the as-of clock forward to {@code instant} (its date taken in the builder's zone) and sends the events
     * of the customers that enter or leave time-relative segments. Only the customers whose date or timestamp
     * crosses a bound of such a criterion are re-evaluated; when they are many (tens of thousands), on the threads of
     * the common fork-join pool as well as the calling one, and such a move then publishes its state before it
     * returns, so that the next {@link #snapshot()} costs nothing.
     *
     * @throws IllegalStateException    when the builder was given no as-of time
     * @throws IllegalArgumentException when {@code instant} is before the current as-of instant
     */
    public void advanceTo(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        lock.lock();
        try {
            if (!hasClock) {
                throw new IllegalStateException("this live segmentation has no as-of clock: give the builder one"
                        + " with asOf(...) to advance it");
            }
            if (instant.isBefore(asOf.instant())) {
                throw new IllegalArgumentException("the as-of clock only moves forward: " + instant
                        + " is before the current " + asOf.instant());
            }
            AsOf next = AsOf.now(Clock.fixed(instant, zone));
            AsOf previous = asOf;
            int touched = clock.touch(previous, next);
            asOf = next;
            changedSincePublished = true;
            // about one event per touched customer: sized once instead of grown by copying
            EventBatch events = newEvents(touched);
            double share = Double.isNaN(rescanShare) ? rescanShare(names.size()) : rescanShare;
            if (touched > 0 && touched > share * members.count(members.aliveSet())) {
                clock.forgetTouched();
                rescan(events);
            } else {
                int made = clock.decideTouched(previous, asOf, members, events);
                sequence += made;
            }
            if (clock.helpers() != null) {
                // a large move publishes its state at once (readers see it, and the next snapshot costs nothing), and
                // dismisses its helpers before its events wake the listeners' threads, which need their core
                try {
                    publish();
                } finally {
                    clock.dismissHelpers();
                    offer(events);
                }
            } else {
                send(events);
            }
        } finally {
            // helpers called for a move that failed leave now
            clock.dismissHelpers();
            lock.unlock();
        }
    }

    /**
     * Moves the as-of clock forward by {@code days} × 24 hours, as {@link #advanceTo} does.
     *
     * @throws IllegalArgumentException when {@code days} is negative
     */
    public void advanceDays(long days) {
        if (days < 0) {
            throw new IllegalArgumentException("the as-of clock only moves forward: " + days + " days");
        }
        lock.lock();
        try {
            advanceTo(asOf.instant().plus(Duration.ofDays(days)));
        } finally {
            lock.unlock();
        }
    }

    /** The current as-of time. */
    public AsOf asOf() {
        lock.lock();
        try {
            return asOf;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Subscribes {@code listener} to every event after this call, delivered in order on a thread of its own, up to
     * about a tenth of a millisecond after the change that made it (see {@link Subscription}). Close the
     * subscription (or this live segmentation) to stop it.
     */
    public Subscription subscribe(SegmentListener listener) {
        Objects.requireNonNull(listener, "listener");
        lock.lock();
        try {
            Subscription[] created = new Subscription[1];
            created[0] = new Subscription(listener, failures,
                    "segmentkit-live-listener-" + SUBSCRIPTIONS.incrementAndGet(),
                    () -> subscriptions.remove(created[0]));
            subscriptions.add(created[0]);
            return created[0];
        } finally {
            lock.unlock();
        }
    }

    /** Publishes the current state. */
    private void publish() {
        published = new LiveSnapshot(names, indexes, members.publish(), slots, sequence, asOf);
        changedSincePublished = false;
    }

    /**
     * Waits until every current subscription has handed its listener every event sent before this call.
     *
     * @return whether they all had, before {@code timeout}
     * @throws InterruptedException when interrupted while waiting
     */
    public boolean awaitDelivered(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Subscription subscription : List.copyOf(subscriptions)) {
            long left = Math.max(0, deadline - System.nanoTime());
            if (!subscription.awaitDelivered(Duration.ofNanos(left))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The current state: counts, members and a customer's segments as of one change, never half of one. Costs a
     * pointer per block (4,096 customers) of each segment changed since the previous snapshot, never a copy of the
     * members: a snapshot shares the blocks, and a later change copies a block before its first write to it (512
     * bytes); nothing when nothing changed, or when the last change was a clock move large enough to have helper
     * threads, which publishes its state as it ends.
     */
    public LiveSnapshot snapshot() {
        lock.lock();
        try {
            if (changedSincePublished || published == null) {
                publish();
            }
            return published;
        } finally {
            lock.unlock();
        }
    }

    /**
     * The customer with id {@code customerId} as held now, with every change and purchase applied; empty when
     * there is none (never added, or deleted).
     */
    public Optional<T> customer(long customerId) {
        lock.lock();
        try {
            return isLive(customerId) ? Optional.of(population.customer(slots.slotOf(customerId))) : Optional.empty();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Writes the current state to {@code file} in the format of {@code docs/live-snapshot-format.md} (format
     * version 1): the customers' attribute values, the members of every segment, the last event's sequence number
     * and the as-of clock, with a CRC32C per block. The state is captured at one change, as {@link #snapshot()}
     * captures it (changes wait only while the changed segments' block pointers are copied and the customers'
     * pages frozen; the members and ids are read from that state afterwards), then written to a
     * temporary file in the same directory, forced to the disk and renamed over {@code file} in one atomic step: a
     * crash leaves the previous file or the new one, never a torn one. {@link Builder#restore} reads it back.
     *
     * <p>The file holds the segments as they are at that change, {@linkplain #segments() in order}: those
     * {@linkplain #addSegment added} while live included, those {@linkplain #removeSegment removed} left out. A
     * restore must declare the same ones, so a live segmentation whose segments changed is restored with a builder
     * declaring its current segments ({@code builder.addAll(live.segments())}), not the ones it was built with.
     * Purchases need nothing of their own: {@linkplain #append appended} ones are folded into their customers,
     * whose values the file holds.
     *
     * <pre>{@code
     * long lastEvent = live.saveTo(stateDirectory.resolve("segments.sklive"));
     * }</pre>
     *
     * @return the sequence number of the last event the file reflects; a restored live segmentation numbers its
     *         next event one more
     * @throws IOException           when the file cannot be written; a previous file under that name is then
     *                               untouched
     * @throws IllegalStateException when the builder was given a {@linkplain Builder#classifier classifier}: the
     *                               file does not hold fitted parameters (RFM edges, k-means centroids), without
     *                               which a restored live segmentation could not label customers as this one does;
     *                               nothing is written then
     */
    public long saveTo(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        if (!classifiers.isEmpty()) {
            throw new IllegalStateException("cannot save to " + file + ": this live segmentation holds fitted"
                    + " classifiers (outputs " + HeldClassifier.outputs(classifiers) + ") and a snapshot file"
                    + " (format version 1) does not store fitted parameters; rebuild it from the customers instead");
        }
        // under the lock, only what costs little: a published state (the changed segments' block pointers copied),
        // the customers' pages frozen, the segments; the bitmaps and ids are read from those afterwards,
        // while changes go on (a copy of every set and id under the lock held writers for tens of milliseconds at
        // ten million customers)
        LiveSnapshot at;
        List<T> customers;
        List<Segment> savedSegments;
        lock.lock();
        try {
            if (changedSincePublished || published == null) {
                publish();
            }
            at = published;
            customers = population.customers();
            savedSegments = segments;
        } finally {
            lock.unlock();
        }
        int sets = savedSegments.size();
        RoaringBitmap[] bySegment = new RoaringBitmap[sets];
        for (int s = 0; s < sets; s++) {
            bySegment[s] = at.slotsOf(s);
        }
        SnapshotState<T> state = new SnapshotState<>(schema, savedSegments, customers, at.idsBySlot(),
                at.slotsOf(sets), bySegment, at.sequence(), hasClock, at.asOf().instant(), zone);
        SnapshotFileWriter.write(file, state);
        return state.sequence();
    }

    /** The segments, in declaration order (segments added while live last). */
    public List<Segment> segments() {
        return segments;
    }

    /** The schema customers are read with. */
    public CustomerSchema<T> schema() {
        return schema;
    }

    /** Stops every subscription; the events already queued are still delivered. Changes remain possible. */
    @Override
    public void close() {
        for (Subscription subscription : List.copyOf(subscriptions)) {
            subscription.close();
        }
    }

    /** How many customers the last clock move re-evaluated or, for a rescan, looked up in the index. */
    long lastClockMoveTouched() {
        lock.lock();
        try {
            return clock.lastMoveTouched();
        } finally {
            lock.unlock();
        }
    }

    /** The population, for tests of its delta. */
    Population<T> population() {
        return population;
    }

    private boolean isLive(long customerId) {
        int slot = slots.slotOf(customerId);
        return slot >= 0 && isAlive(slot);
    }

    /** Whether the customer of {@code slot}, an existing slot, is in the population (not deleted). */
    private boolean isAlive(int slot) {
        return nobodyDeleted() || members.contains(members.aliveSet(), slot);
    }

    /**
     * Whether every slot's customer is in the population, as it is until the first deletion: then a change of an
     * existing customer need not read (a cache miss at ten million customers) or write its bit of the live set.
     */
    private boolean nobodyDeleted() {
        return members.count(members.aliveSet()) == slots.size();
    }

    /** The segments from now on, in order; the member sets must already match them. */
    private void define(List<Segment> next) {
        segments = List.copyOf(next);
        names = segments.stream().map(Segment::name).toList();
        Map<String, Integer> byName = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            byName.put(names.get(i), i);
        }
        indexes = Map.copyOf(byName);
        plan = new SegmentPlan<>(schema, segments);
        changedSincePublished = true;
    }

    /** The live customers' values, ascending by id. */
    private List<AttributeValues> liveCustomersById() {
        List<long[]> idSlots = new ArrayList<>();
        IntIterator each = members.toBitmap(members.aliveSet()).getIntIterator();
        long[][] ids = slots.pages();
        while (each.hasNext()) {
            int slot = each.next();
            idSlots.add(new long[] {SlotIds.idAt(ids, slot), slot});
        }
        idSlots.sort(java.util.Comparator.comparingLong(idSlot -> idSlot[0]));
        List<AttributeValues> values = new ArrayList<>(idSlots.size());
        for (long[] idSlot : idSlots) {
            values.add(schema.values(population.customer((int) idSlot[1])));
        }
        return values;
    }

    /** Gives {@code id} the next slot, with a record holding the id and no memberships. */
    private int newSlot(long id) {
        int slot = slots.add(id);
        records.ensureCapacity(slot + 1);
        records.id(slot, id);
        return slot;
    }

    /**
     * Reads the first and last words of {@code slot}'s record and its filings by day (nothing for a new customer's
     * slot, below 0) before its customer is evaluated. The evaluation of a customer object not read lately waits for
     * its dates and tag set; these reads, each a cache miss and often a page walk into arrays of hundreds of
     * megabytes at ten million customers, then wait at the same time instead of one after another when the change
     * is applied: a cold change of the benchmark's list's own objects took about a fifth less inside one JVM (1,587
     * ns to 1,274 at ten million customers, Intel VM), 8 % less by JMH's median, whose operation also reads the
     * object from the list. The sum only keeps the reads from being dropped.
     */
    private void readAhead(int slot) {
        if (slot >= 0) {
            readAheadSum += records.readAhead(slot) ^ clock.readAhead(slot);
        }
    }

    /** Adds or replaces the customer {@code id}, whose slot is {@code slot} (below 0: none yet), with events. */
    private void apply(long id, int slot, T customer, long[] bits) {
        if (slot < 0) {
            slot = newSlot(id);
            population.add(customer);
        } else {
            population.replace(slot, customer);
        }
        // the context still holds this customer, evaluated by the caller
        clock.put(slot, customer, context, bits);
        if (!nobodyDeleted()) {
            members.set(members.aliveSet(), slot, true);   // a new slot, or one whose customer may have been deleted
        }
        EventBatch events = newEvents(0);
        changeMemberships(slot, id, bits, events);
        send(events);
    }

    private void changeMemberships(int slot, long id, long[] bits, EventBatch events) {
        members.readRow(slot, previousBits);
        changeMemberships(slot, id, previousBits, bits, 0, events);
    }

    /** Sets the memberships that differ between {@code before} and {@code after} (from {@code at}), with events. */
    private void changeMemberships(int slot, long id, long[] before, long[] after, int at, EventBatch events) {
        for (int w = 0; w < members.rowWords(); w++) {
            long changed = before[at + w] ^ after[at + w];
            while (changed != 0) {
                int s = (w << 6) + Long.numberOfTrailingZeros(changed);
                boolean member = (after[at + w] & (1L << s)) != 0;
                members.flip(s, slot, member);
                event(events, member ? SegmentEvent.Kind.ENTERED : SegmentEvent.Kind.EXITED, s, id);
                changed &= changed - 1;
            }
        }
    }

    /**
     * Fills the clock memo of the current plan for every live customer, reading only the attributes its
     * time-relative segments use; nothing when no segment is time-relative.
     */
    private void rememberForClock() {
        clock.remember(plan, names, members.toBitmap(members.aliveSet()), population::customer, context());
    }

    /**
     * The share of the population above which a clock move over {@code segments} segments re-segments everyone
     * instead of deciding the customers it touches: {@code segments / (450 + 2.3 × segments)}, 4 % for 20 segments,
     * 22 % for 200, 36 % for 1,000. A re-segmentation costs about the population times the segments (the engine's
     * loop, under a nanosecond per customer and segment); a touched customer costs a fixed part (random reads of its
     * memo, memberships and id, about 450 times a customer-segment of the engine) plus a little per segment. The
     * constants come from the break-even of the two paths: near 4 % of the population for the 20 benchmark
     * segments at ten million customers (a move and a re-segmentation measured in one JMH run), 12–21 % and 36 % for
     * 200 and 1,000 drawn segments over 200,000 customers (each path forced on the same moves). A fixed 3 % made a
     * day with 200 segments that touched 3.5 % of the customers take 50 ms instead of 9–16 ms.
     */
    static double rescanShare(int segments) {
        return segments / (450 + 2.3 * segments);
    }

    /**
     * Re-segments the whole table as of the current time and makes the events of the differences, slot by slot and
     * each slot's in segment order. The differences are found set by set (the result's members as words, XORed with
     * the member blocks) and sorted by slot, so that the cost grows with the memberships that changed, not with the
     * changed customers times the segments (a look-up in every segment's members for each changed customer took over
     * a second for 26,000 changes among 1,000 segments).
     */
    private void rescan(EventBatch events) {
        CustomerTable<T> table = population.table();
        RoaringSegmentationResult result = engine(table.chunkRows()).segment(table);
        MembershipChanges changes = rescanChanges;
        changes.clear();
        for (int s = 0; s < names.size(); s++) {
            // the segment's new members as words by slot (containers copied, not bit by bit), compared word by word
            // with its member blocks
            long[] now = BitSetUtil.toLongArray(result.members(names.get(s)));
            int segment = s;
            members.forEachDifference(s, now, slot -> changes.add(slot, segment));
        }
        changes.sort();
        int previousSlot = -1;
        long id = 0;
        for (int i = 0; i < changes.count(); i++) {
            int slot = changes.slot(i);
            int s = changes.segment(i);
            if (slot != previousSlot) {
                id = table.customerId(slot);
                previousSlot = slot;
            }
            boolean member = !members.contains(s, slot);
            members.set(s, slot, member);
            event(events, member ? SegmentEvent.Kind.ENTERED : SegmentEvent.Kind.EXITED, s, id);
        }
    }

    /** The events of one change or move, numbered from the next sequence number, as of now. */
    private EventBatch newEvents(int expected) {
        return new EventBatch(sequence + 1, asOf.instant(), expected);
    }

    /** Appends to {@code events} the next event, of segment number {@code segment}. */
    private void event(EventBatch events, SegmentEvent.Kind kind, int segment, long id) {
        changedSincePublished = true;
        events.add(kind, names.get(segment), id);
        sequence++;
    }

    /** Hands {@code events}, complete, to every subscription: from now on nothing changes them. */
    private void send(EventBatch events) {
        changedSincePublished = true;
        offer(events);
    }

    /** Hands {@code events}, complete, to every subscription, the state they come from already published. */
    private void offer(EventBatch events) {
        if (events.isEmpty() || subscriptions.isEmpty()) {
            return;
        }
        for (Subscription subscription : subscriptions) {
            subscription.offer(events);
        }
    }

    /**
     * The memberships of {@code customer} as of now, in a bit set reused by the next call (the writer lock is held):
     * evaluating a changed or touched customer allocates nothing.
     */
    private long[] evaluate(T customer) {
        plan.classifyInto(customer, context().at(asOf), memberBits);
        return memberBits;
    }

    /** The evaluation context of the current plan, with the bit sets that go with it (the writer lock is held). */
    private RowContext context() {
        if (evaluatedWith != plan) {
            context = plan.newContext(asOf);
            memberBits = new long[plan.words()];
            previousBits = new long[plan.words()];
            evaluatedWith = plan;
        }
        return context;
    }

    private ColumnarSegmenter<T> engine(int chunkRows) {
        return engine(segments, chunkRows);
    }

    /** A bulk engine over {@code of} as of now; building it validates them (DefinitionException). */
    private ColumnarSegmenter<T> engine(List<Segment> of, int chunkRows) {
        Clock clock = hasClock ? Clock.fixed(asOf.instant(), zone) : null;
        return new ColumnarSegmenter<>(new SegmenterDefinition<>(schema, of, clock, 1), chunkRows,
                ForkJoinPool.commonPool());
    }

    @Override
    public String toString() {
        return "LiveSegmentation[" + names + ", as of " + asOf().instant() + "]";
    }

    /**
     * Collects the segments, the as-of time and the options of a {@link LiveSegmentation}; {@link #build} reads the
     * starting population. Not thread-safe.
     *
     * <pre>{@code
     * LiveSegmentation<Customer> live = LiveSegmentation.builder(schema).add(recentBuyers).add(lapsed)
     *         .asOf(Instant.parse("2024-03-31T09:00:00Z"), ZoneId.of("Europe/Paris"))
     *         .onListenerFailure((listener, event, failure) -> alerts.raise(failure))
     *         .build(customers);
     * }</pre>
     *
     * @param <T> the customer type
     */
    public static final class Builder<T> {
        private final CustomerSchema<T> schema;
        private final List<Segment> segments = new ArrayList<>();
        private Instant asOf;
        private ZoneId zone = ZoneOffset.UTC;
        private int chunkRows = CustomerTable.DEFAULT_CHUNK_ROWS;
        private int deltaLimit;
        /** NaN: {@link LiveSegmentation#rescanShare(int)} of the segments at each move. */
        private double rescanShare = Double.NaN;
        /** 0: clock moves have helpers as {@link LiveClock} decides. */
        private int moveHelperShare;
        private int moveWorkers;
        private int backgroundMergeRows = Population.BACKGROUND_MERGE_ROWS;
        private ListenerFailureHandler failures = (listener, event, failure) -> { };
        private PurchaseFold<T> purchaseFold;
        private final List<HeldClassifier> classifiers = new ArrayList<>();

        private Builder(CustomerSchema<T> schema) {
            this.schema = Objects.requireNonNull(schema, "schema");
        }

        /** Adds a segment; names must be unique (checked by {@link #build}). */
        public Builder<T> add(Segment segment) {
            segments.add(Objects.requireNonNull(segment, "segment"));
            return this;
        }

        /** Adds every segment of {@code more}, in order. */
        public Builder<T> addAll(Collection<Segment> more) {
            more.forEach(this::add);
            return this;
        }

        /** Starts the as-of clock at the start of {@code date} in UTC (dates are then compared with that date). */
        public Builder<T> asOf(LocalDate date) {
            return asOf(date.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
        }

        /** Starts the as-of clock at {@code instant}; dates are compared with its date in {@code zone}. */
        public Builder<T> asOf(Instant instant, ZoneId zone) {
            this.asOf = Objects.requireNonNull(instant, "instant");
            this.zone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        /**
         * Rows per chunk of the columnar table.
         *
         * @param chunkRows a power of two in {@code [64, 65536]} (checked by {@link #build})
         */
        public Builder<T> chunkRows(int chunkRows) {
            this.chunkRows = chunkRows;
            return this;
        }

        /**
         * How many changes may wait in the delta before they are merged into the columnar table in one batch; by
         * default the larger of 4096 and the starting population. The delta is merged anyway when a
         * whole-population run needs the table (a clock move touching more than a few percent of the customers, a
         * segment added, a refit). Changes spread over the table touch nearly every chunk of a batch, so a merge
         * costs about a rebuild of the table (2–4 s at ten million customers): a merge at the limit that reads a
         * quarter of a million rows or more runs on the common fork-join pool, from a copy of the customers, while
         * changes go on (a whole-population run meanwhile waits for it); smaller ones run on the writer that reached
         * the limit. A smaller limit leaves whole-population runs less to merge, at the price of more merges.
         *
         * @throws IllegalArgumentException when {@code changes} is less than 1
         */
        public Builder<T> deltaLimit(int changes) {
            if (changes < 1) {
                throw new IllegalArgumentException("the delta limit must be at least 1, got " + changes);
            }
            this.deltaLimit = changes;
            return this;
        }

        /**
         * The share of the population above which a clock move re-segments the whole table instead of re-evaluating
         * the customers it touches one by one; by default it depends on the number of segments
         * ({@link LiveSegmentation#rescanShare(int)}). 0 always rescans, 1 never does; tests use both.
         */
        Builder<T> rescanShare(double share) {
            this.rescanShare = share;
            return this;
        }

        /**
         * Has clock moves that may touch at least twice {@code share} customers (by the sizes of their days) decided
         * by up to {@code workers} threads in stretches of at most {@code share} (by default
         * {@link LiveClock#HELPER_SHARE}, and the threads of the common pool and the moving thread); tests split small
         * moves.
         */
        Builder<T> splitMoves(int share, int workers) {
            if (share < 1 || workers < 1) {
                throw new IllegalArgumentException("shares of " + share + " customers, " + workers + " workers");
            }
            this.moveHelperShare = share;
            this.moveWorkers = workers;
            return this;
        }

        /**
         * Has every merge of the delta at its limit that reads at least {@code rows} rows run on the common pool (by
         * default {@link Population#BACKGROUND_MERGE_ROWS}); tests merge small populations there.
         */
        Builder<T> backgroundMergeRows(int rows) {
            if (rows < 0) {
                throw new IllegalArgumentException("a merge cannot read " + rows + " rows");
            }
            this.backgroundMergeRows = rows;
            return this;
        }

        /** How {@link LiveSegmentation#append appended} purchases change a customer. */
        public Builder<T> purchases(PurchaseFold<T> fold) {
            this.purchaseFold = Objects.requireNonNull(fold, "fold");
            return this;
        }

        /**
         * Labels customers live with {@code fitted}, held fixed until {@link LiveSegmentation#refit()}: its output
         * becomes an attribute of the live {@link LiveSegmentation#schema() schema}, usable in criteria, and each of
         * its {@linkplain io.github.segmentkit.api.classify.Classifier#possibleLabels() possible labels} becomes a
         * segment named {@code output=label} (added here, after the segments added so far).
         *
         * <pre>{@code
         * FittedClassifier rfm = new RfmClassifier(RfmClassifierConfig.defaults())
         *         .fit(buyers.stream().map(schema::values).toList());
         * LiveSegmentation<Buyer> live = LiveSegmentation.builder(schema).classifier(rfm).build(buyers);
         * int champions = live.snapshot().count("rfm_segment=champions");
         * }</pre>
         *
         * @throws DefinitionException when the classifier has no fixed set of possible labels
         */
        public Builder<T> classifier(FittedClassifier fitted) {
            HeldClassifier held = new HeldClassifier(fitted);
            classifiers.add(held);
            segments.addAll(held.labelSegments());
            return this;
        }

        /** The schema with the output of every classifier; checks their inputs (DefinitionException). */
        private CustomerSchema<T> liveSchema() {
            return HeldClassifier.withOutputs(schema, classifiers);
        }

        /** Told when a listener throws (the failure is logged as well); by default nothing more. */
        public Builder<T> onListenerFailure(ListenerFailureHandler handler) {
            this.failures = Objects.requireNonNull(handler, "handler");
            return this;
        }

        /**
         * A live segmentation of {@code customers}: they are read into the columnar table and segmented once; no
         * events are sent for them.
         *
         * @throws DefinitionException          when the segments are invalid (unknown attributes, duplicate names,
         *                                      relative criteria without an as-of time…)
         * @throws InvalidCustomerDataException when a customer cannot be read
         * @throws IllegalArgumentException     when two customers have the same id, or the chunk size is not a
         *                                      power of two in {@code [64, 65536]}
         */
        public LiveSegmentation<T> build(Iterable<? extends T> customers) {
            List<T> all = new ArrayList<>();
            customers.forEach(all::add);
            return new LiveSegmentation<>(this, all, null);
        }

        /**
         * A live segmentation in the state {@link LiveSegmentation#saveTo} wrote to {@code file}: the same
         * customers, members, as-of clock and zone, and event numbering (the next event is the file's last
         * sequence number plus one). Members are read from the file, not evaluated again. The file must have been
         * written with this builder's schema (attribute names and kinds, in order) and segments (names and
         * criteria, in order): other segments would make the stored members stale. The builder's other options
         * (chunk rows, delta limit, purchase fold, listener failure handler) apply; the as-of time comes from the
         * file, so {@link #asOf} must not be set. A live segmentation whose segments were
         * {@linkplain LiveSegmentation#addSegment added} or {@linkplain LiveSegmentation#removeSegment removed}
         * while live is restored with the segments it had when saved ({@link LiveSegmentation#segments()}, in that
         * order: those added while live last), not the ones it was built with. Fitted classifiers are not in the
         * file ({@link LiveSegmentation#saveTo} refuses to save them), so this builder must have none.
         *
         * <p>The file stores attribute values, not customer objects: {@code factory} rebuilds each customer from
         * its stored values (by attribute name, typed as {@link io.github.segmentkit.api.schema.AttributeBinding#read}
         * returns them; deleted customers whose slot the live segmentation kept are rebuilt too). Each rebuilt
         * customer must have the stored id and read back the stored values through the schema, which is checked.
         *
         * <pre>{@code
         * LiveSegmentation<Customer> live = LiveSegmentation.builder(schema).add(recentBuyers).add(lapsed)
         *         .restore(file, values -> new Customer(values.id(), (LocalDate) values.get("last_order"),
         *                 (String) values.get("city")));
         * }</pre>
         *
         * @throws SnapshotFileException        naming the file, the byte offset, the block and the reason when the
         *                                      file is unreadable, torn (truncated anywhere), corrupt (a checksum
         *                                      fails), of another format version, or written for another schema
         *                                      or other segments; nothing is built then
         * @throws IllegalArgumentException     when {@code factory} builds a customer that differs from the stored
         *                                      values
         * @throws IllegalStateException        when {@link #asOf} was set, or a {@link #classifier} given
         * @throws DefinitionException          when the segments are invalid, as for {@link #build}
         */
        public LiveSegmentation<T> restore(Path file, Function<? super AttributeValues, ? extends T> factory) {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(factory, "factory");
            if (asOf != null) {
                throw new IllegalStateException("restore takes the as-of time and zone from the snapshot file;"
                        + " asOf(" + asOf + ", " + zone + ") was set on this builder");
            }
            if (!classifiers.isEmpty()) {
                throw new IllegalStateException("cannot restore " + file + " with fitted classifiers (outputs "
                        + HeldClassifier.outputs(classifiers) + "): a snapshot file (format version 1) does not"
                        + " store fitted parameters, so none was saved with classifiers; build from the customers");
            }
            SnapshotState<T> state = SnapshotFileReader.read(file, schema, List.copyOf(segments), factory);
            return new LiveSegmentation<>(this, state.customers(), state);
        }
    }
}
