package io.github.segmentkit.campaign.audience;

import static io.github.segmentkit.campaign.audience.AudiencePlannerTest.BROAD;
import static io.github.segmentkit.campaign.audience.AudiencePlannerTest.LOW;
import static io.github.segmentkit.campaign.audience.AudiencePlannerTest.PLANNER;
import static io.github.segmentkit.campaign.audience.AudiencePlannerTest.TOP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.segmentkit.api.result.SegmentationResult;
import io.github.segmentkit.campaign.Runs;
import io.github.segmentkit.campaign.Runs.Scored;
import io.github.segmentkit.io.membership.JdbcMembershipWriter;
import io.github.segmentkit.io.membership.MembershipCsv;
import io.github.segmentkit.io.membership.MembershipRows;
import io.github.segmentkit.io.membership.MembershipTable;
import io.github.segmentkit.io.membership.TableReplacement;
import io.github.segmentkit.io.membership.TargetList;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Audiences exported through segmentation-io's writers, unchanged, via the SegmentationResult view. */
class AudienceSegmentationTest {
    private final List<Scored> customers = Runs.customers(20);
    private final SegmentationResult run = Runs.segment(customers, TOP, BROAD, LOW);
    private final CampaignAudiences audiences = PLANNER.plan(run);

    @Test
    void should_write_every_campaign_and_control_group_as_membership_csv() throws IOException {
        // from AudiencePlannerTest: top-preview 11, 14..20 (control 10); broad-mailing 9 (control 5, 8)
        SegmentationResult byCampaign = AudienceSegmentation.withControls(run, audiences);
        StringBuilder csv = new StringBuilder();

        long written = MembershipCsv.write(MembershipRows.of(byCampaign), LocalDate.of(2024, 5, 1), csv);

        assertThat(written).isEqualTo(12);
        assertThat(csv.toString().lines().toList()).containsExactly("customer_id,segment,as_of",
                "11,top-preview,2024-05-01", "14,top-preview,2024-05-01", "15,top-preview,2024-05-01",
                "16,top-preview,2024-05-01", "17,top-preview,2024-05-01", "18,top-preview,2024-05-01",
                "19,top-preview,2024-05-01", "20,top-preview,2024-05-01",
                "10,top-preview:control,2024-05-01",
                "9,broad-mailing,2024-05-01",
                "5,broad-mailing:control,2024-05-01", "8,broad-mailing:control,2024-05-01");
    }

    @Test
    void should_replace_the_campaign_rows_of_a_database_table() throws SQLException {
        // H2's own JdbcDataSource needs java.naming, which this module does not read: a DriverManager-backed data
        // source is all the writer asks of one
        DataSource dataSource = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        return DriverManager.getConnection("jdbc:h2:mem:audiences;DB_CLOSE_DELAY=-1", "sa", "");
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        MembershipTable table = MembershipTable.named("campaign_membership");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(table.createTableStatement());
        }

        TableReplacement done = JdbcMembershipWriter.to(dataSource, table)
                .replace(MembershipRows.of(AudienceSegmentation.withControls(run, audiences)), LocalDate.of(2024, 5, 1));

        assertThat(done.inserted()).isEqualTo(12);
        List<String> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT * FROM " + table.qualifiedName()
                        + " ORDER BY 2, 1")) {
            while (result.next()) {
                rows.add(result.getLong(1) + " " + result.getString(2) + " " + result.getDate(3));
            }
        }
        assertThat(rows).containsExactly("9 broad-mailing 2024-05-01", "5 broad-mailing:control 2024-05-01",
                "8 broad-mailing:control 2024-05-01", "11 top-preview 2024-05-01", "14 top-preview 2024-05-01",
                "15 top-preview 2024-05-01", "16 top-preview 2024-05-01", "17 top-preview 2024-05-01",
                "18 top-preview 2024-05-01", "19 top-preview 2024-05-01", "20 top-preview 2024-05-01",
                "10 top-preview:control 2024-05-01");
    }

    @Test
    void should_answer_as_a_segmentation_result_over_the_run_s_customers() {
        SegmentationResult byCampaign = AudienceSegmentation.of(run, audiences);

        assertThat(byCampaign.segmentNames()).containsExactly("top-preview", "broad-mailing");
        assertThat(byCampaign.customerCount()).isEqualTo(20);
        assertThat(byCampaign.count("top-preview")).isEqualTo(8);
        assertThat(byCampaign.memberIds("broad-mailing")).containsExactly(9);
        assertThat(byCampaign.isMemberById("top-preview", 20)).isTrue();
        assertThat(byCampaign.isMemberByRow("top-preview", 9)).as("row 9 is customer 10, held out").isFalse();
        assertThat(byCampaign.segmentsOfId(9)).containsExactly("broad-mailing");
        assertThat(byCampaign.segmentsOfId(10)).isEmpty();
        assertThat(byCampaign.unsegmentedCount()).isEqualTo(11);
        assertThat(byCampaign.unsegmentedIds()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 13);
        assertThatThrownBy(() -> byCampaign.isMemberById("top-preview", 99))
                .hasMessage("no customer of the run has id 99");
        assertThatThrownBy(() -> byCampaign.count("top"))
                .hasMessage("segment 'top' is not one of the campaigns; they are [top-preview, broad-mailing]");
    }

    @Test
    void should_export_one_campaign_as_a_target_list_with_attributes() throws IOException {
        StringBuilder csv = new StringBuilder();

        long written = TargetList.of(Runs.SCHEMA, List.of("score"))
                .write(AudienceSegmentation.of(run, audiences), "broad-mailing", customers, csv);

        assertThat(written).isEqualTo(1);
        assertThat(csv.toString().lines().toList()).containsExactly("customer_id,score", "9,9");
    }

    @Test
    void should_refuse_audiences_planned_from_another_run() {
        SegmentationResult smaller = Runs.segment(Runs.customers(15), TOP, BROAD, LOW);

        assertThatThrownBy(() -> AudienceSegmentation.of(smaller, audiences))
                .hasMessage("top-preview holds customer 16, who is not a customer of the segmentation run: plan "
                        + "and export from the same run");
    }
}
