package io.github.segmentkit.campaign.audience;

import io.github.segmentkit.api.result.SegmentationResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.PrimitiveIterator;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Campaign audiences seen as a {@link SegmentationResult} over the customers of the run they were planned from: one
 * "segment" per campaign (its audience) and, when asked for, one per control group named
 * {@code campaign + }{@value #CONTROL_SUFFIX}. segmentation-io's writers then export audiences as they export
 * segments: {@code MembershipRows}/{@code MembershipCsv} and {@code JdbcMembershipWriter} write every campaign's
 * rows, {@code TargetList} one campaign's contact list with chosen attributes.
 *
 * <pre>{@code
 * SegmentationResult byCampaign = AudienceSegmentation.withControls(result, audiences);
 * MembershipCsv.write(MembershipRows.of(byCampaign), LocalDate.of(2024, 5, 1), exportDirectory.resolve("campaigns.csv"));
 * TargetList<Customer> mailing = TargetList.of(schema, List.of("age", "country"));
 * mailing.write(byCampaign, "win-back", customers, exportDirectory.resolve("win-back.csv"));
 * }</pre>
 *
 * <p>Every customer is in at most one segment (audiences and control groups are disjoint); customers in none are
 * the run's unsegmented ones. Building the view reads every row once; {@code isMemberByRow}, {@code segmentsOfRow}
 * and {@code count} are then constant-time, while the member listings and the {@code ById} lookups scan the rows.
 * Immutable and thread-safe.
 */
public final class AudienceSegmentation implements SegmentationResult {
    /** Appended to a campaign's name to name its control group. */
    public static final String CONTROL_SUFFIX = ":control";

    private final SegmentationResult run;
    private final List<String> names;
    private final int[] segmentOfRow;   // -1: in no campaign
    private final int[] counts;
    private final long[] sortedIds;      // the run's ids, ascending, to answer the ById lookups

    private AudienceSegmentation(SegmentationResult run, List<String> names, int[] segmentOfRow, int[] counts,
            long[] sortedIds) {
        this.run = run;
        this.names = names;
        this.segmentOfRow = segmentOfRow;
        this.counts = counts;
        this.sortedIds = sortedIds;
    }

    /**
     * The audiences of {@code audiences}, one segment per campaign, over the customers of {@code run}.
     *
     * @throws IllegalArgumentException naming a customer of an audience that is not a customer of {@code run}
     */
    public static AudienceSegmentation of(SegmentationResult run, CampaignAudiences audiences) {
        return build(run, audiences, false);
    }

    /**
     * The audiences and control groups of {@code audiences}: per campaign a segment named like it, then one named
     * with {@value #CONTROL_SUFFIX} appended.
     *
     * @throws IllegalArgumentException naming a customer of an audience or a control group that is not a customer of
     *                                  {@code run}, or a campaign whose control name is also a campaign's name
     */
    public static AudienceSegmentation withControls(SegmentationResult run, CampaignAudiences audiences) {
        return build(run, audiences, true);
    }

    private static AudienceSegmentation build(SegmentationResult run, CampaignAudiences audiences,
            boolean controls) {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(audiences, "audiences");
        AudiencePlanner.requireUniqueIds(run);
        List<String> names = new ArrayList<>();
        List<CustomerIds> sets = new ArrayList<>();
        for (CampaignAudience campaign : audiences.campaigns()) {
            names.add(campaign.campaign());
            sets.add(campaign.audience());
            if (controls) {
                names.add(campaign.campaign() + CONTROL_SUFFIX);
                sets.add(campaign.control());
            }
        }
        if (names.stream().distinct().count() != names.size()) {
            throw new IllegalArgumentException("the segment names " + names + " repeat: a campaign is named like "
                    + "another campaign's control group");
        }
        int[] segmentOfRow = new int[run.customerCount()];
        int[] counts = new int[names.size()];
        long[] sortedIds = new long[run.customerCount()];
        for (int row = 0; row < segmentOfRow.length; row++) {
            long id = run.customerId(row);
            sortedIds[row] = id;
            segmentOfRow[row] = -1;
            for (int s = 0; s < sets.size() && segmentOfRow[row] < 0; s++) {
                if (sets.get(s).contains(id)) {
                    segmentOfRow[row] = s;
                    counts[s]++;
                }
            }
        }
        Arrays.sort(sortedIds);
        for (int s = 0; s < sets.size(); s++) {
            if (counts[s] != sets.get(s).size()) {
                long stranger = sets.get(s).stream().filter(id -> Arrays.binarySearch(sortedIds, id) < 0)
                        .findFirst().orElseThrow();
                throw new IllegalArgumentException(names.get(s) + " holds customer " + stranger + ", who is not a "
                        + "customer of the segmentation run: plan and export from the same run");
            }
        }
        return new AudienceSegmentation(run, List.copyOf(names), segmentOfRow, counts, sortedIds);
    }

    @Override
    public int customerCount() {
        return segmentOfRow.length;
    }

    @Override
    public List<String> segmentNames() {
        return names;
    }

    @Override
    public int count(String segment) {
        return counts[index(segment)];
    }

    @Override
    public long[] memberIds(String segment) {
        int s = index(segment);
        return rowsOf(s).mapToLong(run::customerId).toArray();
    }

    @Override
    public PrimitiveIterator.OfInt memberRows(String segment) {
        return rowsOf(index(segment)).iterator();
    }

    @Override
    public boolean isMemberByRow(String segment, int row) {
        int s = index(segment);
        Objects.checkIndex(row, segmentOfRow.length);
        return segmentOfRow[row] == s;
    }

    @Override
    public boolean isMemberById(String segment, long customerId) {
        return isMemberByRow(segment, rowOf(customerId));
    }

    @Override
    public long customerId(int row) {
        return run.customerId(row);
    }

    @Override
    public Set<String> segmentsOfRow(int row) {
        int s = segmentOfRow[Objects.checkIndex(row, segmentOfRow.length)];
        return s < 0 ? Set.of() : Set.of(names.get(s));
    }

    @Override
    public Set<String> segmentsOfId(long customerId) {
        return segmentsOfRow(rowOf(customerId));
    }

    @Override
    public int unsegmentedCount() {
        return segmentOfRow.length - Arrays.stream(counts).sum();
    }

    @Override
    public long[] unsegmentedIds() {
        return rowsOf(-1).mapToLong(run::customerId).toArray();
    }

    private IntStream rowsOf(int segment) {
        return IntStream.range(0, segmentOfRow.length).filter(row -> segmentOfRow[row] == segment);
    }

    private int rowOf(long customerId) {
        if (Arrays.binarySearch(sortedIds, customerId) < 0) {
            throw new IllegalArgumentException("no customer of the run has id " + customerId);
        }
        for (int row = 0; row < segmentOfRow.length; row++) {
            if (run.customerId(row) == customerId) {
                return row;
            }
        }
        throw new IllegalStateException("id " + customerId + " is in the run's ids but in none of its rows");
    }

    private int index(String segment) {
        int index = names.indexOf(Objects.requireNonNull(segment, "segment"));
        if (index < 0) {
            throw new IllegalArgumentException("segment '" + segment + "' is not one of the campaigns; they are "
                    + names);
        }
        return index;
    }
}
