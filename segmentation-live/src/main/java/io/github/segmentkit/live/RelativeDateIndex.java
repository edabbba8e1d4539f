package io.github.segmentkit.live;

import io.github.segmentkit.api.AsOf;
import io.github.segmentkit.api.attribute.DateAttribute;
import io.github.segmentkit.api.criteria.RelativeDate;
import io.github.segmentkit.api.schema.AttributeBinding;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.roaringbitmap.RoaringBitmap;

/**
 * The live customers of one date or timestamp attribute that relative criteria use, bucketed by day: dates by
 * their epoch day, timestamps by their UTC day. When the as-of time moves, a relative criterion
 * ({@code value} against {@code asOf − N days} and against {@code asOf}) can change only for values between the old
 * and the new position of one of its bounds; {@link #crossing} returns the customers of the days that span those
 * ranges, so a clock move touches those customers only, never the whole population. Customers without a value are
 * not indexed: their criteria stay unknown at every as-of time.
 *
 * <p>Not thread-safe: the live segmentation's writer lock guards it.
 */
final class RelativeDateIndex<T> {
    private static final long SECONDS_PER_DAY = 86_400L;

    private final AttributeBinding<T> binding;
    private final boolean dates;
    /** The N of every relative criterion on the attribute, and 0 for the as-of bound itself. */
    private final TreeSet<Long> offsets = new TreeSet<>();
    private final NavigableMap<Long, RoaringBitmap> slotsByDay = new TreeMap<>();

    RelativeDateIndex(AttributeBinding<T> binding) {
        this.binding = binding;
        this.dates = binding.attribute() instanceof DateAttribute;
        offsets.add(0L);
    }

    void addCriterion(RelativeDate criterion) {
        offsets.add(criterion.days());
    }

    String attribute() {
        return binding.attribute().name();
    }

    /** Files {@code slot} under the day of its customer's value, if it has one. */
    void add(int slot, T customer) {
        Long day = dayOf(customer);
        if (day != null) {
            slotsByDay.computeIfAbsent(day, d -> new RoaringBitmap()).add(slot);
        }
    }

    /** Removes {@code slot}, filed under the day of {@code customer}'s value. */
    void remove(int slot, T customer) {
        Long day = dayOf(customer);
        if (day != null) {
            RoaringBitmap slots = slotsByDay.get(day);
            if (slots != null) {
                slots.remove(slot);
                if (slots.isEmpty()) {
                    slotsByDay.remove(day);
                }
            }
        }
    }

    /**
     * Adds to {@code into} every customer whose value may compare differently with a bound of a relative criterion
     * at {@code to} than at {@code from} ({@code from} not after {@code to}): for each offset N, the values between
     * {@code from − N} and {@code to − N}, both included, widened to whole days.
     */
    void crossing(AsOf from, AsOf to, RoaringBitmap into) {
        for (long days : offsets) {
            long low;
            long high;
            if (dates) {
                low = minus(from.date().toEpochDay(), days);
                high = minus(to.date().toEpochDay(), days);
            } else {
                low = utcDay(from.instant(), days);
                high = utcDay(to.instant(), days);
            }
            for (Map.Entry<Long, RoaringBitmap> bucket : slotsByDay.subMap(low, true, high, true).entrySet()) {
                into.or(bucket.getValue());
            }
        }
    }

    /** The UTC day of {@code instant − days × 24 h}. */
    private static long utcDay(Instant instant, long days) {
        long span = days > Long.MAX_VALUE / SECONDS_PER_DAY ? Long.MAX_VALUE : days * SECONDS_PER_DAY;
        return Math.floorDiv(minus(instant.getEpochSecond(), span), SECONDS_PER_DAY);
    }

    /** {@code a − b} for {@code b ≥ 0}, saturating at {@link Long#MIN_VALUE} instead of wrapping. */
    private static long minus(long a, long b) {
        long difference = a - b;
        return difference > a ? Long.MIN_VALUE : difference;
    }

    private Long dayOf(T customer) {
        Object value = binding.read(customer);
        if (value == null) {
            return null;
        }
        return dates ? ((LocalDate) value).toEpochDay() : Math.floorDiv(((Instant) value).getEpochSecond(),
                SECONDS_PER_DAY);
    }
}
