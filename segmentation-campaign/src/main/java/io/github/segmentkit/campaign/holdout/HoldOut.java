package io.github.segmentkit.campaign.holdout;

import io.github.segmentkit.api.internal.SafeText;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;

/**
 * A hold-out control group: the share of a campaign's customers who are deliberately not contacted, so that the
 * response of the contacted customers can be compared with theirs. Who is held out is decided by a keyed hash of the
 * customer id, not by a random generator: a customer is in the control group when
 * {@code u < share}, where {@code u} is the first 8 bytes of SHA-256 of the UTF-8 text {@code "salt:customerId"},
 * read as an unsigned big-endian integer and divided by 2<sup>64</sup> (see {@code docs/campaigns.md}). The same
 * customer is therefore held out in every run, whatever the input order, and a new salt per campaign draws a new,
 * independent control group.
 *
 * <pre>{@code
 * HoldOut holdOut = HoldOut.of("spring-2024", 0.10);
 * boolean control = holdOut.isControl(42L);           // true: u = 0.080098 < 0.10
 * double u = HoldOut.unitValue("spring-2024", 43L);   // 0.370641
 * }</pre>
 *
 * @param salt  the campaign's key; not blank, no control characters
 * @param share the expected share of customers held out, in {@code [0, 1)}; {@code 0} holds nobody out
 */
public record HoldOut(String salt, double share) {
    /** 2<sup>-64</sup>: maps an unsigned 64-bit integer into {@code [0, 1)}. */
    private static final double TWO_TO_MINUS_64 = 0x1.0p-64;
    private static final double TWO_TO_64 = 0x1.0p64;
    private static final double TWO_TO_63 = 0x1.0p63;

    public HoldOut {
        Objects.requireNonNull(salt, "salt");
        if (salt.isBlank() || salt.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("the hold-out salt must be a non-blank name without control "
                    + "characters, got '" + SafeText.escapeControls(salt) + "'");
        }
        if (!(share >= 0 && share < 1)) {   // also refuses NaN
            throw new IllegalArgumentException("hold-out share " + share + " is not in [0, 1)");
        }
    }

    /** A hold-out of {@code share} keyed by {@code salt}. */
    public static HoldOut of(String salt, double share) {
        return new HoldOut(salt, share);
    }

    /** Holds nobody out: every eligible customer is in the audience. */
    public static HoldOut none() {
        return new HoldOut("none", 0);
    }

    /**
     * The same share keyed for one campaign of a run: the salt {@code salt + "/" + campaign}, so that the campaigns
     * of one run hold out independent groups.
     */
    public HoldOut forCampaign(String campaign) {
        return new HoldOut(salt + "/" + Objects.requireNonNull(campaign, "campaign"), share);
    }

    /**
     * Whether the customer is held out: {@code u < share}, decided exactly in integers (the first 8 digest bytes
     * against {@code share · 2^64}, rounded up), so that no rounding of {@code u} to a double can move a customer.
     */
    public boolean isControl(long customerId) {
        if (share == 0) {
            return false;
        }
        // share · 2^64 is exact in a double (a power-of-two scaling); below it are the integers below its ceiling
        double bound = Math.ceil(share * TWO_TO_64);
        long unsignedBound = bound < TWO_TO_63 ? (long) bound : (long) (bound - TWO_TO_63) | Long.MIN_VALUE;
        return Long.compareUnsigned(firstEightBytes(salt, customerId), unsignedBound) < 0;
    }

    /**
     * The customer's position in {@code [0, 1)} under {@code salt}: the first 8 bytes of
     * SHA-256({@code "salt:customerId"} in UTF-8) as an unsigned big-endian integer, divided by 2<sup>64</sup>.
     */
    public static double unitValue(String salt, long customerId) {
        long bits = firstEightBytes(salt, customerId);
        // unsigned: the high bit is worth 2^63; the low 63 bits are exact in a double up to rounding of the last bits
        double unsigned = (bits >>> 1) * 2.0 + (bits & 1);
        return Math.min(unsigned * TWO_TO_MINUS_64, Math.nextDown(1.0));
    }

    /** The first 8 bytes of SHA-256({@code "salt:customerId"}), big-endian, as the bits of an unsigned long. */
    private static long firstEightBytes(String salt, long customerId) {
        byte[] digest = sha256().digest((salt + ":" + customerId).getBytes(StandardCharsets.UTF_8));
        return ByteBuffer.wrap(digest, 0, Long.BYTES).getLong();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }
}
