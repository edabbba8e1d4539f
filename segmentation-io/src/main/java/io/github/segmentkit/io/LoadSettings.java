package io.github.segmentkit.io;

import java.util.Objects;

/**
 * What every loader is configured with, whatever it reads: what a bad row does, the limits enforced and who is told
 * of progress. Set through a loader's builder ({@link LoaderBuilder}); each load starts a {@link LoadTally} from it.
 *
 * <pre>{@code
 * LoadSettings lenient = new LoadSettings(ErrorMode.LENIENT, LoadLimits.DEFAULTS, LoadProgress.NONE);
 * LoadTally tally = lenient.tally("customers.csv");
 * }</pre>
 *
 * @param errorMode what a bad row does
 * @param limits    the limits enforced
 * @param progress  told every {@link LoadProgress#INTERVAL} rows and at the end
 */
public record LoadSettings(ErrorMode errorMode, LoadLimits limits, LoadProgress progress) {
    /** Strict, the default limits, no progress: what a loader uses unless told otherwise. */
    public static final LoadSettings DEFAULTS = new LoadSettings(ErrorMode.STRICT, LoadLimits.DEFAULTS,
            LoadProgress.NONE);

    public LoadSettings {
        Objects.requireNonNull(errorMode, "errorMode");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(progress, "progress");
    }

    /**
     * A tally for one load with these settings.
     *
     * @param source the file or query named in rejects and errors, or {@code null}
     */
    public LoadTally tally(String source) {
        return new LoadTally(source, errorMode, limits, progress);
    }
}
