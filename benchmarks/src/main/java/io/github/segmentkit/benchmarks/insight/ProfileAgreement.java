package io.github.segmentkit.benchmarks.insight;

import io.github.segmentkit.insight.profile.CategoryProfile;
import io.github.segmentkit.insight.profile.NumericProfile;
import io.github.segmentkit.insight.profile.ProfileReport;
import io.github.segmentkit.insight.profile.SegmentProfile;
import io.github.segmentkit.insight.profile.ValueShare;
import java.util.List;

/**
 * The check {@link ProfileBenchmark} runs at setup: the library's profiles equal those of the streams peer
 * ({@link StreamsProfiles}), segment by segment: sizes, counts, means (to 1e-9 relative), exact quartiles and the
 * top values in order. A benchmark whose two sides disagree measures nothing, so it refuses to run.
 *
 * <pre>{@code
 * ProfileAgreement.check(Profiler.create().profile(table, result), StreamsProfiles.profile(customers, result));
 * }</pre>
 */
public final class ProfileAgreement {
    private ProfileAgreement() {
    }

    /**
     * Checks every segment {@code peer} profiled against {@code report}.
     *
     * @throws IllegalStateException naming the segment, the attribute and both values at the first difference
     */
    public static void check(ProfileReport report, List<StreamsProfiles.Profile> peer) {
        for (StreamsProfiles.Profile expected : peer) {
            SegmentProfile actual = report.segment(expected.segment());
            same(expected.segment(), "size", actual.size(), expected.size());
            for (StreamsProfiles.Numeric numeric : expected.numeric()) {
                String what = expected.segment() + " " + numeric.attribute();
                NumericProfile profile = actual.numeric(numeric.attribute()).orElseThrow(
                        () -> new IllegalStateException(what + ": not profiled"));
                same(what, "count", profile.count(), numeric.count());
                if (numeric.count() > 0) {
                    if (Math.abs(profile.mean() - numeric.mean()) > Math.abs(numeric.mean()) * 1e-9 + 1e-12) {
                        same(what, "mean", profile.mean(), numeric.mean());
                    }
                    same(what, "q1", profile.q1(), numeric.q1());
                    same(what, "median", profile.median(), numeric.median());
                    same(what, "q3", profile.q3(), numeric.q3());
                }
            }
            expected.top().forEach((attribute, values) -> {
                String what = expected.segment() + " " + attribute;
                CategoryProfile profile = actual.category(attribute).orElseThrow(
                        () -> new IllegalStateException(what + ": not profiled"));
                same(what, "top values", profile.top().stream().map(ValueShare::value).toList(), values);
            });
        }
    }

    private static void same(String what, String figure, Object actual, Object expected) {
        if (!actual.equals(expected)) {
            throw new IllegalStateException(what + ": " + figure + " " + actual + " from the profiler, " + expected
                    + " from the streams peer");
        }
    }
}
