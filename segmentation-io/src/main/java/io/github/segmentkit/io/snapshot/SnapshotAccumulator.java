package io.github.segmentkit.io.snapshot;

import io.github.segmentkit.api.Segment;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.roaringbitmap.longlong.Roaring64Bitmap;

/**
 * Collects membership rows read from a file or a table into bitmaps, refusing what a run's memberships cannot hold:
 * a customer twice in a segment, a customer both unsegmented and in a segment, rows of two dates, an invalid segment
 * name, more segments than {@link SnapshotReader#MAX_SEGMENTS}.
 */
final class SnapshotAccumulator {
    private final String source;
    private final String unsegmentedLabel;
    private final Roaring64Bitmap population = new Roaring64Bitmap();
    private final Roaring64Bitmap labelled = new Roaring64Bitmap();
    private final Map<String, Roaring64Bitmap> segments = new LinkedHashMap<>();
    private LocalDate date;
    private String datePlace;

    SnapshotAccumulator(String source, String unsegmentedLabel) {
        this.source = source;
        this.unsegmentedLabel = unsegmentedLabel;
    }

    /**
     * Adds one row.
     *
     * @param place where the row is, for messages ("march.csv, line 7")
     * @param asOf  the row's date, or {@code null} when the source has none
     */
    void add(String place, long customerId, String segment, LocalDate asOf) {
        checkSegment(place, segment);
        checkDate(place, asOf);
        if (segment.equals(unsegmentedLabel)) {
            if (labelled.contains(customerId)) {
                throw new MembershipReadException(place, "customer " + customerId + " is listed twice as '"
                        + segment + "'");
            }
            if (population.contains(customerId)) {
                throw new MembershipReadException(place, "customer " + customerId + " is listed as '" + segment
                        + "' (the unsegmented label) but also in segment '" + segmentOf(customerId) + "'");
            }
            labelled.addLong(customerId);
        } else {
            if (labelled.contains(customerId)) {
                throw new MembershipReadException(place, "customer " + customerId + " is listed in segment '"
                        + segment + "' but also as '" + unsegmentedLabel + "' (the unsegmented label)");
            }
            Roaring64Bitmap members = segments.get(segment);
            if (members == null) {
                if (segments.size() == SnapshotReader.MAX_SEGMENTS) {
                    throw new MembershipReadException(place, "segment '" + segment + "' would be segment number "
                            + (SnapshotReader.MAX_SEGMENTS + 1) + ", more than the " + SnapshotReader.MAX_SEGMENTS
                            + " a snapshot holds");
                }
                members = new Roaring64Bitmap();
                segments.put(segment, members);
            } else if (members.contains(customerId)) {
                throw new MembershipReadException(place, "customer " + customerId + " is listed twice in segment '"
                        + segment + "'");
            }
            members.addLong(customerId);
        }
        population.addLong(customerId);
    }

    MembershipSnapshot build() {
        String dated = date == null ? source : source + " as of " + date;
        return new MembershipSnapshot(dated, population, segments);
    }

    private void checkSegment(String place, String segment) {
        String column = place + ", column 'segment'";
        if (segment == null || segment.isBlank()) {
            throw new MembershipReadException(column, "the segment is empty");
        }
        if (segment.length() > Segment.MAX_NAME_LENGTH) {
            throw new MembershipReadException(column, "the segment name has " + segment.length()
                    + " characters, more than " + Segment.MAX_NAME_LENGTH + ": '" + segment.substring(0, 32) + "…'");
        }
        if (segment.chars().anyMatch(Character::isISOControl)) {
            throw new MembershipReadException(column, "the segment name '" + segment
                    + "' contains a control character");
        }
    }

    private void checkDate(String place, LocalDate asOf) {
        if (asOf == null) {
            return;
        }
        if (date == null) {
            date = asOf;
            datePlace = place;
        } else if (!date.equals(asOf)) {
            throw new MembershipReadException(place, "the as-of date " + asOf + " differs from " + date + " ("
                    + datePlace + "): a snapshot is one run; read one date (readTable with a date) or one file "
                    + "per run");
        }
    }

    private String segmentOf(long customerId) {
        return segments.entrySet().stream().filter(e -> e.getValue().contains(customerId)).map(Map.Entry::getKey)
                .findFirst().orElseThrow();
    }
}
