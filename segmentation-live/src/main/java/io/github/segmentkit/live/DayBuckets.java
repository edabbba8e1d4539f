package io.github.segmentkit.live;

/**
 * The {@link DayBucket}s of a {@link RelativeDateIndex}, by day: an open-addressing table of primitive days beside
 * their buckets. A clock move looks up the one or few days each bound passed over, so a look-up must be cheap when
 * the table is cold in the cache (a move comes once a day, after the rest of the CRM has filled the caches): here it
 * reads a slot of each array, where a sorted tree descended through a cold node per level (7 % of a one-day move on
 * a million customers, in a profile). A range of days wider than the table is read by scanning the table instead, so
 * a move of years costs the days filed, not the days passed.
 *
 * <p>Not thread-safe: the live segmentation's writer lock guards it.
 */
final class DayBuckets {
    /** A visitor of the buckets of a range of days. */
    @FunctionalInterface
    interface Visitor {
        void visit(long day, DayBucket bucket);
    }

    private long[] days = new long[16];
    private DayBucket[] buckets = new DayBucket[16];
    /** 64 minus the log2 of the table's length: a hash's top bits index the table. */
    private int shift = 64 - 4;
    private int size;

    /** The bucket of {@code day}, or null when none was ever created. */
    DayBucket get(long day) {
        int mask = days.length - 1;
        for (int i = indexOf(day); ; i = (i + 1) & mask) {
            DayBucket bucket = buckets[i];
            if (bucket == null || days[i] == day) {
                return bucket;
            }
        }
    }

    /** The bucket of {@code day}, created (empty) when there is none yet. */
    DayBucket getOrCreate(long day) {
        int mask = days.length - 1;
        int i = indexOf(day);
        for (; buckets[i] != null; i = (i + 1) & mask) {
            if (days[i] == day) {
                return buckets[i];
            }
        }
        DayBucket created = new DayBucket();
        days[i] = day;
        buckets[i] = created;
        // at most half full, so that a probe ends after one or two slots
        if (++size > days.length >>> 1) {
            grow();
        }
        return created;
    }

    /** Visits, in no particular order, the bucket of every day from {@code low} to {@code high}, both included. */
    void forEachIn(long low, long high, Visitor visitor) {
        if (low > high) {
            return;
        }
        // unsigned: the width of a range from a saturated Long.MIN_VALUE does not fit in a signed long
        if (Long.compareUnsigned(high - low, size) < 0) {
            for (long day = low; ; day++) {
                DayBucket bucket = get(day);
                if (bucket != null) {
                    visitor.visit(day, bucket);
                }
                if (day == high) {
                    return;
                }
            }
        }
        for (int i = 0; i < buckets.length; i++) {
            if (buckets[i] != null && days[i] >= low && days[i] <= high) {
                visitor.visit(days[i], buckets[i]);
            }
        }
    }

    /** The bytes of the table and of the buckets' arrays. */
    long memoryBytes() {
        long bytes = 12L * days.length;
        for (DayBucket bucket : buckets) {
            if (bucket != null) {
                bytes += 4L * bucket.capacity() + 64;
            }
        }
        return bytes;
    }

    private void grow() {
        long[] oldDays = days;
        DayBucket[] oldBuckets = buckets;
        days = new long[2 * oldDays.length];
        buckets = new DayBucket[2 * oldBuckets.length];
        shift--;
        int mask = days.length - 1;
        for (int j = 0; j < oldBuckets.length; j++) {
            if (oldBuckets[j] != null) {
                int i = indexOf(oldDays[j]);
                while (buckets[i] != null) {
                    i = (i + 1) & mask;
                }
                days[i] = oldDays[j];
                buckets[i] = oldBuckets[j];
            }
        }
    }

    /** Fibonacci hashing: consecutive days, the usual keys, spread over the table. */
    private int indexOf(long day) {
        return (int) ((day * 0x9E3779B97F4A7C15L) >>> shift);
    }

    @Override
    public String toString() {
        return "DayBuckets[" + size + " days in a table of " + days.length + "]";
    }
}
