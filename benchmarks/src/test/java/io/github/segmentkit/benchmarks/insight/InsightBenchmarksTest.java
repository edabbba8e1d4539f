package io.github.segmentkit.benchmarks.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.segmentkit.insight.profile.CategoryProfile;
import io.github.segmentkit.insight.profile.NumericProfile;
import io.github.segmentkit.insight.profile.ProfileReport;
import io.github.segmentkit.insight.profile.SegmentProfile;
import io.github.segmentkit.insight.profile.ValueShare;
import io.github.segmentkit.insight.whatif.SweepPoint;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Both sides of each insight benchmark give the same answers, on 10,000 customers. */
class InsightBenchmarksTest {
    @Test
    void should_profile_as_the_streams_peer_does() {
        ProfileBenchmark benchmark = new ProfileBenchmark();
        benchmark.customers = 10_000;
        benchmark.setUp();
        ProfileReport report = benchmark.profiler();
        List<StreamsProfiles.Profile> peer = benchmark.streams();
        assertThat(report.segments()).hasSize(20).hasSameSizeAs(peer);
        for (StreamsProfiles.Profile expected : peer) {
            SegmentProfile actual = report.segment(expected.segment());
            assertThat(actual.size()).isEqualTo(expected.size());
            for (StreamsProfiles.Numeric numeric : expected.numeric()) {
                NumericProfile profile = actual.numeric(numeric.attribute()).orElseThrow();
                String what = expected.segment() + " " + numeric.attribute();
                assertThat(profile.count()).as(what).isEqualTo(numeric.count());
                if (numeric.count() > 0) {
                    assertThat(profile.mean()).as(what).isCloseTo(numeric.mean(), within(Math.abs(numeric.mean())
                            * 1e-9 + 1e-12));
                    assertThat(profile.q1()).as(what).isEqualTo(numeric.q1());
                    assertThat(profile.median()).as(what).isEqualTo(numeric.median());
                    assertThat(profile.q3()).as(what).isEqualTo(numeric.q3());
                }
            }
            expected.top().forEach((attribute, values) -> {
                CategoryProfile profile = actual.category(attribute).orElseThrow();
                assertThat(profile.top()).extracting(ValueShare::value).as(expected.segment() + " " + attribute)
                        .isEqualTo(values);
            });
        }
    }

    @Test
    void should_sweep_as_re_segmenting_does() {
        WhatIfBenchmark benchmark = new WhatIfBenchmark();
        benchmark.customers = 10_000;
        benchmark.setUp();
        int[] expected = benchmark.resegment20();
        assertThat(benchmark.sweep20().points()).extracting(SweepPoint::members)
                .containsExactly(java.util.Arrays.stream(expected).boxed().toArray(Integer[]::new));
        assertThat(benchmark.sweep1000().points()).hasSize(1_000);
        assertThat(expected[0]).isGreaterThan(expected[19]).isPositive();
    }

    @Test
    void should_refuse_to_benchmark_profiles_that_differ_from_the_peer() {
        ProfileBenchmark benchmark = new ProfileBenchmark();
        benchmark.customers = 10_000;
        benchmark.setUp();
        StreamsProfiles.Profile first = benchmark.streams().get(0);
        StreamsProfiles.Numeric age = first.numeric().get(0);
        List<StreamsProfiles.Numeric> numeric = new ArrayList<>(first.numeric());
        numeric.set(0, new StreamsProfiles.Numeric(age.attribute(), age.count(), age.mean(), age.q1(), age.median() + 1,
                age.q3()));

        assertThatThrownBy(() -> ProfileAgreement.check(benchmark.profiler(), List.of(new StreamsProfiles.Profile(
                first.segment(), first.size(), numeric, first.top()))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(first.segment() + " " + age.attribute() + ": median " + age.median()
                        + " from the profiler, " + (age.median() + 1) + " from the streams peer");
    }
}
