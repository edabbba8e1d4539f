package io.github.segmentkit.classifiers.behavioral.rfm;

import io.github.segmentkit.classifiers.kit.QuantileEdges;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an RFM fit learns from a population, and how it scores any customer with it. It keeps the recency and
 * monetary quintile edges {@code e0..e5} ({@link QuantileEdges}) and, for frequency, the four
 * {@link FrequencyKey}s at ranks {@code c_k = floor(1 + (n-1)k/5)}, k = 1..4, of the ranking by (frequency,
 * customer id).
 *
 * <p>Scoring one customer: {@code R = 6 - bin(recency)}, {@code M = bin(monetary)}. F depends on whether the model
 * knows the customer:
 * <ul>
 *   <li>a member of the fitted population (same id and same frequency as when fitted) of a model that was fitted in
 *   this JVM keeps the score the fit gave it, {@code F = 1 + #{k : (frequency, id) > key_k}}: the pandas bulk result,
 *   where F by rank r is the smallest k with {@code 5(r-1) <= (n-1)k}, since the customer at rank r is above exactly
 *   the keys at ranks below r;</li>
 *   <li>any other customer, and every customer of a model restored with {@link #of}, is ranked by its frequency
 *   alone, before every fitted customer of equal frequency: {@code F = 1 + #{k : frequency > frequency(key_k)}}, the
 *   lowest F the fit gave to that frequency. Its id is never compared, so an unknown customer whose frequency ties
 *   with the fitted ones cannot climb above them because its id is larger.</li>
 * </ul>
 * The ids are kept in memory only (those whose frequency equals a key's, the only ones the tie-break needs): a saved
 * model holds the keys, not the population, so that it stays small.
 *
 * <pre>{@code
 * RfmModel model = RfmModel.fit(metrics, false);
 * RfmScore score = model.score(new CustomerMetrics(12347, 3, 7, new BigDecimal("4310.00")));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class RfmModel {
    private static final Logger LOG = LoggerFactory.getLogger(RfmModel.class);
    private static final int SCORES = 5;

    private final QuantileEdges recencyEdges;
    private final QuantileEdges monetaryEdges;
    private final List<FrequencyKey> frequencyKeys;
    private final long populationSize;
    /** The fitted ids by frequency, for the frequencies of the keys only; empty for a restored model. */
    private final Map<Long, long[]> fittedIdsAtKeyFrequencies;

    private RfmModel(QuantileEdges recencyEdges, QuantileEdges monetaryEdges, List<FrequencyKey> frequencyKeys,
            long populationSize, Map<Long, long[]> fittedIdsAtKeyFrequencies) {
        this.recencyEdges = recencyEdges;
        this.monetaryEdges = monetaryEdges;
        this.frequencyKeys = List.copyOf(frequencyKeys);
        this.populationSize = populationSize;
        this.fittedIdsAtKeyFrequencies = Map.copyOf(fittedIdsAtKeyFrequencies);
    }

    /**
     * A model saved from an earlier fit. It does not know the fitted population, so it scores every customer's
     * frequency by value (see the class description).
     *
     * @throws IllegalArgumentException when the edges are not 5 bins or the keys are not 4 ascending keys
     */
    public static RfmModel of(QuantileEdges recencyEdges, QuantileEdges monetaryEdges,
            List<FrequencyKey> frequencyKeys, long populationSize) {
        Objects.requireNonNull(recencyEdges, "recencyEdges");
        Objects.requireNonNull(monetaryEdges, "monetaryEdges");
        Objects.requireNonNull(frequencyKeys, "frequencyKeys");
        if (recencyEdges.bins() != SCORES || monetaryEdges.bins() != SCORES) {
            throw new IllegalArgumentException("RFM needs 6 recency and 6 monetary edges, got "
                    + recencyEdges.edges().size() + " and " + monetaryEdges.edges().size());
        }
        if (frequencyKeys.size() != SCORES - 1) {
            throw new IllegalArgumentException("RFM needs 4 frequency keys, got " + frequencyKeys.size());
        }
        for (int k = 1; k < frequencyKeys.size(); k++) {
            if (frequencyKeys.get(k - 1).compareTo(frequencyKeys.get(k)) > 0) {
                throw new IllegalArgumentException("frequency keys must ascend: " + frequencyKeys);
            }
        }
        if (populationSize < 1) {
            throw new IllegalArgumentException("populationSize must be at least 1, was " + populationSize);
        }
        return new RfmModel(recencyEdges, monetaryEdges, frequencyKeys, populationSize, Map.of());
    }

    /**
     * Fits a model to a population (any order).
     *
     * @param strictEdges when {@code true}, duplicate quintile edges raise {@link DuplicateQuantileEdgesException};
     *                    otherwise they are logged as a warning and some scores stay empty
     * @throws IllegalArgumentException when the population is empty or a customer id occurs twice
     */
    public static RfmModel fit(Collection<CustomerMetrics> population, boolean strictEdges) {
        Objects.requireNonNull(population, "population");
        if (population.isEmpty()) {
            throw new IllegalArgumentException("an RFM model needs at least one customer");
        }
        List<CustomerMetrics> customers = inIdOrder(population);
        int n = customers.size();

        long[] recency = new long[n];
        BigDecimal[] monetary = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
            recency[i] = customers.get(i).recency();
            monetary[i] = customers.get(i).monetary();
        }
        Arrays.sort(recency);
        Arrays.sort(monetary);
        QuantileEdges recencyEdges = QuantileEdges.fitSorted(recency, SCORES);
        QuantileEdges monetaryEdges = QuantileEdges.fitSorted(monetary, SCORES);

        int[] order = frequencyOrder(customers);
        List<FrequencyKey> keys = new ArrayList<>(SCORES - 1);
        for (long cutRank : frequencyCutRanks(n)) {
            CustomerMetrics atCut = customers.get(order[(int) cutRank - 1]);
            keys.add(new FrequencyKey(atCut.frequency(), atCut.customerId()));
        }
        fitted(recencyEdges, monetaryEdges, keys, n, strictEdges);   // the same checks as a model fitted elsewhere
        // fitted here, the model knows who it was fitted on: they keep the fit's scores, ties broken by id
        return new RfmModel(recencyEdges, monetaryEdges, keys, n, idsAtKeyFrequencies(customers, keys));
    }

    /**
     * The 1-based ranks {@code c_k = floor(1 + (n-1)k/5)}, k = 1..4, of the ranking by (frequency, customer id)
     * whose {@link FrequencyKey}s a fit of {@code n} customers keeps.
     *
     * @throws IllegalArgumentException when {@code n < 1}
     */
    public static long[] frequencyCutRanks(long n) {
        if (n < 1) {
            throw new IllegalArgumentException("an RFM model needs at least one customer, got " + n);
        }
        long[] ranks = new long[SCORES - 1];
        for (int k = 1; k < SCORES; k++) {
            ranks[k - 1] = 1 + (n - 1) * k / SCORES;
        }
        return ranks;
    }

    /**
     * The model of {@code n} customers whose edges and frequency keys were computed elsewhere from the whole
     * population, e.g. by a distributed sort ({@link QuantileEdges#fitAtRanks}, {@link #frequencyCutRanks}): the
     * edges and keys {@link #fit} gives for the same customers, with the same duplicate-edge check. Such a model does
     * not know who it was fitted on ({@link #knowsFittedPopulation()} is false): it scores every customer's
     * frequency by value, as a restored model does.
     *
     * @param strictEdges as in {@link #fit}
     * @throws IllegalArgumentException as {@link #of} does
     * @throws DuplicateQuantileEdgesException in strict mode, when edges repeat
     */
    public static RfmModel fitted(QuantileEdges recencyEdges, QuantileEdges monetaryEdges,
            List<FrequencyKey> frequencyKeys, long n, boolean strictEdges) {
        RfmModel model = of(recencyEdges, monetaryEdges, frequencyKeys, n);
        checkEdges("recency", recencyEdges, strictEdges);
        // the rank edges are 1 + (n-1)k/5, exactly the quintile edges of the two values {1, n}
        checkEdges("frequency", QuantileEdges.fitSorted(new long[] {1, n}, SCORES), strictEdges);
        checkEdges("monetary", monetaryEdges, strictEdges);
        return model;
    }

    /** The ids (ascending, as {@code customers} is in id order) of the customers whose frequency is a key's. */
    private static Map<Long, long[]> idsAtKeyFrequencies(List<CustomerMetrics> customers, List<FrequencyKey> keys) {
        Map<Long, long[]> ids = new HashMap<>();
        for (FrequencyKey key : keys) {
            ids.computeIfAbsent(key.frequency(), frequency -> customers.stream()
                    .filter(customer -> customer.frequency() == frequency)
                    .mapToLong(CustomerMetrics::customerId).toArray());
        }
        return ids;
    }

    private static List<CustomerMetrics> inIdOrder(Collection<CustomerMetrics> population) {
        List<CustomerMetrics> customers = new ArrayList<>(population);
        customers.sort(Comparator.comparingLong(CustomerMetrics::customerId));
        for (int i = 1; i < customers.size(); i++) {
            if (customers.get(i - 1).customerId() == customers.get(i).customerId()) {
                throw new IllegalArgumentException("customer id " + customers.get(i).customerId()
                        + " occurs twice in the RFM population");
            }
        }
        return customers;
    }

    /** Positions of the customers (already in id order) sorted by frequency, ties kept in id order. */
    private static int[] frequencyOrder(List<CustomerMetrics> customers) {
        int n = customers.size();
        long[] packed = new long[n];
        for (int i = 0; i < n; i++) {
            long frequency = customers.get(i).frequency();
            if (frequency > Integer.MAX_VALUE) {
                return frequencyOrderBoxed(customers);
            }
            packed[i] = frequency << 32 | i; // frequency first, then position, i.e. id order
        }
        Arrays.sort(packed);
        int[] order = new int[n];
        for (int position = 0; position < n; position++) {
            order[position] = (int) packed[position];
        }
        return order;
    }

    private static int[] frequencyOrderBoxed(List<CustomerMetrics> customers) {
        Integer[] order = new Integer[customers.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Long.compare(customers.get(a).frequency(), customers.get(b).frequency()));
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    private static void checkEdges(String metric, QuantileEdges edges, boolean strict) {
        if (edges.hasDuplicateEdges()) {
            if (strict) {
                throw new DuplicateQuantileEdgesException(metric, edges.toStrings());
            }
            LOG.warn("RFM {} quintile edges are not unique: {}; some {} scores stay empty", metric,
                    edges.toStrings(), metric);
        }
    }

    /**
     * Scores one customer with the learned parameters; see the class description for how F treats a customer the
     * model did not fit.
     */
    public RfmScore score(CustomerMetrics customer) {
        Objects.requireNonNull(customer, "customer");
        boolean fitted = isFittedMember(customer);
        FrequencyKey key = new FrequencyKey(customer.frequency(), customer.customerId());
        int frequencyScore = 1;
        for (FrequencyKey cut : frequencyKeys) {
            boolean above = fitted ? key.compareTo(cut) > 0 : customer.frequency() > cut.frequency();
            if (above) {
                frequencyScore++;
            }
        }
        return new RfmScore(SCORES + 1 - recencyEdges.bin(customer.recency()), frequencyScore,
                monetaryEdges.bin(customer.monetary()));
    }

    /**
     * Whether the id-based tie-break applies: the customer was fitted with this frequency. A frequency that is no
     * key's ranks the same by value and by (value, id), so only the key frequencies need their ids.
     */
    private boolean isFittedMember(CustomerMetrics customer) {
        long[] ids = fittedIdsAtKeyFrequencies.get(customer.frequency());
        return ids != null && Arrays.binarySearch(ids, customer.customerId()) >= 0;
    }

    /**
     * Whether this model knows its fitted population (it was fitted in this JVM, not restored with {@link #of}),
     * and so gives its members the scores of the fit, ties in frequency broken by id.
     */
    public boolean knowsFittedPopulation() {
        return !fittedIdsAtKeyFrequencies.isEmpty();
    }

    /** The recency edges e0..e5 (days). */
    public QuantileEdges recencyEdges() {
        return recencyEdges;
    }

    /** The monetary edges e0..e5. */
    public QuantileEdges monetaryEdges() {
        return monetaryEdges;
    }

    /** The frequency keys at ranks c1..c4. */
    public List<FrequencyKey> frequencyKeys() {
        return frequencyKeys;
    }

    /** The number of customers fitted. */
    public long populationSize() {
        return populationSize;
    }

    /**
     * Equal learned parameters (what {@link FittedRfmClassifier#parameters()} saves); whether the model
     * {@linkplain #knowsFittedPopulation() knows its fitted population} is not compared.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof RfmModel that && recencyEdges.equals(that.recencyEdges)
                && monetaryEdges.equals(that.monetaryEdges) && frequencyKeys.equals(that.frequencyKeys)
                && populationSize == that.populationSize;
    }

    @Override
    public int hashCode() {
        return Objects.hash(recencyEdges, monetaryEdges, frequencyKeys, populationSize);
    }

    @Override
    public String toString() {
        return "RfmModel[n=" + populationSize + ", recency " + recencyEdges.toStrings() + ", monetary "
                + monetaryEdges.toStrings() + ", frequency keys " + frequencyKeys + "]";
    }
}
