package io.github.segmentkit.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.segmentkit.api.DefinitionException;
import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.classify.AttributeValues;
import io.github.segmentkit.api.classify.Classifier;
import io.github.segmentkit.api.classify.FittedClassifier;
import io.github.segmentkit.api.classify.Label;
import io.github.segmentkit.classifiers.behavioral.kmeans.KMeansClassifier;
import io.github.segmentkit.classifiers.behavioral.kmeans.KMeansConfig;
import io.github.segmentkit.classifiers.behavioral.rfm.RfmClassifier;
import io.github.segmentkit.classifiers.behavioral.rfm.RfmClassifierConfig;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LiveClassifierTest {
    private static final LocalDate TODAY = LocalDate.of(2024, 12, 31);

    /** Buyers with assorted recency, frequency and spend; every fifth never ordered (unclassified). */
    private static List<Buyer> buyers(Random random, int count) {
        List<Buyer> buyers = new ArrayList<>();
        for (int id = 1; id <= count; id++) {
            String city = random.nextBoolean() ? "Lyon" : "Paris";
            buyers.add(id % 5 == 0 ? Buyer.newcomer(id, city) : new Buyer(id, TODAY.minusDays(random.nextInt(400)),
                    1 + random.nextInt(20), BigDecimal.valueOf(1 + random.nextInt(50_000), 2), city));
        }
        return buyers;
    }

    private static List<AttributeValues> valuesById(List<Buyer> buyers) {
        return buyers.stream().sorted(Comparator.comparingLong(Buyer::id)).map(Buyer.SCHEMA::values)
                .map(AttributeValues.class::cast).toList();
    }

    /** Random purchases, newcomers, deletions and a move; the final buyers by id. */
    private static Map<Long, Buyer> change(LiveSegmentation<Buyer> live, List<Buyer> start, Random random) {
        Map<Long, Buyer> now = new HashMap<>();
        start.forEach(b -> now.put(b.id(), b));
        for (int step = 0; step < 60; step++) {
            int kind = random.nextInt(10);
            List<Long> ids = new ArrayList<>(now.keySet());
            ids.sort(null);
            long id = ids.get(random.nextInt(ids.size()));
            if (kind < 7) {
                Purchase purchase = new Purchase(id, TODAY.atStartOfDay(ZoneOffset.UTC).toInstant()
                        .minus(Duration.ofHours(random.nextInt(24 * 300))), BigDecimal.valueOf(random.nextInt(90_000), 2));
                live.append(purchase);
                now.put(id, now.get(id).after(purchase));
            } else if (kind < 8) {
                Buyer newcomer = Buyer.newcomer(1000 + step, "Nice");
                live.upsert(newcomer);
                now.put(newcomer.id(), newcomer);
            } else if (kind < 9 && now.size() > 10) {
                live.delete(id);
                now.remove(id);
            } else {
                live.update(id, b -> b.movedTo("Lille"));
                now.put(id, now.get(id).movedTo("Lille"));
            }
        }
        return now;
    }

    /** Each customer's label as the live segments say (exactly one label segment each). */
    private static Map<Long, String> liveLabels(LiveSnapshot snapshot, String output, Map<Long, Buyer> buyers) {
        Map<Long, String> labels = new HashMap<>();
        for (long id : buyers.keySet()) {
            List<String> of = snapshot.segmentsOf(id).stream().filter(s -> s.startsWith(output + "=")).toList();
            assertThat(of).as("label segments of %s", id).hasSize(1);
            labels.put(id, of.get(0).substring(output.length() + 1));
        }
        return labels;
    }

    private static Map<Long, String> labelsBy(FittedClassifier fitted, Map<Long, Buyer> buyers) {
        Map<Long, String> labels = new HashMap<>();
        buyers.values().forEach(b -> labels.put(b.id(), fitted.apply(Buyer.SCHEMA.values(b)).value()));
        return labels;
    }

    private void checkHeldThenRefit(Classifier classifier, long seed) throws InterruptedException {
        Random random = new Random(seed);
        List<Buyer> start = buyers(random, 80);
        FittedClassifier held = classifier.fit(valuesById(start));
        String output = classifier.output();
        try (LiveSegmentation<Buyer> live = LiveSegmentation.builder(Buyer.SCHEMA)
                .add(Segment.named("lyon").where(Buyer.CITY.in("Lyon"))).classifier(held).purchases(Buyer.FOLD)
                .asOf(TODAY).build(start)) {
            Map<Long, Buyer> end = change(live, start, random);

            LiveSnapshot beforeRefit = live.snapshot();
            Map<Long, String> heldLabels = labelsBy(held, end);
            assertThat(liveLabels(beforeRefit, output, end)).as("labels of the held model").isEqualTo(heldLabels);

            EventRecorder recorder = new EventRecorder();
            Subscription subscription = live.subscribe(recorder);
            live.refit();
            LiveSnapshot afterRefit = live.snapshot();

            FittedClassifier fresh = classifier.fit(valuesById(new ArrayList<>(end.values())));
            Map<Long, String> freshLabels = labelsBy(fresh, end);
            assertThat(liveLabels(afterRefit, output, end)).as("labels of a fresh fit").isEqualTo(freshLabels);
            assertThat(freshLabels).as("the refit changed some labels, so the events are tested")
                    .isNotEqualTo(heldLabels);
            assertThat(subscription.awaitDelivered(Duration.ofSeconds(10))).isTrue();
            assertThat(new HashSet<>(recorder.lines())).as("events of the refit").isEqualTo(difference(heldLabels,
                    freshLabels, output));
            assertThat(recorder.events()).hasSize(recorder.lines().size()).extracting(SegmentEvent::sequence)
                    .first().isEqualTo(beforeRefit.sequence() + 1);
            assertThat(afterRefit.memberIds("lyon")).isEqualTo(beforeRefit.memberIds("lyon"));
        }
    }

    /** The events a change of labels from {@code before} to {@code after} must send. */
    private static Set<String> difference(Map<Long, String> before, Map<Long, String> after, String output) {
        Set<String> lines = new HashSet<>();
        before.forEach((id, label) -> {
            if (!label.equals(after.get(id))) {
                lines.add(id + " EXITED " + output + "=" + label);
                lines.add(id + " ENTERED " + output + "=" + after.get(id));
            }
        });
        return lines;
    }

    @Test
    void should_hold_rfm_edges_until_refit_then_label_as_a_fresh_fit() throws InterruptedException {
        checkHeldThenRefit(new RfmClassifier(RfmClassifierConfig.defaults()), 11);
    }

    @Test
    void should_hold_kmeans_centroids_until_refit_then_label_as_a_fresh_fit() throws InterruptedException {
        checkHeldThenRefit(new KMeansClassifier(KMeansConfig.of(List.of("recency", "frequency", "monetary"))
                .withK(3).withLog1p(true)), 12);
    }

    @Test
    void should_make_a_segment_of_each_possible_label_and_an_attribute_of_the_output() {
        List<Buyer> start = List.of(new Buyer(1, TODAY, 1, BigDecimal.ONE, "Lyon"),
                new Buyer(2, TODAY, 1, BigDecimal.TEN, "Lyon"), new Buyer(3, TODAY, 1, new BigDecimal(100), "Paris"),
                new Buyer(4, null, 0, null, "Paris"));
        MedianSplit split = new MedianSplit("monetary", "spend_half", false);
        try (LiveSegmentation<Buyer> live = LiveSegmentation.builder(Buyer.SCHEMA).classifier(split
                .fit(valuesById(start))).add(Segment.named("rich-lyon").where(split.outputAttribute().eq("high")
                .and(Buyer.CITY.in("Lyon")))).build(start)) {
            LiveSnapshot snapshot = live.snapshot();

            // spends 1, 10, 100 and one missing (unclassified): the median is 10
            assertThat(snapshot.segmentNames()).containsExactly("spend_half=high", "spend_half=low",
                    "spend_half=unclassified", "rich-lyon");
            assertThat(snapshot.memberIds("spend_half=high")).containsExactly(2L, 3L);
            assertThat(snapshot.memberIds("spend_half=low")).containsExactly(1L);
            assertThat(snapshot.memberIds("spend_half=unclassified")).containsExactly(4L);
            assertThat(snapshot.memberIds("rich-lyon")).containsExactly(2L);
            assertThat(live.schema().findAttribute("spend_half")).isPresent();
        }
    }

    @Test
    void should_keep_the_previous_fits_when_a_refit_fails() {
        List<Buyer> start = List.of(new Buyer(1, TODAY, 1, BigDecimal.ONE, "Lyon"),
                new Buyer(2, TODAY, 1, BigDecimal.TEN, "Lyon"));
        MedianSplit failing = new MedianSplit("monetary", "failing", true);
        MedianSplit split = new MedianSplit("monetary", "spend_half", false);
        FittedClassifier failingFit = new MedianSplit.Fitted(failing, 5.0);
        try (LiveSegmentation<Buyer> live = LiveSegmentation.builder(Buyer.SCHEMA).purchases(Buyer.FOLD)
                .classifier(split.fit(valuesById(start))).classifier(failingFit).build(start)) {
            live.append(new Purchase(1, Instant.EPOCH, new BigDecimal(50)));       // 51: high by the held median 1
            LiveSnapshot before = live.snapshot();

            assertThatThrownBy(live::refit).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("always fails");

            live.upsert(new Buyer(3, TODAY, 1, new BigDecimal(2), "Paris"));       // 2 ≥ 1: high, held median
            assertThat(live.snapshot().memberIds("spend_half=high")).containsExactly(1L, 2L, 3L);
            assertThat(live.snapshot().sequence()).isEqualTo(before.sequence() + 2);
        }
    }

    @Test
    void should_refuse_a_classifier_whose_labels_only_a_fit_decides() {
        Classifier open = new Classifier() {
            @Override
            public String type() {
                return "open-labels";
            }

            @Override
            public List<String> inputs() {
                return List.of("monetary");
            }

            @Override
            public String output() {
                return "open";
            }

            @Override
            public Map<String, Object> settings() {
                return Map.of();
            }

            @Override
            public FittedClassifier fit(Iterable<? extends AttributeValues> population) {
                throw new UnsupportedOperationException("not fitted in this test");
            }
        };
        FittedClassifier fitted = new FittedClassifier() {
            @Override
            public Classifier classifier() {
                return open;
            }

            @Override
            public List<String> labels() {
                return List.of(Label.UNCLASSIFIED);
            }

            @Override
            public Label apply(AttributeValues customer) {
                return Label.unclassified("never fitted");
            }

            @Override
            public Map<String, Object> parameters() {
                return Map.of();
            }
        };

        assertThat(open.possibleLabels()).isEqualTo(Optional.empty());
        assertThatThrownBy(() -> LiveSegmentation.builder(Buyer.SCHEMA).classifier(fitted))
                .isInstanceOf(DefinitionException.class).hasMessageContaining("'open-labels'")
                .hasMessageContaining("no fixed set of labels");
    }

    @Test
    void should_refuse_refit_without_a_classifier() {
        try (LiveSegmentation<Buyer> live = LiveSegmentation.builder(Buyer.SCHEMA).build(List.of())) {
            assertThatThrownBy(live::refit).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("classifier(fitted)");
        }
    }
}
