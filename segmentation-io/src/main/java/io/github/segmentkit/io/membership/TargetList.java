package io.github.segmentkit.io.membership;

import io.github.segmentkit.api.classify.AttributeValues;
import io.github.segmentkit.api.result.SegmentationResult;
import io.github.segmentkit.api.schema.CustomerSchema;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.PrimitiveIterator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * One segment exported for action (a mailing, a call list): the members' ids and the chosen attributes, as CSV with
 * a header {@code customer_id} followed by the attribute names. Values are read through
 * {@link CustomerSchema#values}; a missing value is an empty cell, numbers are plain decimals, dates ISO-8601, tags
 * sorted and joined by {@code |}, a geo-point {@code latitude,longitude}.
 *
 * <pre>{@code
 * TargetList<Customer> mailing = TargetList.of(schema, List.of("age", "country"));
 * long members = mailing.write(result, "outdoor-young", customers, exportDirectory.resolve("outdoor-young.csv"));
 * }</pre>
 *
 * <p>Members are written in input order. Immutable and thread-safe when the schema's extractors are.
 *
 * @param <T> the customer type
 */
public final class TargetList<T> {
    /** The header of the first column, the customer's id. */
    public static final String CUSTOMER_ID = MembershipCsv.CUSTOMER_ID;

    private final CustomerSchema<T> schema;
    private final List<String> columns;

    private TargetList(CustomerSchema<T> schema, List<String> columns) {
        this.schema = schema;
        this.columns = columns;
    }

    /**
     * A target list of the attributes named {@code columns}, in that order (possibly none: ids only).
     *
     * @throws IllegalArgumentException naming the attribute and the schema's attributes when one is not in the
     *                                  schema, or naming a column given twice
     */
    public static <T> TargetList<T> of(CustomerSchema<T> schema, List<String> columns) {
        Objects.requireNonNull(schema, "schema");
        List<String> checked = new ArrayList<>();
        for (String column : Objects.requireNonNull(columns, "columns")) {
            schema.binding(Objects.requireNonNull(column, "column"));
            if (checked.contains(column) || CUSTOMER_ID.equals(column)) {
                throw new IllegalArgumentException("column '" + column + "' appears twice in the target list "
                        + "(the first column is always " + CUSTOMER_ID + ")");
            }
            checked.add(column);
        }
        return new TargetList<>(schema, List.copyOf(checked));
    }

    /** The attribute columns, after {@code customer_id}. */
    public List<String> columns() {
        return columns;
    }

    /**
     * Writes the members of {@code segment} to {@code file} (UTF-8), replacing it.
     *
     * @return the members written
     * @throws MembershipWriteException naming the file when it cannot be written
     * @see #write(SegmentationResult, String, List, Appendable)
     */
    public long write(SegmentationResult result, String segment, List<? extends T> customers, Path file) {
        Objects.requireNonNull(file, "file");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            return write(result, segment, customers, out);
        } catch (IOException e) {
            throw new MembershipWriteException("could not write the target list of '" + segment + "' to " + file
                    + ": " + e, e);
        }
    }

    /**
     * Writes the members of {@code segment} to {@code out} (not closed).
     *
     * @param customers the customers {@code result} was computed from, in the same order: row {@code i} of the
     *                  result is {@code customers.get(i)} (use a random-access list)
     * @return the members written
     * @throws IllegalArgumentException when the segment is not one of the result's, when {@code customers} is not
     *                                  as long as the run, or when a member's id differs from the result's id for
     *                                  its row (the list is not the one segmented, or not in the same order)
     * @throws IOException              when {@code out} fails
     */
    public long write(SegmentationResult result, String segment, List<? extends T> customers, Appendable out)
            throws IOException {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(customers, "customers");
        if (!result.segmentNames().contains(segment)) {
            throw new IllegalArgumentException("segment '" + segment + "' is not in the result; it has "
                    + result.segmentNames());
        }
        if (customers.size() != result.customerCount()) {
            throw new IllegalArgumentException("the result has " + result.customerCount() + " customers but "
                    + customers.size() + " were given: pass the customers that were segmented");
        }
        List<String> header = new ArrayList<>(columns.size() + 1);
        header.add(CUSTOMER_ID);
        header.addAll(columns);
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(header.toArray(String[]::new)).get());
        List<String> cells = new ArrayList<>(header.size());
        long written = 0;
        PrimitiveIterator.OfInt rows = result.memberRows(segment);
        while (rows.hasNext()) {
            int row = rows.nextInt();
            AttributeValues values = schema.values(customers.get(row));
            if (values.id() != result.customerId(row)) {
                throw new IllegalArgumentException("customer " + values.id() + " is at position " + row
                        + " of the list, where the result has customer " + result.customerId(row)
                        + ": pass the customers that were segmented, in the same order");
            }
            cells.clear();
            cells.add(Long.toString(values.id()));
            for (String column : columns) {
                cells.add(CellText.of(values.get(column)));
            }
            printer.printRecord(cells);
            written++;
        }
        printer.flush();
        return written;
    }
}
