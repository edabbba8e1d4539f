package io.github.segmentkit.live;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.attribute.AttributeKind;
import io.github.segmentkit.api.attribute.GeoPoint;
import io.github.segmentkit.api.classify.AttributeValues;
import io.github.segmentkit.api.schema.AttributeBinding;
import io.github.segmentkit.api.schema.CustomerSchema;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.roaringbitmap.RoaringBitmap;

/**
 * Reads a live snapshot file written by {@link SnapshotFileWriter} into a {@link SnapshotState}, refusing with a
 * {@link SnapshotFileException} anything that is not a whole, intact snapshot of the given schema and segments.
 *
 * <p>Two passes: the first checks the magic bytes, the version, every block's checksum, the order of the blocks and
 * the header against the schema and the segments; only then does the second decode the customers (calling the
 * factory) and the members. A torn or corrupt file is thus refused before any customer is built.
 */
final class SnapshotFileReader<T> {
    /** The cookies of RoaringBitmap's portable format, to bound its container count before it allocates. */
    private static final int ROARING_COOKIE_RUNS = 12347;
    private static final int ROARING_COOKIE_NO_RUNS = 12346;

    private final Path file;
    private final CustomerSchema<T> schema;
    private final List<Segment> segments;
    private final List<AttributeBinding<T>> bindings;
    private final List<String> attributeNames;
    private final Map<String, Integer> columns = new HashMap<>();
    /** Per attribute, how its values and its tag counts are named in messages: made once, not once per value. */
    private final String[] valueWhat;
    private final String[] tagCountWhat;
    private final StoredStrings strings = new StoredStrings();
    private final long size;

    private long sequence;
    private boolean hasClock;
    private Instant asOf;
    private ZoneId zone;
    private int slotCount;
    private int rowsPerGroup;

    private SnapshotFileReader(Path file, CustomerSchema<T> schema, List<Segment> segments, long size) {
        this.file = file;
        this.schema = schema;
        this.segments = segments;
        this.bindings = schema.bindings();
        this.attributeNames = bindings.stream().map(b -> b.attribute().name()).toList();
        for (int i = 0; i < attributeNames.size(); i++) {
            columns.put(attributeNames.get(i), i);
        }
        this.valueWhat = attributeNames.stream().map(name -> "a value of '" + name + "'").toArray(String[]::new);
        this.tagCountWhat = attributeNames.stream().map(name -> "the tag count of '" + name + "'")
                .toArray(String[]::new);
        this.size = size;
    }

    /** The text a segment's definition is compared by: its criterion in the DSL form of {@code toString()}. */
    static String definition(Segment segment) {
        return segment.criterion().toString();
    }

    /**
     * The state stored in {@code file}, its customers rebuilt by {@code factory}.
     *
     * @throws SnapshotFileException    when the file is unreadable, torn, corrupt, of another version, or of
     *                                  another schema or other segments
     * @throws IllegalArgumentException when the factory builds a customer whose id or values differ from the
     *                                  stored ones
     */
    static <T> SnapshotState<T> read(Path file, CustomerSchema<T> schema, List<Segment> segments,
            Function<? super AttributeValues, ? extends T> factory) {
        if (!Files.isRegularFile(file)) {
            throw new SnapshotFileException(file, -1, null, SnapshotFileException.Reason.UNREADABLE,
                    Files.isDirectory(file) ? "it is a directory, not a file" : "there is no such file", null);
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            SnapshotFileReader<T> reader = new SnapshotFileReader<>(file, schema, segments, channel.size());
            reader.checkPreamble(channel);
            reader.checkBlocks(new SnapshotBlocks(file, channel, reader.size));
            return reader.decode(new SnapshotBlocks(file, channel, reader.size), factory);
        } catch (IOException e) {
            throw new SnapshotFileException(file, -1, null, SnapshotFileException.Reason.UNREADABLE,
                    "cannot read it: " + e, e);
        }
    }

    private void checkPreamble(FileChannel channel) throws IOException {
        ByteBuffer preamble = ByteBuffer.allocate((int) Math.min(size, SnapshotFormat.PREAMBLE_BYTES));
        while (preamble.hasRemaining() && channel.read(preamble, preamble.position()) >= 0) {
            // reads until full: the size says the bytes are there
        }
        byte[] bytes = preamble.array();
        int magicBytes = Math.min(bytes.length, SnapshotFormat.MAGIC.length);
        if (!Arrays.equals(bytes, 0, magicBytes, SnapshotFormat.MAGIC, 0, magicBytes)) {
            throw refused(0, null, SnapshotFileException.Reason.WRONG_MAGIC, "it does not start with the magic bytes"
                    + " of a live snapshot (89 53 4B 4C 56 0D 0A 1A)");
        }
        if (bytes.length < SnapshotFormat.PREAMBLE_BYTES) {
            throw refused(bytes.length, null, SnapshotFileException.Reason.TRUNCATED, size == 0 ? "the file is empty"
                    : "the file ends after " + size + " bytes, inside the magic bytes and the version");
        }
        int version = ByteBuffer.wrap(bytes, SnapshotFormat.MAGIC.length, Integer.BYTES).getInt();
        if (version != SnapshotFormat.VERSION) {
            throw refused(SnapshotFormat.MAGIC.length, null, SnapshotFileException.Reason.UNKNOWN_VERSION,
                    "format version " + Integer.toUnsignedString(version) + "; this library reads version "
                            + SnapshotFormat.VERSION);
        }
    }

    /** The first pass: checksums, block order, the header, the END block and nothing after it. */
    private void checkBlocks(SnapshotBlocks blocks) throws IOException {
        SnapshotBlocks.Block head = nextBlock(blocks, SnapshotFormat.HEAD, 0);
        readHeader(head.cursor());
        int groups = (int) ((slotCount + (long) rowsPerGroup - 1) / rowsPerGroup);
        int count = 1;
        for (int g = 0; g < groups; g++) {
            nextBlock(blocks, SnapshotFormat.ROWS, count++);
        }
        for (int set = 0; set <= segments.size(); set++) {
            nextBlock(blocks, SnapshotFormat.MEMB, count++);
        }
        SnapshotBlocks.Block end = nextBlock(blocks, SnapshotFormat.END, count);
        long at = end.cursor().offset();
        int written = end.cursor().i32("the block count");
        end.cursor().expectEnd();
        if (written != count) {
            throw malformed(at, end.tag(), "the END block counts " + written + " blocks before it, the file has "
                    + count);
        }
        if (blocks.hasNext()) {
            throw malformed(blocks.position(), null, (size - blocks.position()) + " bytes after the END block");
        }
    }

    private SnapshotBlocks.Block nextBlock(SnapshotBlocks blocks, String tag, int index) throws IOException {
        if (!blocks.hasNext()) {
            throw blocks.truncated(blocks.position(), null, "the file ends after " + index + " blocks, where block "
                    + tag + " should follow");
        }
        SnapshotBlocks.Block block = blocks.next();
        if (!block.tag().equals(tag)) {
            throw malformed(block.offset(), block.tag(), "block " + index + " is " + block.tag() + ", expected "
                    + tag);
        }
        return block;
    }

    private void readHeader(SnapshotCursor in) {
        long at = in.offset();
        sequence = in.i64("the last sequence number");
        if (sequence < 0) {
            throw in.malformed(at, "the last sequence number is negative: " + sequence);
        }
        hasClock = in.bool("the clock flag");
        at = in.offset();
        long seconds = in.i64("the as-of seconds");
        int nanos = in.i32("the as-of nanoseconds");
        try {
            if (nanos < 0 || nanos > 999_999_999) {
                throw new DateTimeException("nanoseconds out of range: " + nanos);
            }
            asOf = Instant.ofEpochSecond(seconds, nanos);
        } catch (DateTimeException e) {
            throw in.malformed(at, "the as-of instant is not valid: " + e.getMessage());
        }
        at = in.offset();
        String zoneId = in.string("the zone");
        try {
            zone = ZoneId.of(zoneId);
        } catch (DateTimeException e) {
            throw in.malformed(at, "the zone '" + zoneId + "' is not known: " + e.getMessage());
        }
        at = in.offset();
        slotCount = in.i32("the customer count");
        if (slotCount < 0) {
            throw in.malformed(at, "the customer count is negative: " + slotCount);
        }
        if ((long) slotCount * Long.BYTES > size) {
            throw refused(at, SnapshotFormat.HEAD, SnapshotFileException.Reason.TRUNCATED, "the header claims "
                    + slotCount + " customers, whose ids alone take " + (long) slotCount * Long.BYTES
                    + " bytes; the file has " + size);
        }
        at = in.offset();
        rowsPerGroup = in.i32("the customers per ROWS block");
        if (rowsPerGroup < 1 || rowsPerGroup > 1 << 20) {
            throw in.malformed(at, "the customers per ROWS block are " + rowsPerGroup + ", not in [1, 2^20]");
        }
        checkAttributes(in);
        checkSegments(in);
        in.expectEnd();
    }

    private void checkAttributes(SnapshotCursor in) {
        long at = in.offset();
        int count = in.count("the attribute count", 6);
        List<String> stored = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = in.string("an attribute name");
            AttributeKind kind = SnapshotFormat.kind(in.u8("an attribute kind"));
            stored.add(name + ": " + (kind == null ? "unknown kind" : kind.label()));
        }
        List<String> given = bindings.stream().map(b -> b.attribute().name() + ": " + b.attribute().kind().label())
                .toList();
        if (!stored.equals(given)) {
            throw refused(at, SnapshotFormat.HEAD, SnapshotFileException.Reason.SCHEMA_DIFFERS,
                    "the file's attributes are " + stored + ", the schema's are " + given);
        }
    }

    private void checkSegments(SnapshotCursor in) {
        long at = in.offset();
        int count = in.count("the segment count", 10);
        List<String> names = new ArrayList<>();
        List<String> definitions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            names.add(in.string("a segment name"));
            definitions.add(in.string("a segment definition"));
        }
        List<String> given = segments.stream().map(Segment::name).toList();
        if (!names.equals(given)) {
            throw refused(at, SnapshotFormat.HEAD, SnapshotFileException.Reason.SEGMENTS_DIFFER,
                    "the file's segments are " + names + ", the ones given are " + given);
        }
        for (int i = 0; i < count; i++) {
            String definition = definition(segments.get(i));
            if (!definitions.get(i).equals(definition)) {
                throw refused(at, SnapshotFormat.HEAD, SnapshotFileException.Reason.SEGMENTS_DIFFER, "segment '"
                        + names.get(i) + "' is defined as " + definitions.get(i) + " in the file, as " + definition
                        + " here: its stored members would be stale");
            }
        }
    }

    /** The second pass: customers and members, the file being known to be whole and intact. */
    private SnapshotState<T> decode(SnapshotBlocks blocks, Function<? super AttributeValues, ? extends T> factory)
            throws IOException {
        blocks.next();
        long[] ids = new long[slotCount];
        List<T> customers = new ArrayList<>(Math.min(slotCount, 1 << 16));
        for (int first = 0; first < slotCount; first += rowsPerGroup) {
            decodeRows(blocks.next(), first, Math.min(rowsPerGroup, slotCount - first), ids, customers, factory);
        }
        checkUniqueIds(ids);
        RoaringBitmap[] sets = new RoaringBitmap[segments.size() + 1];
        long[] at = new long[sets.length];
        for (int set = 0; set < sets.length; set++) {
            SnapshotCursor in = blocks.next().cursor();
            at[set] = in.offset();
            sets[set] = decodeMembers(in, set);
        }
        RoaringBitmap alive = sets[segments.size()];
        for (int s = 0; s < segments.size(); s++) {
            if (!RoaringBitmap.andNot(sets[s], alive).isEmpty()) {
                throw malformed(at[s], SnapshotFormat.MEMB, "segment '" + segments.get(s).name() + "' has members"
                        + " that are not live customers");
            }
        }
        return new SnapshotState<>(schema, segments, customers, ids, alive, Arrays.copyOf(sets, segments.size()),
                sequence, hasClock, asOf, zone);
    }

    private void decodeRows(SnapshotBlocks.Block block, int first, int rows, long[] ids, List<T> customers,
            Function<? super AttributeValues, ? extends T> factory) {
        SnapshotCursor in = block.cursor();
        long at = in.offset();
        int storedFirst = in.i32("the first slot");
        int storedRows = in.i32("the row count");
        if (storedFirst != first || storedRows != rows) {
            throw malformed(at, block.tag(), "the block holds slots from " + storedFirst + ", " + storedRows
                    + " of them; expected " + rows + " from " + first);
        }
        for (int row = 0; row < rows; row++) {
            ids[first + row] = in.i64("a customer id");
        }
        Object[][] values = new Object[rows][bindings.size()];
        for (int column = 0; column < bindings.size(); column++) {
            ByteBuffer present = in.bytes((rows + 7) >>> 3, "the presence bits of " + attributeNames.get(column));
            AttributeKind kind = bindings.get(column).attribute().kind();
            for (int row = 0; row < rows; row++) {
                if ((present.get(row >>> 3) & (1 << (row & 7))) != 0) {
                    values[row][column] = value(in, kind, column);
                }
            }
        }
        in.expectEnd();
        for (int row = 0; row < rows; row++) {
            long id = ids[first + row];
            T customer = factory.apply(new StoredValues(id, columns, attributeNames, values[row]));
            checkRebuilt(customer, id, values[row]);
            customers.add(customer);
        }
    }

    private Object value(SnapshotCursor in, AttributeKind kind, int column) {
        long at = in.offset();
        String what = valueWhat[column];
        switch (kind) {
            case LONG:
                return in.i64(what);
            case DOUBLE:
                double number = in.f64(what);
                if (Double.isNaN(number)) {
                    throw in.malformed(at, what + " is NaN, which is stored as missing");
                }
                return number;
            case CATEGORICAL:
                return in.string(what, strings);
            case BOOLEAN:
                return in.bool(what);
            case DATE:
                long day = in.i64(what);
                if (day < LocalDate.MIN.toEpochDay() || day > LocalDate.MAX.toEpochDay()) {
                    throw in.malformed(at, what + " is day " + day + ", outside the range of dates");
                }
                return LocalDate.ofEpochDay(day);
            case TIMESTAMP:
                long seconds = in.i64(what);
                int nanos = in.i32(what);
                try {
                    if (nanos < 0 || nanos > 999_999_999) {
                        throw new DateTimeException("nanoseconds out of range: " + nanos);
                    }
                    return Instant.ofEpochSecond(seconds, nanos);
                } catch (DateTimeException e) {
                    throw in.malformed(at, what + " is not a valid instant: " + e.getMessage());
                }
            case TAGS:
                int count = in.count(tagCountWhat[column], 5);
                String[] tags = new String[count];
                for (int i = 0; i < count; i++) {
                    tags[i] = in.string(what, strings);
                }
                try {
                    // an immutable set as TagsBinding.read makes, an array of the tags rather than a node per tag
                    // (a LinkedHashSet here took about 280 bytes for three tags, this about 60)
                    return Set.of(tags);
                } catch (IllegalArgumentException duplicate) {
                    throw in.malformed(at, what + " holds a tag twice");
                }
            case GEO_POINT:
                double latitude = in.f64(what);
                double longitude = in.f64(what);
                try {
                    return GeoPoint.of(latitude, longitude);
                } catch (IllegalArgumentException e) {
                    throw in.malformed(at, what + " is not a point: " + e.getMessage());
                }
            default:
                throw new IllegalStateException("no snapshot decoding for attribute kind " + kind);
        }
    }

    /** The factory must rebuild the customer the file describes: the stored members are about those values. */
    private void checkRebuilt(T customer, long id, Object[] values) {
        if (customer == null) {
            throw new IllegalArgumentException("the customer factory returned null for customer " + id);
        }
        long rebuiltId = schema.id(customer);
        if (rebuiltId != id) {
            throw new IllegalArgumentException("the customer factory built customer " + rebuiltId + " from the"
                    + " values of customer " + id + " in " + file);
        }
        for (int column = 0; column < bindings.size(); column++) {
            Object read = bindings.get(column).read(customer);
            if (!Objects.equals(read, values[column])) {
                throw new IllegalArgumentException("the customer factory built customer " + id + " with '"
                        + attributeNames.get(column) + "' = " + read + ", the file has " + values[column]
                        + ": the stored members would not describe it");
            }
        }
    }

    private void checkUniqueIds(long[] ids) {
        long[] sorted = ids.clone();
        Arrays.sort(sorted);
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] == sorted[i - 1]) {
                throw malformed(-1, SnapshotFormat.ROWS, "customer id " + sorted[i] + " is stored twice");
            }
        }
    }

    private RoaringBitmap decodeMembers(SnapshotCursor in, int expectedSet) {
        long at = in.offset();
        int set = in.i32("the set index");
        if (set != expectedSet) {
            throw in.malformed(at, "the block is for set " + set + ", expected " + expectedSet);
        }
        at = in.offset();
        ByteBuffer bytes = in.bytes(in.remaining(), "the members").order(ByteOrder.LITTLE_ENDIAN);
        checkContainerCount(in, at, bytes.duplicate().order(ByteOrder.LITTLE_ENDIAN));
        RoaringBitmap members = new RoaringBitmap();
        try {
            members.deserialize(bytes.duplicate());
            if (!Boolean.TRUE.equals(members.validate())) {
                throw new IllegalStateException("the containers are not valid");
            }
        } catch (IOException | RuntimeException e) {
            throw in.malformed(at, "the members are not a valid RoaringBitmap: " + e);
        }
        if (members.serializedSizeInBytes() != bytes.remaining()) {
            throw in.malformed(at, "the members take " + members.serializedSizeInBytes() + " bytes, the block has "
                    + bytes.remaining());
        }
        if (!members.isEmpty() && Integer.toUnsignedLong(members.last()) >= slotCount) {
            throw in.malformed(at, "the members include slot " + Integer.toUnsignedLong(members.last())
                    + ", there are " + slotCount);
        }
        return members;
    }

    /** A crafted count of containers would make RoaringBitmap allocate for it: bound it by the slots first. */
    private void checkContainerCount(SnapshotCursor in, long at, ByteBuffer bytes) {
        if (bytes.remaining() < Integer.BYTES) {
            throw in.malformed(at, "the members are shorter than a RoaringBitmap's cookie");
        }
        int cookie = bytes.getInt();
        long containers;
        if ((cookie & 0xFFFF) == ROARING_COOKIE_RUNS) {
            containers = (cookie >>> 16) + 1L;
        } else if (cookie == ROARING_COOKIE_NO_RUNS && bytes.remaining() >= Integer.BYTES) {
            containers = Integer.toUnsignedLong(bytes.getInt());
        } else {
            throw in.malformed(at, "the members do not start with a RoaringBitmap cookie");
        }
        long possible = ((long) slotCount + 0xFFFF) >>> 16;
        if (containers > possible) {
            throw in.malformed(at, "the members claim " + containers + " containers, " + slotCount
                    + " slots fill at most " + possible);
        }
    }

    private SnapshotFileException malformed(long offset, String tag, String detail) {
        return refused(offset, tag, SnapshotFileException.Reason.MALFORMED, detail);
    }

    private SnapshotFileException refused(long offset, String tag, SnapshotFileException.Reason reason,
            String detail) {
        return new SnapshotFileException(file, offset, tag, reason, detail, null);
    }
}
