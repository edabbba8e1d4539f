/**
 * Typed customer attributes: the constants criteria are written against. Each kind has its own type, so that only
 * the criteria that make sense for it compile: ordered kinds ({@link io.github.segmentkit.api.attribute.LongAttribute},
 * {@link io.github.segmentkit.api.attribute.DoubleAttribute}, and the
 * {@link io.github.segmentkit.api.attribute.TemporalAttribute dates and timestamps}) compare and take ranges,
 * categorical strings match exactly, tags test set membership, geo points measure haversine distance
 * ({@link io.github.segmentkit.api.attribute.GeoPoint}), booleans are true or false.
 *
 * <p>An attribute is only a name and a kind; how it is read from the user's customer class is said once, in a
 * {@link io.github.segmentkit.api.schema.CustomerSchema}. Any value may be missing, which makes every criterion
 * on it UNKNOWN except the presence tests.
 *
 * <pre>{@code
 * LongAttribute age = Attribute.ofLong("age");
 * TagsAttribute interests = Attribute.ofTags("interests");
 * Criterion outdoorAdults = age.ge(18L).and(interests.containsAny("hiking", "camping"));
 * }</pre>
 */
package io.github.segmentkit.api.attribute;
