package io.github.segmentkit.examples.families;

import io.github.segmentkit.examples.CsvFormatException;
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
    private static final String HEADER = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,"
            + "Country";

    /** The customers of a bundled Online Retail file, in order of first appearance. */
    public static List<RetailCustomer> readBundled(String resource) {
        List<String> lines = BundledData.lines(resource);
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            throw new CsvFormatException(resource, 1, 1, "header", "expected " + HEADER);
        }
        Map<Long, String> countries = new LinkedHashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            List<String> cells = CsvFields.split(lines.get(i));
            if (cells.size() != 8) {
                throw new CsvFormatException(resource, i + 1, 1, "line", cells.size() + " fields, expected 8");
            }
            String id = cells.get(6);
            if (id.isEmpty()) {
                continue;
            }
            try {
                countries.putIfAbsent((long) Double.parseDouble(id), cells.get(7));
            } catch (NumberFormatException e) {
                throw new CsvFormatException(resource, i + 1, 7, "CustomerID", "'" + id + "' is not a number");
            }
        }
        List<RetailCustomer> customers = new ArrayList<>();
        countries.forEach((id, country) -> customers.add(new RetailCustomer(id, country)));
        return customers;
    }
}
