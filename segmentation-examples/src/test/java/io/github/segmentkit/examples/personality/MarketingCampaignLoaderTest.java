package io.github.segmentkit.examples.personality;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.io.CustomerMapping;
import io.github.segmentkit.io.CustomerRecord;
import io.github.segmentkit.io.LoadedCustomers;
import io.github.segmentkit.io.csv.CsvCustomerLoader;
import io.github.segmentkit.io.csv.CsvDialect;
import io.github.segmentkit.io.mapping.MappingJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bundled marketing dataset loaded without Java code (the generic loader and the bundled JSON mapping) holds
 * the same customers, value for value, as the example's own typed reader.
 */
class MarketingCampaignLoaderTest {
    @Test
    void should_load_the_bundled_dataset_with_a_json_mapping_as_the_typed_reader_reads_it() throws IOException {
        CustomerMapping mapping;
        try (InputStream in = getClass().getResourceAsStream("/data/marketing_campaign.mapping.json")) {
            mapping = MappingJson.read(in, "marketing_campaign.mapping.json");
        }
        LoadedCustomers loaded;
        try (Reader in = new InputStreamReader(getClass().getResourceAsStream(MarketingCampaignCsv.RESOURCE),
                StandardCharsets.UTF_8)) {
            loaded = CsvCustomerLoader.builder(mapping).dialect(CsvDialect.TSV.withoutQuotes()).build()
                    .loadAll(in, "marketing_campaign.csv");
        }
        List<PersonalityCustomer> typed = MarketingCampaignCsv.readBundled();

        assertThat(loaded.report().read()).isEqualTo(2240).isEqualTo(typed.size());
        assertThat(loaded.report().isClean()).isTrue();
        for (int i = 0; i < typed.size(); i++) {
            PersonalityCustomer expected = typed.get(i);
            CustomerRecord actual = loaded.customers().get(i);
            assertThat(actual.id()).isEqualTo(expected.id());
            assertThat(actual.get("birth_year")).isEqualTo((long) expected.birthYear());
            assertThat(actual.get("education")).isEqualTo(expected.education());
            assertThat(actual.get("marital_status")).isEqualTo(expected.maritalStatus());
            assertThat(actual.get("income")).isEqualTo(expected.income());
            assertThat(actual.get("kids_at_home")).isEqualTo((long) expected.kidsAtHome());
            assertThat(actual.get("teens_at_home")).isEqualTo((long) expected.teensAtHome());
            assertThat(actual.get("customer_since")).isEqualTo(expected.customerSince());
            assertThat(actual.get("days_since_last_purchase")).isEqualTo((long) expected.daysSinceLastPurchase());
            assertThat(actual.get("web_purchases")).isEqualTo((long) expected.webPurchases());
            assertThat(actual.get("web_visits_per_month")).isEqualTo((long) expected.webVisitsPerMonth());
            assertThat(actual.get("responded_last_campaign")).isEqualTo(expected.respondedLastCampaign());
            assertThat(actual.get("complained")).isEqualTo(expected.complained());
        }
        assertThat(loaded.customers().stream().filter(c -> c.get("income") == null).count()).isEqualTo(24);
    }
}
