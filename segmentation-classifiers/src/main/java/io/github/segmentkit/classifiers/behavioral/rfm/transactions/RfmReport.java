package io.github.segmentkit.classifiers.behavioral.rfm.transactions;

import io.github.segmentkit.api.attribute.LongAttribute;
import io.github.segmentkit.api.classify.Label;
import io.github.segmentkit.api.schema.CategoricalBinding;
import io.github.segmentkit.api.schema.CustomerSchema;
import io.github.segmentkit.api.schema.LongBinding;
import io.github.segmentkit.classifiers.behavioral.rfm.RfmModel;
import io.github.segmentkit.classifiers.behavioral.rfm.RfmScore;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * The result of an {@link RfmAnalysis}: every customer's metrics, scores and segment, the fitted model (to score
 * other customers or a later period with the same edges), and what cleaning dropped. {@link #addTo} joins the
 * results to the user's own customers by the schema's id, as typed attributes ({@link #attributes()}).
 *
 * <pre>{@code
 * RfmReport report = analysis.analyse(aggregator);
 * report.segmentCounts();   // each segment of the map, in its order, with its count (0 when empty)
 * CustomerSchema<Customer> withRfm = report.addTo(schema);
 * Criterion champions = report.attributes().segment().eq("champions");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class RfmReport {
    private final List<RfmCustomer> customers;
    private final long[] ids;
    private final RfmModel model;
    private final RfmConfig config;
    private final CleaningReport cleaning;

    /** {@code customers} in ascending id order, each id once. */
    RfmReport(List<RfmCustomer> customers, RfmModel model, RfmConfig config, CleaningReport cleaning) {
        this.customers = List.copyOf(customers);
        this.ids = this.customers.stream().mapToLong(RfmCustomer::customerId).toArray();
        this.model = model;
        this.config = Objects.requireNonNull(config, "config");
        this.cleaning = cleaning;
    }

    /** Every scored customer, in ascending id order. */
    public List<RfmCustomer> customers() {
        return customers;
    }

    /** The result of the customer with {@code id}; empty when no kept transaction of theirs was read. */
    public Optional<RfmCustomer> customer(long id) {
        int at = Arrays.binarySearch(ids, id);
        return at < 0 ? Optional.empty() : Optional.of(customers.get(at));
    }

    /** The fitted model; empty when there were no customers. */
    public Optional<RfmModel> model() {
        return Optional.ofNullable(model);
    }

    /** Lines read and dropped; empty when the analysis started from metrics rather than transactions. */
    public Optional<CleaningReport> cleaning() {
        return Optional.ofNullable(cleaning);
    }

    /** The typed handles of the attributes {@link #addTo} declares. */
    public RfmAttributes attributes() {
        return config.attributes();
    }

    /**
     * A new schema with the RFM results as attributes ({@link #attributes()}), looked up by the schema's customer
     * id: the segment as a categorical attribute and R, F, M as whole numbers. A customer without kept transactions
     * gets the segment {@value Label#UNCLASSIFIED} (counted, never dropped) and missing scores.
     *
     * @throws IllegalArgumentException when the schema already declares one of the attribute names
     */
    public <T> CustomerSchema<T> addTo(CustomerSchema<T> schema) {
        Objects.requireNonNull(schema, "schema");
        RfmAttributes attributes = attributes();
        return schema
                .with(new CategoricalBinding<T>(attributes.segment(), customer -> segmentOf(schema.id(customer))))
                .with(score(schema, attributes.recencyScore(), RfmScore::recency))
                .with(score(schema, attributes.frequencyScore(), RfmScore::frequency))
                .with(score(schema, attributes.monetaryScore(), RfmScore::monetary));
    }

    private String segmentOf(long id) {
        return customer(id).map(c -> c.segment().value()).orElse(Label.UNCLASSIFIED);
    }

    private <T> LongBinding<T> score(CustomerSchema<T> schema, LongAttribute attribute,
            ToIntFunction<RfmScore> part) {
        return LongBinding.ofNullable(attribute, customer -> customer(schema.id(customer))
                .map(c -> (Number) part.applyAsInt(c.score())).orElse(null));
    }

    /**
     * Customers per segment, in the map's segment order, every segment listed (0 when empty), then
     * {@value Label#UNCLASSIFIED} if any customer is. The counts add up to the number of customers.
     */
    public Map<String, Long> segmentCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        config.segmentMap().segments().forEach(segment -> counts.put(segment, 0L));
        for (RfmCustomer customer : customers) {
            counts.merge(customer.segment().value(), 1L, Long::sum);
        }
        return counts;
    }

    @Override
    public String toString() {
        return "RfmReport[" + customers.size() + " customers, " + segmentCounts() + "]";
    }
}
