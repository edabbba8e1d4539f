package io.github.segmentkit.testing.generators;

import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.schema.CustomerSchema;
import java.util.List;

/**
 * A randomly generated schema over {@link GenericCustomer}: several attributes of every kind, in random order,
 * whole-number attributes bound either as never-missing primitives or as nullable boxes. Made by
 * {@link RandomSchemas#schemas()}.
 *
 * <pre>{@code
 * @Property(tries = 20)
 * void should_agree_on_random_schemas(@ForAll("scenarios") RandomSchemas.Scenario scenario) {
 *     ReferenceEvaluator<GenericCustomer> oracle = ReferenceEvaluator.of(scenario.schema().schema(),
 *             scenario.segments(), TestCustomers.AS_OF);
 *     Segmenter<GenericCustomer> engine = Segmenter.builder(scenario.schema().schema())
 *             .addAll(scenario.segments()).asOf(TestCustomers.AS_OF.date()).build();
 *     scenario.customers().forEach(c -> assertThat(engine.segmentsOf(c)).isEqualTo(oracle.segmentsOf(c)));
 * }
 * }</pre>
 *
 * @param schema     the schema; attribute {@code i} reads {@code values()[i]}
 * @param attributes the attributes, in schema order
 * @param nullable   for each attribute, whether its extractor may return {@code null} (doubles may be NaN anyway)
 */
public record RandomSchema(CustomerSchema<GenericCustomer> schema, List<Attribute> attributes,
        List<Boolean> nullable) {
    public RandomSchema {
        attributes = List.copyOf(attributes);
        nullable = List.copyOf(nullable);
    }
}
