package io.github.segmentkit.api;

import io.github.segmentkit.api.schema.CustomerSchema;
import io.github.segmentkit.api.spi.SegmenterDefinition;
import io.github.segmentkit.api.spi.SegmenterProvider;
import io.github.segmentkit.api.internal.DefinitionValidator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Collects segments and settings, validates them against the schema, and hands them to the engine found on the
 * class path. Obtained from {@link Segmenter#builder}.
 *
 * <pre>{@code
 * Segmenter<Customer> segmenter = Segmenter.builder(schema)
 *         .add(youngFamilies)
 *         .add(lapsed)
 *         .asOf(LocalDate.of(2024, 3, 31))
 *         .build();
 * }</pre>
 *
 * <p>The engine is the {@link SegmenterProvider} with the highest priority, unless the system property
 * {@value #ENGINE_PROPERTY} names one. Not thread-safe.
 *
 * @param <T> the customer type
 */
public final class SegmenterBuilder<T> {
    /** System property that selects an engine by {@link SegmenterProvider#name()}. */
    public static final String ENGINE_PROPERTY = "segmentkit.engine";

    private final CustomerSchema<T> schema;
    private final List<Segment> segments = new ArrayList<>();
    private Clock clock;
    private int parallelism = Runtime.getRuntime().availableProcessors();
    private String engineName = System.getProperty(ENGINE_PROPERTY);

    SegmenterBuilder(CustomerSchema<T> schema) {
        this.schema = Objects.requireNonNull(schema, "schema");
    }

    /** Adds a segment; names must be unique. */
    public SegmenterBuilder<T> add(Segment segment) {
        segments.add(Objects.requireNonNull(segment, "segment"));
        return this;
    }

    /** Adds segments in order. */
    public SegmenterBuilder<T> addAll(Iterable<Segment> toAdd) {
        toAdd.forEach(this::add);
        return this;
    }

    /** Evaluates relative date criteria as of this fixed date (its start in UTC for timestamps). */
    public SegmenterBuilder<T> asOf(LocalDate date) {
        Objects.requireNonNull(date, "date");
        this.clock = Clock.fixed(AsOf.date(date).instant(), java.time.ZoneOffset.UTC);
        return this;
    }

    /** Evaluates relative date criteria as of the clock's time at each run. */
    public SegmenterBuilder<T> clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    /** How many threads a bulk run may use; defaults to the number of processors. Engines may use fewer. */
    public SegmenterBuilder<T> parallelism(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1, got " + threads);
        }
        this.parallelism = threads;
        return this;
    }

    /** Chooses the engine by name instead of by priority (overrides the {@value #ENGINE_PROPERTY} property). */
    public SegmenterBuilder<T> engine(String name) {
        this.engineName = Objects.requireNonNull(name, "name");
        return this;
    }

    /**
     * Validates the segments and builds the segmenter.
     *
     * @throws DefinitionException listing every problem found (unknown attributes, wrong kinds, impossible ranges,
     *                             duplicate names, unknown or cyclic segment references, relative dates without an
     *                             as-of time)
     * @throws EngineNotFoundException when no engine (or not the one named) is on the class path
     */
    public Segmenter<T> build() {
        List<Problem> problems = DefinitionValidator.validate(schema.attributes(), segments, clock != null);
        if (!problems.isEmpty()) {
            throw new DefinitionException(problems);
        }
        SegmenterDefinition<T> definition = new SegmenterDefinition<>(schema, segments, clock, parallelism);
        return findProvider().create(definition);
    }

    private SegmenterProvider findProvider() {
        List<SegmenterProvider> providers = new ArrayList<>();
        List<String> broken = new ArrayList<>();
        var iterator = ServiceLoader.load(SegmenterProvider.class, SegmenterBuilder.class.getClassLoader()).iterator();
        while (true) {
            try {
                if (!iterator.hasNext()) {
                    break;
                }
                providers.add(iterator.next());
            } catch (ServiceConfigurationError e) {
                // one broken engine on the class path must not hide the working ones
                broken.add(e.getMessage());
            }
        }
        if (engineName != null) {
            return providers.stream().filter(p -> p.name().equals(engineName)).findFirst()
                    .orElseThrow(() -> new EngineNotFoundException("no SegmentKit engine named '" + engineName
                            + "' on the class path; found " + providers.stream().map(SegmenterProvider::name).toList()
                            + (broken.isEmpty() ? "" : "; failed to load " + broken)));
        }
        return providers.stream().max(Comparator.comparingInt(SegmenterProvider::priority))
                .orElseThrow(() -> new EngineNotFoundException("no SegmentKit engine on the class path: add the"
                        + " dependency io.github.segmentkit:segmentation-core"
                        + (broken.isEmpty() ? "" : "; failed to load " + broken)));
    }
}
