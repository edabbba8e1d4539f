package io.github.segmentkit.examples;

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
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The code example of README.md, compiled and run; a second test keeps README.md identical to it, imports included.
 * README's other Java blocks are compiled by {@code snippets.ReadmeSnippetsTest}.
 */
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

        assertThat(result.count("outdoor-young")).isEqualTo(1);
        assertThat(result.segmentsOfId(2)).containsExactly("near-toronto-store", "lapsed");
        assertThat(result.segmentsOfId(1)).containsExactly("outdoor-young");
        assertThat(segmenter.segmentsOf(customers.get(1))).containsExactly("near-toronto-store", "lapsed");
    }

    @Test
    void should_keep_readme_identical_to_the_tested_example() throws IOException {
        String source = Files.readString(Path.of("src/test/java/io/github/segmentkit/examples/ReadmeExampleTest.java"));
        String region = source.substring(source.indexOf("// tag::readme[]\n") + "// tag::readme[]\n".length(),
                source.indexOf("        // end::readme[]"));
        String unindented = region.lines().map(l -> l.length() >= 8 ? l.substring(8) : l.strip())
                .collect(Collectors.joining("\n"));
        String readme = Files.readString(Path.of("../README.md"));
        assertThat(readme).contains("```java\n" + importsUsedBy(region, source) + "\n" + unindented + "\n```\n");
    }

    /**
     * The imports of this file that the example needs, in this file's order: those whose simple name it uses. As the
     * file compiles, README then shows exactly the imports that make its example compile.
     */
    private static String importsUsedBy(String region, String source) {
        List<String> imports = source.lines().filter(l -> l.startsWith("import ") && !l.startsWith("import static "))
                .filter(l -> {
                    String name = l.substring(l.lastIndexOf('.') + 1, l.length() - 1);
                    return Pattern.compile("\\b" + name + "\\b").matcher(region).find();
                })
                .toList();
        assertThat(imports).as("imports the README example uses").isNotEmpty();
        return imports.stream().map(l -> l + "\n").collect(Collectors.joining());
    }
}
