package io.github.segmentkit.live;

import static io.github.segmentkit.live.Buyer.CITY;
import static io.github.segmentkit.live.Buyer.LAST_ORDER;
import static io.github.segmentkit.live.Buyer.ORDERS;
import static io.github.segmentkit.live.Buyer.SPEND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.segmentkit.api.Segment;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class LivePurchaseTest {
    private static final LocalDate TODAY = LocalDate.of(2024, 6, 30);
    private static final Instant NOON = Instant.parse("2024-06-30T12:00:00Z");
    private static final List<Segment> SEGMENTS = List.of(
            Segment.named("recent").where(LAST_ORDER.withinDays(30)),
            Segment.named("regulars").where(ORDERS.ge(3)),
            Segment.named("big").where(SPEND.ge(100.0)),
            Segment.named("lyon").where(CITY.in("Lyon")));

    private static LiveSegmentation<Buyer> live(List<Buyer> buyers) {
        return LiveSegmentation.builder(Buyer.SCHEMA).addAll(SEGMENTS).asOf(TODAY).purchases(Buyer.FOLD)
                .build(buyers);
    }

    @Test
    void should_fold_a_purchase_into_its_customer_and_send_its_events() throws InterruptedException {
        Buyer anna = new Buyer(1, TODAY.minusDays(90), 2, new BigDecimal("80.00"), "Lyon");
        try (LiveSegmentation<Buyer> live = live(List.of(anna, Buyer.newcomer(2, "Paris")))) {
            EventRecorder recorder = new EventRecorder();
            Subscription subscription = live.subscribe(recorder);

            live.append(new Purchase(1, NOON, new BigDecimal("25.50")));

            assertThat(subscription.awaitDelivered(Duration.ofSeconds(10))).isTrue();
            // 3 orders, 105.50 spent, last order today: recent, regular and big; still in Lyon
            assertThat(recorder.lines()).containsExactly("1 ENTERED recent", "1 ENTERED regulars", "1 ENTERED big");
            assertThat(live.snapshot().segmentsOf(1)).containsExactly("recent", "regulars", "big", "lyon");
            assertThat(live.snapshot().segmentsOf(2)).isEmpty();
        }
    }

    @Test
    void should_keep_the_later_last_order_when_a_purchase_arrives_late() throws InterruptedException {
        Buyer anna = new Buyer(1, TODAY, 1, new BigDecimal("10"), "Lyon");
        try (LiveSegmentation<Buyer> live = live(List.of(anna))) {
            live.append(new Purchase(1, NOON.minus(Duration.ofDays(45)), new BigDecimal("-4")));

            // the fold keeps the later date: still recent; a refund lowers the spend
            assertThat(live.snapshot().segmentsOf(1)).containsExactly("recent", "lyon");
        }
    }

    @Test
    void should_refuse_a_purchase_of_an_unknown_customer_and_change_nothing() {
        try (LiveSegmentation<Buyer> live = live(List.of(Buyer.newcomer(1, "Lyon")))) {
            live.delete(1);
            long before = live.snapshot().sequence();

            assertThatThrownBy(() -> live.append(new Purchase(1, NOON, BigDecimal.ONE)))
                    .isInstanceOf(NoSuchElementException.class)
                    .hasMessageContaining("no customer with id 1").hasMessageContaining("upsert it first");
            assertThatThrownBy(() -> live.append(new Purchase(99, NOON, BigDecimal.ONE)))
                    .isInstanceOf(NoSuchElementException.class).hasMessageContaining("no customer with id 99");
            assertThat(live.snapshot().sequence()).isEqualTo(before);
            assertThat(live.snapshot().customerCount()).isZero();
        }
    }

    @Test
    void should_refuse_purchases_without_a_fold() {
        try (LiveSegmentation<Buyer> live = LiveSegmentation.builder(Buyer.SCHEMA).addAll(SEGMENTS).asOf(TODAY)
                .build(List.of(Buyer.newcomer(1, "Lyon")))) {
            assertThatThrownBy(() -> live.append(new Purchase(1, NOON, BigDecimal.ONE)))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("purchases(fold)");
        }
    }

    @Test
    void should_refuse_a_fold_that_changes_the_id() {
        try (LiveSegmentation<Buyer> live = LiveSegmentation.builder(Buyer.SCHEMA).addAll(SEGMENTS).asOf(TODAY)
                .purchases((buyer, purchase) -> Buyer.newcomer(buyer.id() + 1, "Lyon"))
                .build(List.of(Buyer.newcomer(1, "Paris")))) {
            assertThatThrownBy(() -> live.append(new Purchase(1, NOON, BigDecimal.ONE)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("returned customer 2");
            assertThat(live.snapshot().segmentsOf(1)).isEmpty();
        }
    }

    @Test
    void should_give_the_day_of_a_purchase_in_a_zone() {
        Purchase lateEvening = new Purchase(1, Instant.parse("2024-06-30T23:30:00Z"), BigDecimal.TEN);

        assertThat(lateEvening.date(java.time.ZoneOffset.UTC)).isEqualTo(TODAY);
        assertThat(lateEvening.date(java.time.ZoneId.of("Europe/Paris"))).isEqualTo(TODAY.plusDays(1));
    }
}
