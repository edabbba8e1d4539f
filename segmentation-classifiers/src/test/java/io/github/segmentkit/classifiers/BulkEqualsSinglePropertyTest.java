package io.github.segmentkit.classifiers;

import io.github.segmentkit.testing.generators.ClassifierSamples;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.classify.AttributeValues;
import io.github.segmentkit.api.classify.Classifier;
import io.github.segmentkit.api.classify.ClassifierRegistry;
import io.github.segmentkit.api.classify.FittedClassifier;
import io.github.segmentkit.api.classify.Label;
import io.github.segmentkit.testing.generators.Generators;
import io.github.segmentkit.testing.generators.TestCustomer;
import io.github.segmentkit.testing.generators.TestCustomers;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * For every built-in type on random customers (missing values, NaN, extremes, Urdu and Telugu strings, poles and the
 * antimeridian): a customer classified alone, by the fitted classifier or by one restored from its saved parameters,
 * gets exactly the label of the bulk run, and every label is one the classifier declares.
 */
class BulkEqualsSinglePropertyTest {

    @Provide
    Arbitrary<List<TestCustomer>> customers() {
        // customer ids are unique in a population: RFM ranks customers by (frequency, id) and refuses duplicates
        return Generators.customers().list().ofMaxSize(60).uniqueElements(TestCustomer::id);
    }

    @Property(tries = 150)
    void should_give_a_single_customer_its_bulk_label(@ForAll("customers") List<TestCustomer> customers) {
        List<AttributeValues> values = customers.stream().map(TestCustomers.SCHEMA::values).toList();
        for (Map.Entry<String, Map<String, Object>> sample : ClassifierSamples.byName().entrySet()) {
            String type = ClassifierSamples.type(sample.getKey());
            Classifier classifier = ClassifierRegistry.create(type, sample.getValue());
            FittedClassifier fitted = classifier.fit(values);
            List<Label> bulk = fitted.applyAll(values);
            FittedClassifier restored = ClassifierRegistry.restore(type, classifier.settings(), fitted.parameters());
            assertThat(bulk).hasSize(values.size());
            for (int i = 0; i < values.size(); i++) {
                Label label = bulk.get(i);
                assertThat(fitted.apply(values.get(i))).as("%s row %d", sample.getKey(), i).isEqualTo(label);
                assertThat(restored.apply(values.get(i))).as("%s restored row %d", sample.getKey(), i)
                        .isEqualTo(label);
                assertThat(fitted.labels()).as(sample.getKey()).contains(label.value());
            }
        }
    }
}
