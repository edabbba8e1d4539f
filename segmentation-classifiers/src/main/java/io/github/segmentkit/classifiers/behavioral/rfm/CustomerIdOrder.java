package io.github.segmentkit.classifiers.behavioral.rfm;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Objects;

/**
 * The order of customer ids that breaks frequency ties in RFM, as pandas orders them after {@code groupby}: ids
 * that read as numbers come first, by numeric value ({@code "9" < "10"}); all other ids follow in
 * {@link String#compareTo} order; numerically equal ids ({@code "7"}, {@code "7.0"}) are ordered by their text.
 * Ids read as numbers when {@link BigDecimal#BigDecimal(String)} accepts them.
 *
 * <pre>{@code
 * List<String> ids = new ArrayList<>(List.of("10", "9", "عمر", "A7"));
 * ids.sort(CustomerIdOrder.INSTANCE);   // [9, 10, A7, عمر]
 * }</pre>
 *
 * <p>Stateless and thread-safe. Ids must not be {@code null}.
 */
public final class CustomerIdOrder implements Comparator<String> {
    /** The only instance. */
    public static final CustomerIdOrder INSTANCE = new CustomerIdOrder();

    private CustomerIdOrder() {
    }

    /** The id with its numeric value parsed once, for sorting many ids. */
    public static Key key(String id) {
        Objects.requireNonNull(id, "id");
        return new Key(id, parse(id));
    }

    @Override
    public int compare(String left, String right) {
        return key(left).compareTo(key(right));
    }

    private static BigDecimal parse(String id) {
        if (id.isEmpty()) {
            return null;
        }
        char first = id.charAt(0);
        // cheap rejection of the common non-numeric ids before paying for an exception
        if (!Character.isDigit(first) && first != '-' && first != '+' && first != '.') {
            return null;
        }
        try {
            return new BigDecimal(id);
        } catch (NumberFormatException notNumeric) {
            return null;
        }
    }

    /**
     * A customer id and its numeric value ({@code null} when it is not a number), ordered as described above.
     *
     * @param id     the id as given, not {@code null}
     * @param number its numeric value, or {@code null}
     */
    public record Key(String id, BigDecimal number) implements Comparable<Key> {
        @Override
        public int compareTo(Key other) {
            if ((number == null) != (other.number == null)) {
                return number == null ? 1 : -1;
            }
            if (number != null) {
                int byValue = number.compareTo(other.number);
                if (byValue != 0) {
                    return byValue;
                }
            }
            return id.compareTo(other.id);
        }
    }
}
