package io.github.segmentkit.examples.snippets;

import static io.github.segmentkit.api.criteria.Criteria.*;
import static io.github.segmentkit.examples.snippets.Fixtures.AGE;
import static io.github.segmentkit.examples.snippets.Fixtures.COUNTRY;
import static io.github.segmentkit.examples.snippets.Fixtures.HOME;
import static io.github.segmentkit.examples.snippets.Fixtures.INCOME;
import static io.github.segmentkit.examples.snippets.Fixtures.INTERESTS;
import static io.github.segmentkit.examples.snippets.Fixtures.LAST_ORDER;
import static io.github.segmentkit.examples.snippets.Fixtures.OPTED_IN;
import static io.github.segmentkit.examples.snippets.Fixtures.membersOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.attribute.GeoPoint;
import io.github.segmentkit.api.criteria.And;
import io.github.segmentkit.api.criteria.Comparison;
import io.github.segmentkit.api.criteria.ComparisonOperator;
import io.github.segmentkit.api.criteria.Criteria;
import io.github.segmentkit.api.criteria.Criterion;
import io.github.segmentkit.api.criteria.CriterionVisitor;
import io.github.segmentkit.api.criteria.InSegment;
import io.github.segmentkit.api.criteria.Not;
import io.github.segmentkit.api.criteria.Or;
import io.github.segmentkit.api.criteria.Presence;
import io.github.segmentkit.api.criteria.PresenceOperator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The javadoc examples of package {@code io.github.segmentkit.api.criteria}, compiled and run against the
 * {@link Fixtures} customers (1: 29, US, hiker, 120,000; 2: 41, CA, no income; 3: 67, GB, camper, 48,000, lapsed).
 */
class CriteriaSnippetsTest {

    @Test
    void should_build_the_nodes_the_examples_name() {
        // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/criteria/And.java
        Criterion c = new And(List.of(AGE.ge(18L), COUNTRY.eq("DE")));
        assertThat(membersOf(c)).isEmpty();

        // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/criteria/Comparison.java
        Criterion adults = AGE.ge(18L);   // new Comparison<>(AGE, ComparisonOperator.GE, 18L)
        assertThat(adults).isEqualTo(new Comparison<>(AGE, ComparisonOperator.GE, 18L));

        // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/criteria/Presence.java
        Criterion noIncome = Criteria.isMissing(INCOME);   // new Presence(INCOME, PresenceOperator.IS_MISSING)
        assertThat(noIncome).isEqualTo(new Presence(INCOME, PresenceOperator.IS_MISSING));
        assertThat(membersOf(noIncome)).containsExactly(2L);
    }

    @Test
    void should_select_what_each_criterion_example_says() {
        // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/criteria/Between.java
        Criterion millennials = AGE.between(25, 34);   // 25 and 34 included
        assertThat(membersOf(millennials)).containsExactly(1L);

        // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/criteria/BooleanIs.java
        Criterion reachable = OPTED_IN.isTrue();
        assertThat(membersOf(reachable)).containsExactly(1L);

        // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/criteria/CategoryIn.java
        Criterion northAmerica = COUNTRY.in("US", "CA");
        assertThat(membersOf(northAmerica)).containsExactly(1L, 2L);

        // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/criteria/Criterion.java
        Criterion c = AGE.between(25, 34)
                .and(COUNTRY.in("US", "CA"))
                .and(INTERESTS.containsAny("hiking", "camping"));
        assertThat(membersOf(c)).containsExactly(1L);

        // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/criteria/Not.java
        Criterion notInUk = new Not(COUNTRY.eq("GB"));   // UNKNOWN for a customer without a country
        assertThat(membersOf(notInUk)).containsExactly(1L, 2L);

        // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/criteria/Or.java
        Criterion usOrCanada = new Or(List.of(COUNTRY.eq("US"), COUNTRY.eq("CA")));
        assertThat(membersOf(usOrCanada)).containsExactly(1L, 2L);

        // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/criteria/RelativeDate.java
        Criterion lapsed = LAST_ORDER.beforeDaysAgo(365);
        assertThat(membersOf(lapsed)).containsExactly(3L);

        // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/criteria/TagsMatch.java
        Criterion outdoor = INTERESTS.containsAny("hiking", "camping");
        assertThat(membersOf(outdoor)).containsExactly(1L, 3L);

        // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/criteria/WithinDistance.java
        Criterion nearStore = HOME.withinKm(GeoPoint.of(51.5074, -0.1278), 15);
        assertThat(membersOf(nearStore)).containsExactly(3L);
    }

    @Test
    void should_offer_every_criterion_from_one_static_door() {
        // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/criteria/Criteria.java
        // import static io.github.segmentkit.api.criteria.Criteria.*;

        Criterion vipOutdoor = and(inSegment("outdoor-young"), INCOME.ge(100_000));
        Criterion unknownAge = isMissing(AGE);

        assertThat(vipOutdoor).isEqualTo(new And(List.of(new InSegment("outdoor-young"), INCOME.ge(100_000))));
        assertThat(membersOf(unknownAge)).isEmpty();
    }

    @Test
    void should_build_segments_from_segments() {
        // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/criteria/InSegment.java
        Segment vip = Segment.named("vip-outdoor").where(Criteria.inSegment("outdoor-young").and(INCOME.ge(100_000)));

        assertThat(vip.criterion()).isEqualTo(inSegment("outdoor-young").and(INCOME.ge(100_000)));
    }

    @Test
    void should_count_leaves_and_collect_references_with_visitors() {
        Criterion criterion = and(AGE.between(25, 34), or(inSegment("lapsed"), not(COUNTRY.eq("GB"))));
        // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/criteria/CriterionVisitor.java
        int leaves = criterion.accept(new CriterionVisitor.Default<Integer>() {
            protected Integer defaultValue(Criterion leaf) { return 1; }
            public Integer visitAnd(And and) { return and.operands().stream().mapToInt(c -> c.accept(this)).sum(); }
            public Integer visitOr(Or or) { return or.operands().stream().mapToInt(c -> c.accept(this)).sum(); }
            public Integer visitNot(Not not) { return not.operand().accept(this); }
        });
        assertThat(leaves).isEqualTo(3);

        // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/criteria/CriterionVisitor.java
        Set<String> referenced = new HashSet<>();
        criterion.accept(new CriterionVisitor.Traversal() {
            public Void visitInSegment(InSegment in) { referenced.add(in.segmentName()); return null; }
        });
        assertThat(referenced).containsExactly("lapsed");
    }
}
