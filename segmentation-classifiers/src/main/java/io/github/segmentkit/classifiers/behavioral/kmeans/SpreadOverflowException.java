package io.github.segmentkit.classifiers.behavioral.kmeans;

import io.github.segmentkit.api.SegmentKitException;

/**
 * Raised when k-means cannot standardise an input because its mean or standard deviation overflows a
 * {@code double} (values near {@code ±1e308}, or a spread past {@code 1e154} whose squares overflow). Standardising it
 * anyway would give every customer the same z-score there, and the clustering would ignore the input without a word.
 *
 * <pre>{@code
 * // "k-means cannot standardise input 'balance': its standard deviation overflows a double (values from -1.0E300
 * // to 1.0E300); rescale the input or turn log1p on"
 * }</pre>
 */
public class SpreadOverflowException extends SegmentKitException {
    private static final long serialVersionUID = 1L;

    private final String input;

    /**
     * An input that cannot be standardised.
     *
     * @param input    the input attribute
     * @param quantity {@code "mean"} or {@code "standard deviation"}
     * @param min      the smallest value read (after log1p when on)
     * @param max      the largest value read (after log1p when on)
     * @param log1p    whether log1p was on
     */
    public SpreadOverflowException(String input, String quantity, double min, double max, boolean log1p) {
        super("k-means cannot standardise input '" + input + "': its " + quantity + " overflows a double (values "
                + (log1p ? "after log1p " : "") + "from " + min + " to " + max + "); rescale the input"
                + (log1p ? "" : " or turn log1p on"));
        this.input = input;
    }

    /** The input attribute that cannot be standardised. */
    public String input() {
        return input;
    }
}
