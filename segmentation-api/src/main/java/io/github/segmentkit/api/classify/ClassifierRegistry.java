package io.github.segmentkit.api.classify;

import io.github.segmentkit.api.DefinitionException;
import io.github.segmentkit.api.Problem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * Finds {@link ClassifierProvider}s with {@link ServiceLoader} and creates classifiers by type name. A provider
 * that fails to load is skipped (and named in the error when its type is asked for), so one broken plug-in never
 * stops the others. Types are looked up in a fixed table: nothing is loaded by a name taken from user input.
 *
 * <pre>{@code
 * Classifier rfm = ClassifierRegistry.create("rfm", Map.of());
 * Set<String> types = ClassifierRegistry.types();
 * }</pre>
 *
 * <p>Thread-safe; providers are discovered once per class loader of this class.
 */
public final class ClassifierRegistry {
    private static final Registry DEFAULT = load(ClassifierRegistry.class.getClassLoader());

    private ClassifierRegistry() {
    }

    /** The type names available. */
    public static java.util.Set<String> types() {
        return DEFAULT.providers.keySet();
    }

    /**
     * A classifier of {@code type} configured by {@code settings}.
     *
     * @throws DefinitionException when the type is unknown (with the known types) or the settings are invalid
     */
    public static Classifier create(String type, Map<String, Object> settings) {
        return provider(type).create(settings);
    }

    /** A fitted classifier rebuilt from settings and parameters saved from an earlier fit. */
    public static FittedClassifier restore(String type, Map<String, Object> settings, Map<String, Object> parameters) {
        return provider(type).restore(settings, parameters);
    }

    /** The provider of {@code type}. */
    public static ClassifierProvider provider(String type) {
        ClassifierProvider provider = DEFAULT.providers.get(type);
        if (provider == null) {
            throw new DefinitionException(Problem.of(null, null, "unknown classifier type '" + type
                    + "'; known types are " + DEFAULT.providers.keySet()
                    + (DEFAULT.broken.isEmpty() ? "" : "; providers that failed to load: " + DEFAULT.broken)));
        }
        return provider;
    }

    private static Registry load(ClassLoader loader) {
        Map<String, ClassifierProvider> providers = new TreeMap<>();
        List<String> broken = new ArrayList<>();
        var iterator = ServiceLoader.load(ClassifierProvider.class, loader).iterator();
        while (true) {
            try {
                if (!iterator.hasNext()) {
                    break;
                }
                ClassifierProvider provider = iterator.next();
                providers.putIfAbsent(provider.type(), provider);
            } catch (ServiceConfigurationError | RuntimeException e) {
                broken.add(String.valueOf(e.getMessage()));
            }
        }
        return new Registry(Collections.unmodifiableMap(providers), List.copyOf(broken));
    }

    private record Registry(Map<String, ClassifierProvider> providers, List<String> broken) {
    }
}
