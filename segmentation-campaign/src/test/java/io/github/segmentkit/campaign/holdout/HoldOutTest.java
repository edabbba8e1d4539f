package io.github.segmentkit.campaign.holdout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.stream.LongStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class HoldOutTest {

    @Test
    void should_place_the_published_reference_ids_where_the_keyed_hash_puts_them() {
        // the reference values of the keyed hash for salt "spring-2024" (docs/campaigns.md)
        assertThat(HoldOut.unitValue("spring-2024", 42)).isCloseTo(0.080098, within(5e-7));
        assertThat(HoldOut.unitValue("spring-2024", 43)).isCloseTo(0.370641, within(5e-7));
        assertThat(HoldOut.unitValue("spring-2024", 1001)).isCloseTo(0.280532, within(5e-7));

        HoldOut tenPercent = HoldOut.of("spring-2024", 0.10);
        assertThat(tenPercent.isControl(42)).isTrue();
        assertThat(tenPercent.isControl(43)).isFalse();
        assertThat(tenPercent.isControl(1001)).isFalse();
        assertThat(HoldOut.of("spring-2024", 0.30).isControl(1001)).isTrue();
    }

    @Property(tries = 200)
    void should_agree_with_an_independent_big_integer_reading_of_the_digest(@ForAll long id,
            @ForAll @AlphaChars @StringLength(min = 1, max = 20) String salt) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest((salt + ":" + id).getBytes(StandardCharsets.UTF_8));
        BigInteger unsigned = new BigInteger(1, Arrays.copyOf(digest, 8));
        double expected = new BigDecimal(unsigned).divide(new BigDecimal(BigInteger.ONE.shiftLeft(64)),
                MathContext.DECIMAL64).doubleValue();

        assertThat(HoldOut.unitValue(salt, id)).isCloseTo(expected, within(1e-15)).isLessThan(1.0);
    }

    @Property(tries = 300)
    void should_decide_exactly_as_the_real_number_rule(@ForAll long id, @ForAll long bits) throws Exception {
        double share = (bits >>> 11) * 0x1.0p-53;   // any double in [0, 1) with 53 significant bits
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(("w:" + id).getBytes(StandardCharsets.UTF_8));
        BigDecimal first8 = new BigDecimal(new BigInteger(1, Arrays.copyOf(digest, 8)));
        // new BigDecimal(double) is the double's exact binary value: u < share  <=>  first8 < share * 2^64
        boolean expected = first8.compareTo(new BigDecimal(share).multiply(new BigDecimal(BigInteger.ONE.shiftLeft(64))))
                < 0;

        assertThat(HoldOut.of("w", share).isControl(id)).isEqualTo(expected);
    }

    @Test
    void should_hold_out_about_the_share_asked_for_and_nobody_at_zero() {
        HoldOut holdOut = HoldOut.of("summer-2024", 0.10);
        long held = LongStream.rangeClosed(1, 100_000).filter(holdOut::isControl).count();
        // binomial(100000, 0.1): standard deviation about 95, so 10,000 ± 500 fails by chance less than once in 10^6
        assertThat(held).isBetween(9_500L, 10_500L);

        assertThat(LongStream.rangeClosed(1, 10_000).filter(HoldOut.none()::isControl).count()).isZero();
    }

    @Test
    void should_draw_another_group_for_another_campaign_of_the_run() {
        HoldOut run = HoldOut.of("spring-2024", 0.5);
        HoldOut winBack = run.forCampaign("win-back");

        assertThat(winBack).isEqualTo(HoldOut.of("spring-2024/win-back", 0.5));
        long differ = LongStream.rangeClosed(1, 1_000)
                .filter(id -> run.isControl(id) != winBack.isControl(id)).count();
        assertThat(differ).as("independent halves disagree on about half the ids").isBetween(400L, 600L);
    }

    @Test
    void should_refuse_a_share_outside_zero_to_one_and_a_blank_salt() {
        assertThatThrownBy(() -> HoldOut.of("s", 1.0)).hasMessage("hold-out share 1.0 is not in [0, 1)");
        assertThatThrownBy(() -> HoldOut.of("s", -0.1)).hasMessage("hold-out share -0.1 is not in [0, 1)");
        assertThatThrownBy(() -> HoldOut.of("s", Double.NaN)).hasMessage("hold-out share NaN is not in [0, 1)");
        assertThatThrownBy(() -> HoldOut.of(" ", 0.1)).hasMessageContaining("non-blank");
        assertThatThrownBy(() -> HoldOut.of("a\u001Bb", 0.1)).hasMessageContaining("'a\\u001Bb'");
    }
}
