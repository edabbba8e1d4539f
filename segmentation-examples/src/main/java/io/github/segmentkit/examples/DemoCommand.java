package io.github.segmentkit.examples;

import io.github.segmentkit.api.Segmenter;
import io.github.segmentkit.api.result.SegmentationResult;
import io.github.segmentkit.examples.personality.DemoSegments;
import io.github.segmentkit.examples.personality.MarketingCampaignCsv;
import io.github.segmentkit.examples.personality.PersonalityCustomer;
import io.github.segmentkit.examples.personality.PersonalitySchema;
import io.github.segmentkit.api.Segment;
import io.github.segmentkit.definitions.Definitions;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The {@code demo} command: segments the bundled Customer Personality Analysis dataset (2,240 real customers) with
 * {@link DemoSegments} and prints the table.
 *
 * <pre>{@code
 * SegmentationResult result = DemoCommand.run(System.out);
 * }</pre>
 */
public final class DemoCommand {
    private DemoCommand() {
    }

    /** Segments the bundled dataset with {@link DemoSegments}, prints the table and returns the result. */
    public static SegmentationResult run(PrintStream out) {
        return run(out, DemoSegments.ALL);
    }

    /**
     * Segments the bundled dataset with segments read from a definitions file ({@code .seg} text or {@code .json}),
     * validated against {@link PersonalitySchema}. A file that defines no segments gets a warning on {@code err}.
     *
     * @throws io.github.segmentkit.api.DefinitionException listing every problem of the file, with positions
     * @throws IllegalArgumentException when {@code definitions} does not exist or is a directory, saying so
     */
    public static SegmentationResult run(PrintStream out, PrintStream err, Path definitions) throws IOException {
        checkIsFile(definitions);
        List<Segment> segments = Definitions.read(definitions, PersonalitySchema.SCHEMA.attributes()).segments();
        if (segments.isEmpty()) {
            // an empty or comment-only file is valid, but almost never what was meant
            err.println("warning: " + definitions + " defines no segments; every customer will be in no segment");
        }
        out.println("Segments from " + definitions);
        return run(out, segments);
    }

    /**
     * Says plainly what is wrong with a definitions path before reading it: the reader's own exceptions
     * ({@code NoSuchFileException: demo.seg}, "Is a directory") name the path but not the problem.
     */
    private static void checkIsFile(Path definitions) throws IOException {
        if (Files.isDirectory(definitions)) {
            List<String> candidates;
            try (Stream<Path> files = Files.list(definitions)) {
                candidates = files.map(file -> file.getFileName().toString())
                        .filter(name -> name.endsWith(".seg") || name.endsWith(".json")).sorted().toList();
            }
            throw new IllegalArgumentException("the definitions path " + definitions + " is a directory, not a file;"
                    + (candidates.isEmpty() ? " it holds no .seg or .json file"
                            : " give one of its files: " + String.join(", ", candidates)));
        }
        if (!Files.exists(definitions)) {
            throw new IllegalArgumentException("the definitions file " + definitions + " does not exist");
        }
    }

    private static SegmentationResult run(PrintStream out, List<Segment> segments) {
        List<PersonalityCustomer> customers = MarketingCampaignCsv.readBundled();
        Segmenter<PersonalityCustomer> segmenter = Segmenter.builder(PersonalitySchema.SCHEMA)
                .addAll(segments)
                .asOf(PersonalitySchema.AS_OF)
                .build();
        SegmentationResult result = segmenter.segment(customers);
        out.println("Customer Personality Analysis: " + customers.size() + " customers, as of "
                + PersonalitySchema.AS_OF);
        out.println();
        out.print(SegmentTable.format(result, segments));
        return result;
    }
}
