package io.github.segmentkit.classifiers.kit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The format version that every classifier's fitted parameters carry, so that parameters saved by one release are
 * read by the next, or refused with a message naming the version found and the versions supported (see
 * {@code docs/classifiers.md}, "Saving and restoring a fit").
 *
 * <p>{@link #of} writes the version under {@value #KEY} as the first entry of
 * {@link io.github.segmentkit.api.classify.FittedClassifier#parameters()}; {@link AbstractClassifierProvider}
 * checks it with {@link #read} before a provider sees the rest. Parameters without the key were saved before
 * versions were written, in what is now version 1, and are read as such. When a release changes the parameters of
 * any classifier type, it raises {@link #CURRENT_VERSION}, and that type's provider reads the older versions it can
 * convert (raising {@link #OLDEST_READABLE_VERSION} when one can no longer be read).
 *
 * <pre>{@code
 * public Map<String, Object> parameters() {
 *     return FittedParameters.of(Map.of("edges", edges.toStrings()));   // {formatVersion=1, edges=[0, 2.5, 10]}
 * }
 * }</pre>
 */
public final class FittedParameters {
    /** The key of the format version in saved parameters. */
    public static final String KEY = "formatVersion";
    /** The version this release writes. */
    public static final int CURRENT_VERSION = 1;
    /** The oldest version this release reads. */
    public static final int OLDEST_READABLE_VERSION = 1;

    private FittedParameters() {
    }

    /** The parameters to save: the format version first, then {@code learned} in its order; unmodifiable. */
    public static Map<String, Object> of(Map<String, Object> learned) {
        Objects.requireNonNull(learned, "learned");
        if (learned.containsKey(KEY)) {
            throw new IllegalArgumentException("'" + KEY + "' is reserved for the format version");
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put(KEY, (long) CURRENT_VERSION);
        parameters.putAll(learned);
        return Collections.unmodifiableMap(parameters);
    }

    /** The parameters of a fit that learned nothing: only the format version. */
    public static Map<String, Object> none() {
        return of(Map.of());
    }

    /**
     * Checks the format version of saved {@code parameters} of a classifier of {@code type}, and reads the rest.
     *
     * @return a reader of the parameters without the version key
     * @throws io.github.segmentkit.api.DefinitionException when the parameters are null, or the version is not a
     *         whole number or not one this release reads, naming the version found and the versions supported
     */
    public static Settings read(String type, Map<String, Object> parameters) {
        Settings saved = Settings.parameters(type, parameters);
        long version = saved.integer(KEY, Long.MIN_VALUE, Long.MAX_VALUE, OLDEST_READABLE_VERSION);
        if (version > CURRENT_VERSION) {
            throw saved.problem(KEY, "version " + version + " is newer than this release reads (supported: "
                    + supported() + "); restore with the release that saved it, or fit again");
        }
        if (version < OLDEST_READABLE_VERSION) {
            throw saved.problem(KEY, "version " + version + " is not one this release reads (supported: "
                    + supported() + "); fit again");
        }
        Map<String, Object> rest = new LinkedHashMap<>(parameters);
        rest.remove(KEY);
        return Settings.parameters(type, rest);
    }

    private static String supported() {
        return OLDEST_READABLE_VERSION == CURRENT_VERSION ? "version " + CURRENT_VERSION
                : "versions " + OLDEST_READABLE_VERSION + " to " + CURRENT_VERSION;
    }
}
