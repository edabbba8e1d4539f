package io.github.segmentkit.examples;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.result.SegmentationResult;
import java.util.List;
import java.util.Locale;

/**
 * Formats a segmentation result as a plain-text table: each segment's count and share of all customers, then the
 * customers in no segment and the total.
 *
 * <pre>{@code
 * System.out.print(SegmentTable.format(result, segments));
 * }</pre>
 */
public final class SegmentTable {
    private SegmentTable() {
    }

    /** The table for {@code result}, with the descriptions of {@code segments}. */
    public static String format(SegmentationResult result, List<Segment> segments) {
        int nameWidth = Math.max(24, segments.stream().mapToInt(s -> s.name().length()).max().orElse(0));
        String row = "%-" + nameWidth + "s %8s %8s  %s%n";
        StringBuilder table = new StringBuilder();
        table.append(String.format(Locale.ROOT, row, "segment", "count", "share", "description"));
        table.append("-".repeat(nameWidth + 20 + 40)).append('\n');
        int total = result.customerCount();
        for (Segment segment : segments) {
            int count = result.count(segment.name());
            table.append(String.format(Locale.ROOT, row, segment.name(), count, share(count, total),
                    segment.description()));
        }
        table.append(String.format(Locale.ROOT, row, "(in no segment)", result.unsegmentedCount(),
                share(result.unsegmentedCount(), total), ""));
        table.append(String.format(Locale.ROOT, row, "(all customers)", total, share(total, total), ""));
        return table.toString();
    }

    private static String share(int count, int total) {
        return total == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * count / total);
    }
}
