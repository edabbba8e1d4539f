package io.github.segmentkit.classifiers.behavioral;

import java.util.List;
import java.util.Map;

/**
 * The typed, immutable configuration of a built-in classifier: its type name, what it reads and writes, and its
 * settings as data (which the type's provider reads back into an equal configuration).
 *
 * <pre>{@code
 * RfmClassifierConfig config = RfmClassifierConfig.defaults();
 * ClassifierRegistry.create(config.type(), config.toSettings());   // an equal classifier
 * }</pre>
 *
 * <p>Implementations are records, immutable and thread-safe.
 *
 * <p>Transitional: kept only for the RFM classifier until it is ported onto the classifier kit
 * ({@link io.github.segmentkit.classifiers.kit}), then removed; new code uses the kit.
 */
public interface ClassifierConfig {
    /** The stable type name, e.g. {@code "rfm"}. */
    String type();

    /** The attributes read. */
    List<String> inputs();

    /** The derived attribute written. */
    String output();

    /** The configuration as data. */
    Map<String, Object> toSettings();
}
