package io.github.segmentkit.benchmarks.live;

import io.github.segmentkit.benchmarks.workload.BenchCustomer;
import io.github.segmentkit.benchmarks.workload.BenchSegments;
import io.github.segmentkit.benchmarks.workload.Workload;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The benchmark customers with their activity dates spread the way a CRM's are, so that a one-day move of the as-of
 * clock moves about 0.3 % of them (the figure) instead of the 3 % of the shared workload, whose last orders
 * (mean 200 days back) and last logins (mean 20 days) are so recent that a day moves many customers out of
 * {@code recent_buyers} and {@code active_mobile}. Here the time since the last order is stretched fivefold (mean
 * about 1,000 days, plus 0–4 days of seeded jitter so that every day gets customers) and the time since the last
 * login 25-fold (mean about 500 days); sign-up dates are unchanged. Everything else is the shared workload.
 *
 * <pre>{@code
 * List<BenchCustomer> customers = LiveWorkload.customers(1_000_000);
 * }</pre>
 */
public final class LiveWorkload {
    private static final long AS_OF_DAY = BenchSegments.AS_OF.toEpochDay();
    private static final long AS_OF_SECOND = BenchSegments.AS_OF.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    private static final long SEED = 13L;

    private LiveWorkload() {
    }

    /** The first {@code size} customers of the shared workload, their activity dates stretched. */
    public static List<BenchCustomer> customers(int size) {
        SplittableRandom random = new SplittableRandom(SEED);
        List<BenchCustomer> stretched = new ArrayList<>(size);
        for (BenchCustomer c : Workload.of(size).customers()) {
            LocalDate lastOrder = c.lastOrder() == null ? null
                    : LocalDate.ofEpochDay(AS_OF_DAY - 5 * (AS_OF_DAY - c.lastOrder().toEpochDay()) - random.nextInt(5));
            Instant lastLogin = c.lastLogin() == null ? null
                    : Instant.ofEpochSecond(AS_OF_SECOND - 25 * (AS_OF_SECOND - c.lastLogin().getEpochSecond()));
            stretched.add(c.withDatesAndInterests(lastOrder, c.signup(), lastLogin, c.interests()));
        }
        return List.copyOf(stretched);
    }
}
