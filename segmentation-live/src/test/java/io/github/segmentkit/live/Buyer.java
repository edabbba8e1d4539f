package io.github.segmentkit.live;

import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.attribute.CategoricalAttribute;
import io.github.segmentkit.api.attribute.DateAttribute;
import io.github.segmentkit.api.attribute.DoubleAttribute;
import io.github.segmentkit.api.attribute.LongAttribute;
import io.github.segmentkit.api.schema.CustomerSchema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * A customer with the derived behavioural attributes purchases update (last order, order count, spend), for the
 * tests of purchases and of classifiers held live. {@code recency} counts the days from the last order to a fixed
 * reference day, not to the as-of time: the RFM classifier ranks it, and a fixed reference keeps the labels a
 * function of the data alone (the as-of clock would change them without a change of data).
 */
record Buyer(long id, LocalDate lastOrder, long orders, BigDecimal spend, String city) {
    static final LocalDate REFERENCE_DAY = LocalDate.of(2025, 1, 1);
    static final DateAttribute LAST_ORDER = Attribute.ofDate("last_order");
    static final LongAttribute ORDERS = Attribute.ofLong("frequency");
    static final DoubleAttribute SPEND = Attribute.ofDouble("monetary");
    static final LongAttribute RECENCY = Attribute.ofLong("recency");
    static final CategoricalAttribute CITY = Attribute.ofCategorical("city");
    static final CustomerSchema<Buyer> SCHEMA = CustomerSchema.<Buyer>builder(Buyer::id)
            .date(LAST_ORDER, Buyer::lastOrder).numeric(ORDERS, Buyer::orders)
            .nullableNumeric(SPEND, Buyer::spend).nullableNumeric(RECENCY, Buyer::recency)
            .categorical(CITY, Buyer::city).build();

    /** What a purchase does to a buyer: the test's purchase fold. */
    static final PurchaseFold<Buyer> FOLD = (buyer, purchase) -> buyer.after(purchase);

    /** A buyer who never ordered. */
    static Buyer newcomer(long id, String city) {
        return new Buyer(id, null, 0, BigDecimal.ZERO, city);
    }

    Buyer after(Purchase purchase) {
        LocalDate day = purchase.date(ZoneOffset.UTC);
        LocalDate last = lastOrder == null || day.isAfter(lastOrder) ? day : lastOrder;
        return new Buyer(id, last, orders + 1, spend.add(purchase.amount()), city);
    }

    Buyer movedTo(String newCity) {
        return new Buyer(id, lastOrder, orders, spend, newCity);
    }

    Long recency() {
        return lastOrder == null ? null : ChronoUnit.DAYS.between(lastOrder, REFERENCE_DAY);
    }
}
