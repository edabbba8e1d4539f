/**
 * SegmentKit on Apache Spark: {@link io.github.segmentkit.spark.SparkSegmenter} runs the in-memory engine's segment
 * definitions on a {@code Dataset<Row>} with identical answers, through
 * {@link io.github.segmentkit.spark.SparkCriterionRenderer}, which renders any criterion as a Spark
 * {@code Column}. See docs/spark.md.
 */
package io.github.segmentkit.spark;
