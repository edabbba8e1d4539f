package io.github.segmentkit.core.engine;

import io.github.segmentkit.api.AsOf;
import io.github.segmentkit.api.DefinitionException;
import io.github.segmentkit.api.InvalidCustomerDataException;
import io.github.segmentkit.api.Problem;
import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.Segmenter;
import io.github.segmentkit.api.internal.DefinitionValidator;
import io.github.segmentkit.api.internal.LenientRun;
import io.github.segmentkit.api.result.LenientSegmentation;
import io.github.segmentkit.api.schema.CustomerSchema;
import io.github.segmentkit.api.spi.SegmenterDefinition;
import io.github.segmentkit.core.column.Bits;
import io.github.segmentkit.core.column.ColumnTable;
import io.github.segmentkit.core.engine.RoaringSegmentationResult;
import io.github.segmentkit.core.plan.EvaluationPlan;
import io.github.segmentkit.core.row.RowContext;
import io.github.segmentkit.core.row.SegmentPlan;
import java.lang.ref.SoftReference;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;

/**
 * The columnar engine behind {@code Segmenter.builder(schema)…build()}: customers are read once into a
 * {@link CustomerTable}, every segment is compiled into one {@link EvaluationPlan} (shared sub-expressions once),
 * and the plan runs chunk by chunk, all segments per chunk while its columns are in cache, the chunks spread over
 * {@link SegmenterDefinition#parallelism()} threads (the caller's and tasks on the common fork-join pool). Members
 * come back as compressed bitmaps.
 *
 * <p>Re-segmenting an in-memory population is the main use: build the table once and segment it as often as the
 * segments or the as-of clock change.
 *
 * <pre>{@code
 * Segmenter<Customer> segmenter = Segmenter.builder(schema).add(outdoorYoung).add(lapsed).asOf(today).build();
 * ColumnarSegmenter<Customer> engine = ColumnarSegmenter.of(segmenter);
 * CustomerTable<Customer> table = engine.table(customers);      // read the customers once
 * RoaringSegmentationResult result = engine.segment(table);      // milliseconds, as often as needed
 * int[] counts = engine.counts(table);                           // counts only, in declaration order
 * }</pre>
 *
 * <p>{@link #segmentsOf} evaluates one customer object directly, without a table, with the same answer. Immutable
 * and thread-safe. Between bulk runs it keeps the working memory of the last one, softly (the collector may take
 * it back), so that segmenting a table again allocates little beyond the result.
 *
 * @param <T> the customer type
 */
public final class ColumnarSegmenter<T> implements Segmenter<T> {
    private final SegmenterDefinition<T> definition;
    private final List<String> names;
    private final SegmentPlan<T> rowPlan;
    private final int chunkRows;
    private final Executor executor;
    /** The as-of clock, or null for the definition's default date. */
    private final Clock clock;
    /** The last as-of time computed from the clock, reused while the clock stands still (a fixed clock always). */
    private volatile AsOf lastAsOf;
    /** Each thread's working memory of {@link #segmentsOf}, so that one call allocates only its result. */
    private final ThreadLocal<RowContext> contexts;
    /** Each bulk worker's working bitmaps, kept between runs so that a run allocates little beyond its result. */
    private final ScratchCache scratches;
    /** The plan of the last bulk run, reused while the table and the as-of time stay the same. */
    private final PlanCache plans;
    /** The spare member-bitmap words left by the last run, held softly (see {@link #spareWords()}). */
    private volatile SoftReference<SpareWords> spareWords = new SoftReference<>(null);

    /** The engine for a validated definition, with the default chunk size and the common fork-join pool. */
    public ColumnarSegmenter(SegmenterDefinition<T> definition) {
        this(definition, CustomerTable.DEFAULT_CHUNK_ROWS, ForkJoinPool.commonPool());
    }

    /**
     * The engine with a chosen chunk size for the tables it builds and an executor for its helper threads. The
     * definition is validated again, since this constructor can be called without the builder.
     *
     * @param chunkRows a power of two in {@code [64, 65536]}
     * @param executor  runs up to {@code parallelism − 1} tasks per bulk run
     * @throws DefinitionException listing every problem of the definition
     */
    public ColumnarSegmenter(SegmenterDefinition<T> definition, int chunkRows, Executor executor) {
        this.definition = Objects.requireNonNull(definition, "definition");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.chunkRows = chunkRows;
        ColumnTable.builder(definition.schema(), chunkRows);   // checks chunkRows
        List<Problem> problems = DefinitionValidator.validate(definition.schema().attributes(), definition.segments(),
                definition.asOfClock().isPresent());
        if (!problems.isEmpty()) {
            throw new DefinitionException(problems);
        }
        this.names = definition.segments().stream().map(Segment::name).toList();
        this.rowPlan = new SegmentPlan<>(definition.schema(), definition.segments());
        this.clock = definition.asOfClock().orElse(null);
        this.lastAsOf = definition.asOf();
        this.contexts = ThreadLocal.withInitial(() -> rowPlan.newContext(lastAsOf));
        this.scratches = new ScratchCache(definition.parallelism());
        this.plans = new PlanCache(definition.segments());
    }

    /**
     * The columnar engine behind {@code segmenter}.
     *
     * @throws IllegalArgumentException when {@code segmenter} was built by another engine
     */
    @SuppressWarnings("unchecked")
    public static <T> ColumnarSegmenter<T> of(Segmenter<T> segmenter) {
        if (segmenter instanceof ColumnarSegmenter<?> columnar) {
            return (ColumnarSegmenter<T>) columnar;
        }
        throw new IllegalArgumentException("not a columnar segmenter: " + segmenter.getClass().getName()
                + "; build it with the 'core' engine");
    }

    @Override
    public CustomerSchema<T> schema() {
        return definition.schema();
    }

    @Override
    public List<Segment> segments() {
        return definition.segments();
    }

    /**
     * Reads {@code customers} into a table with this segmenter's schema and chunk size; a random-access list is
     * read by up to {@link SegmenterDefinition#parallelism()} threads.
     *
     * @throws InvalidCustomerDataException when a customer's data cannot be read, naming its row and attribute
     */
    public CustomerTable<T> table(Iterable<? extends T> customers) {
        if (customers instanceof List<? extends T> list && customers instanceof RandomAccess) {
            return CustomerTable.of(definition.schema(), list, chunkRows, definition.parallelism(), executor);
        }
        return CustomerTable.of(definition.schema(), customers, chunkRows);
    }

    @Override
    public RoaringSegmentationResult segment(Iterable<? extends T> customers) {
        return segment(table(customers));
    }

    /**
     * Segments every row of {@code table}, as of the builder's date or the clock's current time.
     *
     * @throws IllegalArgumentException when the table lacks an attribute the segments use
     */
    public RoaringSegmentationResult segment(CustomerTable<T> customers) {
        ColumnTable<T> table = customers.columns();
        EvaluationPlan plan = plans.planFor(table, definition.asOf());
        MemberBitmaps members = new MemberBitmaps(table, plan, names.size(), spareWords());
        ChunkRunner.run(table, plan, definition.parallelism(), executor, scratches, members);
        return new RoaringSegmentationResult(customers, names, members.bitmaps());
    }

    /**
     * The spare words the previous runs left, for this run to use before allocating; held softly between runs, since
     * thousands of sparse segments leave megabytes of them, and made anew once the collector took them back.
     */
    private SpareWords spareWords() {
        SpareWords spares = spareWords.get();
        if (spares == null) {
            spares = new SpareWords();
            spareWords = new SoftReference<>(spares);
        }
        return spares;
    }

    /** The number of members of each segment, in declaration order, without building member bitmaps. */
    public int[] counts(CustomerTable<T> customers) {
        ColumnTable<T> table = customers.columns();
        EvaluationPlan plan = plans.planFor(table, definition.asOf());
        int segmentCount = names.size();
        int[][] perWorker = new int[definition.parallelism()][segmentCount];
        ChunkRunner.run(table, plan, definition.parallelism(), executor, scratches, (chunk, scratch, worker) -> {
            int used = Bits.words(table.rowsInChunk(chunk));
            long lastMask = Bits.lastWordMask(table.rowsInChunk(chunk));
            int[] counts = perWorker[worker];
            for (int s = 0; s < segmentCount; s++) {
                long[] members = plan.members(scratch, s);
                counts[s] += Bits.cardinality(members, used - 1) + Long.bitCount(members[used - 1] & lastMask);
            }
        });
        int[] counts = new int[segmentCount];
        for (int[] partial : perWorker) {
            for (int s = 0; s < segmentCount; s++) {
                counts[s] += partial[s];
            }
        }
        return counts;
    }

    /**
     * Segments the customers that can be read and rejects the others (see {@link Segmenter#segmentLeniently}); each
     * customer is checked by reading its id and every attribute once, as building the table does, so the check costs
     * about one more read of the input.
     */
    @Override
    public LenientSegmentation segmentLeniently(Iterable<? extends T> customers) {
        RowContext context = rowPlan.newContext(asOf());
        return LenientRun.run(customers, customer -> rowPlan.checkReadable(customer, context), this::segment);
    }

    @Override
    public Set<String> segmentsOf(T customer) {
        if (customer == null) {
            // the same failure as a null in the list given to segment(customers)
            throw new InvalidCustomerDataException(null, null, "null instead of a customer", null);
        }
        return new MemberSet(names, rowPlan.memberBits(customer, contexts.get().at(asOf())));
    }

    /**
     * A new buffer for {@link #classifyInto}: one per thread, reused for every customer.
     *
     * @see MembershipBuffer
     */
    public MembershipBuffer newMembershipBuffer() {
        return new MembershipBuffer(names, rowPlan, rowPlan.newContext(asOf()), rowPlan.words());
    }

    /**
     * Classifies one customer into {@code buffer}, replacing what it held: the answer of {@link #segmentsOf} without
     * allocating. Each attribute is read once, each distinct criterion evaluated once for all segments.
     *
     * @return {@code buffer}
     * @throws InvalidCustomerDataException when the customer is null or cannot be read, naming it and the attribute
     * @throws IllegalArgumentException     when {@code buffer} was created by another segmenter
     */
    public MembershipBuffer classifyInto(T customer, MembershipBuffer buffer) {
        if (buffer.plan != rowPlan) {
            throw new IllegalArgumentException("the buffer was created by another segmenter: create one with this"
                    + " segmenter's newMembershipBuffer()");
        }
        if (customer == null) {
            throw new InvalidCustomerDataException(null, null, "null instead of a customer", null);
        }
        rowPlan.classifyInto(customer, buffer.context.at(asOf()), buffer.bits);
        return buffer;
    }

    /**
     * The as-of time now: {@link SegmenterDefinition#asOf()}, reused while the clock gives the same instant, so that
     * a fixed clock (the builder's {@code asOf(date)}) costs no allocation per customer.
     */
    private AsOf asOf() {
        if (clock == null) {
            return lastAsOf;
        }
        Instant now = clock.instant();
        AsOf last = lastAsOf;
        if (last.instant().equals(now)) {   // a clock's zone never changes
            return last;
        }
        AsOf next = new AsOf(LocalDate.ofInstant(now, clock.getZone()), now);
        lastAsOf = next;
        return next;
    }
}
