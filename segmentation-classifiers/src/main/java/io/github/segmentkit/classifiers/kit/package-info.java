/**
 * Building blocks shared by the built-in classifiers: typed settings reading, left-closed bands, the fitted form
 * of population-independent classifiers and the provider base class for them.
 *
 * <pre>{@code
 * Settings settings = Settings.of("age-band", values).allowOnly("age", "output", "edges");
 * }</pre>
 */
package io.github.segmentkit.classifiers.kit;
