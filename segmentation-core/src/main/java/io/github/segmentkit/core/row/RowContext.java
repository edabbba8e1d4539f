package io.github.segmentkit.core.row;

import io.github.segmentkit.api.AsOf;
import java.util.Objects;

/**
 * The per-thread working memory of a {@link SegmentPlan}: the as-of time, every attribute of the current customer
 * extracted once into primitive slots (longs and doubles unboxed, a presence flag for nullable values), the truth of
 * every distinct leaf criterion, and the memberships already decided (for {@code inSegment}). Reused from one
 * customer to the next, so that evaluating a customer allocates nothing. Not thread-safe: one per thread.
 */
public final class RowContext {
    /** Per attribute slot {@code a}: the value at {@code 2a} (a timestamp's nanoseconds at {@code 2a + 1}). */
    final long[] longs;
    /** Per attribute slot {@code a}: the value at {@code 2a}, NaN when missing (a point's latitude). */
    final double[] doubles;
    /**
     * Per attribute slot {@code a}: a point's longitude at {@code 2a}, the index of its latitude in {@link #doubles},
     * so that {@code GeoPointBinding.readInto} writes both degrees at one index without creating a point.
     */
    final double[] longitudes;
    /** Per attribute slot: a categorical value, a Boolean or the tag collection; {@code null} when missing. */
    final Object[] refs;
    /** Per attribute slot: whether a long, date, timestamp or point value is present. */
    final boolean[] present;
    /** The truth of each distinct leaf, as {@link RowPredicate#FALSE}, {@code UNKNOWN} or {@code TRUE}. */
    final byte[] leafTruths;
    /** Whether the current customer belongs to each segment, by declared index, as decided so far. */
    final boolean[] memberships;
    /** Per atom of {@link TruthTerms} (the leaves, then the segments): known TRUE (a member). */
    final long[] trueAtoms;
    /** Per atom of {@link TruthTerms}: known FALSE (not a member). */
    final long[] falseAtoms;
    /** The operand stack of the connective programs. */
    final int[] stack;
    /** The slot a {@link RowKernel} is reading: the attribute to name when its extractor fails. */
    int reading;
    private AsOf asOf;
    private long asOfEpochDay;
    private long asOfSecond;
    private int asOfNano;

    RowContext(AsOf asOf, int attributeSlots, int leaves, int segments, int stackDepth, int atomWords) {
        this.longs = new long[2 * attributeSlots];
        this.doubles = new double[2 * attributeSlots];
        this.longitudes = new double[2 * attributeSlots];
        this.refs = new Object[attributeSlots];
        this.present = new boolean[attributeSlots];
        this.leafTruths = new byte[leaves];
        this.memberships = new boolean[segments];
        this.stack = new int[Math.max(1, stackDepth)];
        this.trueAtoms = new long[atomWords];
        this.falseAtoms = new long[atomWords];
        at(asOf);
    }

    /**
     * Sets the as-of time of the next evaluations; costs nothing when it is the same object as the current one.
     *
     * @return this context
     */
    public RowContext at(AsOf next) {
        if (next != asOf) {
            Objects.requireNonNull(next, "asOf");
            asOf = next;
            asOfEpochDay = next.date().toEpochDay();
            asOfSecond = next.instant().getEpochSecond();
            asOfNano = next.instant().getNano();
        }
        return this;
    }

    /** The as-of time of the next evaluations. */
    public AsOf asOf() {
        return asOf;
    }

    long asOfEpochDay() {
        return asOfEpochDay;
    }

    long asOfSecond() {
        return asOfSecond;
    }

    int asOfNano() {
        return asOfNano;
    }
}
