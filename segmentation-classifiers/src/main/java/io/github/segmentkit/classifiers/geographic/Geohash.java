package io.github.segmentkit.classifiers.geographic;

/**
 * Geohash encoding as {@code docs/classifiers.md} ("geohash") defines it: alphabet {@code 0123456789bcdefghjkmnpqrstuvwxyz}; bits alternate
 * starting with longitude over [-180, 180], then latitude over [-90, 90]; a bit is 1 when the value is at or above
 * the interval's midpoint; 5 bits per character. Precision p uses ⌈5p/2⌉ longitude bits and ⌊5p/2⌋ latitude bits:
 * p5 is about 4.9 × 4.9 km, p6 1.2 × 0.61 km and p7 153 × 153 m at the equator. Nearby points can differ in prefix
 * (cells have edges), so a proximity search must also look at the neighbouring cells.
 *
 * <pre>{@code
 * Geohash.encode(57.64911, 10.40744, 11);   // "u4pruydqqvj"
 * Geohash.encode(42.6, -5.6, 5);            // "ezs42"
 * }</pre>
 */
public final class Geohash {
    /** The base-32 alphabet. */
    public static final String ALPHABET = "0123456789bcdefghjkmnpqrstuvwxyz";
    /** The longest precision supported: 12 characters, 60 bits. */
    public static final int MAX_PRECISION = 12;

    private Geohash() {
    }

    /**
     * The geohash of a point at {@code precision} characters.
     *
     * @throws IllegalArgumentException for a latitude off [-90, 90], a longitude off [-180, 180] or a precision off
     *                                  [1, 12]
     */
    public static String encode(double latitude, double longitude, int precision) {
        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("(" + latitude + ", " + longitude + ") is not a point on the globe");
        }
        if (precision < 1 || precision > MAX_PRECISION) {
            throw new IllegalArgumentException("precision must be in [1, " + MAX_PRECISION + "], got " + precision);
        }
        double lonLow = -180;
        double lonHigh = 180;
        double latLow = -90;
        double latHigh = 90;
        StringBuilder hash = new StringBuilder(precision);
        boolean longitudeBit = true;
        int bits = 0;
        int value = 0;
        while (hash.length() < precision) {
            if (longitudeBit) {
                double mid = (lonLow + lonHigh) / 2;
                if (longitude >= mid) {
                    value = value << 1 | 1;
                    lonLow = mid;
                } else {
                    value <<= 1;
                    lonHigh = mid;
                }
            } else {
                double mid = (latLow + latHigh) / 2;
                if (latitude >= mid) {
                    value = value << 1 | 1;
                    latLow = mid;
                } else {
                    value <<= 1;
                    latHigh = mid;
                }
            }
            longitudeBit = !longitudeBit;
            if (++bits == 5) {
                hash.append(ALPHABET.charAt(value));
                bits = 0;
                value = 0;
            }
        }
        return hash.toString();
    }
}
