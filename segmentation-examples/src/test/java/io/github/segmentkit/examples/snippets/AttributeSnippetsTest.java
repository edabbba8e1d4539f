package io.github.segmentkit.examples.snippets;

import static io.github.segmentkit.examples.snippets.Fixtures.membersOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.attribute.BooleanAttribute;
import io.github.segmentkit.api.attribute.CategoricalAttribute;
import io.github.segmentkit.api.attribute.DateAttribute;
import io.github.segmentkit.api.attribute.DoubleAttribute;
import io.github.segmentkit.api.attribute.GeoPoint;
import io.github.segmentkit.api.attribute.GeoPointAttribute;
import io.github.segmentkit.api.attribute.LongAttribute;
import io.github.segmentkit.api.attribute.TagsAttribute;
import io.github.segmentkit.api.attribute.TimestampAttribute;
import io.github.segmentkit.api.criteria.Criterion;
import org.junit.jupiter.api.Test;

/**
 * The javadoc examples of package {@code io.github.segmentkit.api.attribute}, compiled and run against the
 * {@link Fixtures} customers (1: 29, US, hiker, New York; 2: 41, CA, no income, Toronto; 3: 67, GB, London, lapsed).
 */
class AttributeSnippetsTest {

    static final class AttributeExample {
        // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/attribute/Attribute.java
        static final LongAttribute AGE = Attribute.ofLong("age");
        static final CategoricalAttribute COUNTRY = Attribute.ofCategorical("country");

        Criterion youngCanadians = AGE.between(18, 24).and(COUNTRY.eq("CA"));
    }

    static final class BooleanAttributeExample {
        // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/attribute/BooleanAttribute.java
        static final BooleanAttribute OPTED_IN = Attribute.ofBoolean("newsletter_opt_in");
        Criterion reachable = OPTED_IN.isTrue();
    }

    static final class CategoricalAttributeExample {
        // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/attribute/CategoricalAttribute.java
        static final CategoricalAttribute COUNTRY = Attribute.ofCategorical("country");
        Criterion northAmerica = COUNTRY.in("US", "CA");
        Criterion notUk = COUNTRY.ne("GB");   // UNKNOWN when the country is missing
    }

    static final class DateAttributeExample {
        // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/attribute/DateAttribute.java
        static final DateAttribute LAST_ORDER = Attribute.ofDate("last_order");
        Criterion recent = LAST_ORDER.withinDays(30);
    }

    static final class DoubleAttributeExample {
        // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/attribute/DoubleAttribute.java
        static final DoubleAttribute INCOME = Attribute.ofDouble("income");
        Criterion affluent = INCOME.ge(100_000);
    }

    static final class GeoPointAttributeExample {
        // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/attribute/GeoPointAttribute.java
        static final GeoPointAttribute HOME = Attribute.ofGeoPoint("home");
        Criterion nearLondonStore = HOME.withinKm(GeoPoint.of(51.5074, -0.1278), 15);
    }

    static final class LongAttributeExample {
        // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/attribute/LongAttribute.java
        static final LongAttribute AGE = Attribute.ofLong("age");
        Criterion millennials = AGE.between(25, 34);
    }

    static final class OrderedAttributeExample {
        static final LongAttribute AGE = Attribute.ofLong("age");
        static final DoubleAttribute INCOME = Attribute.ofDouble("income");
        // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/attribute/OrderedAttribute.java
        Criterion adults = AGE.ge(18L);
        Criterion midIncome = INCOME.between(40_000.0, 80_000.0);   // bounds are inclusive
    }

    static final class TagsAttributeExample {
        // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/attribute/TagsAttribute.java
        static final TagsAttribute INTERESTS = Attribute.ofTags("interests");
        Criterion outdoor = INTERESTS.containsAny("hiking", "camping");
    }

    static final class TemporalAttributeExample {
        static final DateAttribute LAST_ORDER = Attribute.ofDate("last_order");
        // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/attribute/TemporalAttribute.java
        Criterion active = LAST_ORDER.withinDays(90);       // as-of − 90 days ≤ last order ≤ as-of
        Criterion lapsed = LAST_ORDER.beforeDaysAgo(365);   // last order < as-of − 365 days
    }

    static final class TimestampAttributeExample {
        // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/attribute/TimestampAttribute.java
        static final TimestampAttribute LAST_LOGIN = Attribute.ofTimestamp("last_login");
        Criterion activeThisWeek = LAST_LOGIN.withinDays(7);
    }

    @Test
    void should_select_what_each_attribute_example_says() {
        assertThat(membersOf(new AttributeExample().youngCanadians)).isEmpty();
        assertThat(membersOf(new BooleanAttributeExample().reachable)).containsExactly(1L);
        assertThat(membersOf(new CategoricalAttributeExample().northAmerica)).containsExactly(1L, 2L);
        assertThat(membersOf(new CategoricalAttributeExample().notUk)).containsExactly(1L, 2L);
        assertThat(membersOf(new DateAttributeExample().recent)).containsExactly(1L);
        assertThat(membersOf(new DoubleAttributeExample().affluent)).containsExactly(1L);
        assertThat(membersOf(new GeoPointAttributeExample().nearLondonStore)).containsExactly(3L);
        assertThat(membersOf(new LongAttributeExample().millennials)).containsExactly(1L);
        assertThat(membersOf(new OrderedAttributeExample().adults)).containsExactly(1L, 2L, 3L);
        assertThat(membersOf(new OrderedAttributeExample().midIncome)).containsExactly(3L);
        assertThat(membersOf(new TagsAttributeExample().outdoor)).containsExactly(1L, 3L);
        assertThat(membersOf(new TemporalAttributeExample().active)).containsExactly(1L, 2L);
        assertThat(membersOf(new TemporalAttributeExample().lapsed)).containsExactly(3L);
        assertThat(membersOf(new TimestampAttributeExample().activeThisWeek)).containsExactly(1L);
    }

    @Test
    void should_measure_great_circle_distances() {
        // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/attribute/GeoPoint.java
        GeoPoint london = GeoPoint.of(51.5074, -0.1278);
        GeoPoint paris = GeoPoint.of(48.8566, 2.3522);
        london.distanceKm(paris);   // 343.5565…

        // haversine on a sphere of radius 6371.0088 km, worked out independently of GeoPoint
        double dLat = Math.toRadians(48.8566 - 51.5074);
        double dLon = Math.toRadians(2.3522 - -0.1278);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(51.5074)) * Math.cos(Math.toRadians(48.8566))
                * Math.pow(Math.sin(dLon / 2), 2);
        double expected = 2 * 6371.0088 * Math.asin(Math.sqrt(a));
        assertThat(london.distanceKm(paris)).isCloseTo(expected, within(1e-9)).isCloseTo(343.5565, within(1e-4));
    }

    @Test
    void should_split_the_distance_into_the_haversine_and_its_kilometres() {
        // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/attribute/GeoPoint.java
        double a = GeoPoint.haversine(51.5074, -0.1278, 48.8566, 2.3522);   // London, Paris
        GeoPoint.kmOfHaversine(a);                                          // 343.5565…

        assertThat(GeoPoint.kmOfHaversine(a)).isCloseTo(343.5565, within(1e-4));
    }
}
