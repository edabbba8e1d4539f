package io.github.segmentkit.core.column;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class OrderedKeysTest {

    @Provide
    Arbitrary<Double> doubles() {
        return Arbitraries.oneOf(Arbitraries.doubles(), Arbitraries.of(Double.NEGATIVE_INFINITY, -Double.MAX_VALUE,
                -1.5, -Double.MIN_VALUE, -0.0, 0.0, Double.MIN_VALUE, 1e-300, 1.5, Double.MAX_VALUE,
                Double.POSITIVE_INFINITY));
    }

    @Property(tries = 2000)
    void should_order_keys_as_doubles_compare(@ForAll("doubles") double a, @ForAll("doubles") double b) {
        int byValue = a < b ? -1 : (a > b ? 1 : 0);
        assertThat(Long.signum(Long.compare(OrderedKeys.ofDouble(a), OrderedKeys.ofDouble(b)))).isEqualTo(byValue);
    }

    @Test
    void should_give_negative_zero_the_key_of_zero() {
        assertThat(OrderedKeys.ofDouble(-0.0)).isEqualTo(OrderedKeys.ofDouble(0.0));
    }
}
