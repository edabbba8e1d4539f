package io.github.segmentkit.api.schema;

import io.github.segmentkit.api.DefinitionException;
import io.github.segmentkit.api.Problem;
import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.attribute.BooleanAttribute;
import io.github.segmentkit.api.attribute.CategoricalAttribute;
import io.github.segmentkit.api.attribute.DateAttribute;
import io.github.segmentkit.api.attribute.DoubleAttribute;
import io.github.segmentkit.api.attribute.GeoPoint;
import io.github.segmentkit.api.attribute.GeoPointAttribute;
import io.github.segmentkit.api.attribute.LongAttribute;
import io.github.segmentkit.api.attribute.TagsAttribute;
import io.github.segmentkit.api.attribute.TimestampAttribute;
import io.github.segmentkit.api.classify.AttributeValues;
import io.github.segmentkit.api.classify.Classifier;
import io.github.segmentkit.api.classify.ClassifierInput;
import io.github.segmentkit.api.classify.FittedClassifier;
import io.github.segmentkit.api.internal.SafeText;
import io.github.segmentkit.api.internal.Suggestions;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;

/**
 * Describes the user's own customer class once: how to read its id and each attribute. Criteria are then written
 * against the attribute constants, and the schema checks them when a segmenter is built.
 *
 * <pre>{@code
 * record Customer(long id, int age, String country, Set<String> interests, double lat, double lon,
 *                 LocalDate lastOrder) {}
 *
 * CustomerSchema<Customer> schema = CustomerSchema.builder(Customer::id)
 *         .numeric(AGE, Customer::age)
 *         .categorical(COUNTRY, Customer::country)
 *         .tags(INTERESTS, Customer::interests)
 *         .geoPoint(HOME, c -> GeoPoint.of(c.lat(), c.lon()))
 *         .date(LAST_ORDER, Customer::lastOrder)
 *         .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe once built, provided the extractors are.
 *
 * @param <T> the customer type
 */
public final class CustomerSchema<T> {
    /** The most attributes one schema may declare. */
    public static final int MAX_ATTRIBUTES = 4096;

    private final ToLongFunction<? super T> idExtractor;
    private final Map<String, AttributeBinding<T>> bindings;

    private CustomerSchema(ToLongFunction<? super T> idExtractor, Map<String, AttributeBinding<T>> bindings) {
        this.idExtractor = idExtractor;
        this.bindings = Collections.unmodifiableMap(new LinkedHashMap<>(bindings));
    }

    /** Starts a schema whose customers are identified by {@code idExtractor}. */
    public static <T> Builder<T> builder(ToLongFunction<? super T> idExtractor) {
        return new Builder<>(idExtractor);
    }

    /** The customer's id. */
    public long id(T customer) {
        return idExtractor.applyAsLong(customer);
    }

    /** Every binding, in declaration order. */
    public List<AttributeBinding<T>> bindings() {
        return List.copyOf(bindings.values());
    }

    /** Every attribute, in declaration order. */
    public List<Attribute> attributes() {
        return bindings.values().stream().map(AttributeBinding::attribute).toList();
    }

    /** The binding of the attribute named {@code name}, if declared. */
    public Optional<AttributeBinding<T>> findBinding(String name) {
        return Optional.ofNullable(bindings.get(name));
    }

    /**
     * The binding of the attribute named {@code name}.
     *
     * @throws IllegalArgumentException naming the attribute and the declared ones when it is not declared
     */
    public AttributeBinding<T> binding(String name) {
        AttributeBinding<T> binding = bindings.get(name);
        if (binding == null) {
            throw new IllegalArgumentException("attribute '" + name + "' is not in the schema; it has "
                    + bindings.keySet());
        }
        return binding;
    }

    /**
     * A view of {@code customer}'s values by attribute name, for classifiers. Values are read when asked for.
     */
    public AttributeValues values(T customer) {
        Objects.requireNonNull(customer, "customer");
        return new AttributeValues() {
            @Override
            public long id() {
                return CustomerSchema.this.id(customer);
            }

            @Override
            public Object get(String attribute) {
                return binding(attribute).read(customer);
            }
        };
    }

    /** A new schema with one more attribute; this schema is unchanged. */
    public CustomerSchema<T> with(AttributeBinding<T> binding) {
        Builder<T> builder = new Builder<>(idExtractor);
        bindings.values().forEach(builder::add);
        return builder.add(binding).build();
    }

    /**
     * A new schema with the fitted classifier's label as a categorical attribute named after its
     * {@link Classifier#output()}, so that criteria can use it like any other:
     *
     * <pre>{@code
     * CustomerSchema<Customer> withBands = schema.withClassifier(ageBands.fit(population));
     * Criterion young = Attribute.ofCategorical("age_band").in("18-24", "25-34");
     * }</pre>
     *
     * Unclassified customers get the label {@value io.github.segmentkit.api.classify.Label#UNCLASSIFIED}, a value
     * like any other, so they are counted, never dropped.
     *
     * @throws DefinitionException naming the classifier, the setting and the input when one of its
     *                             {@link Classifier#expectedInputs() inputs} is not an attribute of this schema or has
     *                             a kind the classifier cannot read: it would label every customer unclassified,
     *                             silently
     */
    public CustomerSchema<T> withClassifier(FittedClassifier fitted) {
        Classifier classifier = fitted.classifier();
        List<Problem> problems = new ArrayList<>();
        for (ClassifierInput input : classifier.expectedInputs()) {
            String name = input.attribute();
            AttributeBinding<T> binding = bindings.get(name);
            String reads = "classifier '" + SafeText.escapeControls(classifier.type()) + "' reads '" + SafeText.escapeControls(name)
                    + "' (setting '" + SafeText.escapeControls(input.setting()) + "')";
            if (binding == null) {
                String hint = Suggestions.closest(name, bindings.keySet()).map(s -> " (did you mean '" + s + "'?)")
                        .orElse("");
                problems.add(Problem.of(null, name, reads + ", which is not an attribute of the schema" + hint
                        + "; the schema has " + bindings.keySet()));
            } else if (!input.accepts(binding.attribute().kind())) {
                problems.add(Problem.of(null, name, reads + " as " + input.kindsInWords() + ", but '"
                        + SafeText.escapeControls(name) + "' is a " + binding.attribute().kind().label()
                        + " attribute: every customer would be unclassified"));
            }
        }
        if (!problems.isEmpty()) {
            throw new DefinitionException(problems);
        }
        CategoricalAttribute output = classifier.outputAttribute();
        return with(new CategoricalBinding<>(output, customer -> fitted.apply(values(customer)).value()));
    }

    /** The declared attribute named {@code name}, if any. */
    public Optional<Attribute> findAttribute(String name) {
        return findBinding(name).map(AttributeBinding::attribute);
    }

    @Override
    public String toString() {
        return "CustomerSchema" + attributes().stream().map(a -> a.name() + ": " + a.kind().label()).toList();
    }

    /**
     * Collects attribute bindings. Each attribute name may be declared once.
     *
     * @param <T> the customer type
     */
    public static final class Builder<T> {
        private final ToLongFunction<? super T> idExtractor;
        private final Map<String, AttributeBinding<T>> bindings = new LinkedHashMap<>();

        private Builder(ToLongFunction<? super T> idExtractor) {
            this.idExtractor = Objects.requireNonNull(idExtractor, "idExtractor");
        }

        /** A whole-number attribute that is never missing. */
        public Builder<T> numeric(LongAttribute attribute, ToLongFunction<? super T> extractor) {
            return add(LongBinding.of(attribute, extractor));
        }

        /**
         * A whole-number attribute; {@code extractor} returns {@code null} (or a NaN) when the value is missing. Any
         * {@code Number} type is taken when it holds a {@code long} exactly ({@code 5.0} and {@code BigDecimal("5.000")}
         * are 5); a fraction, an infinity or a value beyond the range of {@code long} is an
         * {@code InvalidCustomerDataException} naming the row, the customer and the attribute, never rounded or wrapped.
         */
        public Builder<T> nullableNumeric(LongAttribute attribute, Function<? super T, ? extends Number> extractor) {
            return add(LongBinding.ofNullable(attribute, extractor));
        }

        /**
         * A whole-number attribute that is missing when {@code present} fails, else read by the primitive
         * {@code extractor} without boxing: for classes that keep a primitive and a flag, or to skip the
         * {@code Long} a boxed getter would need.
         *
         * <pre>{@code
         * CustomerSchema.builder(Customer::id).nullableNumeric(AGE, c -> c.age() > 0, Customer::age).build();
         * }</pre>
         */
        public Builder<T> nullableNumeric(LongAttribute attribute, Predicate<? super T> present,
                ToLongFunction<? super T> extractor) {
            return add(LongBinding.ofNullable(attribute, present, extractor));
        }

        /** A floating-point attribute; NaN counts as missing. */
        public Builder<T> numeric(DoubleAttribute attribute, ToDoubleFunction<? super T> extractor) {
            return add(new DoubleBinding<>(attribute, extractor));
        }

        /** A floating-point attribute; {@code extractor} returns {@code null} (or NaN) when missing. */
        public Builder<T> nullableNumeric(DoubleAttribute attribute,
                Function<? super T, ? extends Number> extractor) {
            Objects.requireNonNull(extractor, "extractor");
            return add(new DoubleBinding<T>(attribute, customer -> {
                Number value;
                try {
                    value = extractor.apply(customer);
                } catch (NullPointerException e) {
                    // not an unboxed null (this extractor may return null): DoubleBinding must not advise this method
                    throw new IllegalStateException("the extractor of nullableNumeric(...) threw " + e, e);
                }
                return value == null ? Double.NaN : value.doubleValue();
            }));
        }

        /** A categorical attribute; {@code null} is missing. */
        public Builder<T> categorical(CategoricalAttribute attribute, Function<? super T, String> extractor) {
            return add(new CategoricalBinding<>(attribute, extractor));
        }

        /** A yes/no attribute; {@code null} is missing. */
        public Builder<T> bool(BooleanAttribute attribute, Function<? super T, Boolean> extractor) {
            return add(new BooleanBinding<>(attribute, extractor));
        }

        /** A date attribute; {@code null} is missing. */
        public Builder<T> date(DateAttribute attribute, Function<? super T, LocalDate> extractor) {
            return add(new DateBinding<>(attribute, extractor));
        }

        /** A timestamp attribute; {@code null} is missing. */
        public Builder<T> timestamp(TimestampAttribute attribute, Function<? super T, Instant> extractor) {
            return add(new TimestampBinding<>(attribute, extractor));
        }

        /** A tags attribute; {@code null} is missing, an empty collection holds no tag. */
        public Builder<T> tags(TagsAttribute attribute,
                Function<? super T, ? extends Collection<String>> extractor) {
            return add(new TagsBinding<>(attribute, extractor));
        }

        /** A geo-point attribute; {@code null} is missing. */
        public Builder<T> geoPoint(GeoPointAttribute attribute, Function<? super T, GeoPoint> extractor) {
            return add(new GeoPointBinding<>(attribute, extractor));
        }

        /**
         * A geo-point attribute read as two doubles, without creating a {@link GeoPoint} per customer; the point is
         * missing when both are NaN (see {@link GeoPointBinding#ofCoordinates}).
         *
         * <pre>{@code
         * CustomerSchema.builder(Customer::id).geoPoint(HOME, Customer::lat, Customer::lon).build();
         * }</pre>
         */
        public Builder<T> geoPoint(GeoPointAttribute attribute, ToDoubleFunction<? super T> latitude,
                ToDoubleFunction<? super T> longitude) {
            return add(GeoPointBinding.ofCoordinates(attribute, latitude, longitude));
        }

        /** Any binding, e.g. one built by a classifier. */
        public Builder<T> add(AttributeBinding<T> binding) {
            Objects.requireNonNull(binding, "binding");
            String name = binding.attribute().name();
            if (bindings.containsKey(name)) {
                throw new IllegalArgumentException("attribute '" + name + "' is declared twice");
            }
            if (bindings.size() == MAX_ATTRIBUTES) {
                throw new IllegalArgumentException("a schema holds at most " + MAX_ATTRIBUTES
                        + " attributes; '" + name + "' would be one more");
            }
            bindings.put(name, binding);
            return this;
        }

        /** The immutable schema. */
        public CustomerSchema<T> build() {
            return new CustomerSchema<>(idExtractor, bindings);
        }
    }
}
