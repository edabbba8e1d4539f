package io.github.segmentkit.campaign.audience;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * The hold-out rule of docs/campaigns.md written again, independently of {@code HoldOut}: exact integer arithmetic
 * (u < share  ⇔  first 8 digest bytes < share · 2^64), so the tests' expected control groups do not come from the
 * code under test.
 */
final class IndependentHoldOut {
    private IndependentHoldOut() {
    }

    static boolean isControl(String salt, long id, String share) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((salt + ":" + id).getBytes(StandardCharsets.UTF_8));
            BigInteger first8 = new BigInteger(1, Arrays.copyOf(digest, 8));
            BigDecimal bound = new BigDecimal(share).multiply(new BigDecimal(BigInteger.ONE.shiftLeft(64)));
            return new BigDecimal(first8).compareTo(bound) < 0;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
