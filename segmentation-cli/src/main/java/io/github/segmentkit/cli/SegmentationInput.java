package io.github.segmentkit.cli;

import io.github.segmentkit.api.Segmenter;
import io.github.segmentkit.api.classify.AttributeValues;
import io.github.segmentkit.api.classify.Classifier;
import io.github.segmentkit.api.result.SegmentationResult;
import io.github.segmentkit.api.schema.CustomerSchema;
import io.github.segmentkit.definitions.Definitions;
import io.github.segmentkit.definitions.DefinitionsDocument;
import io.github.segmentkit.io.CustomerMapping;
import io.github.segmentkit.io.CustomerRecord;
import io.github.segmentkit.io.LoadedCustomers;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * What {@code segment} and {@code counts} share: the customers ({@link CustomerInput}), the definitions file and the
 * as-of date; {@link #run} loads, fits the document's classifiers on the loaded customers, and segments them with the
 * in-memory engine (segmentation-core).
 *
 * <pre>{@code
 * Segmentation done = input.run(console, System::getenv);
 * done.result().count("lapsed");
 * }</pre>
 */
public final class SegmentationInput {
    @Mixin
    CustomerInput customers;

    @Option(names = "--definitions", paramLabel = "FILE", required = true, description = "The segments (and "
            + "classifiers): a .seg text file or a .json file (see docs/definitions.md), over the mapping's "
            + "attributes.")
    Path definitions;

    @Option(names = "--as-of", paramLabel = "DATE", description = "The date relative criteria (\"30 days ago\") and "
            + "the memberships are dated (ISO, 2024-03-31; default: today).")
    LocalDate asOf;

    /** Checks the options against each other before anything is read. */
    void validate() {
        customers.validate();
    }

    /** The as-of date: the option's, or today. */
    LocalDate asOf() {
        return asOf != null ? asOf : LocalDate.now();
    }

    /** Prepares the run ({@link #prepare}) and segments the customers. */
    Segmentation run(Console console, UnaryOperator<String> environment) throws IOException {
        PreparedSegmentation prepared = prepare(console, environment);
        console.detail(String.format(Locale.ROOT, "segmenting %,d customers into %d segments as of %s",
                prepared.loaded().customers().size(), prepared.document().segments().size(), prepared.asOf()));
        SegmentationResult result = prepared.segmenter().segment(prepared.loaded().customers());
        return new Segmentation(prepared.loaded(), prepared.document(), result, prepared.asOf(),
                prepared.segmenter().schema());
    }

    /**
     * Reads the mapping and the definitions (both before the customers: a mistake there costs no load), loads the
     * customers and fits the document's classifiers on them: all but segmenting.
     */
    PreparedSegmentation prepare(Console console, UnaryOperator<String> environment) throws IOException {
        CustomerMapping mapping = customers.readMapping();
        CsvFiles.requireFile(definitions, "definitions");
        DefinitionsDocument document = Definitions.read(definitions, mapping.attributes());
        if (document.segments().isEmpty()) {
            // an empty or comment-only file is valid, but almost never what was meant
            console.warn(Console.safe(definitions.toString()) + " defines no segments; every customer will be in no "
                    + "segment");
        }
        LoadedCustomers loaded = customers.load(mapping, console, environment);
        CustomerSchema<CustomerRecord> schema = mapping.schema();
        for (Classifier classifier : document.classifiers()) {
            CustomerSchema<CustomerRecord> current = schema;
            List<AttributeValues> population = loaded.customers().stream().map(current::values).toList();
            console.detail("fitting classifier " + classifier.output() + " on " + population.size() + " customers");
            schema = schema.withClassifier(classifier.fit(population));
        }
        LocalDate date = asOf();
        Segmenter<CustomerRecord> segmenter = Segmenter.builder(schema)
                .addAll(document.segments())
                .asOf(date)
                .build();
        return new PreparedSegmentation(loaded, document, segmenter, date);
    }
}
