package io.github.segmentkit.insight.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** Quartiles by selection against sorting and interpolating, the way numpy's linear method is defined. */
class QuantilesTest {
    @Property(tries = 300)
    void should_equal_the_quartiles_of_the_sorted_values(
            @ForAll @Size(max = 200) List<@IntRange(min = -5, max = 5) Integer> few,
            @ForAll @Size(max = 50) List<@DoubleRange(min = -1e6, max = 1e6) Double> many) {
        double[] values = new double[few.size() + many.size()];
        for (int i = 0; i < few.size(); i++) {
            values[i] = few.get(i);   // many repeats, as whole-number attributes have
        }
        for (int i = 0; i < many.size(); i++) {
            values[few.size() + i] = many.get(i) + 0.0;   // as profiles read them: -0.0 is 0.0
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double[] quartiles = Quantiles.quartiles(values.clone(), values.length);
        for (int k = 1; k <= 3; k++) {
            // boxed, so that the NaN of no values equals NaN
            assertThat(Double.valueOf(quartiles[k - 1])).as("q%d of %s", k, Arrays.toString(sorted))
                    .isEqualTo(Double.valueOf(linear(sorted, k / 4.0)));
        }
    }

    private static double linear(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double position = (sorted.length - 1) * p;
        int below = (int) Math.floor(position);
        int above = (int) Math.ceil(position);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }

    @Test
    void should_interpolate_between_neighbours() {
        // 1..4: h = 0.75, 1.5, 2.25 → 1.75, 2.5, 3.25 (numpy.quantile([1, 2, 3, 4], [.25, .5, .75]))
        assertThat(Quantiles.quartiles(new double[] {4, 1, 3, 2}, 4)).containsExactly(1.75, 2.5, 3.25);
        assertThat(Quantiles.quartiles(new double[] {7}, 1)).containsExactly(7.0, 7.0, 7.0);
        assertThat(Quantiles.quartiles(new double[0], 0)).containsExactly(Double.NaN, Double.NaN, Double.NaN);
    }
}
