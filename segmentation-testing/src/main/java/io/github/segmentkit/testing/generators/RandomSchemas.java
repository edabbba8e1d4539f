package io.github.segmentkit.testing.generators;

import static io.github.segmentkit.testing.generators.TestCustomers.AGES;
import static io.github.segmentkit.testing.generators.TestCustomers.COUNTRIES;
import static io.github.segmentkit.testing.generators.TestCustomers.DATES;
import static io.github.segmentkit.testing.generators.TestCustomers.INCOMES;
import static io.github.segmentkit.testing.generators.TestCustomers.INSTANTS;
import static io.github.segmentkit.testing.generators.TestCustomers.POINTS;
import static io.github.segmentkit.testing.generators.TestCustomers.TAGS;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.attribute.AttributeKind;
import io.github.segmentkit.api.attribute.BooleanAttribute;
import io.github.segmentkit.api.attribute.CategoricalAttribute;
import io.github.segmentkit.api.attribute.DateAttribute;
import io.github.segmentkit.api.attribute.DoubleAttribute;
import io.github.segmentkit.api.attribute.GeoPoint;
import io.github.segmentkit.api.attribute.GeoPointAttribute;
import io.github.segmentkit.api.attribute.LongAttribute;
import io.github.segmentkit.api.attribute.TagsAttribute;
import io.github.segmentkit.api.attribute.TimestampAttribute;
import io.github.segmentkit.api.criteria.And;
import io.github.segmentkit.api.criteria.Between;
import io.github.segmentkit.api.criteria.Comparison;
import io.github.segmentkit.api.criteria.ComparisonOperator;
import io.github.segmentkit.api.criteria.Criteria;
import io.github.segmentkit.api.criteria.Criterion;
import io.github.segmentkit.api.criteria.Not;
import io.github.segmentkit.api.criteria.Or;
import io.github.segmentkit.api.criteria.RelativeDate;
import io.github.segmentkit.api.criteria.RelativeDateOperator;
import io.github.segmentkit.api.criteria.TagsOperator;
import io.github.segmentkit.api.criteria.TagsMatch;
import io.github.segmentkit.api.criteria.WithinDistance;
import io.github.segmentkit.api.schema.CustomerSchema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik generators of random schemas (one to three attributes of every kind, shuffled), of customers for them and
 * of segments over them, for differential tests of an engine against the
 * {@link io.github.segmentkit.testing.ReferenceEvaluator} beyond the fixed {@link TestCustomers#SCHEMA}. Values come
 * from the awkward pools of {@link TestCustomers}, plus instants that differ by single nanoseconds.
 *
 * <pre>{@code
 * @Provide Arbitrary<RandomSchemas.Scenario> scenarios() { return RandomSchemas.scenarios(100, 5, 6); }
 * }</pre>
 */
public final class RandomSchemas {
    /** Instants a nanosecond apart around the as-of instant and a day boundary, besides {@link TestCustomers#INSTANTS}. */
    public static final List<Instant> NANO_INSTANTS = List.of(Instant.parse("2024-03-30T23:59:59.999999999Z"),
            Instant.parse("2024-03-31T00:00:00.000000001Z"), Instant.parse("2024-03-24T00:00:00.000000001Z"),
            Instant.parse("2024-03-23T23:59:59.999999999Z"), Instant.parse("1969-12-31T23:59:59.5Z"));

    private static final List<Instant> ALL_INSTANTS = Stream.concat(INSTANTS.stream(), NANO_INSTANTS.stream())
            .toList();

    private RandomSchemas() {
    }

    /**
     * A schema, customers for it (up to {@code maxCustomers}) and up to {@code maxSegments} segments of depth at
     * most {@code maxDepth} over it.
     *
     * @param schema    the schema
     * @param customers the customers
     * @param segments  the segments; segment {@code i} may refer to earlier ones
     */
    public record Scenario(RandomSchema schema, List<GenericCustomer> customers, List<Segment> segments) {
    }

    /** Scenarios: a random schema, then customers and segments for it. */
    public static Arbitrary<Scenario> scenarios(int maxCustomers, int maxSegments, int maxDepth) {
        // the arbitraries made inside flatMap are new for every schema: without edge cases, jqwik need not
        // enumerate the combinations of dozens of values' edge cases each time
        return schemas().flatMap(schema -> Combinators.combine(
                customers(schema).list().ofMaxSize(maxCustomers).withoutEdgeCases(),
                segments(schema, maxSegments, maxDepth).withoutEdgeCases())
                .as((customers, segments) -> new Scenario(schema, customers, segments)));
    }

    /** A schema with one to three attributes of every kind, in shuffled order. */
    public static Arbitrary<RandomSchema> schemas() {
        Arbitrary<List<Integer>> counts = Arbitraries.integers().between(1, 3).list().ofSize(AttributeKind.values()
                .length);
        return Combinators.combine(counts, Arbitraries.randoms(), Arbitraries.of(true, false).list().ofSize(24))
                .as((perKind, random, nullable) -> {
                    List<Attribute> attributes = new ArrayList<>();
                    AttributeKind[] kinds = AttributeKind.values();
                    for (int k = 0; k < kinds.length; k++) {
                        for (int i = 0; i < perKind.get(k); i++) {
                            attributes.add(attribute(kinds[k], kinds[k].name().toLowerCase() + "_" + i));
                        }
                    }
                    Collections.shuffle(attributes, random);
                    List<Boolean> mayBeMissing = new ArrayList<>();
                    CustomerSchema.Builder<GenericCustomer> builder = CustomerSchema.builder(GenericCustomer::id);
                    for (int i = 0; i < attributes.size(); i++) {
                        // whole numbers and doubles can be bound without null (doubles still have NaN); other kinds
                        // are always nullable
                        AttributeKind kind = attributes.get(i).kind();
                        boolean missing = kind != AttributeKind.LONG && kind != AttributeKind.DOUBLE || nullable.get(i);
                        mayBeMissing.add(missing);
                        bind(builder, attributes.get(i), i, missing);
                    }
                    return new RandomSchema(builder.build(), attributes, mayBeMissing);
                });
    }

    private static Attribute attribute(AttributeKind kind, String name) {
        return switch (kind) {
            case LONG -> Attribute.ofLong(name);
            case DOUBLE -> Attribute.ofDouble(name);
            case CATEGORICAL -> Attribute.ofCategorical(name);
            case BOOLEAN -> Attribute.ofBoolean(name);
            case DATE -> Attribute.ofDate(name);
            case TIMESTAMP -> Attribute.ofTimestamp(name);
            case TAGS -> Attribute.ofTags(name);
            case GEO_POINT -> Attribute.ofGeoPoint(name);
        };
    }

    @SuppressWarnings("unchecked")
    private static void bind(CustomerSchema.Builder<GenericCustomer> builder, Attribute attribute, int index,
            boolean nullable) {
        if (attribute instanceof LongAttribute a) {
            if (nullable) {
                builder.nullableNumeric(a, c -> (Long) c.values()[index]);
            } else {
                builder.numeric(a, c -> (Long) c.values()[index]);
            }
        } else if (attribute instanceof DoubleAttribute a) {
            if (nullable) {
                builder.nullableNumeric(a, c -> (Double) c.values()[index]);
            } else {
                builder.numeric(a, c -> (Double) c.values()[index]);   // NaN still stands for missing
            }
        } else if (attribute instanceof CategoricalAttribute a) {
            builder.categorical(a, c -> (String) c.values()[index]);
        } else if (attribute instanceof BooleanAttribute a) {
            builder.bool(a, c -> (Boolean) c.values()[index]);
        } else if (attribute instanceof DateAttribute a) {
            builder.date(a, c -> (LocalDate) c.values()[index]);
        } else if (attribute instanceof TimestampAttribute a) {
            builder.timestamp(a, c -> (Instant) c.values()[index]);
        } else if (attribute instanceof TagsAttribute a) {
            builder.tags(a, c -> (Collection<String>) c.values()[index]);
        } else {
            builder.geoPoint((GeoPointAttribute) attribute, c -> (GeoPoint) c.values()[index]);
        }
    }

    /** A customer of {@code schema}; about one value in ten is missing where the attribute allows it. */
    public static Arbitrary<GenericCustomer> customers(RandomSchema schema) {
        List<Arbitrary<Object>> values = new ArrayList<>();
        for (int i = 0; i < schema.attributes().size(); i++) {
            Arbitrary<Object> value = values(schema.attributes().get(i).kind());
            values.add(schema.nullable().get(i) ? value.injectNull(0.1) : value);
        }
        return Combinators.combine(Arbitraries.longs(), Combinators.combine(values).as(List::toArray))
                .as(GenericCustomer::new);
    }

    @SuppressWarnings("unchecked")
    private static Arbitrary<Object> values(AttributeKind kind) {
        Arbitrary<?> values = switch (kind) {
            case LONG -> Arbitraries.oneOf(Arbitraries.of(AGES), Arbitraries.longs());
            case DOUBLE -> Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.of(INCOMES)),
                    Tuple.of(2, Arbitraries.doubles().between(-1e6, 1e6)), Tuple.of(1, Arbitraries.just(Double.NaN)));
            case CATEGORICAL -> Arbitraries.of(COUNTRIES);
            case BOOLEAN -> Arbitraries.of(true, false);
            case DATE -> Arbitraries.of(DATES);
            case TIMESTAMP -> Arbitraries.of(ALL_INSTANTS);
            case TAGS -> Arbitraries.of(TAGS).list().ofMaxSize(4);
            case GEO_POINT -> Arbitraries.oneOf(Arbitraries.of(POINTS), Combinators.combine(
                    Arbitraries.doubles().between(-90, 90), Arbitraries.doubles().between(-180, 180))
                    .as(GeoPoint::of));
        };
        return (Arbitrary<Object>) values;
    }

    /** A leaf criterion on one of {@code schema}'s attributes, or a constant. */
    public static Arbitrary<Criterion> leaves(RandomSchema schema) {
        return Arbitraries.frequencyOf(
                Tuple.of(12, Arbitraries.oneOf(schema.attributes().stream().map(RandomSchemas::leafOn).toList())),
                Tuple.of(2, Combinators.combine(Arbitraries.of(schema.attributes()), Arbitraries.of(true, false))
                        .as((attribute, present) -> present ? Criteria.isPresent(attribute)
                                : Criteria.isMissing(attribute))),
                Tuple.of(1, Arbitraries.of(Criteria.all(), Criteria.none())));
    }

    private static Arbitrary<Criterion> leafOn(Attribute attribute) {
        Arbitrary<ComparisonOperator> operators = Arbitraries.of(ComparisonOperator.class);
        Arbitrary<RelativeDateOperator> relative = Arbitraries.of(RelativeDateOperator.class);
        if (attribute instanceof LongAttribute a) {
            return ordered(a, Arbitraries.of(AGES), operators);
        }
        if (attribute instanceof DoubleAttribute a) {
            return ordered(a, Arbitraries.of(INCOMES), operators);
        }
        if (attribute instanceof DateAttribute a) {
            return Arbitraries.oneOf(ordered(a, Arbitraries.of(DATES), operators), Combinators.combine(relative,
                    Arbitraries.of(0L, 1L, 7L, 30L, 365L)).as((op, days) -> new RelativeDate(a, op, days)));
        }
        if (attribute instanceof TimestampAttribute a) {
            return Arbitraries.oneOf(ordered(a, Arbitraries.of(ALL_INSTANTS), operators), Combinators.combine(relative,
                    Arbitraries.of(0L, 1L, 7L, 30L)).as((op, days) -> new RelativeDate(a, op, days)));
        }
        if (attribute instanceof CategoricalAttribute a) {
            return Arbitraries.oneOf(Arbitraries.of(COUNTRIES), Arbitraries.just("not-in-any-row")).list()
                    .ofMaxSize(4).map(a::in);
        }
        if (attribute instanceof BooleanAttribute a) {
            return Arbitraries.of(true, false).map(a::eq);
        }
        if (attribute instanceof TagsAttribute a) {
            return Combinators.combine(Arbitraries.of(TagsOperator.class), Arbitraries.oneOf(Arbitraries.of(TAGS),
                    Arbitraries.just("never-held")).list().ofMaxSize(3)).as((match, tags) -> new TagsMatch(a, match,
                    tags));
        }
        GeoPointAttribute a = (GeoPointAttribute) attribute;
        return Combinators.combine(Arbitraries.of(POINTS), Arbitraries.of(0.0, 1.0, 50.0, 343.5565, 500.0, 10_007.6,
                20_100.0)).as((center, km) -> new WithinDistance(a, center, km));
    }

    private static <V> Arbitrary<Criterion> ordered(
            io.github.segmentkit.api.attribute.OrderedAttribute<V> attribute, Arbitrary<V> values,
            Arbitrary<ComparisonOperator> operators) {
        return Arbitraries.oneOf(
                Combinators.combine(operators, values).as((op, v) -> new Comparison<>(attribute, op, v)),
                Combinators.combine(values, values).as((x, y) -> attribute.compareValues(x, y) <= 0
                        ? new Between<>(attribute, x, y) : new Between<>(attribute, y, x)));
    }

    /** A criterion tree over {@code schema} of at most {@code maxDepth} levels, optionally referring to segments. */
    public static Arbitrary<Criterion> criteria(RandomSchema schema, int maxDepth, List<String> segmentNames) {
        Arbitrary<Criterion> leaf = segmentNames.isEmpty() ? leaves(schema)
                : Arbitraries.frequencyOf(Tuple.of(6, leaves(schema)),
                        Tuple.of(1, Arbitraries.of(segmentNames).map(Criteria::inSegment)));
        if (maxDepth <= 1) {
            return leaf;
        }
        Arbitrary<Criterion> child = Arbitraries.lazy(() -> criteria(schema, maxDepth - 1, segmentNames));
        return Arbitraries.frequencyOf(
                Tuple.of(4, leaf),
                Tuple.of(2, child.list().ofMinSize(2).ofMaxSize(3).map(And::new)),
                Tuple.of(2, child.list().ofMinSize(2).ofMaxSize(3).map(Or::new)),
                Tuple.of(1, child.map(Not::new)));
    }

    /** Up to {@code maxSegments} segments {@code s0, s1, …} over {@code schema}; each may refer to earlier ones. */
    public static Arbitrary<List<Segment>> segments(RandomSchema schema, int maxSegments, int maxDepth) {
        return Generators.segments(maxSegments, earlier -> criteria(schema, maxDepth, earlier));
    }
}
