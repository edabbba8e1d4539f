package io.github.segmentkit.cli;

import io.github.segmentkit.api.Segmenter;
import io.github.segmentkit.definitions.DefinitionsDocument;
import io.github.segmentkit.io.CustomerRecord;
import io.github.segmentkit.io.LoadedCustomers;
import java.time.LocalDate;

/**
 * Everything a run needs before it segments: the customers loaded, the definitions read, and the segmenter built
 * over the mapping's schema (with the document's classifiers fitted on the loaded customers). {@code profile} and
 * {@code explain} start from here rather than from a {@link Segmentation}, because they segment in their own way
 * (a columnar table, or one customer).
 *
 * <pre>{@code
 * PreparedSegmentation prepared = input.prepare(console, System::getenv);
 * Set<String> segments = prepared.segmenter().segmentsOf(prepared.loaded().customers().get(0));
 * }</pre>
 *
 * @param loaded    the customers and the load's report
 * @param document  the definitions read
 * @param segmenter the segmenter of the document's segments, as of {@code asOf}
 * @param asOf      the as-of date of the run
 */
record PreparedSegmentation(LoadedCustomers loaded, DefinitionsDocument document,
                            Segmenter<CustomerRecord> segmenter, LocalDate asOf) {
}
