package io.github.segmentkit.core.row;

import io.github.segmentkit.api.InvalidCustomerDataException;
import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.Truth;
import io.github.segmentkit.api.criteria.Criterion;
import io.github.segmentkit.api.criteria.CriterionVisitor;
import io.github.segmentkit.api.criteria.InSegment;
import io.github.segmentkit.api.schema.AttributeBinding;
import io.github.segmentkit.api.schema.CustomerSchema;
import io.github.segmentkit.api.schema.DoubleBinding;
import io.github.segmentkit.api.schema.LongBinding;
import io.github.segmentkit.api.schema.TagsBinding;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * All segments of a segmenter compiled for row-at-a-time evaluation, ordered so that a segment is evaluated after
 * the segments it references with {@code inSegment}.
 *
 * @param <T> the customer type
 */
public final class SegmentPlan<T> {
    private final CustomerSchema<T> schema;
    private final List<Segment> declared;
    /** Evaluation order: indexes into {@link #declared}, referenced segments first. */
    private final int[] order;
    /** Compiled criteria, by declared index. */
    private final RowPredicate<T>[] predicates;

    public SegmentPlan(CustomerSchema<T> schema, List<Segment> segments) {
        this.schema = schema;
        this.declared = List.copyOf(segments);
        Map<String, Integer> indexes = new HashMap<>();
        for (int i = 0; i < declared.size(); i++) {
            indexes.put(declared.get(i).name(), i);
        }
        this.order = evaluationOrder(declared, indexes);
        RowCompiler<T> compiler = new RowCompiler<>(schema, indexes);
        @SuppressWarnings("unchecked")
        RowPredicate<T>[] compiled = declared.stream().map(s -> compiler.compile(s.criterion()))
                .toArray(RowPredicate[]::new);
        this.predicates = compiled;
    }

    /** The number of segments. */
    public int size() {
        return declared.size();
    }

    /**
     * Evaluates every segment for one customer; {@code memberships[i]} receives whether it belongs to the i-th
     * declared segment.
     *
     * @throws InvalidCustomerDataException when an extractor fails, naming {@code row} and the attribute
     */
    public void evaluate(T customer, long row, RowContext context, boolean[] memberships) {
        try {
            for (int index : order) {
                boolean member = predicates[index].test(customer, context) == Truth.TRUE;
                context.setMember(index, member);
                memberships[index] = member;
            }
        } catch (AttributeReadException e) {
            throw new InvalidCustomerDataException(row, describeId(customer), e.attribute(),
                    String.valueOf(e.getCause().getMessage()), e.getCause());
        }
    }

    /**
     * Evaluates every segment for one customer; bit {@code i} of the result says whether it belongs to the i-th
     * declared segment.
     *
     * @throws InvalidCustomerDataException when an extractor fails, naming the customer and the attribute (there
     *                                      is no row: the customer is read on its own)
     */
    public long[] memberBits(T customer, RowContext context) {
        readEveryAttribute(customer, idOf(customer), context);
        long[] bits = new long[(declared.size() + 63) >>> 6];
        try {
            for (int index : order) {
                if (predicates[index].test(customer, context) == Truth.TRUE) {
                    context.setMember(index, true);
                    bits[index >>> 6] |= 1L << index;
                }
            }
        } catch (AttributeReadException e) {
            throw new InvalidCustomerDataException(describeId(customer), e.attribute(),
                    String.valueOf(e.getCause().getMessage()), e.getCause());
        }
        return bits;
    }

    /**
     * Reads {@code customer}'s id and every attribute as {@link #memberBits} does, without evaluating a segment:
     * the check of a lenient run, which then segments only the customers that pass.
     *
     * @throws InvalidCustomerDataException when the customer is null or an extractor fails, naming the customer and
     *                                      the attribute (there is no row: the customer is read on its own)
     */
    public void checkReadable(T customer, RowContext context) {
        if (customer == null) {
            throw new InvalidCustomerDataException(null, null, "null instead of a customer", null);
        }
        readEveryAttribute(customer, idOf(customer), context);
    }

    private long idOf(T customer) {
        try {
            return schema.id(customer);
        } catch (RuntimeException e) {
            throw new InvalidCustomerDataException(null, null, "the id extractor failed: " + e.getMessage(), e);
        }
    }

    /**
     * Reads every attribute of the schema once, as building a table does, so that a customer whose extractor throws
     * fails {@code segmentsOf} exactly as it fails {@code segment(customers)}, whether or not the criteria (or their
     * short-circuits) read that attribute. Primitive values are read without boxing.
     */
    private void readEveryAttribute(T customer, long id, RowContext context) {
        for (AttributeBinding<T> binding : schema.bindings()) {
            try {
                if (binding instanceof LongBinding<T> longs) {
                    longs.readInto(customer, context.longValue, 0);
                } else if (binding instanceof DoubleBinding<T> doubles) {
                    doubles.applyAsDouble(customer);
                } else if (binding instanceof TagsBinding<T> tags) {
                    Collection<String> held = tags.tags(customer);
                    if (held != null) {
                        for (String tag : held) {
                            if (tag == null) {
                                throw new IllegalArgumentException("the tag collection contains null: " + held);
                            }
                        }
                    }
                } else {
                    binding.read(customer);
                }
            } catch (RuntimeException e) {
                throw new InvalidCustomerDataException(Long.toString(id), binding.attribute().name(),
                        String.valueOf(e.getMessage()), e);
            }
        }
    }

    /**
     * The customer's id.
     *
     * @throws InvalidCustomerDataException when the id extractor fails, naming {@code row}
     */
    public long customerId(T customer, long row) {
        try {
            return schema.id(customer);
        } catch (RuntimeException e) {
            throw new InvalidCustomerDataException(row, null, null, "the id extractor failed: " + e.getMessage(), e);
        }
    }

    private String describeId(T customer) {
        try {
            return Long.toString(schema.id(customer));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static int[] evaluationOrder(List<Segment> segments, Map<String, Integer> indexes) {
        // depth-first topological sort; the builder has already rejected cycles
        Set<Integer> placed = new LinkedHashSet<>();
        for (int i = 0; i < segments.size(); i++) {
            place(i, segments, indexes, placed);
        }
        return placed.stream().mapToInt(Integer::intValue).toArray();
    }

    private static void place(int index, List<Segment> segments, Map<String, Integer> indexes, Set<Integer> placed) {
        if (placed.contains(index)) {
            return;
        }
        for (String reference : references(segments.get(index).criterion())) {
            place(indexes.get(reference), segments, indexes, placed);
        }
        placed.add(index);
    }

    /** The segment names a criterion refers to with {@code inSegment}. */
    public static Set<String> references(Criterion criterion) {
        Set<String> names = new LinkedHashSet<>();
        criterion.accept(new CriterionVisitor.Traversal() {
            @Override
            public Void visitInSegment(InSegment inSegment) {
                names.add(inSegment.segmentName());
                return null;
            }
        });
        return names;
    }

    /** The segments in declared order. */
    public List<Segment> segments() {
        return declared;
    }

}
