package io.github.segmentkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.attribute.CategoricalAttribute;
import io.github.segmentkit.api.attribute.TagsAttribute;
import io.github.segmentkit.api.criteria.Criteria;
import io.github.segmentkit.api.result.SegmentCounts;
import io.github.segmentkit.api.schema.CustomerSchema;
import io.github.segmentkit.testing.ReferenceEvaluator;
import io.github.segmentkit.testing.ReferenceResult;
import io.github.segmentkit.testing.generators.GenericCustomer;
import io.github.segmentkit.testing.generators.TestCustomers;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Strings written to break out of SQL (quotes, {@code '; DROP TABLE}, backslashes, NUL, comment markers, question
 * marks, Urdu and Telugu) as category values, tags, attribute names and column names: they must reach the database
 * only as bind parameters or quoted identifiers, so that every segment finds exactly the reference's members and a
 * bystander table survives. NUL is tried where the database can store it (H2, DuckDB); on PostgreSQL, which cannot,
 * a criterion naming it must match no one rather than fail.
 */
class HostileStringsIT extends OnEveryDatabase {
    private static final List<String> HOSTILE = List.of("'; DROP TABLE victims; --", "O'Brien", "\"quoted\"",
            "back\\slash", "\\'", "'' OR ''1''=''1", "?", "$1", "/* open", "-- line", "a\0b", "پاکستان", "తెలంగాణ",
            "", " ", "'", "\"");

    private static final CategoricalAttribute COUNTRY = Attribute.ofCategorical("c'; DROP TABLE victims; --");
    private static final TagsAttribute INTERESTS = Attribute.ofTags("t \"tags\" پسند");
    private static final CustomerSchema<GenericCustomer> SCHEMA = CustomerSchema.builder(GenericCustomer::id)
            .categorical(COUNTRY, c -> (String) c.values()[0])
            .tags(INTERESTS, c -> tagsOf(c))
            .build();

    @SuppressWarnings("unchecked")
    private static Collection<String> tagsOf(GenericCustomer customer) {
        return (Collection<String>) customer.values()[1];
    }

    @ParameterizedTest
    @MethodSource("databases")
    void should_bind_every_hostile_value_and_quote_every_hostile_name(TestDatabase database) throws Exception {
        database.execute("DROP TABLE IF EXISTS victims");
        database.execute("CREATE TABLE victims (x INTEGER)");
        database.execute("INSERT INTO victims VALUES (1)");
        List<String> storable = HOSTILE.stream().filter(database.dialect()::canStore).toList();
        List<GenericCustomer> customers = new ArrayList<>();
        for (int i = 0; i < storable.size(); i++) {
            // each value as a category, and as a tag next to its neighbour; one customer with neither
            customers.add(new GenericCustomer(i, new Object[] {storable.get(i),
                    List.of(storable.get(i), storable.get((i + 1) % storable.size()))}));
        }
        customers.add(new GenericCustomer(-1, new Object[] {null, null}));
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i < HOSTILE.size(); i++) {
            String value = HOSTILE.get(i);
            segments.add(Segment.named("in " + i).where(COUNTRY.in(value, "unheld")));
            segments.add(Segment.named("any " + i).where(INTERESTS.containsAny(value)));
            segments.add(Segment.named("all " + i).where(INTERESTS.containsAll(value, HOSTILE.get(0))));
            segments.add(Segment.named("none " + i).where(INTERESTS.containsNone(value).and(Criteria.isPresent(COUNTRY))));
        }
        TableLoader<GenericCustomer> loader = new TableLoader<>(database, SCHEMA, false,
                // PostgreSQL keeps 63 bytes of a name: prefix and attribute names together stay below
                "\"; -- ? \\ تل ");
        SqlTable table = loader.load("customers \"; DROP TABLE victims; --", customers);
        ReferenceResult expected = ReferenceEvaluator.of(SCHEMA, segments, TestCustomers.AS_OF).segment(customers);

        SqlSegmentationResult actual = JdbcSegmentation.on(database.dataSource(), table, database.dialect())
                .memberships(segments, TestCustomers.AS_OF);
        SegmentCounts counts = JdbcSegmentation.on(database.dataSource(), table, database.dialect())
                .counts(segments, TestCustomers.AS_OF);

        int matchedSomeone = 0;
        for (Segment segment : segments) {
            assertThat(actual.memberIds(segment.name())).as("%s on %s", segment, database)
                    .containsExactly(expected.memberIds(segment.name()));
            assertThat(counts.count(segment.name())).isEqualTo(expected.count(segment.name()));
            matchedSomeone += expected.count(segment.name()) > 0 ? 1 : 0;
        }
        assertThat(matchedSomeone).as("segments with members").isGreaterThan(HOSTILE.size() * 2);
        try (Statement statement = database.connection().createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM victims")) {
            rows.next();
            assertThat(rows.getLong(1)).as("the bystander table survived").isEqualTo(1);
        }
    }
}
