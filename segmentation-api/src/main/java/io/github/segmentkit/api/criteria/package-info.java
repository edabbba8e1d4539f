/**
 * The criteria language: an immutable, sealed syntax tree of conditions on a customer
 * ({@link io.github.segmentkit.api.criteria.Criterion}), built fluently from attributes
 * ({@code AGE.between(25, 34)}) and from {@link io.github.segmentkit.api.criteria.Criteria} for what hangs off no
 * attribute: {@code all()}, {@code none()}, {@code and/or/not}, {@code isMissing/isPresent} and
 * {@code inSegment}. Each node is a record whose javadoc states its meaning.
 *
 * <p>Semantics are SQL's three-valued logic: a comparison with a missing value is UNKNOWN, {@code not(UNKNOWN)}
 * is UNKNOWN, and a customer belongs to a segment only when its criterion is TRUE; presence tests and
 * {@code inSegment} are never UNKNOWN. Engines, the reference evaluator, the definitions printers and the
 * validator all walk the tree with a {@link io.github.segmentkit.api.criteria.CriterionVisitor} (Java 17 has no
 * pattern-matching switch), so a new backend renders the same tree without {@code instanceof}.
 *
 * <pre>{@code
 * // import static io.github.segmentkit.api.criteria.Criteria.*;
 * Criterion c = and(AGE.between(25, 34), or(COUNTRY.eq("US"), isMissing(COUNTRY)), not(inSegment("lapsed")));
 * }</pre>
 */
package io.github.segmentkit.api.criteria;
