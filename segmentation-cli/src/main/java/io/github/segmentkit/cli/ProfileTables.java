package io.github.segmentkit.cli;

import io.github.segmentkit.insight.profile.CategoryProfile;
import io.github.segmentkit.insight.profile.NumericProfile;
import io.github.segmentkit.insight.profile.Overlap;
import io.github.segmentkit.insight.profile.ProfileReport;
import io.github.segmentkit.insight.profile.SegmentProfile;
import io.github.segmentkit.insight.profile.ValueShare;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A {@link ProfileReport} as four text tables, each under a title: sizes, numeric attributes, top values, overlap.
 * The population comes first in the first three, as the reference each segment is read against. Figures that are
 * not defined (the mean of an attribute a segment has no value of, say) print as {@code -}.
 *
 * <pre>{@code
 * ProfileTables.print(Profiler.create().profile(table, result), out);
 * }</pre>
 */
final class ProfileTables {
    private static final String UNDEFINED = "-";

    private ProfileTables() {
    }

    /** Prints the tables of {@code report}. */
    static void print(ProfileReport report, PrintWriter out) {
        List<SegmentProfile> profiles = new ArrayList<>();
        profiles.add(report.population());
        profiles.addAll(report.segments());

        out.println(String.format(Locale.ROOT, "Sizes (%,d customers)", report.customers()));
        TextTable sizes = new TextTable("segment", "customers", "share");
        for (SegmentProfile profile : profiles) {
            sizes.row(profile.segment(), grouped(profile.size()), percent(profile.share()));
        }
        sizes.print(out, OutputFormat.TABLE);

        out.println();
        out.println("Numeric attributes (quartiles of type 7; index = segment mean / population mean x 100)");
        TextTable numeric = new TextTable("segment", "attribute", "count", "missing", "mean", "q1", "median", "q3",
                "index").leftAligned(2);
        for (SegmentProfile profile : profiles) {
            for (NumericProfile n : profile.numeric()) {
                numeric.row(profile.segment(), n.attribute(), grouped(n.count()), grouped(n.missing()),
                        decimal(n.mean()), decimal(n.q1()), decimal(n.median()), decimal(n.q3()), index(n.index()));
            }
        }
        numeric.print(out, OutputFormat.TABLE);

        out.println();
        out.println("Top values (share of the segment; lift = share / population share; missing: customers "
                + "without a value)");
        TextTable values = new TextTable("segment", "attribute", "value", "customers", "share", "lift",
                "missing").leftAligned(3);
        for (SegmentProfile profile : profiles) {
            for (CategoryProfile c : profile.categories()) {
                if (c.top().isEmpty()) {
                    values.row(profile.segment(), c.attribute(), UNDEFINED, "", "", "", grouped(c.missing()));
                }
                for (ValueShare value : c.top()) {
                    values.row(profile.segment(), c.attribute(), value.value(), grouped(value.count()),
                            percent(value.share()), decimal(value.lift()), grouped(c.missing()));
                }
            }
        }
        values.print(out, OutputFormat.TABLE);

        out.println();
        out.println("Overlap (customers in both segments; Jaccard = both / either)");
        Overlap overlap = report.overlap();
        TextTable pairs = new TextTable("segment", "other segment", "both", "jaccard").leftAligned(2);
        List<String> names = overlap.segments();
        for (int a = 0; a < names.size(); a++) {
            for (int b = a + 1; b < names.size(); b++) {
                pairs.row(names.get(a), names.get(b), grouped(overlap.count(names.get(a), names.get(b))),
                        String.format(Locale.ROOT, "%.3f", overlap.jaccard(names.get(a), names.get(b))));
            }
        }
        pairs.print(out, OutputFormat.TABLE);
    }

    private static String grouped(long n) {
        return TextTable.number(n, OutputFormat.TABLE);
    }

    private static String percent(double share) {
        return Double.isNaN(share) ? UNDEFINED : String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }

    private static String decimal(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.2f", value) : UNDEFINED;
    }

    private static String index(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.0f", value) : UNDEFINED;
    }
}
