package io.github.segmentkit.spark;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_compact;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.github.segmentkit.api.AsOf;
import io.github.segmentkit.api.DefinitionException;
import io.github.segmentkit.api.Problem;
import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.criteria.CriterionVisitor;
import io.github.segmentkit.api.criteria.InSegment;
import io.github.segmentkit.api.internal.DefinitionValidator;
import io.github.segmentkit.api.result.SegmentCounts;
import io.github.segmentkit.definitions.Definitions;
import io.github.segmentkit.definitions.DefinitionsDocument;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Runs segment definitions, the same {@link Segment}s the in-memory engine runs (written in Java or read from a
 * {@code .seg}/JSON file), on a Spark {@code Dataset<Row>} of customers, with identical answers: every segment is
 * one boolean column rendered by {@link SparkCriterionRenderer}, and all of them are computed in one projection
 * (one pass over the data, never one job per segment).
 *
 * <ul>
 *   <li>{@link #flags}: the id and one boolean column per segment, named after it;</li>
 *   <li>{@link #memberships}: one row {@code (customer_id, segment, as_of)} per membership;</li>
 *   <li>{@link #counts}: the member count of every segment, in one aggregation.</li>
 * </ul>
 *
 * <p>Column types, checked before any job runs (a {@link SparkColumnException} names attribute and column): the id
 * and whole numbers BIGINT, INT, SMALLINT or TINYINT; doubles DOUBLE, FLOAT or a whole number, NaN counting as
 * missing; categorical STRING; boolean BOOLEAN; date DATE; timestamp TIMESTAMP (an instant); tags
 * {@code ARRAY<STRING>}; a geo point a struct with {@code latitude} and {@code longitude} or two numeric columns
 * ({@link DataFrameColumns#geoPoint}). NULL is a missing value everywhere. Immutable and thread-safe.
 *
 * <pre>{@code
 * SparkSegmenter segmenter = SparkSegmenter.builder(List.of(AGE, LAST_ORDER))
 *         .add(Segment.named("adults").where(AGE.ge(18L)))
 *         .add(Segment.named("lapsed").where(LAST_ORDER.beforeDaysAgo(365)))
 *         .asOf(LocalDate.of(2024, 3, 31))
 *         .build();
 * Dataset<Row> memberships = segmenter.memberships(customers);   // customer_id, segment, as_of
 * SegmentCounts counts = segmenter.counts(customers);
 * }</pre>
 */
public final class SparkSegmenter {
    /** The memberships' segment column. */
    public static final String SEGMENT_COLUMN = "segment";
    /** The memberships' as-of column (a DATE). */
    public static final String AS_OF_COLUMN = "as_of";

    private final List<Segment> segments;
    private final AsOf asOf;
    private final DataFrameColumns mapping;

    private SparkSegmenter(List<Segment> segments, AsOf asOf, DataFrameColumns mapping) {
        this.segments = segments;
        this.asOf = asOf;
        this.mapping = mapping;
    }

    /** A builder of a segmenter over {@code attributes} (those of your schema, which criteria may use). */
    public static Builder builder(java.util.Collection<? extends Attribute> attributes) {
        return new Builder(attributes);
    }

    /** The segments, in declaration order. */
    public List<Segment> segments() {
        return segments;
    }

    /** The as-of date and instant relative date criteria are evaluated at. */
    public AsOf asOf() {
        return asOf;
    }

    /**
     * The id (as {@value DataFrameColumns#DEFAULT_ID_COLUMN}, BIGINT) and one BOOLEAN column per segment, named after
     * it and never NULL: TRUE for members. Lazy, like every Dataset: nothing runs until it is used.
     *
     * @throws SparkColumnException when a column a segment needs is absent or of the wrong type
     */
    public Dataset<Row> flags(Dataset<Row> customers) {
        for (Segment segment : segments) {
            // Spark resolves names case-insensitively: the segment's column would be ambiguous with the id's
            if (segment.name().equalsIgnoreCase(DataFrameColumns.DEFAULT_ID_COLUMN)) {
                throw new SparkColumnException("(none)", segment.name(), "segment '" + segment.name() + "' would"
                        + " be a second column named like the id column " + DataFrameColumns.DEFAULT_ID_COLUMN
                        + "; use memberships or counts, or rename the segment");
            }
        }
        Dataset<Row> withFlags = withFlagColumns(customers);
        List<Column> selected = new ArrayList<>();
        selected.add(idColumn(customers));
        for (int s = 0; s < segments.size(); s++) {
            selected.add(col(flagColumn(s)).as(segments.get(s).name()));
        }
        return withFlags.select(selected.toArray(Column[]::new));
    }

    private Column idColumn(Dataset<Row> customers) {
        return new AttributeColumns(customers.schema(), mapping).id().as(DataFrameColumns.DEFAULT_ID_COLUMN);
    }

    /**
     * One row per membership: {@value DataFrameColumns#DEFAULT_ID_COLUMN} (BIGINT), {@value #SEGMENT_COLUMN}
     * (STRING) and {@value #AS_OF_COLUMN} (DATE, the as-of date), as the CRM writers store them. Customers in no
     * segment have no row.
     */
    public Dataset<Row> memberships(Dataset<Row> customers) {
        Dataset<Row> withFlags = withFlagColumns(customers);
        Column[] names = new Column[segments.size()];
        for (int s = 0; s < segments.size(); s++) {
            names[s] = when(col(flagColumn(s)), lit(segments.get(s).name()));
        }
        Column held = names.length == 0 ? array().cast("array<string>") : array_compact(array(names));
        return withFlags.select(idColumn(customers), explode(held).as(SEGMENT_COLUMN),
                lit(asOf.date()).as(AS_OF_COLUMN));
    }

    /** The member count of every segment and the number of customers in none, computed in one aggregation. */
    public SegmentCounts counts(Dataset<Row> customers) {
        idColumn(customers);   // the mapping is checked whole, whichever result is asked for
        Dataset<Row> withFlags = withFlagColumns(customers);
        List<Column> aggregates = new ArrayList<>();
        Column anySegment = lit(false);
        for (int s = 0; s < segments.size(); s++) {
            aggregates.add(sum(when(col(flagColumn(s)), 1L).otherwise(0L)));
            anySegment = anySegment.or(col(flagColumn(s)));
        }
        aggregates.add(sum(when(anySegment, 0L).otherwise(1L)));
        Row row = withFlags.agg(count(lit(1)), aggregates.toArray(Column[]::new)).first();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int s = 0; s < segments.size(); s++) {
            counts.put(segments.get(s).name(), row.isNullAt(s + 1) ? 0L : row.getLong(s + 1));
        }
        int last = segments.size() + 1;
        return new SegmentCounts(asOf, row.getLong(0), counts, row.isNullAt(last) ? 0L : row.getLong(last));
    }

    /**
     * The data with one internal flag column per segment. Segments are added level by level, one projection per
     * level: those that refer to no segment first, then those that refer only to earlier levels, so that
     * {@code inSegment} reads an earlier flag instead of copying its expression (which could grow exponentially
     * with chains of references). Spark collapses the projections into one stage; usually there is one level.
     */
    private Dataset<Row> withFlagColumns(Dataset<Row> customers) {
        Map<String, Integer> index = new HashMap<>();
        for (int s = 0; s < segments.size(); s++) {
            index.put(segments.get(s).name(), s);
        }
        for (String name : customers.columns()) {
            if (name.startsWith(FLAG_PREFIX)) {
                throw new SparkColumnException("(none)", name, "column '" + name + "' uses the prefix "
                        + FLAG_PREFIX + " that SparkSegmenter keeps for its own columns; rename it");
            }
        }
        SparkCriterionRenderer renderer = SparkCriterionRenderer.of(customers.schema(), mapping, asOf,
                name -> AttributeColumns.quoted(flagColumn(index.get(name))));
        Dataset<Row> result = customers;
        for (List<Integer> level : levels(index)) {
            List<Column> columns = new ArrayList<>();
            columns.add(col("*"));
            for (int s : level) {
                columns.add(renderer.member(segments.get(s).criterion()).as(flagColumn(s)));
            }
            result = result.select(columns.toArray(Column[]::new));
        }
        return result;
    }

    private static final String FLAG_PREFIX = "__segmentkit_flag_";

    private static String flagColumn(int segment) {
        return FLAG_PREFIX + segment;
    }

    /** The segments by level: 0 for those that refer to none, else one more than the highest level referred to. */
    private List<List<Integer>> levels(Map<String, Integer> index) {
        int[] level = new int[segments.size()];
        java.util.Arrays.fill(level, -1);
        List<List<Integer>> levels = new ArrayList<>();
        for (int s = 0; s < segments.size(); s++) {
            int l = level(s, index, level);
            while (levels.size() <= l) {
                levels.add(new ArrayList<>());
            }
            levels.get(l).add(s);
        }
        return levels;
    }

    /** Depth-first (the builder rejected cycles); segment definitions are bounded in depth and number. */
    private int level(int segment, Map<String, Integer> index, int[] level) {
        if (level[segment] >= 0) {
            return level[segment];
        }
        Set<String> referenced = new LinkedHashSet<>();
        segments.get(segment).criterion().accept(new CriterionVisitor.Traversal() {
            @Override
            public Void visitInSegment(InSegment inSegment) {
                referenced.add(inSegment.segmentName());
                return null;
            }
        });
        int result = 0;
        for (String name : referenced) {
            result = Math.max(result, level(index.get(name), index, level) + 1);
        }
        level[segment] = result;
        return result;
    }

    /**
     * Collects segments, validates them as {@link io.github.segmentkit.api.SegmenterBuilder} does (unknown
     * attributes, wrong kinds, impossible ranges, duplicate names, unknown or cyclic references, relative dates
     * without an as-of date) and builds the segmenter. Not thread-safe.
     */
    public static final class Builder {
        private final List<Attribute> attributes;
        private final List<Segment> segments = new ArrayList<>();
        private AsOf asOf;
        private DataFrameColumns mapping = DataFrameColumns.byName();

        private Builder(java.util.Collection<? extends Attribute> attributes) {
            this.attributes = List.copyOf(Objects.requireNonNull(attributes, "attributes"));
        }

        /** Adds a segment. */
        public Builder add(Segment segment) {
            segments.add(Objects.requireNonNull(segment, "segment"));
            return this;
        }

        /** Adds segments, in order. */
        public Builder addAll(Iterable<Segment> toAdd) {
            toAdd.forEach(this::add);
            return this;
        }

        /**
         * Adds the segments of a {@code .seg} or {@code .json} definitions file, read by
         * {@link Definitions#read(Path, java.util.Collection)} against this builder's attributes.
         *
         * @throws DefinitionException when the file has errors, or defines classifiers (their labels are not
         *                             columns of a DataFrame: compute them first and map the columns)
         * @throws IOException         when the file cannot be read
         */
        public Builder addDefinitions(Path file) throws IOException {
            DefinitionsDocument document = Definitions.read(file, attributes);
            if (!document.classifiers().isEmpty()) {
                throw new DefinitionException(Problem.of(null, null, file.getFileName() + " defines "
                        + document.classifiers().size() + " classifier(s); SparkSegmenter reads segments only:"
                        + " add the classifiers' labels to the DataFrame as columns"));
            }
            return addAll(document.segments());
        }

        /** Evaluates relative date criteria as of {@code date} (its start in UTC for timestamps). */
        public Builder asOf(LocalDate date) {
            return asOf(AsOf.date(Objects.requireNonNull(date, "date")));
        }

        /** Evaluates relative date criteria as of {@code asOf}. */
        public Builder asOf(AsOf asOf) {
            this.asOf = Objects.requireNonNull(asOf, "asOf");
            return this;
        }

        /** Reads the id and the attributes from these columns (by default, each from the column of its name). */
        public Builder columns(DataFrameColumns mapping) {
            this.mapping = Objects.requireNonNull(mapping, "mapping");
            return this;
        }

        /**
         * The segmenter.
         *
         * @throws DefinitionException listing every problem of the segments
         */
        public SparkSegmenter build() {
            List<Problem> problems = DefinitionValidator.validate(attributes, segments, asOf != null);
            if (!problems.isEmpty()) {
                throw new DefinitionException(problems);
            }
            return new SparkSegmenter(List.copyOf(segments), asOf == null ? AsOf.date(LocalDate.EPOCH) : asOf,
                    mapping);
        }
    }

    @Override
    public String toString() {
        return "SparkSegmenter" + segments.stream().map(Segment::name).toList() + " as of " + asOf.date();
    }

}
