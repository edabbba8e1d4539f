package io.github.segmentkit.testing.generators;

import io.github.segmentkit.api.attribute.GeoPoint;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A customer with one attribute of every kind, every one of which may be missing ({@code null}, or NaN for the
 * income). Used by the property tests of every engine; see {@link TestCustomers#SCHEMA}.
 *
 * <pre>{@code
 * TestCustomer c = new TestCustomer(1, 34L, 52_000.0, "CA", true, LocalDate.of(2024, 1, 2), null, List.of("hiking"),
 *         GeoPoint.of(43.65, -79.38));
 * }</pre>
 *
 * @param id        the id
 * @param age       a whole number, or null
 * @param income    a double, NaN when missing
 * @param country   a category, or null
 * @param optedIn   a flag, or null
 * @param lastOrder a date, or null
 * @param lastLogin an instant, or null
 * @param interests tags (duplicates allowed), or null
 * @param home      a point, or null
 */
public record TestCustomer(long id, Long age, double income, String country, Boolean optedIn, LocalDate lastOrder,
        Instant lastLogin, List<String> interests, GeoPoint home) {
}
