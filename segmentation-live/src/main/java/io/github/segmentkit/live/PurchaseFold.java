package io.github.segmentkit.live;

/**
 * How a {@link Purchase} changes a customer: the user's own customer type says which of its attributes a purchase
 * updates (typically the last order date, the order count and the total spend), so the library needs to know
 * nothing about the type. Called by {@link LiveSegmentation#append} while other changes wait: keep it short, and
 * return a new customer rather than changing the one given (snapshots and readers may still hold it).
 *
 * <pre>{@code
 * PurchaseFold<Buyer> fold = (buyer, purchase) -> new Buyer(buyer.id(),
 *         Collections.max(List.of(buyer.lastOrder(), purchase.date(ZoneOffset.UTC))),
 *         buyer.orders() + 1, buyer.spend().add(purchase.amount()), buyer.city());
 * }</pre>
 *
 * @param <T> the customer type
 */
@FunctionalInterface
public interface PurchaseFold<T> {
    /**
     * The customer after {@code purchase}, with the same id.
     *
     * @param customer the customer before the purchase, never {@code null}
     * @param purchase the purchase, whose customer id is the customer's
     */
    T fold(T customer, Purchase purchase);
}
