package com.example.consumer;

import static io.github.segmentkit.testing.SegmentAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.Segmenter;
import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.attribute.CategoricalAttribute;
import io.github.segmentkit.api.attribute.DateAttribute;
import io.github.segmentkit.api.attribute.GeoPoint;
import io.github.segmentkit.api.attribute.GeoPointAttribute;
import io.github.segmentkit.api.attribute.LongAttribute;
import io.github.segmentkit.api.attribute.TagsAttribute;
import io.github.segmentkit.api.result.SegmentationResult;
import io.github.segmentkit.api.schema.CustomerSchema;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** README.md's example, as a user would paste it; ConsumerProjectTest keeps the region identical to README.md. */
class ReadmeExampleTest {

    @Test
    void should_run_the_readme_example() {
        // tag::readme[]
        record Customer(long id, int age, String country, Set<String> interests, double lat, double lon,
                LocalDate lastOrder) {}
        LongAttribute AGE = Attribute.ofLong("age");
        CategoricalAttribute COUNTRY = Attribute.ofCategorical("country");
        TagsAttribute INTERESTS = Attribute.ofTags("interests");
        GeoPointAttribute HOME = Attribute.ofGeoPoint("home");
        DateAttribute LAST_ORDER = Attribute.ofDate("last_order");

        CustomerSchema<Customer> schema = CustomerSchema.builder(Customer::id)
                .numeric(AGE, Customer::age)
                .categorical(COUNTRY, Customer::country)
                .tags(INTERESTS, Customer::interests)
                .geoPoint(HOME, c -> GeoPoint.of(c.lat(), c.lon()))
                .date(LAST_ORDER, Customer::lastOrder)
                .build();

        Segmenter<Customer> segmenter = Segmenter.builder(schema)
                .add(Segment.named("outdoor-young").where(AGE.between(25, 34)
                        .and(COUNTRY.in("US", "CA")).and(INTERESTS.containsAny("hiking", "camping"))))
                .add(Segment.named("near-toronto-store").where(HOME.withinKm(GeoPoint.of(43.6532, -79.3832), 25)))
                .add(Segment.named("lapsed").where(LAST_ORDER.beforeDaysAgo(365)))
                .asOf(LocalDate.of(2024, 3, 31))
                .build();

        List<Customer> customers = List.of(
                new Customer(1, 29, "US", Set.of("hiking"), 40.71, -74.01, LocalDate.of(2024, 2, 1)),
                new Customer(2, 41, "CA", Set.of("golf"), 43.70, -79.42, LocalDate.of(2022, 12, 24)));
        SegmentationResult result = segmenter.segment(customers);
        result.count("outdoor-young");     // 1
        result.segmentsOfId(2);            // [near-toronto-store, lapsed]
        // end::readme[]

        // the answers README.md's comments promise; both assertThat are imported, Java picks by argument type
        assertThat(result)
                .hasCount("outdoor-young", 1)
                .customerHasSegments(2L, "near-toronto-store", "lapsed")
                .customerHasSegments(1L, "outdoor-young");
        assertThat(result.segmentsOfId(2)).containsExactly("near-toronto-store", "lapsed");
        assertThat(segmenter.segmentsOf(customers.get(1))).containsExactly("near-toronto-store", "lapsed");
    }
}
