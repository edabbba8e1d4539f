package io.github.segmentkit.cli;

import io.github.segmentkit.api.result.SegmentationResult;
import io.github.segmentkit.api.schema.CustomerSchema;
import io.github.segmentkit.definitions.DefinitionsDocument;
import io.github.segmentkit.io.CustomerRecord;
import io.github.segmentkit.io.LoadedCustomers;
import java.time.LocalDate;

/**
 * One run of the command line: what was loaded, what was defined, what came out, and the date it was as of.
 *
 * <pre>{@code
 * Segmentation done = input.run(console, System::getenv);
 * int customers = done.result().customerCount();   // == done.loaded().report().loaded()
 * }</pre>
 *
 * @param loaded    the customers and the load's report (rows read, loaded, rejected)
 * @param document  the definitions read
 * @param result    the memberships
 * @param asOf      the as-of date of the run
 * @param schema    the mapping's schema with the document's classifiers fitted on the loaded customers: what the
 *                  customers were segmented with
 */
public record Segmentation(LoadedCustomers loaded, DefinitionsDocument document, SegmentationResult result,
                           LocalDate asOf, CustomerSchema<CustomerRecord> schema) {
}
