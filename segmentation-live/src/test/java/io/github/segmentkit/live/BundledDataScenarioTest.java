package io.github.segmentkit.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.attribute.DateAttribute;
import io.github.segmentkit.api.attribute.GeoPoint;
import io.github.segmentkit.api.attribute.GeoPointAttribute;
import io.github.segmentkit.api.attribute.LongAttribute;
import io.github.segmentkit.api.schema.CustomerSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The scripted scenario of issue 13 on the bundled Customer Personality data (its first twelve customers, copied to
 * {@code marketing_campaign_head.csv}): a customer buys, goes quiet for 31 days and comes back; another moves city
 * and leaves a radius segment. The expected events were worked out by hand from the file (see each step).
 *
 * <p>The file's {@code Recency} is the number of days since the customer's last purchase, so the last order is
 * {@code AS_OF − Recency}; spend is the sum of the six {@code Mnt*} columns. The data have no location: the
 * scenario gives customer 5524 a home in Villeurbanne, next to Lyon, and nobody else a home.
 */
class BundledDataScenarioTest {
    private static final LocalDate AS_OF = LocalDate.of(2014, 10, 4);
    private static final DateAttribute LAST_ORDER = Attribute.ofDate("last_order");
    private static final LongAttribute SPEND = Attribute.ofLong("spend");
    private static final GeoPointAttribute HOME = Attribute.ofGeoPoint("home");
    private static final GeoPoint LYON = GeoPoint.of(45.7640, 4.8357);
    private static final GeoPoint VILLEURBANNE = GeoPoint.of(45.7719, 4.8902);
    private static final GeoPoint PARIS = GeoPoint.of(48.8566, 2.3522);
    private static final CustomerSchema<Shopper> SCHEMA = CustomerSchema.<Shopper>builder(Shopper::id)
            .date(LAST_ORDER, Shopper::lastOrder).numeric(SPEND, Shopper::spend).geoPoint(HOME, Shopper::home)
            .build();
    private static final List<Segment> SEGMENTS = List.of(
            Segment.named("recent-buyers").where(LAST_ORDER.withinDays(30)),
            Segment.named("quiet").where(LAST_ORDER.beforeDaysAgo(60)),
            Segment.named("big-spenders").where(SPEND.ge(500)),
            Segment.named("near-lyon").where(HOME.withinKm(LYON, 50)));

    record Shopper(long id, LocalDate lastOrder, long spend, GeoPoint home) {
        Shopper bought(LocalDate day, long amount) {
            return new Shopper(id, day, spend + amount, home);
        }

        Shopper movedTo(GeoPoint newHome) {
            return new Shopper(id, lastOrder, spend, newHome);
        }
    }

    private static List<Shopper> bundledHead() throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                BundledDataScenarioTest.class.getResourceAsStream("/marketing_campaign_head.csv")),
                StandardCharsets.UTF_8))) {
            List<String> header = Arrays.asList(reader.readLine().split("\t"));
            List<Shopper> shoppers = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] cells = line.split("\t", -1);
                long id = Long.parseLong(cells[header.indexOf("ID")]);
                long recency = Long.parseLong(cells[header.indexOf("Recency")]);
                long spend = 0;
                for (String column : List.of("MntWines", "MntFruits", "MntMeatProducts", "MntFishProducts",
                        "MntSweetProducts", "MntGoldProds")) {
                    spend += Long.parseLong(cells[header.indexOf(column)]);
                }
                shoppers.add(new Shopper(id, AS_OF.minusDays(recency), spend, id == 5524 ? VILLEURBANNE : null));
            }
            return shoppers;
        }
    }

    @Test
    void should_send_exactly_the_hand_computed_events() throws Exception {
        List<Shopper> shoppers = bundledHead();
        assertThat(shoppers).hasSize(12);
        Map<Long, Shopper> byId = new java.util.HashMap<>();
        shoppers.forEach(s -> byId.put(s.id(), s));
        try (LiveSegmentation<Shopper> live = LiveSegmentation.builder(SCHEMA).addAll(SEGMENTS).asOf(AS_OF)
                .build(shoppers)) {
            LiveSnapshot start = live.snapshot();
            // Recency ≤ 30: 4141 (26), 6182 (26), 7446 (16), 4855 (19), 1994 (11); > 60: 5324 (94), 5899 (68);
            // spend ≥ 500: 5524 (1617), 4141 (776), 7446 (716), 965 (590)
            assertThat(start.memberIds("recent-buyers")).containsExactly(1994, 4141, 4855, 6182, 7446);
            assertThat(start.memberIds("quiet")).containsExactly(5324, 5899);
            assertThat(start.memberIds("big-spenders")).containsExactly(965, 4141, 5524, 7446);
            assertThat(start.memberIds("near-lyon")).containsExactly(5524);
            EventRecorder recorder = new EventRecorder();
            Subscription subscription = live.subscribe(recorder);

            // 1. 2174 (Recency 38, spend 27) buys for 500 today: recent, and 527 ≥ 500
            live.update(2174, s -> s.bought(AS_OF, 500));
            // 2. 31 days pass: every order is now at least 31 days old, so recent-buyers empties; quiet means an
            //    order before AS_OF − 29, that is Recency ≥ 30: 5524 (58), 965 (34), 6177 (32) and 387 (59) enter.
            //    Events come customer by customer in input order
            live.advanceDays(31);
            // 3. 2174 comes back and buys again
            live.update(2174, s -> s.bought(AS_OF.plusDays(31), 40));
            // 4. 5524 moves from Villeurbanne to Paris, about 390 km from Lyon
            live.update(5524, s -> s.movedTo(PARIS));

            assertThat(subscription.awaitDelivered(Duration.ofSeconds(10))).isTrue();
            assertThat(recorder.lines()).containsExactly(
                    "2174 ENTERED recent-buyers", "2174 ENTERED big-spenders",
                    "5524 ENTERED quiet",
                    "2174 EXITED recent-buyers",
                    "4141 EXITED recent-buyers",
                    "6182 EXITED recent-buyers",
                    "7446 EXITED recent-buyers",
                    "965 ENTERED quiet",
                    "6177 ENTERED quiet",
                    "4855 EXITED recent-buyers",
                    "1994 EXITED recent-buyers",
                    "387 ENTERED quiet",
                    "2174 ENTERED recent-buyers",
                    "5524 EXITED near-lyon");
            List<SegmentEvent> events = recorder.events();
            assertThat(events).extracting(SegmentEvent::sequence)
                    .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L);
            assertThat(events.get(0).asOf()).isEqualTo(AS_OF.atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
            assertThat(events.get(2).asOf()).isEqualTo(AS_OF.plusDays(31).atStartOfDay(java.time.ZoneOffset.UTC)
                    .toInstant());
            LiveSnapshot end = live.snapshot();
            assertThat(end.memberIds("recent-buyers")).containsExactly(2174);
            assertThat(end.memberIds("quiet")).containsExactly(387, 965, 5324, 5524, 5899, 6177);
            assertThat(end.memberIds("big-spenders")).containsExactly(965, 2174, 4141, 5524, 7446);
            assertThat(end.memberIds("near-lyon")).isEmpty();
            assertThat(end.segmentsOf(2174)).containsExactly("recent-buyers", "big-spenders");
        }
    }

    @Test
    void should_send_the_hand_computed_events_of_a_purchase_and_of_segments_added_and_removed() throws Exception {
        try (LiveSegmentation<Shopper> live = LiveSegmentation.builder(SCHEMA).add(SEGMENTS.get(0)).asOf(AS_OF)
                .purchases((shopper, purchase) -> shopper.bought(purchase.date(java.time.ZoneOffset.UTC),
                        purchase.amount().longValueExact()))
                .build(bundledHead())) {
            EventRecorder recorder = new EventRecorder();
            Subscription subscription = live.subscribe(recorder);

            // 1. 2174 (Recency 38, spend 27) buys for 500 this morning: recent
            live.append(new Purchase(2174, AS_OF.atTime(10, 0).toInstant(java.time.ZoneOffset.UTC),
                    java.math.BigDecimal.valueOf(500)));
            // 2. big-spenders joins: spend ≥ 500 in file order, 5524 (1617), 2174 (527 now), 4141 (776), 7446 (716),
            //    965 (590)
            live.addSegment(SEGMENTS.get(2));
            // 3. recent-buyers leaves: its members exit in file order, 2174 (now 0 days) with the Recency ≤ 30 ones
            live.removeSegment("recent-buyers");

            assertThat(subscription.awaitDelivered(Duration.ofSeconds(10))).isTrue();
            assertThat(recorder.lines()).containsExactly(
                    "2174 ENTERED recent-buyers",
                    "5524 ENTERED big-spenders", "2174 ENTERED big-spenders", "4141 ENTERED big-spenders",
                    "7446 ENTERED big-spenders", "965 ENTERED big-spenders",
                    "2174 EXITED recent-buyers", "4141 EXITED recent-buyers", "6182 EXITED recent-buyers",
                    "7446 EXITED recent-buyers", "4855 EXITED recent-buyers", "1994 EXITED recent-buyers");
            assertThat(recorder.events()).extracting(SegmentEvent::sequence)
                    .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, 12).boxed().toList());
            LiveSnapshot end = live.snapshot();
            assertThat(end.segmentNames()).containsExactly("big-spenders");
            assertThat(end.memberIds("big-spenders")).containsExactly(965, 2174, 4141, 5524, 7446);
            assertThat(live.customer(2174)).map(Shopper::spend).contains(527L);
        }
    }
}
