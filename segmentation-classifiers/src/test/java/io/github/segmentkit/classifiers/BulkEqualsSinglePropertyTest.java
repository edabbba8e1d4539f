package io.github.segmentkit.classifiers;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.Segmenter;
import io.github.segmentkit.api.SegmenterBuilder;
import io.github.segmentkit.api.classify.AttributeValues;
import io.github.segmentkit.api.classify.Classifier;
import io.github.segmentkit.api.classify.ClassifierRegistry;
import io.github.segmentkit.api.classify.FittedClassifier;
import io.github.segmentkit.api.classify.Label;
import io.github.segmentkit.api.result.SegmentationResult;
import io.github.segmentkit.api.schema.CustomerSchema;
import io.github.segmentkit.testing.generators.ClassifierSamples;
import io.github.segmentkit.testing.generators.Generators;
import io.github.segmentkit.testing.generators.TestCustomer;
import io.github.segmentkit.testing.generators.TestCustomers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * For every built-in type on random customers (missing values, NaN, extremes, Urdu and Telugu strings, poles and the
 * antimeridian), a customer labelled alone by {@code apply} gets exactly the label it gets in bulk, two ways that
 * share no code with {@code apply}'s caller:
 * <ul>
 *   <li>through the engine: the fitted classifier becomes a derived attribute ({@code CustomerSchema.withClassifier}),
 *       the columnar engine segments the whole population with one segment per declared label, and each customer
 *       must be in exactly the segment of its own label (so the label survives dictionary encoding, and
 *       {@code unclassified} is a value like any other, never dropped);</li>
 *   <li>from saved parameters: a classifier restored from the fit's parameters labels every customer alike (rfm:
 *       as the fit labels a customer outside its population, since the parameters hold no ids).</li>
 * </ul>
 * Every label must also be one the classifier declares.
 */
class BulkEqualsSinglePropertyTest {

    @Provide
    Arbitrary<List<TestCustomer>> customers() {
        // customer ids are unique in a population: RFM ranks customers by (frequency, id) and refuses duplicates
        return Generators.customers().list().ofMaxSize(60).uniqueElements(TestCustomer::id);
    }

    @Property(tries = 50)
    void should_give_a_single_customer_its_bulk_label(@ForAll("customers") List<TestCustomer> customers) {
        List<AttributeValues> values = customers.stream().map(TestCustomers.SCHEMA::values).toList();
        // every sample writes its own output attribute, so that one engine run labels the population with all
        List<String> names = List.copyOf(ClassifierSamples.byName().keySet());
        List<FittedClassifier> fits = new ArrayList<>();
        CustomerSchema<TestCustomer> schema = TestCustomers.SCHEMA;
        for (int s = 0; s < names.size(); s++) {
            Map<String, Object> settings = new HashMap<>(ClassifierSamples.byName().get(names.get(s)));
            settings.put("output", "label_of_sample_" + s);
            FittedClassifier fitted = ClassifierRegistry.create(ClassifierSamples.type(names.get(s)), settings)
                    .fit(values);
            fits.add(fitted);
            schema = schema.withClassifier(fitted);
        }
        SegmentationResult bulk = segmentByLabel(schema, fits, customers);
        Set<Long> ids = customers.stream().map(TestCustomer::id).collect(Collectors.toSet());
        long unusedId = LongStream.iterate(Long.MIN_VALUE, id -> id + 1).filter(id -> !ids.contains(id)).findFirst()
                .orElseThrow();

        for (int s = 0; s < names.size(); s++) {
            FittedClassifier fitted = fits.get(s);
            String prefix = s + "/";
            Classifier classifier = fitted.classifier();
            FittedClassifier restored = ClassifierRegistry.restore(classifier.type(), classifier.settings(),
                    fitted.parameters());
            for (int row = 0; row < values.size(); row++) {
                Label label = fitted.apply(values.get(row));
                assertThat(fitted.labels()).as("%s row %d", names.get(s), row).contains(label.value());
                assertThat(bulk.segmentsOfRow(row)).as("%s row %d, label %s", names.get(s), row, label)
                        .filteredOn(segment -> segment.startsWith(prefix))
                        .containsExactly(segmentOf(s, fitted, label.value()));
                // rfm's saved parameters hold no ids, so a restored rfm labels every customer as the fit labels a
                // customer it did not fit, by frequency alone (docs/classifiers.md, "Frequency ties")
                Label expected = classifier.type().equals("rfm") ? fitted.apply(outsider(values.get(row), unusedId)) : label;
                assertThat(restored.apply(values.get(row))).as("%s restored row %d", names.get(s), row)
                        .isEqualTo(expected);
            }
        }
    }

    /** The same values under an id no customer of the population has, so that a fit does not know the customer. */
    private static AttributeValues outsider(AttributeValues customer, long unusedId) {
        return new AttributeValues() {
            @Override
            public long id() {
                return unusedId;
            }

            @Override
            public Object get(String attribute) {
                return customer.get(attribute);
            }
        };
    }

    /** The population segmented by the engine on the derived attributes, one segment per sample and label. */
    private static SegmentationResult segmentByLabel(CustomerSchema<TestCustomer> schema, List<FittedClassifier> fits,
            List<TestCustomer> customers) {
        SegmenterBuilder<TestCustomer> builder = Segmenter.builder(schema);
        for (int s = 0; s < fits.size(); s++) {
            FittedClassifier fitted = fits.get(s);
            for (String label : fitted.labels()) {
                builder.add(Segment.named(segmentOf(s, fitted, label))
                        .where(fitted.classifier().outputAttribute().eq(label)));
            }
        }
        return builder.build().segment(customers);
    }

    private static String segmentOf(int sample, FittedClassifier fitted, String label) {
        return sample + "/" + fitted.labels().indexOf(label);
    }
}
