package io.github.segmentkit.api;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.attribute.LongAttribute;
import io.github.segmentkit.api.schema.CustomerSchema;
import org.junit.jupiter.api.Test;

/** The API module has no engine on its class path: exactly the situation a user meets without segmentation-core. */
class SegmenterBuilderTest {
    private static final LongAttribute AGE = Attribute.ofLong("age");
    private static final CustomerSchema<long[]> SCHEMA = CustomerSchema.<long[]>builder(c -> c[0])
            .numeric(AGE, c -> c[1]).build();

    @Test
    void should_fail_fast_with_a_clear_message_when_no_engine_is_on_the_class_path() {
        assertThatThrownBy(() -> Segmenter.builder(SCHEMA).add(Segment.named("adults").where(AGE.ge(18))).build())
                .isInstanceOf(EngineNotFoundException.class)
                .hasMessage("no SegmentKit engine on the class path: add the dependency"
                        + " io.github.segmentkit:segmentation-core");
    }

    @Test
    void should_name_the_missing_engine_when_one_is_asked_for() {
        assertThatThrownBy(() -> Segmenter.builder(SCHEMA).engine("spark").add(Segment.named("a").where(AGE.ge(1)))
                .build())
                .isInstanceOf(EngineNotFoundException.class)
                .hasMessageStartingWith("no SegmentKit engine named 'spark' on the class path; found []");
    }

    @Test
    void should_validate_before_looking_for_an_engine() {
        assertThatThrownBy(() -> Segmenter.builder(SCHEMA).add(Segment.named("bad").where(AGE.between(10, 5)))
                .build())
                .isInstanceOf(DefinitionException.class)
                .hasMessage("segment 'bad', attribute 'age': age.between(10, 5): low is greater than high,"
                        + " so no customer can match");
    }
}
