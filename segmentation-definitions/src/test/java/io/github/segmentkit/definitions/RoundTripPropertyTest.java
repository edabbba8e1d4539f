package io.github.segmentkit.definitions;

import static io.github.segmentkit.definitions.DefinitionsFormat.JSON;
import static io.github.segmentkit.definitions.DefinitionsFormat.TEXT;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.attribute.CategoricalAttribute;
import io.github.segmentkit.api.attribute.DoubleAttribute;
import io.github.segmentkit.api.attribute.LongAttribute;
import io.github.segmentkit.testing.generators.Generators;
import io.github.segmentkit.testing.generators.TestCustomers;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every syntax tree prints to text and JSON and parses back equal; printing is stable. */
class RoundTripPropertyTest {
    private static final List<Attribute> ATTRIBUTES = TestCustomers.SCHEMA.attributes();

    @Provide
    Arbitrary<List<Segment>> segments() {
        // descriptions with quotes, backslashes, control characters and non-Latin text
        Arbitrary<String> descriptions = Arbitraries.oneOf(Arbitraries.just(""),
                Arbitraries.strings().ofMaxLength(30),
                Arbitraries.of("Young \"outdoor\" buyers", "tab\tand\\backslash", "کراچی کے گاہک", "హైదరాబాద్"));
        return Generators.segments(4, 6).flatMap(list -> descriptions.list().ofSize(list.size()).map(texts -> {
            List<Segment> described = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                Segment s = list.get(i);
                described.add(new Segment(s.name(), texts.get(i), s.criterion()));
            }
            return described;
        }));
    }

    @Property(tries = 300)
    void should_round_trip_through_text(@ForAll("segments") List<Segment> segments) {
        String text = Definitions.print(segments, TEXT);
        List<Segment> parsed = Definitions.parse(text, TEXT, ATTRIBUTES).segments();
        assertThat(parsed).isEqualTo(segments);
        assertThat(Definitions.print(parsed, TEXT)).isEqualTo(text);
    }

    @Property(tries = 300)
    void should_round_trip_through_json(@ForAll("segments") List<Segment> segments) {
        String json = Definitions.print(segments, JSON);
        List<Segment> parsed = Definitions.parse(json, JSON, ATTRIBUTES).segments();
        assertThat(parsed).isEqualTo(segments);
        assertThat(Definitions.print(parsed, JSON)).isEqualTo(json);
    }

    @Provide
    Arbitrary<double[]> doubles() {
        return Combinators.combine(Arbitraries.doubles(), Arbitraries.of(-0.0, 0.0, Double.MIN_VALUE, -Double.MAX_VALUE,
                Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 1e-310, 0.1 + 0.2)).as((a, b) -> new double[] {a, b});
    }

    @Property(tries = 300)
    void should_keep_every_number_exactly(@ForAll long whole, @ForAll("doubles") double[] reals) {
        LongAttribute count = Attribute.ofLong("count");
        DoubleAttribute amount = Attribute.ofDouble("amount");
        List<Segment> segments = List.of(Segment.named("n").where(count.eq(whole)
                .and(amount.between(Math.min(reals[0], reals[1]), Math.max(reals[0], reals[1])))));
        List<Attribute> attributes = List.of(count, amount);
        assertThat(Definitions.parse(Definitions.print(segments, TEXT), TEXT, attributes).segments())
                .isEqualTo(segments);
        assertThat(Definitions.parse(Definitions.print(segments, JSON), JSON, attributes).segments())
                .isEqualTo(segments);
    }

    @Property(tries = 200)
    void should_quote_any_attribute_or_segment_name(@ForAll("names") String name) {
        CategoricalAttribute attribute = Attribute.ofCategorical(name);
        List<Segment> segments = List.of(Segment.named(name).where(attribute.in("a", name)));
        assertThat(Definitions.parse(Definitions.print(segments, TEXT), TEXT, List.of(attribute)).segments())
                .isEqualTo(segments);
        assertThat(Definitions.parse(Definitions.print(segments, JSON), JSON, List.of(attribute)).segments())
                .isEqualTo(segments);
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.oneOf(Arbitraries.of("segment", "AND", "days", "`tick`", "with space", "شہر", "నగరం", "_x1"),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(20).filter(s -> !s.isBlank()
                        && s.chars().noneMatch(Character::isISOControl)));
    }
}
