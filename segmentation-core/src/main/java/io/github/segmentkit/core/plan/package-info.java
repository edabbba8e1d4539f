/**
 * The evaluation plan: criteria compiled against one table into steps that each write the TRUE and UNKNOWN
 * bitmaps of one sub-expression for one chunk, in SQL's three-valued logic, with equal sub-expressions shared by
 * all segments. Engine internals; {@link io.github.segmentkit.core.plan.EvaluationPlan} is public only for
 * {@code core.engine}.
 *
 * <pre>{@code
 * EvaluationPlan plan = EvaluationPlan.compile(table, segments, asOf);
 * }</pre>
 */
package io.github.segmentkit.core.plan;
