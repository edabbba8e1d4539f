package io.github.segmentkit.core.row;

import static io.github.segmentkit.api.criteria.Criteria.and;
import static io.github.segmentkit.api.criteria.Criteria.inSegment;
import static io.github.segmentkit.api.criteria.Criteria.not;
import static io.github.segmentkit.api.criteria.Criteria.or;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.segmentkit.api.AsOf;
import io.github.segmentkit.api.InvalidCustomerDataException;
import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.attribute.CategoricalAttribute;
import io.github.segmentkit.api.attribute.DateAttribute;
import io.github.segmentkit.api.attribute.LongAttribute;
import io.github.segmentkit.api.attribute.TimestampAttribute;
import io.github.segmentkit.api.criteria.Criterion;
import io.github.segmentkit.api.schema.CustomerSchema;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * The clock memo decides time-relative segments at a later as-of time exactly as evaluating the customer again at
 * that time does, for random segments mixing relative dates and timestamps (missing values included) with other
 * leaves, {@code not}, {@code or} and {@code inSegment} in both directions (a time-relative segment referring to a
 * static one and the reverse).
 */
class ClockMemoTest {
    private static final DateAttribute LAST_ORDER = Attribute.ofDate("last_order");
    private static final TimestampAttribute LAST_LOGIN = Attribute.ofTimestamp("last_login");
    private static final LongAttribute AGE = Attribute.ofLong("age");
    private static final CategoricalAttribute COUNTRY = Attribute.ofCategorical("country");
    private static final ZoneId ZONE = ZoneId.of("Asia/Karachi");
    private static final Instant START = Instant.parse("2025-03-01T10:15:30.25Z");
    private static final AsOf MARCH_1 = AsOf.date(LocalDate.of(2025, 3, 1));
    private static final AsOf MARCH_2 = AsOf.date(LocalDate.of(2025, 3, 2));

    record Customer(long id, LocalDate lastOrder, Instant lastLogin, Long age, String country) {
    }

    private static final CustomerSchema<Customer> SCHEMA = CustomerSchema.<Customer>builder(Customer::id)
            .date(LAST_ORDER, Customer::lastOrder)
            .timestamp(LAST_LOGIN, Customer::lastLogin)
            .nullableNumeric(AGE, Customer::age)
            .categorical(COUNTRY, Customer::country)
            .build();

    @Test
    void should_be_empty_without_a_relative_criterion() {
        SegmentPlan<Customer> plan = new SegmentPlan<>(SCHEMA, List.of(Segment.named("adults").where(AGE.ge(18))));

        assertThat(plan.clockMemo().isEmpty()).isTrue();
    }

    @Test
    void should_decide_a_lapse_a_month_later_from_the_memo_alone() {
        // javadoc: segmentation-core/src/main/java/io/github/segmentkit/core/row/ClockMemo.java
        List<Segment> segments = List.of(Segment.named("recent").where(LAST_ORDER.withinDays(30)),
                Segment.named("recent-pk").where(and(inSegment("recent"), COUNTRY.in("PK"))));
        AsOf asOf = AsOf.date(LocalDate.of(2025, 3, 1));
        AsOf aMonthLater = AsOf.date(LocalDate.of(2025, 4, 1));
        Customer customer = new Customer(7, LocalDate.of(2025, 2, 20), null, 40L, "PK");
        CustomerSchema<Customer> schema = SCHEMA;

        SegmentPlan<Customer> plan = new SegmentPlan<>(schema, segments);
        ClockMemo<Customer> memo = plan.clockMemo();
        RowContext context = plan.newContext(asOf);
        long[] bits = new long[plan.words()];
        plan.classifyInto(customer, context, bits);
        memo.record(0, context);                          // row 0 is this customer
        memo.decide(0, plan.newContext(aMonthLater), bits); // bits: its memberships a month later

        long[] onFirstMarch = new long[1];
        plan.classifyInto(customer, plan.newContext(asOf), onFirstMarch);
        assertThat(onFirstMarch[0]).as("recent and recent-pk on 1 March").isEqualTo(0b11L);
        assertThat(bits[0]).as("30 days after 20 February is 22 March: neither a month later").isZero();
    }

    @Test
    void should_keep_for_a_move_only_the_rows_whose_relative_criteria_change_answer() {
        SegmentPlan<Customer> plan = recentAndAdults();
        ClockMemo<Customer> memo = plan.clockMemo();
        RowContext context = plan.newContext(MARCH_1);
        long[] bits = new long[plan.words()];
        // row 0: ordered 30 days before 1 March, so recent on the 1st and not on the 2nd (it crosses the bound);
        // row 1: ordered the day before, recent on both days; row 2: the same as row 0 but deleted (forgotten);
        // row 3: never recorded (row 4 was, so the memo has room for it); row 4: no order at all
        Customer[] customers = {
            new Customer(10, LocalDate.of(2025, 1, 30), null, 40L, "PK"),
            new Customer(11, LocalDate.of(2025, 2, 28), null, 40L, "PK"),
            new Customer(12, LocalDate.of(2025, 1, 30), null, 40L, "PK"),
            null,
            new Customer(14, null, null, 40L, "PK")};
        for (int row : new int[] {0, 1, 2, 4}) {
            plan.classifyInto(customers[row], context, bits);
            memo.record(row, context);
        }
        memo.forget(2);
        int[] rows = {0, 1, 2, 3, 4, 5};   // row 5 is past every recorded row

        int kept = memo.keepMoved(rows, rows.length, MARCH_1, plan.newContext(MARCH_2));

        assertThat(Arrays.copyOf(rows, kept)).containsExactly(0);
        long[] row0 = {0b11L};             // recent and adult on 1 March
        memo.decideKept(plan.newContext(MARCH_2), row0);
        assertThat(row0).containsExactly(0b10L);
    }

    /**
     * "Ordered before Long.MAX_VALUE days ago" compares with as-of minus the span, which wraps: on 1969-12-30 (epoch
     * day -2) the bound wraps to the last long, so every order is before it; on 1969-12-31 (day -1) it is exactly the
     * first long, before which nothing is. A move between the two keeps the row and decides it as the row path does.
     */
    @Test
    void should_keep_and_decide_as_the_row_path_where_the_bound_wraps_to_the_first_value() {
        SegmentPlan<Customer> plan = new SegmentPlan<>(SCHEMA,
                List.of(Segment.named("long-ago").where(LAST_ORDER.beforeDaysAgo(Long.MAX_VALUE))));
        AsOf dayMinus2 = AsOf.date(LocalDate.ofEpochDay(-2));
        AsOf dayMinus1 = AsOf.date(LocalDate.ofEpochDay(-1));
        Customer customer = new Customer(1, LocalDate.of(2025, 1, 1), null, 40L, "PK");
        ClockMemo<Customer> memo = plan.clockMemo();
        RowContext context = plan.newContext(dayMinus2);
        long[] onDayMinus2 = new long[plan.words()];
        plan.classifyInto(customer, context, onDayMinus2);
        memo.record(0, context);
        long[] onDayMinus1 = new long[plan.words()];
        plan.classifyInto(customer, plan.newContext(dayMinus1), onDayMinus1);

        int[] rows = {0};
        int kept = memo.keepMoved(rows, 1, dayMinus2, plan.newContext(dayMinus1));
        long[] bits = onDayMinus2.clone();
        memo.decideKept(plan.newContext(dayMinus1), bits);

        assertThat(onDayMinus2).as("the row path on day -2: before the last long").containsExactly(1L);
        assertThat(onDayMinus1).as("the row path on day -1: nothing before the first long").containsExactly(0L);
        assertThat(kept).as("the row's criterion changes answer").isEqualTo(1);
        assertThat(bits).as("decided for day -1").containsExactly(0L);
    }

    @Test
    void should_keep_the_same_rows_from_records_in_the_callers_array_between_words_of_its_own() {
        SegmentPlan<Customer> plan = recentAndAdults();
        ClockMemo<Customer> memo = plan.clockMemo();
        RowContext context = plan.newContext(MARCH_1);
        long[] bits = new long[plan.words()];
        // the caller's two words before each record and one after, all ones: a gather that read them would see a
        // record of dates and truths that answer differently
        int offset = 2;
        int stride = offset + memo.recordWords() + 1;
        long[] perRow = new long[5 * stride];
        Arrays.fill(perRow, -1L);
        Customer[] customers = {
            new Customer(10, LocalDate.of(2025, 1, 30), null, 40L, "PK"),   // crosses the 30-day bound
            new Customer(11, LocalDate.of(2025, 2, 28), null, 40L, "PK"),   // recent on both days
            new Customer(12, LocalDate.of(2025, 1, 30), null, 40L, "PK"),   // would cross, but deleted
            new Customer(13, LocalDate.of(2025, 1, 30), null, 40L, "PK"),   // would cross, read instead of recorded
            new Customer(14, null, null, 40L, "PK")};                       // no order at all
        for (int row : new int[] {0, 1, 2, 4}) {
            plan.classifyInto(customers[row], context, bits);
            memo.record(perRow, row * stride + offset, context);
        }
        memo.read(perRow, 3 * stride + offset, customers[3], plan.newContext(MARCH_1));
        memo.forget(perRow, 2 * stride + offset);
        int[] rows = {0, 1, 2, 3, 4, 5};   // row 5 is past the end of the array

        int kept = memo.keepMoved(perRow, stride, offset, rows, rows.length, MARCH_1, plan.newContext(MARCH_2));

        assertThat(Arrays.copyOf(rows, kept)).containsExactly(0, 3);
        long[] keptRows = {0b11L, 0b11L};   // recent and adult on 1 March
        memo.decideKept(plan.newContext(MARCH_2), keptRows);
        assertThat(keptRows).containsExactly(0b10L, 0b10L);
        for (int row = 0; row < 5; row++) {
            assertThat(new long[] {perRow[row * stride], perRow[row * stride + 1], perRow[row * stride + stride - 1]})
                    .as("the caller's words of row %d", row).containsOnly(-1L);
        }
        assertThatThrownBy(() -> memo.keepMoved(perRow, stride - 2, offset, rows, 1, MARCH_1, context))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("offset 2").hasMessageContaining("stride of " + (stride - 2));
    }

    @Test
    void should_move_a_row_whose_record_sits_in_the_callers_array() {
        // javadoc: segmentation-core/src/main/java/io/github/segmentkit/core/row/ClockMemo.java
        SegmentPlan<Customer> plan = recentAndAdults();
        ClockMemo<Customer> memo = plan.clockMemo();
        AsOf from = MARCH_1;
        AsOf later = MARCH_2;
        RowContext context = plan.newContext(from);
        long[] bits = new long[plan.words()];
        plan.classifyInto(new Customer(10, LocalDate.of(2025, 1, 30), null, 40L, "PK"), context, bits);
        int rows = 2;
        int row = 1;
        int[] touched = {row};
        int count = touched.length;
        int stride = 2 + memo.recordWords();                // two words of the caller's, then the memo's record
        long[] perRow = new long[rows * stride];
        memo.record(perRow, row * stride + 2, context);      // context: the row just classified
        RowContext atLater = plan.newContext(later);
        int kept = memo.keepMoved(perRow, stride, 2, touched, count, from, atLater);
        memo.decideKept(atLater, bits);                      // bits: the kept rows' memberships, updated in place

        assertThat(kept).isEqualTo(1);
        // ordered on 30 January: recent and adult on 1 March, and 2 March is 31 days later: adult only
        assertThat(bits).containsExactly(0b10L);
    }

    @Test
    void should_name_the_customer_and_the_attribute_when_reading_fails() {
        IllegalStateException broken = new IllegalStateException("the order history service is down");
        CustomerSchema<Customer> failing = CustomerSchema.<Customer>builder(Customer::id)
                .date(LAST_ORDER, customer -> {
                    throw broken;
                })
                .build();
        SegmentPlan<Customer> plan = new SegmentPlan<>(failing,
                List.of(Segment.named("recent").where(LAST_ORDER.withinDays(30))));
        ClockMemo<Customer> memo = plan.clockMemo();
        Customer customer = new Customer(4711, null, null, null, "PK");

        assertThatThrownBy(() -> memo.read(0, customer, plan.newContext(asOf(START))))
                .isInstanceOfSatisfying(InvalidCustomerDataException.class,
                        e -> assertThat(e.attribute()).isEqualTo("last_order"))
                .hasMessageContaining("4711").hasMessageContaining("last_order")
                .hasMessageContaining("the order history service is down")
                .hasCause(broken);
    }

    @Property(tries = 200)
    void should_decide_as_evaluating_the_customer_again_would(@ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        assertMovesAsTheRowPath(random, randomSegments(random));
    }

    /**
     * The same for segments where no time-relative one refers to another and that are few enough for a move to decide
     * them from their normal forms over the row's truth bits (the path of most live segmentations; the property above
     * takes the programs' path whenever its segments are many or chained, and a wrong truth there fails it).
     */
    @Property(tries = 200)
    void should_decide_from_normal_forms_as_evaluating_the_customer_again_would(@ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Segment> segments = unchainedSegments(random);

        assertThat(new SegmentPlan<>(SCHEMA, segments).clockMemo().decidesByTerms()).as("%s", segments).isTrue();
        assertMovesAsTheRowPath(random, segments);
    }

    @Test
    void should_run_the_programs_of_time_relative_segments_that_refer_to_one_another() {
        SegmentPlan<Customer> plan = new SegmentPlan<>(SCHEMA, List.of(
                Segment.named("recent").where(LAST_ORDER.withinDays(30)),
                Segment.named("recent-pk").where(and(inSegment("recent"), COUNTRY.in("PK")))));

        assertThat(plan.clockMemo().decidesByTerms()).isFalse();
    }

    /**
     * Records 150 random people at a start time, then moves the clock six times (forwards and back) and checks every
     * form of the memo (recorded, read, records in an array of ours; single rows and batches) against evaluating each
     * person again at the later time.
     */
    private static void assertMovesAsTheRowPath(SplittableRandom random, List<Segment> segments) {
        SegmentPlan<Customer> plan = new SegmentPlan<>(SCHEMA, segments);
        ClockMemo<Customer> recorded = plan.clockMemo();
        ClockMemo<Customer> read = plan.clockMemo();
        // a third memo keeps its records in an array of ours, between words of ours that hold random values
        ClockMemo<Customer> outside = plan.clockMemo();
        int offset = random.nextInt(0, 3);
        int stride = offset + outside.recordWords() + random.nextInt(0, 3);
        long[] perRow = random.longs(150L * stride).toArray();
        AsOf start = asOf(START);
        RowContext context = plan.newContext(start);
        List<Customer> people = new ArrayList<>();
        List<long[]> startBits = new ArrayList<>();
        for (int row = 0; row < 150; row++) {
            Customer person = randomPerson(row, random);
            long[] bits = new long[plan.words()];
            plan.classifyInto(person, context, bits);
            recorded.record(row, context);
            outside.record(perRow, row * stride + offset, context);
            read.read(row, person, plan.newContext(start));
            people.add(person);
            startBits.add(bits);
        }
        // the batch form carries the rows' bits from move to move, as a live segmentation does
        int[] rows = new int[people.size()];
        long[] batch = new long[people.size() * plan.words()];
        for (int row = 0; row < people.size(); row++) {
            rows[row] = row;
            System.arraycopy(startBits.get(row), 0, batch, row * plan.words(), plan.words());
        }
        AsOf current = start;
        for (int move = 0; move < 6; move++) {
            // whole days from the start give or take a second and a few hundred nanoseconds: values land on the
            // bounds; the moves go back as well as forward (the memo's arithmetic does not care)
            AsOf later = asOf(START.plusSeconds(random.nextLong(0, 200) * 86_400 + random.nextInt(0, 2))
                    .plusNanos(random.nextInt(-2, 3) * 100L));
            RowContext laterContext = plan.newContext(later);
            List<long[]> expectedBits = new ArrayList<>();
            for (int row = 0; row < people.size(); row++) {
                long[] expected = new long[plan.words()];
                plan.classifyInto(people.get(row), laterContext, expected);
                expectedBits.add(expected);
                long[] fromRecord = startBits.get(row).clone();
                recorded.decide(row, laterContext, fromRecord);
                long[] fromRead = startBits.get(row).clone();
                read.decide(row, laterContext, fromRead);
                assertThat(fromRecord).as("row %d of %s at %s", row, segments, later.instant()).containsExactly(expected);
                assertThat(fromRead).as("read, not recorded").containsExactly(expected);
            }
            // the batch form decides only the rows it keeps: every other row must already hold its later bits
            ClockMemo<Customer> memo = move % 3 == 0 ? recorded : move % 3 == 1 ? read : outside;
            int[] kept = rows.clone();
            int moved = memo == outside
                    ? memo.keepMoved(perRow, stride, offset, kept, kept.length, current, laterContext)
                    : memo.keepMoved(kept, kept.length, current, laterContext);
            int words = plan.words();
            long[] keptBits = new long[moved * words];
            for (int i = 0; i < moved; i++) {
                System.arraycopy(batch, kept[i] * words, keptBits, i * words, words);
            }
            memo.decideKept(laterContext, keptBits);
            for (int i = 0; i < moved; i++) {
                System.arraycopy(keptBits, i * words, batch, kept[i] * words, words);
            }
            for (int row = 0; row < people.size(); row++) {
                assertThat(Arrays.copyOfRange(batch, row * plan.words(), (row + 1) * plan.words()))
                        .as("batch, row %d of %s, from %s to %s", row, segments, current.instant(), later.instant())
                        .containsExactly(expectedBits.get(row));
            }
            current = later;
        }
    }

    @Test
    void should_keep_no_row_when_no_segment_is_time_relative() {
        SegmentPlan<Customer> plan = new SegmentPlan<>(SCHEMA, List.of(Segment.named("adults").where(AGE.ge(18))));
        ClockMemo<Customer> memo = plan.clockMemo();
        RowContext context = plan.newContext(MARCH_1);
        for (int row = 0; row < 3; row++) {
            plan.classifyInto(new Customer(row, null, null, 20L + row, "PK"), context, new long[plan.words()]);
            memo.record(row, context);
        }
        assertThat(memo.isEmpty()).isTrue();
        assertThat(memo.recordWords()).isZero();
        // records of no words: a move keeps nothing, and reads nothing of them
        assertThat(memo.keepMoved(new int[] {0, 1, 2}, 3, MARCH_1, plan.newContext(MARCH_2))).isZero();
        assertThat(memo.keepMoved(new long[6], 2, 1, new int[] {0, 1, 2}, 3, MARCH_1, plan.newContext(MARCH_2)))
                .isZero();
        assertThat(memo.keepMoved(new long[0], 0, 0, new int[] {0, 1, 2}, 3, MARCH_1, plan.newContext(MARCH_2)))
                .as("a caller that keeps no word of its own either").isZero();
    }

    @Test
    void should_leave_out_of_play_the_attributes_whose_segments_other_leaves_decide() {
        SegmentPlan<Customer> plan = new SegmentPlan<>(SCHEMA, List.of(
                Segment.named("active_pk").where(and(LAST_LOGIN.withinDays(7), COUNTRY.in("PK"))),
                Segment.named("recent_or_adult").where(or(LAST_ORDER.withinDays(30), AGE.ge(18)))));
        ClockMemo<Customer> memo = plan.clockMemo();
        int login = memo.relativeAttributes().indexOf("last_login");
        int order = memo.relativeAttributes().indexOf("last_order");
        assertThat(memo.relativeAttributes()).containsExactlyInAnyOrder("last_login", "last_order");
        LocalDate ordered = LocalDate.of(2025, 2, 20);
        Instant loggedIn = START.minusSeconds(86_400);
        // in Pakistan: the login decides active_pk; an adult is in recent_or_adult whenever the order was
        long pakistaniAdult = inPlay(plan, memo, new Customer(1, ordered, loggedIn, 30L, "PK"));
        assertThat(ClockMemo.isInPlay(pakistaniAdult, login)).isTrue();
        assertThat(ClockMemo.isInPlay(pakistaniAdult, order)).isFalse();
        // in India: never in active_pk whenever the login was; a child is in recent_or_adult by the order only
        long indianChild = inPlay(plan, memo, new Customer(2, ordered, loggedIn, 10L, "IN"));
        assertThat(ClockMemo.isInPlay(indianChild, login)).isFalse();
        assertThat(ClockMemo.isInPlay(indianChild, order)).isTrue();
        // no country, no age: unknown leaves decide nothing
        long unknown = inPlay(plan, memo, new Customer(3, ordered, loggedIn, null, null));
        assertThat(ClockMemo.isInPlay(unknown, login)).isTrue();
        assertThat(ClockMemo.isInPlay(unknown, order)).isTrue();
    }

    private static long inPlay(SegmentPlan<Customer> plan, ClockMemo<Customer> memo, Customer customer) {
        RowContext context = plan.newContext(asOf(START));
        long[] bits = new long[plan.words()];
        plan.classifyInto(customer, context, bits);
        long[] record = new long[memo.recordWords()];
        memo.record(record, 0, context);
        return memo.relativeAttributesInPlay(record, 0, bits, 0, context);
    }

    /**
     * What "not in play" promises, checked by evaluating customers again: giving the attributes that are not in play
     * for a customer any other values (or none) changes none of its memberships at any as-of time, which is what a
     * clock move passing their bounds would do.
     */
    @Property(tries = 200)
    void should_change_no_membership_through_attributes_out_of_play(@ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Segment> segments = randomSegments(random);
        SegmentPlan<Customer> plan = new SegmentPlan<>(SCHEMA, segments);
        ClockMemo<Customer> memo = plan.clockMemo();
        int login = memo.relativeAttributes().indexOf("last_login");
        int order = memo.relativeAttributes().indexOf("last_order");
        for (int row = 0; row < 100; row++) {
            Customer person = randomPerson(row, random);
            long inPlay = inPlay(plan, memo, person);
            Customer other = randomPerson(row, random);
            Customer variant = new Customer(row,
                    order >= 0 && !ClockMemo.isInPlay(inPlay, order) ? other.lastOrder() : person.lastOrder(),
                    login >= 0 && !ClockMemo.isInPlay(inPlay, login) ? other.lastLogin() : person.lastLogin(),
                    person.age(), person.country());
            for (int time = 0; time < 3; time++) {
                RowContext at = plan.newContext(asOf(START.plusSeconds(random.nextLong(-100, 300) * 86_400
                        + random.nextInt(0, 2))));
                long[] expected = new long[plan.words()];
                plan.classifyInto(person, at, expected);
                long[] actual = new long[plan.words()];
                plan.classifyInto(variant, at, actual);
                assertThat(actual).as("%s, %s as %s (in play: %x)", segments, person, variant, inPlay)
                        .containsExactly(expected);
            }
        }
    }

    /** "recent" (ordered in the last 30 days, time-relative) and "adults" (not). */
    private static SegmentPlan<Customer> recentAndAdults() {
        return new SegmentPlan<>(SCHEMA, List.of(
                Segment.named("recent").where(LAST_ORDER.withinDays(30)),
                Segment.named("adults").where(AGE.ge(18))));
    }

    private static AsOf asOf(Instant instant) {
        return AsOf.now(Clock.fixed(instant, ZONE));
    }

    /** Spans past which "as of minus N days" wraps: in seconds (a timestamp's bound), in days, and the longest. */
    private static final long[] EXTREME_DAYS = {Long.MAX_VALUE / 86_400 + 1, 400_000_000_000L, Long.MAX_VALUE};

    /**
     * Up to twelve segments: the even ones without a relative criterion (and without references), the odd ones random,
     * referring now and then to an even one; so no time-relative segment refers to another.
     */
    private static List<Segment> unchainedSegments(SplittableRandom random) {
        List<Segment> segments = new ArrayList<>();
        int count = 1 + random.nextInt(12);
        for (int i = 0; i < count; i++) {
            Criterion criterion = i % 2 == 0 ? staticCriterion(random, 2) : randomCriterion(random, 2, i);
            if (i % 2 == 1 && random.nextInt(3) == 0) {
                Criterion reference = inSegment("s" + 2 * random.nextInt((i + 1) / 2));
                criterion = random.nextBoolean() ? and(reference, criterion) : or(not(reference), criterion);
            }
            segments.add(Segment.named("s" + i).where(criterion));
        }
        return segments;
    }

    private static Criterion staticCriterion(SplittableRandom random, int depth) {
        return switch (random.nextInt(depth > 0 ? 5 : 2)) {
            case 0 -> AGE.between(random.nextInt(10, 40), random.nextInt(40, 90));
            case 1 -> COUNTRY.in("PK", "IN", "");
            case 2 -> not(staticCriterion(random, depth - 1));
            case 3 -> and(staticCriterion(random, depth - 1), staticCriterion(random, depth - 1));
            default -> or(staticCriterion(random, depth - 1), staticCriterion(random, depth - 1));
        };
    }

    private static List<Segment> randomSegments(SplittableRandom random) {
        List<Segment> segments = new ArrayList<>();
        int count = 1 + random.nextInt(70);   // past 64 segments, bit sets take two words
        for (int i = 0; i < count; i++) {
            Criterion criterion = randomCriterion(random, 2, i);
            if (i > 0 && random.nextInt(4) == 0) {
                Criterion reference = inSegment("s" + random.nextInt(i));
                criterion = random.nextBoolean() ? and(reference, criterion) : or(not(reference), criterion);
            }
            segments.add(Segment.named("s" + i).where(criterion));
        }
        return segments;
    }

    private static Criterion randomCriterion(SplittableRandom random, int depth, int segment) {
        int kind = random.nextInt(depth > 0 ? 10 : 7);
        // now and then a span so long that "as of minus the span" wraps around in days or in seconds
        long days = random.nextInt(12) == 0 ? EXTREME_DAYS[random.nextInt(EXTREME_DAYS.length)] : random.nextInt(0, 120);
        return switch (kind) {
            case 0 -> LAST_ORDER.withinDays(days);
            case 1 -> LAST_ORDER.beforeDaysAgo(days);
            case 2 -> LAST_LOGIN.afterDaysAgo(days);
            case 3 -> LAST_LOGIN.withinDays(days);
            case 4 -> AGE.between(random.nextInt(10, 40), random.nextInt(40, 90));
            case 5 -> COUNTRY.in("PK", "IN", "");
            case 6 -> LAST_ORDER.afterDaysAgo(days);
            case 7 -> not(randomCriterion(random, depth - 1, segment));
            case 8 -> and(randomCriterion(random, depth - 1, segment), randomCriterion(random, depth - 1, segment));
            default -> or(randomCriterion(random, depth - 1, segment), randomCriterion(random, depth - 1, segment));
        };
    }

    private static Customer randomPerson(long id, SplittableRandom random) {
        // dates around the start and up to 250 days later, so that later as-of times pass over them too
        // and now and then the first or last date or instant there is
        LocalDate lastOrder = random.nextInt(5) == 0 ? null
                : random.nextInt(20) == 0 ? (random.nextBoolean() ? LocalDate.MIN : LocalDate.MAX)
                : LocalDate.of(2025, 3, 1).plusDays(random.nextInt(-200, 250));
        Instant lastLogin = random.nextInt(5) == 0 ? null
                : random.nextInt(20) == 0 ? (random.nextBoolean() ? Instant.MIN : Instant.MAX)
                : START.plusSeconds(random.nextLong(-200, 250) * 86_400 + random.nextInt(-1, 2))
                        .plusNanos(random.nextInt(-2, 3) * 100L);
        Long age = random.nextInt(5) == 0 ? null : (long) random.nextInt(0, 100);
        String country = new String[] {"PK", "IN", "", "تلنگانہ", "తెలుగు", null}[random.nextInt(6)];
        return new Customer(id, lastOrder, lastLogin, age, country);
    }
}
