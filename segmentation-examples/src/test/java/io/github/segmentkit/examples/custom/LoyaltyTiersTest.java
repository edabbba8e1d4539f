package io.github.segmentkit.examples.custom;

import static io.github.segmentkit.definitions.DefinitionsFormat.TEXT;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.Segmenter;
import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.classify.Classifier;
import io.github.segmentkit.api.classify.ClassifierRegistry;
import io.github.segmentkit.api.result.SegmentationResult;
import io.github.segmentkit.api.schema.CustomerSchema;
import io.github.segmentkit.definitions.Definitions;
import io.github.segmentkit.definitions.DefinitionsDocument;
import io.github.segmentkit.examples.personality.MarketingCampaignCsv;
import io.github.segmentkit.examples.personality.PersonalityCustomer;
import io.github.segmentkit.examples.personality.PersonalitySchema;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A user's own classifier, found by name without any change to the library, used in Java and in a definitions file. */
class LoyaltyTiersTest {
    private static final List<PersonalityCustomer> CUSTOMERS = MarketingCampaignCsv.readBundled();

    @Test
    void should_be_found_by_name_and_label_customers_in_criteria() {
        Classifier tiers = ClassifierRegistry.create("loyalty-tier", Map.of("spend", "total_spend",
                "silverSpend", 500, "goldSpend", 1500));
        CustomerSchema<PersonalityCustomer> labelled = PersonalitySchema.SCHEMA.withClassifier(
                tiers.fit(CUSTOMERS.stream().map(PersonalitySchema.SCHEMA::values).toList()));
        SegmentationResult result = Segmenter.builder(labelled)
                .add(Segment.named("gold").where(Attribute.ofCategorical("loyalty_tier").eq("gold")))
                .add(Segment.named("silver").where(Attribute.ofCategorical("loyalty_tier").eq("silver")))
                .add(Segment.named("bronze").where(Attribute.ofCategorical("loyalty_tier").eq("bronze")))
                .build().segment(CUSTOMERS);

        // independent count straight from the records
        assertThat(result.count("gold")).isEqualTo(CUSTOMERS.stream().filter(c -> c.totalSpend() >= 1500).count());
        assertThat(result.count("silver")).isEqualTo(CUSTOMERS.stream()
                .filter(c -> c.totalSpend() >= 500 && c.totalSpend() < 1500).count());
        assertThat(result.count("gold") + result.count("silver") + result.count("bronze")).isEqualTo(CUSTOMERS.size());
    }

    @Test
    void should_work_in_a_definitions_file() {
        DefinitionsDocument document = Definitions.parse("""
                classifier "loyalty-tier" settings {"spend": "total_spend", "goldSpend": 2000}
                segment "gold" where loyalty_tier = "gold"
                """, TEXT, PersonalitySchema.SCHEMA.attributes());

        assertThat(document.classifiers()).containsExactly(new LoyaltyTiers("total_spend", 500, 2000));
        assertThat(Definitions.parse(Definitions.print(document, TEXT), TEXT, PersonalitySchema.SCHEMA.attributes()))
                .isEqualTo(document);
    }
}
