package io.github.segmentkit.classifiers.behavioral.rfm;

/**
 * How many transaction lines RFM read and why it dropped the ones it did. The rules are applied in this order and a
 * line is counted under the first that drops it, so the counts add up to {@link #lines()}.
 *
 * <pre>{@code
 * CleaningReport report = rfmReport.cleaning();
 * report.accepted() + report.dropped() == report.lines();   // always
 * }</pre>
 *
 * @param lines               every line read
 * @param accepted            lines that count towards RFM
 * @param missingCustomerId   dropped: no customer id
 * @param cancelled           dropped: the invoice number contains {@code 'C'}
 * @param nonPositiveQuantity dropped: quantity &le; 0
 * @param nonPositivePrice    dropped: unit price &le; 0
 */
public record CleaningReport(long lines, long accepted, long missingCustomerId, long cancelled,
        long nonPositiveQuantity, long nonPositivePrice) {
    public CleaningReport {
        if (accepted + missingCustomerId + cancelled + nonPositiveQuantity + nonPositivePrice != lines) {
            throw new IllegalArgumentException("cleaning counts do not add up to " + lines + " lines");
        }
    }

    /** Lines dropped for any reason. */
    public long dropped() {
        return lines - accepted;
    }
}
