/**
 * Psychographic classifiers ({@code docs/classifiers.md}, "Psychographic"): nearest persona over Likert survey
 * answers, and interest-tag scoring.
 *
 * <pre>{@code
 * Classifier nearestPersona = ClassifierRegistry.create("persona", Map.of("items", items, "personas", personas));
 * }</pre>
 */
package io.github.segmentkit.classifiers.psychographic;
