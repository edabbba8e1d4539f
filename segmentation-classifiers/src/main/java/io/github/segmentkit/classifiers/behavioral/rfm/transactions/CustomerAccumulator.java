package io.github.segmentkit.classifiers.behavioral.rfm.transactions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * What RFM keeps per customer while transactions stream by: the last purchase, the distinct invoices and the spend,
 * in one object with primitive fields, because with a million customers every extra object per customer is another
 * cache miss per line.
 *
 * <ul>
 * <li>Last purchase: epoch seconds and nanoseconds of the zone-less timestamp (UTC as a fixed reference).</li>
 * <li>Invoices: numbers written as plain decimals without leading zeros (most are) are kept as {@code long}s, which
 * maps distinct texts to distinct numbers, in a sorted array (invoice numbers mostly grow with time, so a new one is
 * usually appended, and the last one seen is checked first since lines of an invoice usually come together); when a
 * heavy buyer's invoices come out of order the numbers move to a primitive hash set ({@link InvoiceNumberSet}); other invoice texts go to a set of strings. Lines of one invoice need not be contiguous.</li>
 * <li>Spend: quantity &times; price summed exactly as a {@code long} in units of 10<sup>-4</sup> while prices have at
 * most 4 decimals and nothing overflows, else in a {@link BigDecimal}; the total carries the largest price scale
 * seen ({@code 2458.70}, as decimal sums print).</li>
 * </ul>
 *
 * <p>Not thread-safe.
 */
final class CustomerAccumulator {
    private static final long SECONDS_PER_DAY = 86_400;
    private static final int SORTED_INSERT_LIMIT = 64;
    private static final int MAX_INVOICE_DIGITS = 18;
    private static final int FAST_SCALE = 4;
    private static final long[] POWERS = {1, 10, 100, 1_000, 10_000};

    private long lastSecond = Long.MIN_VALUE;
    private int lastNano;

    private long lastInvoice = -1;
    private long[] invoices;
    private int invoiceCount;
    private InvoiceNumberSet manyInvoices;
    private Set<String> textInvoices;

    private long spendUnits;
    private BigDecimal spendOverflow;
    private int spendScale;

    void add(String invoice, LocalDateTime timestamp, long quantity, BigDecimal unitPrice) {
        long second = timestamp.toEpochSecond(ZoneOffset.UTC);
        int nano = timestamp.getNano();
        if (second > lastSecond || (second == lastSecond && nano > lastNano)) {
            lastSecond = second;
            lastNano = nano;
        }
        addInvoice(invoice);
        addSpend(quantity, unitPrice);
    }

    private void addInvoice(String invoice) {
        long number = invoiceNumber(invoice);
        if (number < 0) {
            if (textInvoices == null) {
                textInvoices = new HashSet<>(4);
            }
            textInvoices.add(invoice);
        } else if (number != lastInvoice) {
            lastInvoice = number;
            addInvoiceNumber(number);
        }
    }

    /** The invoice as a number when its text is the canonical decimal form of one, else -1. */
    private static long invoiceNumber(String invoice) {
        int length = invoice.length();
        if (length == 0 || length > MAX_INVOICE_DIGITS || (invoice.charAt(0) == '0' && length > 1)) {
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

    private void addInvoiceNumber(long number) {
        if (manyInvoices != null) {
            manyInvoices.add(number);
            return;
        }
        if (invoiceCount == 0 || number > invoices[invoiceCount - 1]) {
            insertInvoiceAt(invoiceCount, number); // invoice numbers usually grow with time: append
            return;
        }
        int position = Arrays.binarySearch(invoices, 0, invoiceCount, number);
        if (position >= 0) {
            return;
        }
        if (invoiceCount < SORTED_INSERT_LIMIT) {
            insertInvoiceAt(-position - 1, number);
        } else {
            // out-of-order invoices of a heavy buyer: shifting would be quadratic, hash instead
            manyInvoices = new InvoiceNumberSet(invoices, invoiceCount);
            manyInvoices.add(number);
            invoices = null;
        }
    }

    private void insertInvoiceAt(int position, long number) {
        if (invoices == null) {
            invoices = new long[2];
        } else if (invoiceCount == invoices.length) {
            invoices = Arrays.copyOf(invoices, invoiceCount * 2);
        }
        System.arraycopy(invoices, position, invoices, position + 1, invoiceCount - position);
        invoices[position] = number;
        invoiceCount++;
    }

    private void addSpend(long quantity, BigDecimal price) {
        int priceScale = price.scale();
        if (priceScale > spendScale) {
            spendScale = priceScale;
        }
        if (priceScale >= 0 && priceScale <= FAST_SCALE && price.precision() <= 18) {
            try {
                long units = Math.multiplyExact(price.unscaledValue().longValueExact(), POWERS[FAST_SCALE - priceScale]);
                spendUnits = Math.addExact(spendUnits, Math.multiplyExact(units, quantity));
                return;
            } catch (ArithmeticException overflow) {
                // fall through to the exact slow path
            }
        }
        BigDecimal product = price.multiply(BigDecimal.valueOf(quantity));
        spendOverflow = spendOverflow == null ? product : spendOverflow.add(product);
    }

    /** Whole days from the last purchase to {@code analysisTime}, floored. */
    long recencyDays(LocalDateTime analysisTime) {
        long seconds = analysisTime.toEpochSecond(ZoneOffset.UTC) - lastSecond;
        if (analysisTime.getNano() < lastNano) {
            seconds--; // floor of the fractional second
        }
        return Math.floorDiv(seconds, SECONDS_PER_DAY);
    }

    /** Distinct invoices. */
    long frequency() {
        long numbers = manyInvoices != null ? manyInvoices.size() : invoiceCount;
        return numbers + (textInvoices == null ? 0 : textInvoices.size());
    }

    /** The exact spend. */
    BigDecimal monetary() {
        BigDecimal total = BigDecimal.valueOf(spendUnits, FAST_SCALE);
        if (spendOverflow != null) {
            total = total.add(spendOverflow);
        }
        // every addend has at most spendScale decimals, so this never rounds
        return total.setScale(spendScale, RoundingMode.UNNECESSARY);
    }
}
