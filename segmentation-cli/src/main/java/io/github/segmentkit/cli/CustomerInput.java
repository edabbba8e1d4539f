package io.github.segmentkit.cli;

import io.github.segmentkit.api.result.RejectedRow;
import io.github.segmentkit.io.CustomerMapping;
import io.github.segmentkit.io.ErrorMode;
import io.github.segmentkit.io.LoadedCustomers;
import io.github.segmentkit.io.csv.CsvCustomerLoader;
import io.github.segmentkit.io.mapping.MappingJson;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The customers a command reads: a CSV/TSV file ({@code --data}) or a database ({@code --jdbc-url}), with the
 * mapping file that says which column is what ({@code --mapping}, see docs/mapping.md), strictly or leniently.
 *
 * <pre>{@code
 * segmentkit counts --data customers.csv --mapping customers.mapping.json --definitions segments.seg --lenient
 * }</pre>
 */
public final class CustomerInput {
    /** Rejected rows listed on stderr before the rest are only counted. */
    static final int REJECTS_SHOWN = 10;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "FILE", description = "The customers: a CSV or TSV file with a header "
            + "row (UTF-8; .gz is read compressed). Not with --jdbc-url.")
    Path data;

    @Option(names = "--delimiter", paramLabel = "CHAR", defaultValue = "auto", description = "The --data file's "
            + "delimiter: comma, tab, semicolon, pipe, a single character, or auto (the one of these four the header "
            + "line holds most of; default).")
    String delimiter;

    @Option(names = "--mapping", paramLabel = "FILE", required = true, description = "The mapping file: the id "
            + "column and each attribute's column and kind (JSON, see docs/mapping.md).")
    Path mapping;

    @Option(names = "--lenient", description = "Set rows with a bad cell aside and go on (they are counted and the "
            + "first " + REJECTS_SHOWN + " listed on stderr); by default the first bad cell stops the command.")
    boolean lenient;

    @Mixin
    DatabaseOptions database;

    /**
     * Checks the options against each other before anything is read.
     *
     * @throws ParameterException saying what is missing or refused
     */
    void validate() {
        database.validate(spec);
        if ((data != null) == database.isSet()) {
            throw new ParameterException(spec.commandLine(), "give the customers with exactly one of --data FILE "
                    + "and --jdbc-url URL");
        }
        if (data != null) {
            CsvFiles.dialect(spec, delimiter, "--delimiter");   // refuses a bad value now, before the file is read
        }
    }

    /** The mapping file, read. */
    CustomerMapping readMapping() {
        CsvFiles.requireFile(mapping, "mapping");
        return MappingJson.read(mapping);
    }

    /** Loads the customers, drawing a progress bar and summing up on stderr. */
    LoadedCustomers load(CustomerMapping customerMapping, Console console, UnaryOperator<String> environment)
            throws IOException {
        ErrorMode mode = lenient ? ErrorMode.LENIENT : ErrorMode.STRICT;
        LoadedCustomers loaded;
        if (data != null) {
            loaded = loadFile(customerMapping, mode, console);
        } else {
            ProgressBar bar = console.progress(database.describe(), -1);
            try {
                loaded = database.loader(customerMapping).errorMode(mode).progress(bar).build()
                        .loadAll(database.dataSource(spec, environment, console), database.source());
            } finally {
                bar.done();
            }
        }
        report(loaded, console);
        return loaded;
    }

    private LoadedCustomers loadFile(CustomerMapping customerMapping, ErrorMode mode, Console console)
            throws IOException {
        CsvFiles.requireFile(data, "data");
        String name = String.valueOf(data.getFileName());
        try (CsvFiles.CountedReader in = CsvFiles.open(data)) {
            ProgressBar bar = console.progress(name, in.size());
            bar.measuredBy(in::bytesRead);
            try {
                CsvCustomerLoader loader = CsvCustomerLoader.builder(customerMapping)
                        .dialect(CsvFiles.dialect(spec, delimiter, "--delimiter", in.headerLine()))
                        .errorMode(mode)
                        .progress(bar)
                        .build();
                Reader reader = in.reader();
                return loader.loadAll(reader, name);
            } finally {
                bar.done();
            }
        }
    }

    private static void report(LoadedCustomers loaded, Console console) {
        List<RejectedRow> rejected = loaded.report().rejected();
        console.info(String.format(Locale.ROOT, "%s: %,d rows read, %,d customers loaded, %,d rejected",
                loaded.report().source(), loaded.report().read(), loaded.report().loaded(), rejected.size()));
        for (RejectedRow row : rejected.subList(0, Math.min(REJECTS_SHOWN, rejected.size()))) {
            console.warn("rejected " + row);
        }
        if (rejected.size() > REJECTS_SHOWN) {
            console.warn(String.format(Locale.ROOT, "... and %,d more rejected rows", rejected.size() - REJECTS_SHOWN));
        }
    }
}
