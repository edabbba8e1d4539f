package io.github.segmentkit.insight.profile;

import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.attribute.AttributeKind;
import io.github.segmentkit.api.result.SegmentationResult;
import io.github.segmentkit.core.engine.ColumnValues;
import io.github.segmentkit.core.engine.CustomerTable;
import io.github.segmentkit.insight.internal.Members;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.roaringbitmap.PeekableIntIterator;
import org.roaringbitmap.RoaringBitmap;

/**
 * Profiles every segment of a segmentation result in one pass over each column of the table segmented: each
 * column is decoded once and read for all segments (and the population) together, never re-read per segment.
 *
 * <ul>
 * <li>Whole-number and double attributes: {@link NumericProfile} (count, missing, mean, type-7 quartiles, index
 * against the population mean).</li>
 * <li>Categorical, yes/no and tags attributes: {@link CategoryProfile} (missing, the top values with share and
 * lift).</li>
 * <li>Dates, timestamps and geo points are not profiled.</li>
 * </ul>
 *
 * <pre>{@code
 * RoaringSegmentationResult result = ColumnarSegmenter.of(segmenter).segment(table);
 * ProfileReport report = Profiler.withTopValues(3).profile(table, result);
 * }</pre>
 *
 * <p>Memory: one decoded column at a time (8 bytes per customer) plus the values of each segment's members being
 * sorted for the exact quartiles (8 bytes per membership). Immutable and thread-safe.
 */
public final class Profiler {
    /** The number of top values per attribute unless chosen otherwise. */
    public static final int DEFAULT_TOP_VALUES = 5;

    private final int topValues;

    private Profiler(int topValues) {
        this.topValues = topValues;
    }

    /** A profiler keeping {@value #DEFAULT_TOP_VALUES} top values per categorical attribute. */
    public static Profiler create() {
        return new Profiler(DEFAULT_TOP_VALUES);
    }

    /**
     * A profiler keeping {@code topValues} top values per categorical attribute.
     *
     * @throws IllegalArgumentException when {@code topValues} is below 1
     */
    public static Profiler withTopValues(int topValues) {
        if (topValues < 1) {
            throw new IllegalArgumentException("topValues must be at least 1, got " + topValues);
        }
        return new Profiler(topValues);
    }

    /**
     * Profiles every segment of {@code result}, which must come from segmenting {@code table} (rows are matched by
     * position).
     *
     * @throws IllegalArgumentException when the result's customer count differs from the table's row count
     */
    public ProfileReport profile(CustomerTable<?> table, SegmentationResult result) {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(result, "result");
        if (result.customerCount() != table.rowCount()) {
            throw new IllegalArgumentException("the result has " + result.customerCount()
                    + " customers but the table has " + table.rowCount() + " rows: it is not this table's result");
        }
        int n = table.rowCount();
        List<String> names = result.segmentNames();
        int segmentCount = names.size();
        RoaringBitmap[] members = new RoaringBitmap[segmentCount + 1];
        for (int s = 0; s < segmentCount; s++) {
            members[s] = Members.of(result, names.get(s));
        }
        members[segmentCount] = RoaringBitmap.bitmapOfRange(0, n);   // the population, profiled like a segment

        List<List<NumericProfile>> numeric = new ArrayList<>();
        List<List<CategoryProfile>> categories = new ArrayList<>();
        for (int s = 0; s <= segmentCount; s++) {
            numeric.add(new ArrayList<>());
            categories.add(new ArrayList<>());
        }
        for (Attribute attribute : table.schema().attributes()) {
            AttributeKind kind = attribute.kind();
            ColumnValues column = ColumnValues.of(table, attribute.name());
            if (kind == AttributeKind.LONG || kind == AttributeKind.DOUBLE) {
                NumericProfile[] profiles = numericProfiles(attribute.name(), column.doubles(), members);
                for (int s = 0; s <= segmentCount; s++) {
                    numeric.get(s).add(profiles[s]);
                }
            } else if (kind == AttributeKind.CATEGORICAL || kind == AttributeKind.BOOLEAN
                    || kind == AttributeKind.TAGS) {
                CategoryProfile[] profiles = categoryProfiles(column, members);
                for (int s = 0; s <= segmentCount; s++) {
                    categories.get(s).add(profiles[s]);
                }
            }
        }
        List<SegmentProfile> segments = new ArrayList<>();
        for (int s = 0; s < segmentCount; s++) {
            segments.add(segmentProfile(names.get(s), members[s], n, numeric.get(s), categories.get(s)));
        }
        SegmentProfile population = segmentProfile(ProfileReport.POPULATION, members[segmentCount], n,
                numeric.get(segmentCount), categories.get(segmentCount));
        int[][] counts = new int[segmentCount][segmentCount];
        for (int a = 0; a < segmentCount; a++) {
            for (int b = a; b < segmentCount; b++) {
                counts[a][b] = RoaringBitmap.andCardinality(members[a], members[b]);
                counts[b][a] = counts[a][b];
            }
        }
        return new ProfileReport(n, population, segments, new Overlap(names, counts));
    }

    private static SegmentProfile segmentProfile(String name, RoaringBitmap rows, int customers,
            List<NumericProfile> numeric, List<CategoryProfile> categories) {
        int size = rows.getCardinality();
        return new SegmentProfile(name, size, customers == 0 ? Double.NaN : (double) size / customers, numeric,
                categories);
    }

    /** The profiles of one numeric column for each segment, the population last. */
    private static NumericProfile[] numericProfiles(String attribute, double[] values, RoaringBitmap[] members) {
        int last = members.length - 1;
        NumericProfile[] profiles = new NumericProfile[members.length];
        double[] buffer = new double[0];
        double populationMean = Double.NaN;
        // the population first, so that each segment's index can be computed against its mean
        for (int k = 0; k < members.length; k++) {
            int s = k == 0 ? last : k - 1;
            RoaringBitmap rows = members[s];
            if (buffer.length < rows.getCardinality()) {
                buffer = new double[rows.getCardinality()];
            }
            int count = 0;
            PeekableIntIterator it = rows.getIntIterator();
            while (it.hasNext()) {
                double value = values[it.next()];
                if (!Double.isNaN(value)) {
                    buffer[count++] = value;
                }
            }
            double sum = 0;
            for (int i = 0; i < count; i++) {
                sum += buffer[i];
            }
            double mean = count == 0 ? Double.NaN : sum / count;
            if (s == last) {
                populationMean = mean;
            }
            double index = populationMean == 0 ? Double.NaN : mean / populationMean * 100.0;
            double[] quartiles = Quantiles.quartiles(buffer, count);
            profiles[s] = new NumericProfile(attribute, count, rows.getCardinality() - count, mean, quartiles[0],
                    quartiles[1], quartiles[2], index);
        }
        return profiles;
    }

    /** The profiles of one categorical, yes/no or tags column for each segment, the population last. */
    private CategoryProfile[] categoryProfiles(ColumnValues column, RoaringBitmap[] members) {
        List<String> dictionary = column.dictionary();
        RoaringBitmap missing = Members.ofWords(column.missingRows());
        int[][] counts = new int[members.length][];
        if (column.attribute().kind() == AttributeKind.TAGS) {
            for (int s = 0; s < members.length; s++) {
                counts[s] = new int[dictionary.size()];
            }
            for (int code = 0; code < dictionary.size(); code++) {
                RoaringBitmap holders = Members.ofWords(column.rowsWithTag(code));
                for (int s = 0; s < members.length; s++) {
                    counts[s][code] = RoaringBitmap.andCardinality(members[s], holders);
                }
            }
        } else {
            int[] codes = column.codes();
            for (int s = 0; s < members.length; s++) {
                int[] segmentCounts = new int[dictionary.size()];
                PeekableIntIterator it = members[s].getIntIterator();
                while (it.hasNext()) {
                    int code = codes[it.next()];
                    if (code >= 0) {
                        segmentCounts[code]++;
                    }
                }
                counts[s] = segmentCounts;
            }
        }
        int last = members.length - 1;
        int populationSize = members[last].getCardinality();
        CategoryProfile[] profiles = new CategoryProfile[members.length];
        for (int s = 0; s < members.length; s++) {
            int size = members[s].getCardinality();
            int[] segmentCounts = counts[s];
            List<ValueShare> top = new ArrayList<>();
            Integer[] order = new Integer[dictionary.size()];
            for (int code = 0; code < order.length; code++) {
                order[code] = code;
            }
            Arrays.sort(order, (a, b) -> segmentCounts[a] != segmentCounts[b]
                    ? Integer.compare(segmentCounts[b], segmentCounts[a])
                    : dictionary.get(a).compareTo(dictionary.get(b)));
            for (int i = 0; i < order.length && top.size() < topValues && segmentCounts[order[i]] > 0; i++) {
                int code = order[i];
                double share = (double) segmentCounts[code] / size;
                double populationShare = (double) counts[last][code] / populationSize;
                top.add(new ValueShare(dictionary.get(code), segmentCounts[code], share, share / populationShare));
            }
            profiles[s] = new CategoryProfile(column.attribute().name(), column.attribute().kind(),
                    RoaringBitmap.andCardinality(members[s], missing), top);
        }
        return profiles;
    }
}
