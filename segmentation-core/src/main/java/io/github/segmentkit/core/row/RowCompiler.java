package io.github.segmentkit.core.row;

import io.github.segmentkit.api.Truth;
import io.github.segmentkit.api.attribute.DateAttribute;
import io.github.segmentkit.api.attribute.GeoPoint;
import io.github.segmentkit.api.attribute.OrderedAttribute;
import io.github.segmentkit.api.criteria.And;
import io.github.segmentkit.api.criteria.Between;
import io.github.segmentkit.api.criteria.BooleanIs;
import io.github.segmentkit.api.criteria.CategoryIn;
import io.github.segmentkit.api.criteria.Comparison;
import io.github.segmentkit.api.criteria.ComparisonOperator;
import io.github.segmentkit.api.criteria.Criterion;
import io.github.segmentkit.api.criteria.CriterionVisitor;
import io.github.segmentkit.api.criteria.All;
import io.github.segmentkit.api.criteria.InSegment;
import io.github.segmentkit.api.criteria.Presence;
import io.github.segmentkit.api.criteria.None;
import io.github.segmentkit.api.criteria.Not;
import io.github.segmentkit.api.criteria.Or;
import io.github.segmentkit.api.criteria.RelativeDate;
import io.github.segmentkit.api.criteria.RelativeDateOperator;
import io.github.segmentkit.api.criteria.TagsOperator;
import io.github.segmentkit.api.criteria.TagsMatch;
import io.github.segmentkit.api.criteria.WithinDistance;
import io.github.segmentkit.api.schema.AttributeBinding;
import io.github.segmentkit.api.schema.DoubleBinding;
import io.github.segmentkit.api.schema.LongBinding;
import io.github.segmentkit.api.schema.CustomerSchema;
import io.github.segmentkit.api.schema.TagsBinding;
import io.github.segmentkit.core.plan.GeoBox;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compiles a criterion into a {@link RowPredicate} tree once, so that evaluating a customer walks no syntax tree
 * and looks up no binding. Used for {@code classify}: longs and doubles are read as primitives and
 * tags tested on the collection the extractor returns, so that evaluating a customer allocates nothing.
 *
 * @param <T> the customer type
 */
public final class RowCompiler<T> implements CriterionVisitor<RowPredicate<T>> {
    private final CustomerSchema<T> schema;
    private final Map<String, Integer> segmentIndexes;

    /**
     * @param schema         the schema, already checked against the criteria
     * @param segmentIndexes the evaluation index of every segment, for {@code inSegment}
     */
    public RowCompiler(CustomerSchema<T> schema, Map<String, Integer> segmentIndexes) {
        this.schema = schema;
        this.segmentIndexes = segmentIndexes;
    }

    /** The compiled form of {@code criterion}. */
    public RowPredicate<T> compile(Criterion criterion) {
        return criterion.accept(this);
    }

    private Object read(AttributeBinding<T> binding, T customer) {
        try {
            return binding.read(customer);
        } catch (RuntimeException e) {
            throw new AttributeReadException(binding.attribute().name(), e);
        }
    }

    @Override
    public RowPredicate<T> visitAll(All all) {
        return (customer, context) -> Truth.TRUE;
    }

    @Override
    public RowPredicate<T> visitNone(None none) {
        return (customer, context) -> Truth.FALSE;
    }

    @Override
    public RowPredicate<T> visitAnd(And and) {
        List<RowPredicate<T>> operands = and.operands().stream().map(this::compile).toList();
        return (customer, context) -> {
            Truth result = Truth.TRUE;
            for (RowPredicate<T> operand : operands) {
                result = result.and(operand.test(customer, context));
                if (result == Truth.FALSE) {
                    return Truth.FALSE;
                }
            }
            return result;
        };
    }

    @Override
    public RowPredicate<T> visitOr(Or or) {
        List<RowPredicate<T>> operands = or.operands().stream().map(this::compile).toList();
        return (customer, context) -> {
            Truth result = Truth.FALSE;
            for (RowPredicate<T> operand : operands) {
                result = result.or(operand.test(customer, context));
                if (result == Truth.TRUE) {
                    return Truth.TRUE;
                }
            }
            return result;
        };
    }

    @Override
    public RowPredicate<T> visitNot(Not not) {
        RowPredicate<T> operand = compile(not.operand());
        return (customer, context) -> operand.test(customer, context).not();
    }

    @Override
    public RowPredicate<T> visitComparison(Comparison<?> comparison) {
        return compileComparison(comparison);
    }

    private <V> RowPredicate<T> compileComparison(Comparison<V> comparison) {
        OrderedAttribute<V> attribute = comparison.attribute();
        AttributeBinding<T> binding = schema.binding(attribute.name());
        ComparisonOperator operator = comparison.operator();
        // longs and doubles are read as primitives, so that a request-path classify does not box
        if (binding instanceof LongBinding<T> longs) {
            long value = (Long) comparison.value();
            return (customer, context) -> readLong(longs, customer, context)
                    ? Truth.of(operator.test(Long.compare(context.longValue[0], value))) : Truth.UNKNOWN;
        }
        if (binding instanceof DoubleBinding<T> doubles) {
            double value = (Double) comparison.value();
            return (customer, context) -> {
                double read = readDouble(doubles, customer);
                return read != read ? Truth.UNKNOWN
                        : Truth.of(operator.test(read < value ? -1 : (read > value ? 1 : 0)));
            };
        }
        Class<V> type = attribute.valueType();
        V value = comparison.value();
        return (customer, context) -> {
            Object raw = read(binding, customer);
            return raw == null ? Truth.UNKNOWN
                    : Truth.of(operator.test(attribute.compareValues(type.cast(raw), value)));
        };
    }

    private boolean readLong(LongBinding<T> binding, T customer, RowContext context) {
        try {
            return binding.readInto(customer, context.longValue, 0);
        } catch (RuntimeException e) {
            throw new AttributeReadException(binding.attribute().name(), e);
        }
    }

    private double readDouble(DoubleBinding<T> binding, T customer) {
        try {
            return binding.applyAsDouble(customer);
        } catch (RuntimeException e) {
            throw new AttributeReadException(binding.attribute().name(), e);
        }
    }

    @Override
    public RowPredicate<T> visitBetween(Between<?> between) {
        return compileBetween(between);
    }

    private <V> RowPredicate<T> compileBetween(Between<V> between) {
        OrderedAttribute<V> attribute = between.attribute();
        AttributeBinding<T> binding = schema.binding(attribute.name());
        if (binding instanceof LongBinding<T> longs) {
            long low = (Long) between.low();
            long high = (Long) between.high();
            return (customer, context) -> readLong(longs, customer, context)
                    ? Truth.of(context.longValue[0] >= low && context.longValue[0] <= high) : Truth.UNKNOWN;
        }
        if (binding instanceof DoubleBinding<T> doubles) {
            double low = (Double) between.low();
            double high = (Double) between.high();
            return (customer, context) -> {
                double read = readDouble(doubles, customer);
                return read != read ? Truth.UNKNOWN : Truth.of(read >= low && read <= high);
            };
        }
        Class<V> type = attribute.valueType();
        V low = between.low();
        V high = between.high();
        return (customer, context) -> {
            Object raw = read(binding, customer);
            if (raw == null) {
                return Truth.UNKNOWN;
            }
            V value = type.cast(raw);
            return Truth.of(attribute.compareValues(value, low) >= 0 && attribute.compareValues(value, high) <= 0);
        };
    }

    @Override
    public RowPredicate<T> visitCategoryIn(CategoryIn in) {
        AttributeBinding<T> binding = schema.binding(in.attribute().name());
        Set<String> values = Set.copyOf(in.values());
        return (customer, context) -> {
            Object raw = read(binding, customer);
            return raw == null ? Truth.UNKNOWN : Truth.of(values.contains(raw));
        };
    }

    @Override
    public RowPredicate<T> visitBooleanIs(BooleanIs booleanIs) {
        AttributeBinding<T> binding = schema.binding(booleanIs.attribute().name());
        Boolean expected = booleanIs.value();
        return (customer, context) -> {
            Object raw = read(binding, customer);
            return raw == null ? Truth.UNKNOWN : Truth.of(expected.equals(raw));
        };
    }

    @Override
    public RowPredicate<T> visitTagsMatch(TagsMatch tagsMatch) {
        TagsBinding<T> binding = (TagsBinding<T>) schema.binding(tagsMatch.attribute().name());
        String name = binding.attribute().name();
        String[] wanted = tagsMatch.tags().toArray(new String[0]);
        TagsOperator match = tagsMatch.operator();
        return (customer, context) -> {
            Collection<String> held;
            try {
                // the raw collection, not a copied set: membership is the same and nothing is allocated
                held = binding.tags(customer);
            } catch (RuntimeException e) {
                throw new AttributeReadException(name, e);
            }
            if (held == null) {
                return Truth.UNKNOWN;
            }
            for (String tag : held) {
                if (tag == null) {
                    throw new AttributeReadException(name,
                            new IllegalArgumentException("the tag collection contains null: " + held));
                }
            }
            int found = 0;
            for (String tag : wanted) {
                if (held.contains(tag)) {
                    found++;
                }
            }
            return Truth.of(switch (match) {
                case ANY -> found > 0;
                case ALL -> found == wanted.length;
                case NONE -> found == 0;
            });
        };
    }

    @Override
    public RowPredicate<T> visitRelativeDate(RelativeDate relativeDate) {
        AttributeBinding<T> binding = schema.binding(relativeDate.attribute().name());
        long days = relativeDate.days();
        RelativeDateOperator operator = relativeDate.operator();
        if (relativeDate.attribute() instanceof DateAttribute) {
            return (customer, context) -> {
                LocalDate value = (LocalDate) read(binding, customer);
                if (value == null) {
                    return Truth.UNKNOWN;
                }
                long day = value.toEpochDay();
                long today = context.asOfEpochDay();
                return Truth.of(relate(operator, Long.compare(day, today - days), Long.compare(day, today)));
            };
        }
        long span = days * 86_400L;
        return (customer, context) -> {
            Instant value = (Instant) read(binding, customer);
            if (value == null) {
                return Truth.UNKNOWN;
            }
            Instant now = context.asOfInstant();
            int toThreshold = compareInstant(value, now.getEpochSecond() - span, now.getNano());
            int toAsOf = compareInstant(value, now.getEpochSecond(), now.getNano());
            return Truth.of(relate(operator, toThreshold, toAsOf));
        };
    }

    /** Orders {@code value} against the instant (seconds, nanos) without building it. */
    private static int compareInstant(Instant value, long seconds, int nanos) {
        int bySeconds = Long.compare(value.getEpochSecond(), seconds);
        return bySeconds != 0 ? bySeconds : Integer.compare(value.getNano(), nanos);
    }

    private static boolean relate(RelativeDateOperator operator, int toThreshold, int toAsOf) {
        return switch (operator) {
            case WITHIN_LAST_DAYS -> toThreshold >= 0 && toAsOf <= 0;
            case BEFORE_DAYS_AGO -> toThreshold < 0;
            case AFTER_DAYS_AGO -> toThreshold > 0;
        };
    }

    @Override
    public RowPredicate<T> visitWithinDistance(WithinDistance withinDistance) {
        AttributeBinding<T> binding = schema.binding(withinDistance.attribute().name());
        GeoPoint center = withinDistance.center();
        double km = withinDistance.km();
        // the conservative box spares most customers the trigonometry; the exact test decides the rest
        GeoBox box = GeoBox.around(center, km);
        return (customer, context) -> {
            GeoPoint point = (GeoPoint) read(binding, customer);
            if (point == null) {
                return Truth.UNKNOWN;
            }
            return Truth.of(box.mayContain(point.latitude(), point.longitude()) && point.distanceKm(center) <= km);
        };
    }

    @Override
    public RowPredicate<T> visitPresence(Presence presence) {
        AttributeBinding<T> binding = schema.binding(presence.attribute().name());
        boolean present = presence.isPresentTest();
        return (customer, context) -> Truth.of((read(binding, customer) != null) == present);
    }

    @Override
    public RowPredicate<T> visitInSegment(InSegment inSegment) {
        int index = segmentIndexes.get(inSegment.segmentName());
        return (customer, context) -> Truth.of(context.isMember(index));
    }
}
