package io.github.segmentkit.api;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The moment relative date criteria are evaluated at: a date (for date attributes) and an instant (for timestamps).
 * SegmentKit never reads the wall clock silently: a segmenter is given a fixed date or a {@link Clock}.
 *
 * <pre>{@code
 * AsOf asOf = AsOf.date(LocalDate.of(2024, 3, 31));   // instant: 2024-03-31T00:00Z
 * AsOf now = AsOf.now(Clock.systemUTC());
 * }</pre>
 *
 * @param date    the as-of date
 * @param instant the as-of instant
 */
public record AsOf(LocalDate date, Instant instant) {
    public AsOf {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(instant, "instant");
    }

    /** The given date; the instant is its start in UTC. */
    public static AsOf date(LocalDate date) {
        return new AsOf(date, date.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /** The clock's current instant and its date in the clock's zone. */
    public static AsOf now(Clock clock) {
        Instant instant = clock.instant();
        return new AsOf(LocalDate.ofInstant(instant, clock.getZone()), instant);
    }
}
