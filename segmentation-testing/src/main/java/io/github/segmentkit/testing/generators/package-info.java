/**
 * jqwik generators for differential property tests of an engine against the {@code ReferenceEvaluator}:
 * {@link io.github.segmentkit.testing.generators.Generators} draws
 * {@link io.github.segmentkit.testing.generators.TestCustomer}s and criteria over one fixed schema ({@link io.github.segmentkit.testing.generators.TestCustomers}), mostly from
 * pools of awkward values (extremes, negative zero, infinities, empty strings, right-to-left scripts, the poles and
 * the antimeridian); {@link io.github.segmentkit.testing.generators.RandomSchemas} draws whole random schemas over
 * {@link io.github.segmentkit.testing.generators.GenericCustomer} with customers and segments for them; and
 * {@link io.github.segmentkit.testing.generators.ClassifierSamples} holds one configuration of every built-in
 * classifier type. Each generator's javadoc shows a property using it.
 */
package io.github.segmentkit.testing.generators;
