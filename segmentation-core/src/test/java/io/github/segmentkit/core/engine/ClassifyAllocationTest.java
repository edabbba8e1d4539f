package io.github.segmentkit.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.Segmenter;
import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.attribute.CategoricalAttribute;
import io.github.segmentkit.api.attribute.DateAttribute;
import io.github.segmentkit.api.attribute.DoubleAttribute;
import io.github.segmentkit.api.attribute.GeoPoint;
import io.github.segmentkit.api.attribute.GeoPointAttribute;
import io.github.segmentkit.api.attribute.LongAttribute;
import io.github.segmentkit.api.attribute.TagsAttribute;
import io.github.segmentkit.api.attribute.TimestampAttribute;
import io.github.segmentkit.api.schema.CustomerSchema;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link ColumnarSegmenter#classifyInto} promises no allocation per customer; this holds it to that with every kind
 * of attribute, the home read as two doubles ({@code geoPoint(attribute, latitude, longitude)}) among them, by the
 * bytes the JVM counts as allocated by the classifying thread.
 */
class ClassifyAllocationTest {
    private static final LongAttribute AGE = Attribute.ofLong("age");
    private static final DoubleAttribute SPEND = Attribute.ofDouble("spend");
    private static final CategoricalAttribute COUNTRY = Attribute.ofCategorical("country");
    private static final DateAttribute SIGNUP = Attribute.ofDate("signup");
    private static final TimestampAttribute LAST_SEEN = Attribute.ofTimestamp("last-seen");
    private static final TagsAttribute INTERESTS = Attribute.ofTags("interests");
    private static final GeoPointAttribute HOME = Attribute.ofGeoPoint("home");
    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    private static final GeoPoint BERLIN = GeoPoint.of(52.52, 13.405);

    record Customer(long id, long age, double spend, String country, LocalDate signup, Instant lastSeen,
            Collection<String> interests, double homeLat, double homeLon) {
    }

    private static final CustomerSchema<Customer> SCHEMA = CustomerSchema.<Customer>builder(Customer::id)
            .numeric(AGE, Customer::age)
            .numeric(SPEND, Customer::spend)
            .categorical(COUNTRY, Customer::country)
            .date(SIGNUP, Customer::signup)
            .timestamp(LAST_SEEN, Customer::lastSeen)
            .tags(INTERESTS, Customer::interests)
            .geoPoint(HOME, Customer::homeLat, Customer::homeLon)
            .build();

    private static final List<Segment> SEGMENTS = List.of(
            Segment.named("near-berlin").where(HOME.withinKm(BERLIN, 50)),
            Segment.named("adults").where(AGE.ge(18L)),
            Segment.named("spenders").where(SPEND.gt(100.0)),
            Segment.named("dach").where(COUNTRY.in("DE", "AT", "CH")),
            Segment.named("new").where(SIGNUP.withinDays(30)),
            Segment.named("seen-this-year").where(LAST_SEEN.after(Instant.parse("2025-01-01T00:00:00Z"))),
            Segment.named("tech").where(INTERESTS.containsAny("tech", "gaming")),
            Segment.named("berlin-spenders").where(HOME.withinKm(BERLIN, 50).and(SPEND.gt(100.0))));

    /**
     * Homes with their distance to Berlin's centre known independently of the engine (great-circle distances):
     * Berlin itself, Potsdam (about 27 km), Hamburg (about 255 km), Munich (about 504 km), and a missing home.
     */
    private static final double[][] HOMES = {{52.52, 13.405}, {52.3906, 13.0645}, {53.5511, 9.9937},
            {48.1351, 11.5820}, {Double.NaN, Double.NaN}};
    private static final boolean[] HOME_NEAR_BERLIN = {true, true, false, false, false};

    private static List<Customer> customers(int count) {
        List<String> countries = List.of("DE", "FR", "AT", "US");
        List<Customer> customers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double[] home = HOMES[i % HOMES.length];
            // a HashSet, and the immutable Set.of and List.of kinds, which refuse to be asked contains(null)
            Collection<String> interests = tagsOf(i);
            customers.add(new Customer(i, i % 70, i % 250, countries.get(i % countries.size()),
                    AS_OF.minusDays(i % 90), Instant.parse("2024-11-01T00:00:00Z").plusSeconds(86_400L * (i % 120)),
                    interests, home[0], home[1]));
        }
        return customers;
    }

    private static ColumnarSegmenter<Customer> engine() {
        return ColumnarSegmenter.of(Segmenter.builder(SCHEMA).addAll(SEGMENTS).asOf(AS_OF).build());
    }

    private static Collection<String> tagsOf(int i) {
        if (i % 4 == 0) {
            return new HashSet<>(List.of("tech", "travel"));
        }
        if (i % 4 == 1) {
            return Set.of("cooking");
        }
        return i % 4 == 2 ? Set.of("gaming", "music", "travel") : List.of("music", "tech", "travel");
    }

    @Test
    void should_classify_customer_after_customer_without_allocating() {
        ColumnarSegmenter<Customer> engine = engine();
        MembershipBuffer buffer = engine.newMembershipBuffer();
        List<Customer> customers = customers(1_000);
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long memberships = 0;
        for (int round = 0; round < 1_000; round++) {   // warm-up: the classifying code compiled by the JIT
            memberships += classifyAll(engine, buffer, customers);
        }
        threads.getCurrentThreadAllocatedBytes();

        // The JIT may still replace compiled code during a window, and undoing an optimisation materialises the
        // objects it had done away with (a one-off of some hundred bytes): so up to three windows, one of which
        // must allocate nothing at all. An allocation per customer shows in every window.
        long allocated = -1;
        for (int window = 0; window < 3 && allocated != 0; window++) {
            long before = threads.getCurrentThreadAllocatedBytes();
            for (int round = 0; round < 100; round++) {
                memberships += classifyAll(engine, buffer, customers);
            }
            allocated = threads.getCurrentThreadAllocatedBytes() - before;
        }

        assertThat(allocated).as("bytes allocated by 100,000 classifications").isZero();
        assertThat(memberships).isPositive();
    }

    private static long classifyAll(ColumnarSegmenter<Customer> engine, MembershipBuffer buffer,
            List<Customer> customers) {
        long memberships = 0;
        for (int i = 0; i < customers.size(); i++) {
            memberships += engine.classifyInto(customers.get(i), buffer).count();
        }
        return memberships;
    }

    @Test
    void should_place_a_home_read_as_two_doubles_by_its_distance_and_leave_a_missing_one_unknown() {
        ColumnarSegmenter<Customer> engine = engine();
        MembershipBuffer buffer = engine.newMembershipBuffer();

        for (Customer customer : customers(20)) {
            int home = (int) (customer.id() % HOMES.length);
            engine.classifyInto(customer, buffer);

            assertThat(buffer.contains("near-berlin")).as("customer %d", customer.id())
                    .isEqualTo(HOME_NEAR_BERLIN[home]);
            assertThat(buffer.contains("berlin-spenders")).as("customer %d", customer.id())
                    .isEqualTo(HOME_NEAR_BERLIN[home] && customer.spend() > 100);
            assertThat(buffer.contains("adults")).as("customer %d", customer.id()).isEqualTo(customer.age() >= 18);
        }
    }
}
