package io.github.segmentkit.examples.families;

import io.github.segmentkit.examples.CsvFormatException;
import io.github.segmentkit.io.CellConverter;
import io.github.segmentkit.io.csv.CsvDialect;
import io.github.segmentkit.io.csv.CsvRecords;
import io.github.segmentkit.io.csv.CsvRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An Online Retail customer with the country of its first line in the file; lines without a customer id (guest
 * invoices) are skipped, since they belong to no customer.
 *
 * <pre>{@code
 * List<RetailCustomer> customers = RetailCustomer.readBundled("/data/online_retail_sample20.csv.gz");
 * }</pre>
 *
 * @param id      the customer id ({@code 17850.0} in the file is 17850)
 * @param country the country name as the file writes it, e.g. {@code EIRE}
 */
public record RetailCustomer(long id, String country) {
    private static final List<String> HEADER = List.of("InvoiceNo", "StockCode", "Description", "Quantity",
            "InvoiceDate", "UnitPrice", "CustomerID", "Country");

    /** The customers of a bundled Online Retail file, in order of first appearance. */
    public static List<RetailCustomer> readBundled(String resource) {
        Map<Long, String> countries = new LinkedHashMap<>();
        try (CsvRecords records = BundledData.records(resource, CsvDialect.CSV)) {
            if (!records.header().names().equals(HEADER)) {
                throw new CsvFormatException(resource, 1, 1, "header", "expected " + String.join(",", HEADER));
            }
            for (CsvRow row = records.next(); row != null; row = records.next()) {
                if (row.size() != HEADER.size()) {
                    throw new CsvFormatException(resource, row.line(), 1, "line", row.size() + " fields, expected "
                            + HEADER.size());
                }
                String id = row.get(6);
                if (id.isEmpty()) {
                    continue;
                }
                try {
                    countries.putIfAbsent(CellConverter.parseWholeNumber(id), row.get(7));
                } catch (NumberFormatException e) {
                    throw new CsvFormatException(resource, row.line(), 7, "CustomerID", "'" + id + "': "
                            + e.getMessage());
                }
            }
        }
        List<RetailCustomer> customers = new ArrayList<>();
        countries.forEach((id, country) -> customers.add(new RetailCustomer(id, country)));
        return customers;
    }
}
