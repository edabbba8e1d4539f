package io.github.segmentkit.examples.personality;

import io.github.segmentkit.examples.CsvFormatException;
import io.github.segmentkit.io.LoadLimits;
import io.github.segmentkit.io.csv.CsvDialect;
import io.github.segmentkit.io.csv.CsvRecords;
import io.github.segmentkit.io.csv.CsvRow;
import io.github.segmentkit.io.csv.InvalidCsvException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code marketing_campaign.csv} (tab-separated despite its name, CRLF line ends, header line, 29 columns)
 * into {@link PersonalityCustomer}s. Every value that cannot be read is reported with its line and column; nothing
 * is skipped.
 *
 * <pre>{@code
 * List<PersonalityCustomer> customers = MarketingCampaignCsv.readBundled();   // 2,240 customers
 * }</pre>
 */
public final class MarketingCampaignCsv {
    /** Where the dataset is bundled on the class path. */
    public static final String RESOURCE = "/data/marketing_campaign.csv";

    private static final String FILE = "marketing_campaign.csv";
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd-MM-uuuu");
    private static final List<String> SPEND_COLUMNS = List.of("MntWines", "MntFruits", "MntMeatProducts",
            "MntFishProducts", "MntSweetProducts", "MntGoldProds");
    private static final List<String> EARLIER_CAMPAIGNS = List.of("AcceptedCmp1", "AcceptedCmp2", "AcceptedCmp3",
            "AcceptedCmp4", "AcceptedCmp5");

    private MarketingCampaignCsv() {
    }

    /** The dataset bundled with the examples. */
    public static List<PersonalityCustomer> readBundled() {
        InputStream in = MarketingCampaignCsv.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException(RESOURCE + " is missing from the class path");
        }
        try (in) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the file's content.
     *
     * @throws CsvFormatException naming line, column and value for anything that cannot be read
     */
    public static List<PersonalityCustomer> read(InputStream in) throws IOException {
        // tab-separated, never quoted: a quote would be data
        CsvRecords records = CsvRecords.of(new InputStreamReader(in, StandardCharsets.UTF_8), FILE,
                CsvDialect.TSV.withoutQuotes(), LoadLimits.DEFAULTS);
        List<String> columns;
        try {
            columns = records.header().names();
        } catch (InvalidCsvException e) {
            throw new CsvFormatException(FILE, 1, 1, "header", e.reason());
        }
        List<PersonalityCustomer> customers = new ArrayList<>();
        for (CsvRow row = records.next(); row != null; row = records.next()) {
            List<String> values = row.fields();
            if (values.size() != columns.size()) {
                throw new CsvFormatException(FILE, row.line(), Math.min(values.size(), columns.size()) + 1,
                        "-", values.size() + " values where the header has " + columns.size() + " columns");
            }
            customers.add(new Row(columns, values, row.line()).toCustomer());
        }
        return customers;
    }

    /** One line being read, so that every error can name its line and column. */
    private record Row(List<String> columns, List<String> values, long line) {
        PersonalityCustomer toCustomer() {
            long totalSpend = 0;
            for (String column : SPEND_COLUMNS) {
                totalSpend += integer(column);
            }
            boolean acceptedAny = false;
            for (String column : EARLIER_CAMPAIGNS) {
                acceptedAny |= flag(column);
            }
            return new PersonalityCustomer(integer("ID"), (int) integer("Year_Birth"), text("Education"),
                    text("Marital_Status"), optionalNumber("Income"), (int) integer("Kidhome"),
                    (int) integer("Teenhome"), date("Dt_Customer"), (int) integer("Recency"), totalSpend,
                    (int) integer("NumWebPurchases"), (int) integer("NumCatalogPurchases"),
                    (int) integer("NumStorePurchases"), (int) integer("NumDealsPurchases"),
                    (int) integer("NumWebVisitsMonth"), acceptedAny, flag("Response"), flag("Complain"));
        }

        private int index(String column) {
            int index = columns.indexOf(column);
            if (index < 0) {
                throw new CsvFormatException(FILE, 1, columns.size(), column, "the header has no column " + column);
            }
            return index;
        }

        private CsvFormatException error(String column, String message) {
            return new CsvFormatException(FILE, line, index(column) + 1, column, message);
        }

        String text(String column) {
            return values.get(index(column));
        }

        long integer(String column) {
            String value = text(column);
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw error(column, "'" + value + "' is not a whole number");
            }
        }

        Double optionalNumber(String column) {
            String value = text(column);
            if (value.isBlank()) {
                return null;
            }
            try {
                return Double.valueOf(value);
            } catch (NumberFormatException e) {
                throw error(column, "'" + value + "' is not a number");
            }
        }

        boolean flag(String column) {
            String value = text(column);
            return switch (value) {
                case "0" -> false;
                case "1" -> true;
                default -> throw error(column, "'" + value + "' is neither 0 nor 1");
            };
        }

        LocalDate date(String column) {
            String value = text(column);
            try {
                return LocalDate.parse(value, DAY_MONTH_YEAR);
            } catch (DateTimeParseException e) {
                throw error(column, "'" + value + "' is not a date in the form DD-MM-YYYY");
            }
        }
    }
}
