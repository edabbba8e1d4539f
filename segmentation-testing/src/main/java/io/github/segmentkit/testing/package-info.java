/**
 * Testing support for engines and for users' own segment definitions, to be added with test scope. At its centre
 * is the oracle, {@link io.github.segmentkit.testing.ReferenceEvaluator}: a deliberately plain evaluator that walks
 * the criterion tree for one customer at a time, written to be obviously right rather than fast. Every engine is
 * compared with it, and a user can check what a segment means on hand-made customers.
 *
 * <pre>{@code
 * ReferenceEvaluator<Customer> oracle = ReferenceEvaluator.of(schema, segments, AsOf.date(LocalDate.of(2024, 3, 31)));
 * assertThat(segmenter.segmentsOf(customer)).isEqualTo(oracle.segmentsOf(customer));
 * }</pre>
 *
 * <p>{@code testing.conformance} holds the hand-computed suite every engine runs; {@code testing.generators} the
 * jqwik generators of customers, schemas and criteria for differential property tests.
 */
package io.github.segmentkit.testing;
