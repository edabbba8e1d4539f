package io.github.segmentkit.examples;

import io.github.segmentkit.api.Segmenter;
import io.github.segmentkit.api.result.SegmentationResult;
import io.github.segmentkit.examples.personality.DemoSegments;
import io.github.segmentkit.examples.personality.MarketingCampaignCsv;
import io.github.segmentkit.examples.personality.PersonalityCustomer;
import io.github.segmentkit.examples.personality.PersonalitySchema;
import java.io.PrintStream;
import java.util.List;

/**
 * The {@code demo} command: segments the bundled Customer Personality Analysis dataset (2,240 real customers) with
 * {@link DemoSegments} and prints the table.
 *
 * <pre>{@code
 * SegmentationResult result = DemoCommand.run(System.out);
 * }</pre>
 */
public final class DemoCommand {
    private DemoCommand() {
    }

    /** Segments the bundled dataset, prints the table to {@code out} and returns the result. */
    public static SegmentationResult run(PrintStream out) {
        List<PersonalityCustomer> customers = MarketingCampaignCsv.readBundled();
        Segmenter<PersonalityCustomer> segmenter = Segmenter.builder(PersonalitySchema.SCHEMA)
                .addAll(DemoSegments.ALL)
                .asOf(PersonalitySchema.AS_OF)
                .build();
        SegmentationResult result = segmenter.segment(customers);
        out.println("Customer Personality Analysis: " + customers.size() + " customers, as of "
                + PersonalitySchema.AS_OF);
        out.println();
        out.print(SegmentTable.format(result, DemoSegments.ALL));
        return result;
    }
}
