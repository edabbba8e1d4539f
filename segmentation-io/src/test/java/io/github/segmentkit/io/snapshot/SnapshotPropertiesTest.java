package io.github.segmentkit.io.snapshot;

import static io.github.segmentkit.io.snapshot.MigrationMatrix.ABSENT;
import static io.github.segmentkit.io.snapshot.MigrationMatrix.UNSEGMENTED;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.io.membership.MembershipCsv;
import io.github.segmentkit.io.membership.MembershipRows;
import io.github.segmentkit.io.runs.ListedResult;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Diffs, migration matrices and the CSV round trip against plain Java set arithmetic on random runs: random
 * populations (negative and extreme ids included) with random memberships, each run's customers mapped to their
 * segments.
 */
class SnapshotPropertiesTest {
    static final List<String> EARLIER = List.of("a", "b", "c");
    static final List<String> LATER = List.of("b", "c", "d");

    @Property(tries = 200)
    void should_agree_with_set_differences(@ForAll("overlapping") Map<Long, Set<String>> before,
            @ForAll("overlapping") Map<Long, Set<String>> after) {
        ListedResult earlier = run(EARLIER, before);
        ListedResult later = run(LATER, renamed(after));

        SnapshotDiff diff = SnapshotDiff.between(MembershipSnapshot.of(earlier), MembershipSnapshot.of(later));

        assertThat(diff.segmentNames()).containsExactly("a", "b", "c", "d");
        for (String segment : diff.segmentNames()) {
            Set<Long> was = members(before, segment, EARLIER);
            Set<Long> is = members(renamed(after), segment, LATER);
            SegmentChange change = diff.change(segment);
            assertThat(change.enteredIds()).as(segment).containsExactly(minus(is, was));
            assertThat(change.exitedIds()).as(segment).containsExactly(minus(was, is));
            assertThat(change.stayedCount()).as(segment).isEqualTo(was.stream().filter(is::contains).count());
            assertThat(change.countBefore() - change.exitedCount() + change.enteredCount())
                    .isEqualTo(change.countAfter());
        }
        assertThat(diff.joinedIds()).containsExactly(minus(after.keySet(), before.keySet()));
        assertThat(diff.leftIds()).containsExactly(minus(before.keySet(), after.keySet()));
    }

    @Property(tries = 200)
    void should_put_every_customer_of_either_run_in_the_one_cell_of_its_segments(
            @ForAll("exclusive") Map<Long, String> before, @ForAll("exclusive") Map<Long, String> after) {
        MigrationMatrix moves = MigrationMatrix.between(MembershipSnapshot.of(exclusiveRun(before)),
                MembershipSnapshot.of(exclusiveRun(after)));

        Map<List<String>, Long> expected = new HashMap<>();
        Set<Long> everyone = new TreeSet<>(before.keySet());
        everyone.addAll(after.keySet());
        for (long id : everyone) {
            expected.merge(List.of(category(before, id), category(after, id)), 1L, Long::sum);
        }
        for (String from : moves.fromCategories()) {
            for (String to : moves.toCategories()) {
                assertThat(moves.count(from, to)).as("%s -> %s", from, to)
                        .isEqualTo(expected.getOrDefault(List.of(from, to), 0L));
            }
        }
        long earlierTotal = 0;
        for (String from : moves.fromCategories()) {
            earlierTotal += from.equals(ABSENT) ? 0 : moves.rowTotal(from);
        }
        long laterTotal = 0;
        for (String to : moves.toCategories()) {
            laterTotal += to.equals(ABSENT) ? 0 : moves.columnTotal(to);
        }
        assertThat(earlierTotal).isEqualTo(before.size());
        assertThat(laterTotal).isEqualTo(after.size());
        assertThat(moves.rowTotal(ABSENT)).isEqualTo(minus(after.keySet(), before.keySet()).length);
        assertThat(moves.count(ABSENT, ABSENT)).isZero();
        assertThat(Arrays.stream(moves.counts()).flatMapToLong(Arrays::stream).sum())
                .isEqualTo(everyone.size());
    }

    @Property(tries = 100)
    void should_read_back_from_csv_the_snapshot_of_the_result(@ForAll("overlapping") Map<Long, Set<String>> run)
            throws IOException {
        ListedResult result = run(EARLIER, run);
        StringBuilder csv = new StringBuilder();
        MembershipCsv.write(MembershipRows.of(result).withUnsegmentedAs(UNSEGMENTED), LocalDate.of(2024, 3, 31), csv);

        MembershipSnapshot read = SnapshotReader.create().withUnsegmentedLabel(UNSEGMENTED)
                .readCsv(new StringReader(csv.toString()), "run.csv");
        MembershipSnapshot direct = MembershipSnapshot.of(result);

        assertThat(read.customerCount()).isEqualTo(run.size());
        assertThat(read.unsegmentedIds()).containsExactly(direct.unsegmentedIds());
        for (String segment : read.segmentNames()) {
            assertThat(read.memberIds(segment)).containsExactly(direct.memberIds(segment));
        }
        // a segment nobody is in has no row, so the file does not know it: every other one is read back
        assertThat(read.segmentNames()).containsExactlyElementsOf(direct.segmentNames().stream()
                .filter(s -> direct.count(s) > 0).toList());
    }

    @Provide
    Arbitrary<Map<Long, Set<String>>> overlapping() {
        return Arbitraries.maps(ids(), Arbitraries.subsetOf(EARLIER)).ofMaxSize(40);
    }

    @Provide
    Arbitrary<Map<Long, String>> exclusive() {
        return Arbitraries.maps(ids(), Arbitraries.of("a", "b", "c", "")).ofMaxSize(40);
    }

    private static Arbitrary<Long> ids() {
        return Arbitraries.frequencyOf(Tuple.of(9, Arbitraries.longs().between(-15, 40)),
                Tuple.of(1, Arbitraries.of(Long.MIN_VALUE, Long.MAX_VALUE, -1L << 40, 1L << 40)));
    }

    /** The later run's segments are b, c, d: "a" in a generated run stands for "d". */
    private static Map<Long, Set<String>> renamed(Map<Long, Set<String>> run) {
        Map<Long, Set<String>> renamed = new HashMap<>();
        run.forEach((id, segments) -> renamed.put(id, segments.stream().map(s -> s.equals("a") ? "d" : s)
                .collect(Collectors.toSet())));
        return renamed;
    }

    private static ListedResult run(List<String> segments, Map<Long, Set<String>> customers) {
        ListedResult.Builder builder = ListedResult.withSegments(segments);
        customers.forEach((id, in) -> builder.customer(id, List.copyOf(in)));
        return builder.build();
    }

    private static ListedResult exclusiveRun(Map<Long, String> customers) {
        ListedResult.Builder builder = ListedResult.withSegments(EARLIER);
        customers.forEach((id, segment) -> builder.customer(id, segment.isEmpty() ? List.of() : List.of(segment)));
        return builder.build();
    }

    private static String category(Map<Long, String> run, long id) {
        String segment = run.get(id);
        return segment == null ? ABSENT : segment.isEmpty() ? UNSEGMENTED : segment;
    }

    private static Set<Long> members(Map<Long, Set<String>> run, String segment, List<String> declared) {
        if (!declared.contains(segment)) {
            return Set.of();
        }
        return run.entrySet().stream().filter(e -> e.getValue().contains(segment)).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    /** {@code a} minus {@code b}, ascending. */
    private static long[] minus(Set<Long> a, Set<Long> b) {
        TreeSet<Long> difference = new TreeSet<>(a);
        difference.removeAll(b);
        return difference.stream().mapToLong(Long::longValue).toArray();
    }
}
