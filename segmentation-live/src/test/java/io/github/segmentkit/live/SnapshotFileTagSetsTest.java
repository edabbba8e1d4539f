package io.github.segmentkit.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.attribute.TagsAttribute;
import io.github.segmentkit.api.classify.AttributeValues;
import io.github.segmentkit.api.schema.CustomerSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tags in snapshot files, held as every kind of collection: a set the customer holds is written as it is, any other
 * collection as the set of its tags, and a tag set that came to hold null is refused.
 */
class SnapshotFileTagSetsTest {
    private static final TagsAttribute TAGS = Attribute.ofTags("tags");
    private static final CustomerSchema<Tagged> SCHEMA = CustomerSchema.<Tagged>builder(Tagged::id)
            .tags(TAGS, Tagged::tags).build();
    private static final Segment HIKERS = Segment.named("hikers").where(TAGS.containsAny("hiking"));

    @TempDir
    Path directory;

    @RegisterExtension
    final OpenedLiveSegmentations opened = new OpenedLiveSegmentations();

    /** A customer whose tags are any collection. */
    record Tagged(long id, Collection<String> tags) {
        static Tagged from(AttributeValues values) {
            @SuppressWarnings("unchecked")
            Collection<String> tags = (Collection<String>) values.get("tags");
            return new Tagged(values.id(), tags);
        }
    }

    @Test
    void should_restore_the_tags_of_every_kind_of_collection() throws IOException {
        List<Tagged> customers = List.of(new Tagged(1, new HashSet<>(List.of("hiking", "کراچی", "తెలుగు"))),
                new Tagged(2, new TreeSet<>(List.of("chess", "hiking"))),
                new Tagged(3, new LinkedHashSet<>(List.of("tennis"))), new Tagged(4, Set.of()),
                new Tagged(5, Set.of("a", "hiking", "b")), new Tagged(6, null),
                new Tagged(7, List.of("hiking", "chess", "hiking")), new Tagged(8, new ArrayList<>()));
        LiveSegmentation<Tagged> live = opened.track(LiveSegmentation.builder(SCHEMA).add(HIKERS).build(customers));
        Path file = directory.resolve("tags.sklive");
        live.saveTo(file);

        LiveSegmentation<Tagged> restored = opened.track(LiveSegmentation.builder(SCHEMA).add(HIKERS)
                .restore(file, Tagged::from));
        for (Tagged customer : customers) {
            Set<String> expected = customer.tags() == null ? null : Set.copyOf(customer.tags());
            Collection<String> tags = restored.customer(customer.id()).orElseThrow().tags();
            assertThat(tags == null ? null : Set.copyOf(tags)).as("customer %d", customer.id()).isEqualTo(expected);
        }
        assertThat(restored.snapshot().memberIds("hikers")).containsExactlyInAnyOrder(1L, 2L, 5L, 7L);
    }

    @Test
    void should_refuse_a_tag_set_that_came_to_hold_null_and_leave_the_previous_file() throws IOException {
        Set<String> tags = new HashSet<>(List.of("hiking"));
        LiveSegmentation<Tagged> live = opened.track(LiveSegmentation.builder(SCHEMA).add(HIKERS)
                .build(List.of(new Tagged(1, Set.of("chess")), new Tagged(42, tags))));
        Path file = directory.resolve("tags.sklive");
        live.saveTo(file);
        byte[] previous = Files.readAllBytes(file);
        tags.add(null);   // the customer's own set, changed after it was added

        assertThatThrownBy(() -> live.saveTo(file)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'tags'").hasMessageContaining("customer 42");
        assertThat(Files.readAllBytes(file)).isEqualTo(previous);
    }
}
