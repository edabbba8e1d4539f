package io.github.segmentkit.core.classify.behavioral.rfm;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The distinct invoice numbers of one customer. Most customers have a handful of invoices and the lines of one
 * invoice usually come together, so this keeps a small array with the last invoice checked first, and switches to a
 * hash set only for customers with many invoices. It does not assume lines of an invoice are contiguous: an invoice
 * that reappears later is still counted once.
 *
 * <p>Not thread-safe.
 */
final class DistinctInvoices {
    private static final int SMALL = 8;

    private String last;
    private String[] small;
    private int smallSize;
    private Set<String> large;

    /** Records an invoice number. */
    void add(String invoice) {
        if (invoice.equals(last)) {
            return;
        }
        if (last == null) {
            last = invoice;
            return;
        }
        if (large != null) {
            large.add(invoice);
        } else if (!containsSmall(invoice)) {
            addSmall(invoice);
        }
        last = invoice;
    }

    private boolean containsSmall(String invoice) {
        for (int i = 0; i < smallSize; i++) {
            if (small[i].equals(invoice)) {
                return true;
            }
        }
        return false;
    }

    private void addSmall(String invoice) {
        if (small == null) {
            // the first invoice lives in 'last' until a second one arrives
            small = new String[4];
            small[smallSize++] = last;
        }
        if (smallSize == SMALL) {
            large = new HashSet<>(Arrays.asList(small));
            large.add(invoice);
            small = null;
            smallSize = 0;
            return;
        }
        if (smallSize == small.length) {
            small = Arrays.copyOf(small, SMALL);
        }
        small[smallSize++] = invoice;
    }

    /** How many distinct invoices were recorded. */
    long count() {
        if (large != null) {
            return large.size();
        }
        if (small != null) {
            return smallSize;
        }
        return last == null ? 0 : 1;
    }
}
