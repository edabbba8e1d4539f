package io.github.segmentkit.benchmarks.definitions;

import io.github.segmentkit.api.DefinitionException;
import io.github.segmentkit.api.DefinitionLimits;
import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.criteria.Criteria;
import io.github.segmentkit.api.criteria.Criterion;
import io.github.segmentkit.benchmarks.workload.BenchSchema;
import io.github.segmentkit.definitions.Definitions;
import io.github.segmentkit.definitions.DefinitionsFormat;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parse + validate time of the largest definitions documents the limits allow ({@link DefinitionLimits}), in both
 * formats, as the hardening issue asks: validation work must stay roughly linear in the document's size.
 * <ul>
 * <li>{@code unknown-references}: as many segments of 200-character names as fit, each but the first referring to
 * a near miss of another name, so that every reference runs a "did you mean" search (refused, with every problem);
 * <li>{@code many-segments}: up to {@value DefinitionLimits#MAX_SEGMENTS} valid segments of five conditions each;
 * <li>{@code deep-nesting}: segments nested {@code not} to the depth limit, as many as the node limit allows.
 * </ul>
 * Setup checks each document's size against the limit and its outcome (problems or segments).
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar LargestDocumentsBenchmark
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class LargestDocumentsBenchmark {
    /** Which document. */
    @Param({"unknown-references", "many-segments", "deep-nesting"})
    public String document;

    /** Which format. */
    @Param({"TEXT", "JSON"})
    public DefinitionsFormat format;

    private String source;
    private int expected;

    @Setup(Level.Trial)
    public void setUp() {
        List<Segment> segments = segments(document, format);
        source = Definitions.print(segments, format);   // printed from the Java segments: the same document in both
        int bytes = source.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > DefinitionLimits.MAX_SOURCE_LENGTH) {
            throw new IllegalStateException(document + " has " + bytes + " bytes, over the limit");
        }
        // refused documents report every bad reference; the others parse whole
        expected = document.equals("unknown-references") ? segments.size() - 1 : segments.size();
        int outcome = parseAndValidate();
        if (outcome != expected) {
            throw new IllegalStateException(document + " " + format + ": expected " + expected + ", got " + outcome);
        }
        System.out.printf("%n%s %s: %,d bytes, %,d segments%n", document, format, bytes, segments.size());
    }

    /** Parses and validates; the number of segments, or of problems when refused. */
    @Benchmark
    public int parseAndValidate() {
        try {
            return Definitions.parse(source, format, BenchSchema.SCHEMA.attributes()).segments().size();
        } catch (DefinitionException refused) {
            return refused.problems().size();
        }
    }

    static List<Segment> segments(String document, DefinitionsFormat format) {
        switch (document) {
            case "unknown-references":
                return fitted(unknownReferences(), format);
            case "many-segments":
                return fitted(manySegments(), format);
            case "deep-nesting":
                return fitted(deepNesting(), format);
            default:
                throw new IllegalArgumentException("unknown document " + document);
        }
    }

    /** As many of the segments as fit in the size limit in {@code format} (JSON takes more bytes per segment). */
    private static List<Segment> fitted(List<Segment> segments, DefinitionsFormat format) {
        List<Segment> fitting = segments;
        int bytes = Definitions.print(fitting, format).getBytes(StandardCharsets.UTF_8).length;
        while (bytes > DefinitionLimits.MAX_SOURCE_LENGTH) {
            fitting = fitting.subList(0, (int) (fitting.size() * 0.99 * DefinitionLimits.MAX_SOURCE_LENGTH / bytes));
            bytes = Definitions.print(fitting, format).getBytes(StandardCharsets.UTF_8).length;
        }
        return fitting;
    }

    private static List<Segment> unknownReferences() {
        Random random = new Random(7);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < DefinitionLimits.MAX_SEGMENTS; i++) {
            names.add("s".repeat(180) + String.format(Locale.ROOT, "%020d", random.nextLong() & Long.MAX_VALUE));
        }
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String nearMiss = names.get((i * 7919) % names.size()).substring(0, 199) + "#";
            segments.add(Segment.named(names.get(i)).where(i == 0 ? Criteria.all() : Criteria.inSegment(nearMiss)));
        }
        return segments;
    }

    private static List<Segment> manySegments() {
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i < DefinitionLimits.MAX_SEGMENTS; i++) {
            Criterion criterion = BenchSchema.AGE.between(18L + i % 40, 60L + i % 30)
                    .and(BenchSchema.COUNTRY.in("DE", "FR", "US", "پاکستان"))
                    .and(BenchSchema.INTERESTS.containsAny("hiking", "books"))
                    .and(BenchSchema.TOTAL_SPEND.ge(i * 1.5))
                    .and(BenchSchema.NEWSLETTER.isTrue());
            segments.add(Segment.named("segment-" + i).where(criterion));
        }
        return segments;
    }

    private static List<Segment> deepNesting() {
        List<Segment> segments = new ArrayList<>();
        int depth = DefinitionLimits.MAX_DEPTH - 1;
        for (int i = 0; (i + 1) * (depth + 1) <= DefinitionLimits.MAX_NODES; i++) {
            Criterion criterion = BenchSchema.AGE.ge((long) i);
            for (int d = 0; d < depth - 1; d++) {
                criterion = Criteria.not(criterion);
            }
            segments.add(Segment.named("deep-" + i).where(criterion));
        }
        return segments;
    }
}
