/**
 * Segments evaluated by the database: a {@link io.github.segmentkit.jdbc.SqlTable} says where each attribute
 * lives, a {@link io.github.segmentkit.jdbc.SqlDialect} says how the database spells what standard SQL leaves open,
 * the {@link io.github.segmentkit.jdbc.SqlCriterionRenderer} writes one parameterised condition per segment and
 * {@link io.github.segmentkit.jdbc.JdbcSegmentation} runs them all in one statement. Members are exactly those of the
 * in-memory engine: see docs/sql.md for the three-valued mapping and the limits.
 */
package io.github.segmentkit.jdbc;
