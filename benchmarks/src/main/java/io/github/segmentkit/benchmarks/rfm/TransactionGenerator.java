package io.github.segmentkit.benchmarks.rfm;

import io.github.segmentkit.classifiers.behavioral.rfm.transactions.Transaction;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * A seeded, repeatable stream of invoice lines shaped like Online Retail: every customer has at least one invoice,
 * the rest go preferably to a minority of heavy buyers; 1 to 5 lines per invoice (contiguous), one year of
 * chronological timestamps, prices from a small list; about 2 % cancellation invoices (numbers starting with
 * {@code C}, the Online Retail convention), 1 % lines with quantity &le; 0, 0.5 % with price 0 and 1 % guest lines
 * without a customer id. Iterating twice gives the same lines, so
 * the data can be streamed without being kept.
 */
public final class TransactionGenerator implements Iterable<Transaction> {
    static final LocalDateTime START = LocalDateTime.of(2010, 12, 1, 8, 0);
    /** Two days after the last possible invoice, as in the tutorial. */
    public static final LocalDateTime ANALYSIS_TIME = START.plusDays(367);
    private static final BigDecimal[] PRICES = {new BigDecimal("0.42"), new BigDecimal("0.85"),
        new BigDecimal("1.25"), new BigDecimal("1.65"), new BigDecimal("2.10"), new BigDecimal("2.55"),
        new BigDecimal("2.95"), new BigDecimal("3.75"), new BigDecimal("4.95"), new BigDecimal("7.95"),
        new BigDecimal("12.75"), new BigDecimal("0.00")};

    private final int customers;
    private final long lines;
    private final long seed;

    /** Lines for about {@code customers} customers, {@code lines} lines in all, from {@code seed}. */
    public TransactionGenerator(int customers, long lines, long seed) {
        if (customers < 1 || lines < customers) {
            throw new IllegalArgumentException("need 1 <= customers <= lines, got " + customers + ", " + lines);
        }
        this.customers = customers;
        this.lines = lines;
        this.seed = seed;
    }

    /** Every line, in order, to {@code sink}. */
    public void forEachLine(Consumer<Transaction> sink) {
        iterator().forEachRemaining(sink);
    }

    /** All lines in a list (about 100 bytes per line on the heap). */
    public List<Transaction> toList() {
        List<Transaction> all = new ArrayList<>((int) Math.min(lines, Integer.MAX_VALUE - 8));
        forEachLine(all::add);
        return all;
    }

    @Override
    public Iterator<Transaction> iterator() {
        return new Lines();
    }

    private final class Lines implements Iterator<Transaction> {
        private final SplittableRandom random = new SplittableRandom(seed);
        private final Long[] ids = new Long[customers];
        private long produced;
        private long invoiceNumber = 536_365;
        private int linesLeftInInvoice;
        private String invoice;
        private Long customer;
        private LocalDateTime timestamp;

        @Override
        public boolean hasNext() {
            return produced < lines;
        }

        @Override
        public Transaction next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            if (linesLeftInInvoice == 0) {
                startInvoice();
            }
            linesLeftInInvoice--;
            produced++;
            long quantity = random.nextInt(100) == 0 ? -random.nextInt(3) : 1 + random.nextInt(24);
            BigDecimal price = random.nextInt(200) == 0 ? PRICES[PRICES.length - 1]
                    : PRICES[random.nextInt(PRICES.length - 1)];
            return new Transaction(customer, invoice, timestamp, quantity, price);
        }

        private void startInvoice() {
            long invoices = lines / 3;
            long index = invoiceNumber - 536_365;
            invoiceNumber++;
            int who;
            if (index < customers) {
                who = (int) ((index * 7_919L) % customers); // everybody buys once, in scrambled order
            } else {
                double u = random.nextDouble();
                who = (int) (customers * u * u * u); // the rest favour a minority of heavy buyers
            }
            if (ids[who] == null) {
                ids[who] = 12_346L + who;
            }
            customer = random.nextInt(100) == 0 ? null : ids[who];
            invoice = (random.nextInt(50) == 0 ? "C" : "") + invoiceNumber;
            long minutes = Math.min(index * 365L * 24 * 60 / Math.max(invoices, 1), 365L * 24 * 60);
            timestamp = START.plusMinutes(minutes);
            linesLeftInInvoice = 1 + random.nextInt(5);
        }
    }
}
