package io.github.segmentkit.examples.families;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.examples.personality.MarketingCampaignCsv;
import io.github.segmentkit.examples.personality.PersonalityCustomer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class BehavioralExampleTest {

    @Test
    void should_band_web_purchases_as_an_independent_count_does_and_cluster_everyone() {
        BehavioralExample.Report report = BehavioralExample.run(new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8));
        List<PersonalityCustomer> customers = MarketingCampaignCsv.readBundled();

        assertThat(report.webBuyers().count("never")).isEqualTo(count(customers, 0, 1));
        assertThat(report.webBuyers().count("occasional")).isEqualTo(count(customers, 1, 4));
        assertThat(report.webBuyers().count("regular")).isEqualTo(count(customers, 4, 8));
        assertThat(report.webBuyers().count("frequent")).isEqualTo(count(customers, 8, Integer.MAX_VALUE));
        assertThat(report.clusters().total()).isEqualTo(customers.size());
        assertThat(report.k()).isBetween(2, 10);
        assertThat(report.silhouette()).isBetween(-1.0, 1.0);
    }

    private static long count(List<PersonalityCustomer> customers, int from, int to) {
        return customers.stream().filter(c -> c.webPurchases() >= from && c.webPurchases() < to).count();
    }
}
