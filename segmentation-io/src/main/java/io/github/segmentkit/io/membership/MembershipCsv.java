package io.github.segmentkit.io.membership;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Memberships as CSV (RFC 4180, UTF-8): a header {@code customer_id,segment,as_of}, then one row per membership in
 * the order of {@link MembershipRows}. Segment names are quoted when they need it (commas, quotes, line breaks), by
 * Apache Commons CSV. The snapshot reader ({@code io.github.segmentkit.io.snapshot.SnapshotReader}) reads this
 * format back, so two such files can be compared.
 *
 * <pre>{@code
 * MembershipRows rows = MembershipRows.of(result).withUnsegmentedAs("(unsegmented)");
 * long written = MembershipCsv.write(rows, LocalDate.of(2024, 3, 31), exportDirectory.resolve("memberships.csv"));
 * }</pre>
 *
 * <p>Writing to a file goes through a temporary file in the same directory, moved over the target at the end: a
 * failure leaves the previous file as it was.
 */
public final class MembershipCsv {
    /** The header of the customer id column. */
    public static final String CUSTOMER_ID = "customer_id";
    /** The header of the segment column. */
    public static final String SEGMENT = "segment";
    /** The header of the as-of date column (ISO-8601, {@code 2024-03-31}). */
    public static final String AS_OF = "as_of";

    private static final Logger LOG = LoggerFactory.getLogger(MembershipCsv.class);

    private MembershipCsv() {
    }

    /**
     * Writes {@code rows}, dated {@code asOf}, to {@code file}, replacing it if it exists.
     *
     * @return the rows written, header excluded
     * @throws MembershipWriteException naming the file when it cannot be written; the previous file is kept
     */
    public static long write(MembershipRows rows, LocalDate asOf, Path file) {
        Objects.requireNonNull(file, "file");
        Path absolute = file.toAbsolutePath();
        Path temporary = null;
        try {
            temporary = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
            long written;
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                written = write(rows, asOf, out);
            }
            moveOver(temporary, absolute);
            return written;
        } catch (IOException e) {
            throw new MembershipWriteException("could not write the memberships to " + file + ": " + e, e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    /**
     * Writes {@code rows}, dated {@code asOf}, to {@code out} (not closed).
     *
     * @return the rows written, header excluded
     * @throws IOException when {@code out} fails
     */
    public static long write(MembershipRows rows, LocalDate asOf, Appendable out) throws IOException {
        Objects.requireNonNull(rows, "rows");
        String date = Objects.requireNonNull(asOf, "asOf").toString();
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(CUSTOMER_ID, SEGMENT, AS_OF).get());
        long[] written = {0};
        try {
            rows.forEach(m -> {
                try {
                    printer.printRecord(m.customerId(), m.segment(), date);
                } catch (IOException e) {
                    throw new UncheckedWriteFailure(e);
                }
                written[0]++;
            });
        } catch (UncheckedWriteFailure e) {
            throw e.io();
        }
        printer.flush();
        return written[0];
    }

    private static void moveOver(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            // the write's own outcome matters more than a leftover temporary file, which is hidden (dot) and named
            LOG.warn("could not delete {}: {}", temporary,
                    e.toString());
        }
    }
}
