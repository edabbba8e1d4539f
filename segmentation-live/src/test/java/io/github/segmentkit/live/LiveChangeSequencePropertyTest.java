package io.github.segmentkit.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.segmentkit.api.DefinitionException;
import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.classify.AttributeValues;
import io.github.segmentkit.api.classify.FittedClassifier;
import io.github.segmentkit.api.criteria.Criteria;
import io.github.segmentkit.core.row.SegmentPlan;
import io.github.segmentkit.testing.ReferenceEvaluator;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Random sequences of every kind of change a live segmentation takes (purchases, upserts, deletions, updates,
 * clock moves, segments added and removed, refits of a held classifier), checked against models built without it:
 * each customer's derived attributes equal a plain recomputation from its starting data and all its purchases;
 * the members equal the {@link ReferenceEvaluator} on the final data, with the final segments, the final as-of
 * time and the classifier fitted where the last refit fitted it (to the customers of that moment, by id); and
 * replaying the events on the first members gives the last.
 */
class LiveChangeSequencePropertyTest {
    private static final LocalDate START = LocalDate.of(2024, 1, 1);
    private static final MedianSplit SPLIT = new MedianSplit("monetary", "spend_half", false);
    /** Segments that may come and go; "lyon-recent" refers to two of them. */
    private static final List<Segment> POOL = List.of(
            Segment.named("recent").where(Buyer.LAST_ORDER.withinDays(30)),
            Segment.named("lapsed").where(Buyer.LAST_ORDER.beforeDaysAgo(60)),
            Segment.named("regulars").where(Buyer.ORDERS.ge(3)),
            Segment.named("big").where(Buyer.SPEND.ge(200.0)),
            Segment.named("lyon").where(Buyer.CITY.in("Lyon")),
            Segment.named("lyon-recent").where(Criteria.inSegment("lyon").and(Criteria.inSegment("recent"))),
            Segment.named("high-lyon").where(SPLIT.outputAttribute().eq("high").and(Buyer.CITY.in("Lyon"))));
    private static final List<String> CITIES = List.of("Lyon", "Paris", "Nice");

    /** What the test knows of a customer: its data when last upserted, and the purchases since. */
    private record Model(Buyer base, List<Purchase> purchases) {
        /** The derived attributes recomputed from all purchases at once, not folded one by one. */
        Buyer recomputed() {
            LocalDate last = base.lastOrder();
            BigDecimal spend = base.spend();
            for (Purchase purchase : purchases) {
                LocalDate day = LocalDate.ofInstant(purchase.at(), ZoneOffset.UTC);
                last = last == null || day.isAfter(last) ? day : last;
                spend = spend.add(purchase.amount());
            }
            return new Buyer(base.id(), last, base.orders() + purchases.size(), spend, base.city());
        }
    }

    private static Buyer randomBuyer(Random random, long id, LocalDate today) {
        if (random.nextInt(4) == 0) {
            return Buyer.newcomer(id, CITIES.get(random.nextInt(CITIES.size())));
        }
        return new Buyer(id, today.minusDays(random.nextInt(120)), 1 + random.nextInt(5),
                BigDecimal.valueOf(random.nextInt(40_000), 2), CITIES.get(random.nextInt(CITIES.size())));
    }

    private static List<AttributeValues> valuesById(Map<Long, Model> models) {
        return models.values().stream().map(Model::recomputed).sorted(Comparator.comparingLong(Buyer::id))
                .map(Buyer.SCHEMA::values).map(AttributeValues.class::cast).toList();
    }

    @Property(tries = 60)
    void should_equal_the_reference_after_any_sequence_of_changes(@ForAll long seed,
            @ForAll @IntRange(min = 0, max = 40) int customers, @ForAll @IntRange(min = 0, max = 80) int steps)
            throws InterruptedException {
        Random random = new Random(seed);
        Map<Long, Model> models = new HashMap<>();
        for (long id = 1; id <= customers; id++) {
            models.put(id, new Model(randomBuyer(random, id, START), new ArrayList<>()));
        }
        List<Buyer> start = models.values().stream().map(Model::base).toList();
        FittedClassifier[] fit = {SPLIT.fit(valuesById(models))};
        LiveSegmentation.Builder<Buyer> builder = LiveSegmentation.builder(Buyer.SCHEMA).purchases(Buyer.FOLD)
                .asOf(START).chunkRows(64).deltaLimit(1 + random.nextInt(8)).classifier(fit[0])
                .backgroundMergeRows(random.nextBoolean() ? 0 : Population.BACKGROUND_MERGE_ROWS);
        POOL.stream().filter(s -> !s.name().equals("lyon-recent") && random.nextBoolean()).forEach(builder::add);
        try (LiveSegmentation<Buyer> live = builder.build(start)) {
            EventRecorder recorder = new EventRecorder();
            Subscription subscription = live.subscribe(recorder);
            LiveSnapshot first = live.snapshot();
            Instant now = START.atStartOfDay(ZoneOffset.UTC).toInstant();
            long nextId = customers + 1;
            for (int step = 0; step < steps; step++) {
                List<Long> ids = models.keySet().stream().sorted().toList();
                int kind = random.nextInt(20);
                if (kind < 8 && !ids.isEmpty()) {
                    long id = ids.get(random.nextInt(ids.size()));
                    Purchase purchase = new Purchase(id, now.minus(Duration.ofHours(random.nextInt(24 * 90))),
                            BigDecimal.valueOf(random.nextInt(30_000) - 2_000, 2));
                    live.append(purchase);
                    models.get(id).purchases().add(purchase);
                } else if (kind < 10) {
                    long id = random.nextBoolean() || ids.isEmpty() ? nextId++ : ids.get(random.nextInt(ids.size()));
                    Buyer buyer = randomBuyer(random, id, LocalDate.ofInstant(now, ZoneOffset.UTC));
                    live.upsert(buyer);
                    models.put(id, new Model(buyer, new ArrayList<>()));
                } else if (kind < 11 && !ids.isEmpty()) {
                    long id = ids.get(random.nextInt(ids.size()));
                    assertThat(live.delete(id)).isTrue();
                    models.remove(id);
                } else if (kind < 12 && !ids.isEmpty()) {
                    long id = ids.get(random.nextInt(ids.size()));
                    String city = CITIES.get(random.nextInt(CITIES.size()));
                    live.update(id, b -> b.movedTo(city));
                    Model model = models.get(id);
                    models.put(id, new Model(model.base().movedTo(city), model.purchases()));
                } else if (kind < 14) {
                    now = now.plus(Duration.ofHours(random.nextInt(24 * 40)));
                    live.advanceTo(now);
                } else if (kind < 16) {
                    addOrRemove(live, random);
                } else if (kind < 17) {
                    live.refit();
                    fit[0] = SPLIT.fit(valuesById(models));
                } else if (!ids.isEmpty()) {
                    long unknown = nextId + 1000;
                    assertThatThrownBy(() -> live.append(new Purchase(unknown, Instant.EPOCH, BigDecimal.ONE)))
                            .isInstanceOf(java.util.NoSuchElementException.class);
                }
            }
            LiveSnapshot last = live.snapshot();
            assertThat(subscription.awaitDelivered(Duration.ofSeconds(30))).isTrue();

            for (Model model : models.values()) {
                assertThat(live.customer(model.base().id())).as("derived attributes").contains(model.recomputed());
            }
            List<Buyer> finals = models.values().stream().map(Model::recomputed).toList();
            ReferenceEvaluator<Buyer> reference = ReferenceEvaluator.of(Buyer.SCHEMA.withClassifier(fit[0]),
                    live.segments(), last.asOf());
            assertThat(java.util.Arrays.stream(last.customerIds()).boxed().toList())
                    .containsExactlyInAnyOrderElementsOf(models.keySet());
            for (Buyer buyer : finals) {
                assertThat(last.segmentsOf(buyer.id())).as("segments of %s", buyer)
                        .containsExactlyElementsOf(reference.segmentsOf(buyer));
            }
            LiveReplay.checkEvents(first, last, recorder.events());
        }
    }

    /** Adds a segment of the pool that is missing, or removes one that is there (or fails to, when referred to). */
    private static void addOrRemove(LiveSegmentation<Buyer> live, Random random) {
        List<String> present = live.segments().stream().map(Segment::name).toList();
        Segment picked = POOL.get(random.nextInt(POOL.size()));
        if (!present.contains(picked.name())) {
            boolean referencesPresent = present.containsAll(SegmentPlan.references(picked.criterion()));
            if (referencesPresent) {
                live.addSegment(picked);
            } else {
                assertThatThrownBy(() -> live.addSegment(picked)).isInstanceOf(DefinitionException.class);
            }
            return;
        }
        List<String> dependants = live.segments().stream()
                .filter(s -> SegmentPlan.references(s.criterion()).contains(picked.name())).map(Segment::name)
                .toList();
        if (dependants.isEmpty()) {
            live.removeSegment(picked.name());
        } else {
            assertThatThrownBy(() -> live.removeSegment(picked.name())).isInstanceOf(DefinitionException.class)
                    .hasMessageContaining(dependants.get(0));
        }
    }
}
