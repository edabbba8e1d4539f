package io.github.segmentkit.classifiers.kit;

/**
 * Every size limit on a classifier's settings and fitted parameters, in one place (documented in
 * {@code docs/classifiers.md}, section "Limits"). Settings usually come from a definitions file or a JSON document
 * that a user, or an attacker, can make arbitrarily large; the limits keep a configuration from becoming a data set
 * and a fit from becoming a denial of service, while staying well above any real configuration.
 *
 * <pre>{@code
 * boolean tooMany = stores.size() > ClassifierLimits.MAX_ELEMENTS;   // Settings checks this for every list and map
 * }</pre>
 */
public final class ClassifierLimits {
    /**
     * The most elements one list or map setting may hold (stores, mapping entries, rules, profiles). A mapping of
     * every postcode of a country fits; a million-entry table is a data set and belongs in an attribute.
     */
    public static final int MAX_ELEMENTS = 100_000;

    /** The most band edges, so at most {@code MAX_EDGES + 1} bands. */
    public static final int MAX_EDGES = 1_000;

    /** The most quantile bins: more would not be "quantile bands" any more. */
    public static final int MAX_BINS = 1_000;

    /** The most input attributes one classifier reads (engagement counts, k-means dimensions). */
    public static final int MAX_INPUTS = 50;

    /** The most rules in a rule table (life stages). */
    public static final int MAX_RULES = 1_000;

    /** The most clusters k-means may be asked for. */
    public static final int MAX_CLUSTERS = 50;

    private ClassifierLimits() {
    }
}
