package io.github.segmentkit.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.Segmenter;
import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.attribute.CategoricalAttribute;
import io.github.segmentkit.api.attribute.LongAttribute;
import io.github.segmentkit.api.result.SegmentationResult;
import io.github.segmentkit.api.schema.CustomerSchema;
import io.github.segmentkit.campaign.audience.AudiencePlanner;
import io.github.segmentkit.campaign.audience.AudienceSegmentation;
import io.github.segmentkit.campaign.audience.CampaignAudience;
import io.github.segmentkit.campaign.audience.CampaignAudiences;
import io.github.segmentkit.campaign.audience.CustomerIds;
import io.github.segmentkit.campaign.audience.SuppressionList;
import io.github.segmentkit.campaign.holdout.HoldOut;
import io.github.segmentkit.campaign.json.CampaignJson;
import io.github.segmentkit.campaign.movement.SegmentMovement;
import io.github.segmentkit.campaign.playbook.Action;
import io.github.segmentkit.campaign.playbook.InvalidPlaybookException;
import io.github.segmentkit.campaign.playbook.Play;
import io.github.segmentkit.campaign.playbook.Playbook;
import io.github.segmentkit.campaign.playbook.PlaybookJson;
import io.github.segmentkit.campaign.response.ConfidenceInterval;
import io.github.segmentkit.campaign.response.ControlComparison;
import io.github.segmentkit.campaign.response.Holm;
import io.github.segmentkit.campaign.response.Outcome;
import io.github.segmentkit.campaign.response.Outcomes;
import io.github.segmentkit.campaign.response.Proportion;
import io.github.segmentkit.campaign.response.ResponseAnalysis;
import io.github.segmentkit.campaign.response.ResponseReport;
import io.github.segmentkit.campaign.response.SegmentResponse;
import io.github.segmentkit.campaign.response.TwoProportionTest;
import io.github.segmentkit.io.membership.MembershipCsv;
import io.github.segmentkit.io.membership.MembershipRows;
import io.github.segmentkit.io.membership.TargetList;
import io.github.segmentkit.io.snapshot.MembershipSnapshot;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The compiled twins of the javadoc examples of segmentation-campaign, each run and checked. */
class CampaignSnippetsTest {
    private static final Logger log = LoggerFactory.getLogger(CampaignSnippetsTest.class);

    /** The customer of the examples: an age and a country. */
    record Customer(long id, long age, String country) {
    }

    static final LongAttribute AGE = Attribute.ofLong("age");
    static final CategoricalAttribute COUNTRY = Attribute.ofCategorical("country");
    static final CustomerSchema<Customer> SCHEMA = CustomerSchema.builder(Customer::id)
            .numeric(AGE, Customer::age).categorical(COUNTRY, Customer::country).build();

    /** Customers 1..200: ages 18..67 by id, every fourth in France. */
    static List<Customer> customers() {
        return LongStream.rangeClosed(1, 200).mapToObj(id -> new Customer(id, 18 + id % 50,
                id % 4 == 0 ? "FR" : "GB")).toList();
    }

    static SegmentationResult segment(List<Customer> customers) {
        return Segmenter.builder(SCHEMA)
                .add(Segment.named("champions").where(AGE.ge(60)))
                .add(Segment.named("at-risk").where(AGE.le(30)))
                .build().segment(customers);
    }

    private static Playbook examplePlaybook() {
        // javadoc: segmentation-campaign/src/main/java/io/github/segmentkit/campaign/playbook/Playbook.java
        Playbook playbook = Playbook.builder()
                .play("champions", Action.of("vip-preview", "email", "tpl-vip-1"), 1)
                .play("at-risk", Action.of("win-back", "email", "tpl-winback-3").withOffer("15% off"), 2)
                .build();
        return playbook;
    }

    @Test
    void should_run_the_playbook_examples() {
        // javadoc: segmentation-campaign/src/main/java/io/github/segmentkit/campaign/playbook/Action.java
        Action winBack = Action.of("win-back-2024-05", "email", "tpl-winback-3").withOffer("15% off");
        assertThat(winBack.offerIfAny()).contains("15% off");

        // javadoc: segmentation-campaign/src/main/java/io/github/segmentkit/campaign/playbook/Play.java
        Play play = new Play("at-risk", Action.of("win-back", "email", "tpl-winback-3"), 2);
        assertThat(play.campaign()).isEqualTo("win-back");

        assertThat(examplePlaybook().plays()).extracting(Play::priority).containsExactly(1, 2);
    }

    @Test
    void should_run_the_playbook_json_example() {
        // javadoc: segmentation-campaign/src/main/java/io/github/segmentkit/campaign/playbook/PlaybookJson.java
        Playbook playbook = PlaybookJson.read("""
                {
                  "formatVersion": 1,
                  "plays": [
                    { "segment": "champions", "priority": 1, "campaign": "vip-preview",
                      "channel": "email", "template": "tpl-vip-1" },
                    { "segment": "at-risk", "priority": 2, "campaign": "win-back",
                      "channel": "email", "template": "tpl-winback-3", "offer": "15% off" }
                  ]
                }
                """, "playbook.json");
        String json = PlaybookJson.write(playbook);   // reads back equal

        assertThat(playbook).isEqualTo(examplePlaybook());
        assertThat(PlaybookJson.read(json, null)).isEqualTo(playbook);
    }

    @Test
    void should_run_the_invalid_playbook_example(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("playbook.json");
        Files.writeString(file, "{\"formatVersion\": 1, \"plays\": [{\"segment\": \"s\"}]}");
        // javadoc: segmentation-campaign/src/main/java/io/github/segmentkit/campaign/playbook/InvalidPlaybookException.java
        try {
            PlaybookJson.read(file);
        } catch (InvalidPlaybookException e) {
            e.problems().forEach(p -> log.error("{}", p));
        }
        assertThatThrownBy(() -> PlaybookJson.read(file)).isInstanceOfSatisfying(InvalidPlaybookException.class,
                e -> assertThat(e.problems()).hasSize(4).first().asString().contains("missing field 'priority'"));
    }

    @Test
    void should_run_the_hold_out_and_ids_examples() {
        // javadoc: segmentation-campaign/src/main/java/io/github/segmentkit/campaign/holdout/HoldOut.java
        HoldOut holdOut = HoldOut.of("spring-2024", 0.10);
        boolean control = holdOut.isControl(42L);           // true: u = 0.080098 < 0.10
        double u = HoldOut.unitValue("spring-2024", 43L);   // 0.370641
        assertThat(control).isTrue();
        assertThat(u).isCloseTo(0.370641, within(5e-7));

        // javadoc: segmentation-campaign/src/main/java/io/github/segmentkit/campaign/audience/CustomerIds.java
        CustomerIds optedOut = CustomerIds.of(17L, 42L, 3L);
        boolean out = optedOut.contains(42L);   // true
        long[] ascending = optedOut.toArray();  // [3, 17, 42]
        assertThat(out).isTrue();
        assertThat(ascending).containsExactly(3, 17, 42);
    }

    @Test
    void should_run_the_suppression_list_example() {
        // javadoc: segmentation-campaign/src/main/java/io/github/segmentkit/campaign/audience/SuppressionList.java
        SuppressionList optedOut = SuppressionList.of("opted-out", CustomerIds.of(17L, 42L));
        SuppressionList contacted = SuppressionList.of("contacted-last-30-days", CustomerIds.of(3L));
        assertThat(optedOut.customers().size() + contacted.customers().size()).isEqualTo(3);
    }

    @Test
    void should_run_the_audience_examples(@TempDir Path exportDirectory) throws IOException {
        List<Customer> customers = customers();
        SegmentationResult result = segment(customers);
        Playbook playbook = examplePlaybook();
        CustomerIds optedOutIds = CustomerIds.of(1, 2, 3);
        CustomerIds recentlyContactedIds = CustomerIds.of(4, 5);
        CustomerSchema<Customer> schema = SCHEMA;

        // javadoc: segmentation-campaign/src/main/java/io/github/segmentkit/campaign/audience/AudiencePlanner.java
        CampaignAudiences audiences = AudiencePlanner.of(playbook)
                .suppress(SuppressionList.of("opted-out", optedOutIds))
                .suppress(SuppressionList.of("contacted-last-30-days", recentlyContactedIds))
                .holdOut(HoldOut.of("spring-2024", 0.10))
                .plan(result);

        // javadoc: segmentation-campaign/src/main/java/io/github/segmentkit/campaign/audience/CampaignAudience.java
        CampaignAudience winBack = audiences.campaign("win-back");
        long contacted = winBack.audience().size();
        long optedOut = winBack.suppressed().get("opted-out");
        // at-risk is ages 18..30: ids with id % 50 in 0..12; 1, 2 and 3 among them are opted out
        assertThat(optedOut).isEqualTo(3);
        assertThat(contacted + winBack.control().size() + winBack.suppressedTotal()).isEqualTo(result.count("at-risk"));

        // javadoc: segmentation-campaign/src/main/java/io/github/segmentkit/campaign/audience/AudienceSegmentation.java
        SegmentationResult byCampaign = AudienceSegmentation.withControls(result, audiences);
        MembershipCsv.write(MembershipRows.of(byCampaign), LocalDate.of(2024, 5, 1), exportDirectory.resolve("campaigns.csv"));
        TargetList<Customer> mailing = TargetList.of(schema, List.of("age", "country"));
        mailing.write(byCampaign, "win-back", customers, exportDirectory.resolve("win-back.csv"));

        assertThat(Files.readAllLines(exportDirectory.resolve("win-back.csv"))).hasSize((int) contacted + 1)
                .first().isEqualTo("customer_id,age,country");
        assertThat(Files.readAllLines(exportDirectory.resolve("campaigns.csv"))).hasSize(byCampaign.customerCount()
                - byCampaign.unsegmentedCount() + 1);
    }

    @Test
    void should_run_the_audiences_loop_example() {
        SegmentationResult result = segment(customers());
        Playbook playbook = examplePlaybook();
        // javadoc: segmentation-campaign/src/main/java/io/github/segmentkit/campaign/audience/CampaignAudiences.java
        CampaignAudiences audiences = AudiencePlanner.of(playbook).holdOut(HoldOut.of("spring-2024", 0.10)).plan(result);
        for (CampaignAudience campaign : audiences.campaigns()) {
            log.info("{}: {} to contact, {} held out", campaign.campaign(), campaign.audience().size(),
                    campaign.control().size());
        }
        assertThat(audiences.campaignNames()).containsExactly("vip-preview", "win-back");
    }

    @Test
    void should_run_the_response_examples() {
        SegmentationResult result = segment(customers());
        CampaignAudiences audiences = AudiencePlanner.of(examplePlaybook())
                .holdOut(HoldOut.of("spring-2024", 0.3)).plan(result);
        List<Outcome> given = new ArrayList<>();
        for (CampaignAudience campaign : audiences.campaigns()) {
            campaign.audience().stream().forEach(id -> given.add(new Outcome(id, true, id % 3 == 0,
                    id % 3 == 0 ? new BigDecimal("10.00") : BigDecimal.ZERO)));
            campaign.control().stream().forEach(id -> given.add(Outcome.of(id, false, id % 5 == 0)));
        }
        Outcomes outcomes = Outcomes.of(given);

        // javadoc: segmentation-campaign/src/main/java/io/github/segmentkit/campaign/response/ResponseAnalysis.java
        ResponseReport perSegment = ResponseAnalysis.bySegment(result, outcomes);
        ResponseReport perCampaign = ResponseAnalysis.byCampaign(audiences, outcomes);
        assertThat(perSegment.rows()).extracting(SegmentResponse::name).containsExactly("champions", "at-risk");
        assertThat(perCampaign.rows()).extracting(SegmentResponse::name).containsExactly("vip-preview", "win-back");

        // javadoc: segmentation-campaign/src/main/java/io/github/segmentkit/campaign/response/ResponseReport.java
        ResponseReport report = ResponseAnalysis.byCampaign(audiences, outcomes);
        for (SegmentResponse row : report.rows()) {
            log.info("{}: {} of {}", row.name(), row.response().successes(), row.response().trials());
        }

        SegmentResponse winBackRow;
        {
            // javadoc: segmentation-campaign/src/main/java/io/github/segmentkit/campaign/response/SegmentResponse.java
            SegmentResponse row = report.row("win-back");
            double rate = row.response().rate().orElseThrow();
            ConfidenceInterval interval = row.wilson95().orElseThrow();
            BigDecimal perContact = row.revenuePerContacted().orElseThrow();
            assertThat(interval.contains(rate)).isTrue();
            assertThat(perContact).isEqualByComparingTo(BigDecimal.TEN.multiply(BigDecimal.valueOf(rate)));
            winBackRow = row;
        }
        {
            SegmentResponse row = winBackRow;
            // javadoc: segmentation-campaign/src/main/java/io/github/segmentkit/campaign/response/ControlComparison.java
            ControlComparison versus = row.controlComparison().orElseThrow();
            double lift = versus.test().lift().orElseThrow();
            boolean significant = versus.adjustedPValue() < 0.05;
            assertThat(lift).isPositive();
            assertThat(significant).isEqualTo(versus.adjustedPValue() < 0.05);
        }

        SegmentMovement movement = SegmentMovement.between(MembershipSnapshot.of(result),
                MembershipSnapshot.of(result));
        // javadoc: segmentation-campaign/src/main/java/io/github/segmentkit/campaign/json/CampaignJson.java
        String audiencesJson = CampaignJson.write(audiences);
        String responseJson = CampaignJson.write(report);
        String movementJson = CampaignJson.write(movement);
        assertThat(audiencesJson).contains("\"campaign\" : \"win-back\"");
        assertThat(responseJson).contains("\"adjustedPValue\"");
        assertThat(movementJson).contains("\"counts\"");
    }

    @Test
    void should_run_the_statistics_examples() {
        {
            // javadoc: segmentation-campaign/src/main/java/io/github/segmentkit/campaign/response/Proportion.java
            Proportion responders = Proportion.of(12, 80);
            double rate = responders.rate().orElseThrow();                           // 0.15
            ConfidenceInterval interval = responders.wilson95().orElseThrow();       // [0.0879, 0.2441]
            assertThat(rate).isEqualTo(0.15);
            assertThat(interval.low()).isCloseTo(0.0879, within(5e-5));
        }

        {
            // javadoc: segmentation-campaign/src/main/java/io/github/segmentkit/campaign/response/ConfidenceInterval.java
            ConfidenceInterval interval = Proportion.of(12, 80).wilson95().orElseThrow();   // [0.0879, 0.2441]
            boolean covers = interval.contains(0.15);   // true
            assertThat(covers).isTrue();
            assertThat(interval.contains(0.2442)).isFalse();
        }

        // javadoc: segmentation-campaign/src/main/java/io/github/segmentkit/campaign/response/TwoProportionTest.java
        TwoProportionTest test = TwoProportionTest.of(Proportion.of(30, 200), Proportion.of(10, 100));
        double lift = test.lift().orElseThrow();   // 1.5
        double z = test.z();                       // 1.200961
        double p = test.pValue();                  // 0.229766
        assertThat(lift).isCloseTo(1.5, within(1e-12));
        assertThat(z).isCloseTo(1.200961, within(5e-7));
        assertThat(p).isCloseTo(0.229766, within(5e-7));

        // javadoc: segmentation-campaign/src/main/java/io/github/segmentkit/campaign/response/Holm.java
        double[] adjusted = Holm.adjust(new double[] {0.01, 0.04, 0.03, 0.005});   // {0.03, 0.06, 0.06, 0.02}
        assertThat(adjusted).containsExactly(new double[] {0.03, 0.06, 0.06, 0.02}, within(1e-15));
    }

    @Test
    void should_run_the_outcome_examples() {
        // javadoc: segmentation-campaign/src/main/java/io/github/segmentkit/campaign/response/Outcome.java
        Outcome bought = new Outcome(42L, true, true, new BigDecimal("59.90"));
        Outcome ignored = Outcome.of(43L, true, false);
        assertThat(bought.revenue()).isEqualByComparingTo("59.90");
        assertThat(ignored.revenue()).isZero();

        // javadoc: segmentation-campaign/src/main/java/io/github/segmentkit/campaign/response/Outcomes.java
        Outcomes outcomes = Outcomes.of(List.of(Outcome.of(42L, true, true), Outcome.of(43L, true, false)));
        boolean responded = outcomes.of(42L).responded();   // true
        assertThat(responded).isTrue();
        assertThat(outcomes.of(7L).contacted()).isFalse();
    }

    @Test
    void should_run_the_movement_example() {
        List<Customer> march = customers();
        List<Customer> april = march.stream().map(c -> new Customer(c.id(), c.age() + 1, c.country())).toList();
        SegmentationResult marchRun = segment(march);
        SegmentationResult aprilRun = segment(april);
        assertThatThrownBy(() -> SegmentMovement.between(MembershipSnapshot.of(marchRun),
                MembershipSnapshot.of(marchRun)).count("x", "y")).isInstanceOf(IllegalArgumentException.class);
        {
            SegmentationResult march2 = marchRun;
            SegmentationResult april2 = aprilRun;
            movementExample(march2, april2);
        }
    }

    private static void movementExample(SegmentationResult march, SegmentationResult april) {
        // javadoc: segmentation-campaign/src/main/java/io/github/segmentkit/campaign/movement/SegmentMovement.java
        SegmentMovement movement = SegmentMovement.between(MembershipSnapshot.of(march), MembershipSnapshot.of(april));
        long slipped = movement.count("champions", "at-risk");
        double share = movement.rowShare("champions", "at-risk").orElse(0);   // of March's champions
        // a year older, nobody drops from 60+ to 30 or less; ages 59 become champions
        assertThat(slipped).isZero();
        assertThat(share).isZero();
        assertThat(movement.count(io.github.segmentkit.io.snapshot.MigrationMatrix.UNSEGMENTED, "champions"))
                .isEqualTo(4);
    }

    @Test
    void should_run_the_campaigns_page_example(@TempDir Path directory) throws IOException {
        List<Customer> customers = customers();
        SegmentationResult result = segment(customers);
        Path playbookFile = Files.writeString(directory.resolve("spring.playbook.json"),
                PlaybookJson.write(examplePlaybook()));
        Path exportFile = directory.resolve("spring-audiences.csv");
        CustomerIds optedOut = CustomerIds.of(7, 8);
        LocalDate today = LocalDate.of(2024, 3, 31);
        List<Outcome> outcomes = List.of(Outcome.of(1, true, true));

        // javadoc: docs/campaigns.md
        Playbook playbook = PlaybookJson.read(playbookFile);   // or Playbook.builder()...build()
        CampaignAudiences audiences = AudiencePlanner.of(playbook)
                .suppress(SuppressionList.of("opted-out", optedOut))
                .holdOut(HoldOut.of("spring-2024", 0.10))
                .plan(result);
        SegmentationResult byCampaign = AudienceSegmentation.withControls(result, audiences);
        MembershipCsv.write(MembershipRows.of(byCampaign), today, exportFile);
        // weeks later, with what happened to each customer
        ResponseReport report = ResponseAnalysis.byCampaign(audiences, Outcomes.of(outcomes));
        String json = CampaignJson.write(report);

        assertThat(Files.readAllLines(exportFile).get(0)).isEqualTo("customer_id,segment,as_of");
        assertThat(json).contains("\"name\" : \"vip-preview\"");
        assertThat(audiences.campaign("win-back").suppressed().get("opted-out")).isEqualTo(2);
    }
}
