/**
 * The outcome of a segmentation run ({@link io.github.segmentkit.api.result.SegmentationResult}): for each
 * segment its members, for each customer its segments, and the customers in no segment. Customers are addressed
 * either by their position in the input (row, 0-based) or by the id the schema reads; the method names say which
 * ({@code segmentsOfRow}/{@code segmentsOfId}, {@code isMemberByRow}/{@code isMemberById}). Every customer of the
 * input is accounted for: {@code customerCount()} equals the input size.
 *
 * <pre>{@code
 * SegmentationResult result = segmenter.segment(customers);
 * for (String segment : result.segmentNames()) {
 *     log.info("{}: {} of {}", segment, result.count(segment), result.customerCount());
 * }
 * long[] nobody = result.unsegmentedIds();
 * }</pre>
 *
 * <p>Engines return their own implementations (the core engine's holds compressed bitmaps); exclusive buckets are
 * derived from any of them by {@code api.waterfall}.
 */
package io.github.segmentkit.api.result;
