package io.github.segmentkit.campaign.response;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The outcomes of a campaign, one per customer at most, looked up by customer id. Customers without one are
 * {@linkplain #of(long) not contacted, not responded, without revenue}.
 *
 * <pre>{@code
 * Outcomes outcomes = Outcomes.of(List.of(Outcome.of(42L, true, true), Outcome.of(43L, true, false)));
 * boolean responded = outcomes.of(42L).responded();   // true
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Outcomes {
    private final Map<Long, Outcome> byCustomer;

    private Outcomes(Map<Long, Outcome> byCustomer) {
        this.byCustomer = byCustomer;
    }

    /**
     * The outcomes {@code outcomes}.
     *
     * @throws IllegalArgumentException naming the customer when it has two outcomes
     */
    public static Outcomes of(List<Outcome> outcomes) {
        Map<Long, Outcome> byCustomer = new HashMap<>();
        for (Outcome outcome : Objects.requireNonNull(outcomes, "outcomes")) {
            Outcome first = byCustomer.putIfAbsent(Objects.requireNonNull(outcome, "outcome").customerId(), outcome);
            if (first != null) {
                throw new IllegalArgumentException("customer " + outcome.customerId() + " has two outcomes: "
                        + first + " and " + outcome);
            }
        }
        return new Outcomes(Map.copyOf(byCustomer));
    }

    /** The outcome of {@code customerId}: the one given, or not contacted, not responded, no revenue. */
    public Outcome of(long customerId) {
        Outcome outcome = byCustomer.get(customerId);
        return outcome != null ? outcome : Outcome.of(customerId, false, false);
    }

    /** How many outcomes were given. */
    public int size() {
        return byCustomer.size();
    }
}
