package io.github.segmentkit.core.classify.behavioral.rfm;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The distinct invoice numbers of one customer, in little memory. Invoice numbers written as plain decimal numbers
 * without leading zeros (most are) are kept as {@code long}s, which maps distinct texts to distinct numbers; others
 * are kept as text. Most customers have a handful of invoices, so numbers live in a small array (checked last-seen
 * first, since the lines of an invoice usually come together) and move to a hash set only for heavy buyers. Lines
 * of one invoice need not be contiguous: an invoice that reappears later is still counted once.
 *
 * <p>Not thread-safe.
 */
final class DistinctInvoices {
    private static final int SMALL = 16;
    private static final int MAX_DIGITS = 18;

    private long last = -1;
    private long[] small;
    private int smallSize;
    private Set<Long> large;
    private Set<String> texts;

    /** Records an invoice number. */
    void add(String invoice) {
        long number = asNumber(invoice);
        if (number < 0) {
            if (texts == null) {
                texts = new HashSet<>(4);
            }
            texts.add(invoice);
        } else if (number != last) {
            last = number;
            addNumber(number);
        }
    }

    /** The invoice as a number when its text is the canonical decimal form of one, else -1. */
    private static long asNumber(String invoice) {
        int length = invoice.length();
        if (length == 0 || length > MAX_DIGITS || (invoice.charAt(0) == '0' && length > 1)) {
            return -1;
        }
        long number = 0;
        for (int i = 0; i < length; i++) {
            char c = invoice.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            number = number * 10 + (c - '0');
        }
        return number;
    }

    private void addNumber(long number) {
        if (large != null) {
            large.add(number);
            return;
        }
        for (int i = 0; i < smallSize; i++) {
            if (small[i] == number) {
                return;
            }
        }
        if (smallSize == SMALL) {
            large = new HashSet<>();
            for (long known : small) {
                large.add(known);
            }
            large.add(number);
            small = null;
            return;
        }
        if (small == null) {
            small = new long[2];
        } else if (smallSize == small.length) {
            small = Arrays.copyOf(small, Math.min(SMALL, smallSize * 2));
        }
        small[smallSize++] = number;
    }

    /** How many distinct invoices were recorded. */
    long count() {
        long numbers = large != null ? large.size() : smallSize;
        return numbers + (texts == null ? 0 : texts.size());
    }
}
