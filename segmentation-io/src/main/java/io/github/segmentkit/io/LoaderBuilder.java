package io.github.segmentkit.io;

import java.util.Objects;

/**
 * The options every loader's builder shares, so that a CSV file and a database are loaded with the same words:
 * {@link #errorMode}, {@link #limits} and {@link #progress}. Each loader's builder adds its own (a CSV dialect, a
 * fetch size) and returns itself from every method, so calls chain in any order.
 *
 * <pre>{@code
 * CsvCustomerLoader loader = CsvCustomerLoader.builder(mapping)
 *         .errorMode(ErrorMode.LENIENT)          // shared
 *         .dialect(CsvDialect.TSV)               // the CSV loader's own
 *         .build();
 * }</pre>
 *
 * @param <B> the concrete builder, returned by every method
 */
public abstract class LoaderBuilder<B extends LoaderBuilder<B>> {
    private ErrorMode errorMode = LoadSettings.DEFAULTS.errorMode();
    private LoadLimits limits = LoadSettings.DEFAULTS.limits();
    private LoadProgress progress = LoadSettings.DEFAULTS.progress();

    /** For the builders of SegmentKit's loaders. */
    protected LoaderBuilder() {
    }

    /** What a bad row does ({@link ErrorMode#STRICT} by default). */
    public final B errorMode(ErrorMode errorMode) {
        this.errorMode = Objects.requireNonNull(errorMode, "errorMode");
        return self();
    }

    /** The limits enforced: rows, field length, rejects ({@link LoadLimits#DEFAULTS} by default). */
    public final B limits(LoadLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        return self();
    }

    /** Told every {@link LoadProgress#INTERVAL} rows and at the end (no one by default). */
    public final B progress(LoadProgress progress) {
        this.progress = Objects.requireNonNull(progress, "progress");
        return self();
    }

    /** The shared options as set so far. */
    protected final LoadSettings settings() {
        return new LoadSettings(errorMode, limits, progress);
    }

    /** This builder, typed as the concrete one. */
    protected abstract B self();
}
