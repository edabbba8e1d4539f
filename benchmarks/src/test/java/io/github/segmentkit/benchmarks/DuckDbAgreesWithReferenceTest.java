package io.github.segmentkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.benchmarks.peers.duckdb.DuckDbCountsBenchmark;
import io.github.segmentkit.benchmarks.peers.duckdb.DuckDbMemberIdsBenchmark;
import io.github.segmentkit.benchmarks.peers.duckdb.TagEncoding;
import io.github.segmentkit.benchmarks.workload.Answers;
import io.github.segmentkit.benchmarks.workload.Workload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every DuckDB formulation, loaded with 10,000 customers, counts what the {@code ReferenceEvaluator} counts. */
class DuckDbAgreesWithReferenceTest {
    private static final int SIZE = 10_000;

    @ParameterizedTest
    @EnumSource(DuckDbCountsBenchmark.Formulation.class)
    void should_count_like_the_reference(DuckDbCountsBenchmark.Formulation formulation) throws Exception {
        DuckDbCountsBenchmark peer = new DuckDbCountsBenchmark();
        peer.customers = SIZE;
        peer.formulation = formulation;
        try {
            peer.setUp();
            assertThat(peer.counts()).containsExactly(Workload.of(SIZE).expectedCounts());
        } finally {
            peer.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TagEncoding.class)
    void should_fetch_as_many_member_ids_as_the_reference_counts(TagEncoding tags) throws Exception {
        DuckDbMemberIdsBenchmark peer = new DuckDbMemberIdsBenchmark();
        peer.customers = SIZE;
        peer.tags = tags;
        try {
            peer.setUp();
            long[][] ids = peer.memberIds();
            assertThat(Answers.sizes(ids)).containsExactly(Workload.of(SIZE).expectedCounts());
            assertThat(ids[0]).doesNotHaveDuplicates();
        } finally {
            peer.close();
        }
    }

    @Test
    void should_store_missing_values_as_null() throws Exception {
        var customers = Workload.of(SIZE).customers();
        long missingIncomes = customers.stream().filter(c -> Double.isNaN(c.income())).count();
        try (var table = io.github.segmentkit.benchmarks.peers.duckdb.DuckDbTable.load(customers);
             var statement = table.connection().createStatement();
             var rows = statement.executeQuery("SELECT count(*) FILTER (WHERE income IS NULL) FROM customers")) {
            rows.next();
            assertThat(rows.getLong(1)).isEqualTo(missingIncomes).isPositive();
        }
    }
}
