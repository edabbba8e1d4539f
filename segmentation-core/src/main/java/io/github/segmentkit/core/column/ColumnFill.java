package io.github.segmentkit.core.column;

import io.github.segmentkit.api.schema.CustomerSchema;
import io.github.segmentkit.core.codegen.HiddenClasses;
import java.lang.ref.SoftReference;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Reads a block of customers into the column writers of a table build, one column after another: the inner loop of
 * {@link ColumnTable.Builder#addAll}.
 *
 * <p>{@linkplain #interpreted() Interpreted}, each writer loops over the block through its own binding field, and
 * every writer of a kind shares that loop: one call site for the extractors of all five categorical attributes of a
 * schema, which the JIT can only dispatch through an interface table, extractor by extractor (a 2026-12-04 profile of
 * a 1M-customer build put those dispatches and what they keep the JIT from seeing at about a quarter of the build).
 * {@linkplain #of Generated} per schema by {@link ColumnFillGenerator}, each column has its own loop with its binding
 * in a {@code static final} field, so the JIT inlines the extractor into it as it would a hand-written getter call.
 *
 * <p>The system property {@value #COLUMN_CODE_PROPERTY} set to {@code interpreted} keeps the loops (for a runtime
 * that cannot define classes, or to compare the two); {@code generated}, the default, generates once a build has read
 * {@value #GENERATE_AFTER} customers, so that small tables never pay for a class.
 *
 * @param <T> the customer type
 */
abstract class ColumnFill<T> {
    /** The system property that chooses the fill: {@code generated} (the default) or {@code interpreted}. */
    static final String COLUMN_CODE_PROPERTY = "segmentkit.columnCode";

    /** Customers a builder reads through the interpreted fill before it asks for the generated one. */
    static final int GENERATE_AFTER = 4_096;

    private static final ColumnFill<Object> INTERPRETED = new ColumnFill<>() {
        @Override
        void fill(ColumnWriter<Object>[] writers, Object[] block, int offset, int count, int index) {
            for (ColumnWriter<Object> writer : writers) {
                writer.writeAll(block, offset, count, index);
            }
        }
    };

    /**
     * The generated fill of each schema that has asked for one, or the interpreted fill where generating failed (asked
     * once per schema). Weak keys, so that a schema no longer used takes its class with it; soft values, because a
     * fill holds the schema's bindings, whose extractors may hold the schema, and a value that holds its key strongly
     * would keep both forever.
     */
    private static final Map<CustomerSchema<?>, SoftReference<ColumnFill<?>>> GENERATED = new WeakHashMap<>();

    /**
     * Writes {@code block[offset .. offset + count)} to rows {@code [index, index + count)} of each writer's buffer,
     * which are clear; {@code writers} are a builder's, one per attribute in schema order.
     *
     * @throws RuntimeException whatever an extractor throws, or {@link IllegalArgumentException} for a value outside
     *                          its attribute's domain; rows of the block may then be written, and must be cleared
     */
    abstract void fill(ColumnWriter<T>[] writers, Object[] block, int offset, int count, int index);

    /** Whether this fill is generated code (for tests). */
    boolean isGenerated() {
        return false;
    }

    /** The loops of the writers themselves. */
    @SuppressWarnings("unchecked")
    static <T> ColumnFill<T> interpreted() {
        return (ColumnFill<T>) INTERPRETED;
    }

    /**
     * Whether builds generate their fill, as the system property {@value #COLUMN_CODE_PROPERTY} says (read when a
     * builder is made): {@code generated} or absent for yes, {@code interpreted} for no.
     *
     * @throws IllegalStateException when the property has another value
     */
    static boolean generatedByDefault() {
        return HiddenClasses.generatedByDefault(COLUMN_CODE_PROPERTY);
    }

    /**
     * The generated fill of {@code schema}, whose builder's writers are {@code writers}, made on the first call for
     * the schema and shared by every later build of it (the writers' classes follow from the schema's bindings) while
     * memory allows; a fill dropped under memory pressure is generated again.
     * Where the runtime cannot define the class, or the schema has more attributes than one class holds, the
     * interpreted fill, which gives the same tables; a failure is logged once per schema.
     */
    @SuppressWarnings("unchecked")
    static <T> ColumnFill<T> of(CustomerSchema<T> schema, List<ColumnWriter<T>> writers) {
        synchronized (GENERATED) {
            SoftReference<ColumnFill<?>> held = GENERATED.get(schema);
            ColumnFill<?> known = held == null ? null : held.get();
            if (known != null) {
                return (ColumnFill<T>) known;
            }
            ColumnFill<T> fill = interpreted();
            if (ColumnFillGenerator.fits(writers.size())) {
                try {
                    fill = ColumnFillGenerator.generate(writers);
                } catch (IllegalStateException e) {
                    System.getLogger(ColumnFill.class.getName()).log(System.Logger.Level.WARNING,
                            "SegmentKit builds its tables interpreted: " + e.getMessage(), e);
                }
            }
            GENERATED.put(schema, new SoftReference<>(fill));
            return fill;
        }
    }
}
