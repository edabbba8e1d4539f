package io.github.segmentkit.live;

import static io.github.segmentkit.testing.generators.TestCustomers.AGE;
import static io.github.segmentkit.testing.generators.TestCustomers.LAST_ORDER;
import static io.github.segmentkit.testing.generators.TestCustomers.SCHEMA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.classify.AttributeValues;
import io.github.segmentkit.testing.generators.TestCustomer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.roaringbitmap.RoaringBitmap;

/**
 * Torn and corrupt snapshot files are refused with a {@link SnapshotFileException} naming the reason, and nothing
 * else ever escapes (no EOFException, no OutOfMemoryError from a claimed size); the customer factory is not even
 * called for a torn or corrupt file, since every checksum is verified before any customer is built.
 */
class SnapshotFileCorruptionTest {
    private static final LocalDate TODAY = LocalDate.of(2024, 3, 31);
    private static final List<Segment> SEGMENTS = List.of(
            Segment.named("adults").where(AGE.ge(18L)),
            Segment.named("recent").where(LAST_ORDER.withinDays(30)));
    private static final Set<SnapshotFileException.Reason> CORRUPTION = EnumSet.of(
            SnapshotFileException.Reason.TRUNCATED, SnapshotFileException.Reason.WRONG_MAGIC,
            SnapshotFileException.Reason.UNKNOWN_VERSION, SnapshotFileException.Reason.BAD_CHECKSUM,
            SnapshotFileException.Reason.MALFORMED);

    private static final Path directory;
    private static final byte[] small;
    private static final byte[] large;

    static {
        try {
            directory = Files.createTempDirectory("live-snapshot-corruption");
            directory.toFile().deleteOnExit();
            small = snapshot(SnapshotFileTest.awkward().subList(0, 3), 0);
            List<TestCustomer> many = new ArrayList<>();
            for (int i = 0; i < 10_000; i++) {
                many.add(new TestCustomer(i * 7L, (long) (i % 90), i * 10.5, i % 3 == 0 ? "پاکستان" : "US",
                        i % 2 == 0, TODAY.minusDays(i % 60), null, List.of("t" + i % 5), null));
            }
            large = snapshot(many, 100);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes of a snapshot of {@code customers} after {@code deletions} deletions. */
    private static byte[] snapshot(List<TestCustomer> customers, int deletions) throws IOException {
        try (LiveSegmentation<TestCustomer> live = LiveSegmentation.builder(SCHEMA).addAll(SEGMENTS).asOf(TODAY)
                .build(customers)) {
            for (int i = 0; i < deletions; i++) {
                live.delete(customers.get(i * 13).id());
            }
            Path file = Files.createTempFile(directory, "live", ".snapshot");
            live.saveTo(file);
            byte[] bytes = Files.readAllBytes(file);
            Files.delete(file);
            return bytes;
        }
    }

    /** What a restore of {@code bytes} throws (nothing when it succeeds), and how often the factory ran. */
    private static Throwable restore(byte[] bytes, AtomicInteger built) {
        Path file;
        try {
            file = Files.createTempFile(directory, "corrupt", ".snapshot");
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return catchThrowable(() -> LiveSegmentation.builder(SCHEMA).addAll(SEGMENTS)
                    .restore(file, (AttributeValues values) -> {
                        built.incrementAndGet();
                        return SnapshotFiles.testCustomer(values);
                    }).close());
        } finally {
            try {
                Files.delete(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static SnapshotFileException refused(byte[] bytes) {
        AtomicInteger built = new AtomicInteger();
        Throwable thrown = restore(bytes, built);
        assertThat(thrown).isInstanceOf(SnapshotFileException.class);
        SnapshotFileException refusal = (SnapshotFileException) thrown;
        assertThat(refusal.getMessage()).contains(directory.toString());
        return refusal;
    }

    @Test
    void should_restore_the_intact_snapshots() {
        AtomicInteger built = new AtomicInteger();
        assertThat(restore(small, built)).isNull();
        assertThat(built).hasValue(3);
        assertThat(restore(large, built)).isNull();
    }

    @Test
    void should_refuse_a_small_snapshot_truncated_at_every_byte() {
        for (int length = 0; length < small.length; length++) {
            AtomicInteger built = new AtomicInteger();
            Throwable thrown = restore(Arrays.copyOf(small, length), built);
            assertThat(thrown).as("truncated to %d bytes", length).isInstanceOfSatisfying(SnapshotFileException.class,
                    e -> assertThat(e.reason()).isEqualTo(SnapshotFileException.Reason.TRUNCATED));
            assertThat(built).as("customers built from %d bytes", length).hasValue(0);
        }
    }

    @Property(tries = 100)
    void should_refuse_a_large_snapshot_truncated_anywhere(@ForAll @IntRange(min = 0, max = 1 << 30) int cut) {
        int length = cut % large.length;
        AtomicInteger built = new AtomicInteger();
        Throwable thrown = restore(Arrays.copyOf(large, length), built);
        assertThat(thrown).isInstanceOfSatisfying(SnapshotFileException.class,
                e -> assertThat(e.reason()).isEqualTo(SnapshotFileException.Reason.TRUNCATED));
        assertThat(built).hasValue(0);
    }

    @Property(tries = 200)
    void should_refuse_flipped_bits(@ForAll @Size(min = 1, max = 3) List<@IntRange(min = 0) Integer> positions,
            @ForAll boolean large) {
        byte[] bytes = (large ? SnapshotFileCorruptionTest.large : small).clone();
        for (int position : positions) {
            int bit = position % (bytes.length * 8);
            bytes[bit >>> 3] ^= (byte) (1 << (bit & 7));
        }
        if (Arrays.equals(bytes, large ? SnapshotFileCorruptionTest.large : small)) {
            return;                                                    // the flips cancelled out
        }
        AtomicInteger built = new AtomicInteger();
        Throwable thrown = restore(bytes, built);
        assertThat(thrown).isInstanceOfSatisfying(SnapshotFileException.class,
                e -> assertThat(e.reason()).isIn(CORRUPTION));
        assertThat(built).hasValue(0);
    }

    @Property(tries = 100)
    void should_refuse_overwritten_bytes_with_its_own_exception_only(@ForAll @IntRange(min = 0) int position,
            @ForAll @Size(min = 1, max = 16) byte[] garbage) {
        byte[] bytes = small.clone();
        int at = position % bytes.length;
        System.arraycopy(garbage, 0, bytes, at, Math.min(garbage.length, bytes.length - at));
        if (Arrays.equals(bytes, small)) {
            return;
        }
        assertThat(refused(bytes).reason()).isIn(CORRUPTION);
    }

    @Test
    void should_refuse_a_wrong_magic_an_unknown_version_an_empty_file_and_text() {
        byte[] magic = small.clone();
        magic[1] = 'X';
        assertThat(refused(magic).reason()).isEqualTo(SnapshotFileException.Reason.WRONG_MAGIC);
        assertThat(refused(magic).offset()).isZero();
        for (int version : new int[] {0, 2, -1}) {
            byte[] other = small.clone();
            ByteBuffer.wrap(other, 8, 4).putInt(version);
            SnapshotFileException refusal = refused(other);
            assertThat(refusal.reason()).isEqualTo(SnapshotFileException.Reason.UNKNOWN_VERSION);
            assertThat(refusal.offset()).isEqualTo(8);
            assertThat(refusal.getMessage()).contains("version " + Integer.toUnsignedString(version));
        }
        assertThat(refused(new byte[0]).reason()).isEqualTo(SnapshotFileException.Reason.TRUNCATED);
        assertThat(refused("id,age\n1,20\n".getBytes(StandardCharsets.UTF_8)).reason())
                .isEqualTo(SnapshotFileException.Reason.WRONG_MAGIC);
    }

    @Test
    void should_refuse_a_directory_and_a_missing_file() throws IOException {
        Path folder = Files.createDirectory(directory.resolve("a-directory"));
        for (Path path : List.of(folder, directory.resolve("missing.snapshot"))) {
            Throwable thrown = catchThrowable(() -> LiveSegmentation.builder(SCHEMA).addAll(SEGMENTS)
                    .restore(path, SnapshotFiles::testCustomer));
            assertThat(thrown).isInstanceOfSatisfying(SnapshotFileException.class, e -> {
                assertThat(e.reason()).isEqualTo(SnapshotFileException.Reason.UNREADABLE);
                assertThat(e.file()).isEqualTo(path);
            });
        }
        Files.delete(folder);
    }

    /** The HEAD payload with the customer count (after the sequence, clock, as-of and zone) set to {@code count}. */
    private static UnaryOperator<byte[]> customerCount(int count) {
        return payload -> {
            ByteBuffer head = ByteBuffer.wrap(payload);
            int zoneLength = head.getInt(8 + 1 + 8 + 4 + 1);
            head.putInt(8 + 1 + 8 + 4 + 1 + 4 + zoneLength, count);
            return payload;
        };
    }

    /**
     * Where the UTF-8 bytes of {@code text} start in {@code payload}, found with the encoding byte (UTF-8) and the
     * length that precede them, so that no other bytes of the block are mistaken for it.
     */
    private static int indexOf(byte[] payload, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        byte[] stored = ByteBuffer.allocate(5 + bytes.length).put((byte) 0).putInt(bytes.length).put(bytes).array();
        for (int i = 0; i + stored.length <= payload.length; i++) {
            if (Arrays.equals(payload, i, i + stored.length, stored, 0, stored.length)) {
                return i + 5;
            }
        }
        throw new AssertionError(text + " is not in the block");
    }

    @Test
    void should_refuse_a_stored_string_that_is_not_utf8_or_claims_more_bytes_than_its_block_holds() {
        // small's first customer lives in 'پاکستان' (the country column); its ROWS block is block 1
        SnapshotFiles.Block rows = SnapshotFiles.blocks(small).get(1);
        int text = indexOf(rows.payload(), "پاکستان");
        long payloadAt = rows.offset() + 8L;

        // a byte that no UTF-8 sequence starts with, in place of the string's first byte: refused, not replaced
        SnapshotFileException malformed = refused(SnapshotFiles.withBlock(small, 1, payload -> {
            payload[text] = (byte) 0xFF;
            return payload;
        }));
        assertThat(malformed.reason()).isEqualTo(SnapshotFileException.Reason.MALFORMED);
        assertThat(malformed.block()).isEqualTo("ROWS");
        assertThat(malformed.offset()).isEqualTo(payloadAt + text - 5);
        assertThat(malformed.getMessage()).contains("a value of 'country' is not valid UTF-8");

        // the same string claiming a million bytes in a block of a few hundred
        SnapshotFileException overrun = refused(SnapshotFiles.withBlock(small, 1, payload -> {
            ByteBuffer.wrap(payload, text - 4, 4).putInt(1_000_000);
            return payload;
        }));
        assertThat(overrun.reason()).isEqualTo(SnapshotFileException.Reason.MALFORMED);
        assertThat(overrun.offset()).isEqualTo(payloadAt + text - 4);
        assertThat(overrun.getMessage()).contains("a value of 'country''s length is 1000000, but 1000000 × 1 bytes"
                + " do not fit in the");
        SnapshotFileException negative = refused(SnapshotFiles.withBlock(small, 1, payload -> {
            ByteBuffer.wrap(payload, text - 4, 4).putInt(-7);
            return payload;
        }));
        assertThat(negative.getMessage()).contains("a value of 'country''s length is negative: -7");

        // the first customer's tags are 'క్రికెట్', 'کتابیں' and '' (in the file in any order): the Telugu one made
        // empty as well, so that the set holds '' twice (the block only shortens: the reader has no offsets in it)
        int telugu = indexOf(rows.payload(), "క్రికెట్");
        int teluguBytes = "క్రికెట్".getBytes(StandardCharsets.UTF_8).length;
        SnapshotFileException twice = refused(SnapshotFiles.withBlock(small, 1, payload -> {
            ByteBuffer shorter = ByteBuffer.allocate(payload.length - teluguBytes);
            shorter.put(payload, 0, telugu - 4).putInt(0).put(payload, telugu + teluguBytes,
                    payload.length - telugu - teluguBytes);
            return shorter.array();
        }));
        assertThat(twice.reason()).isEqualTo(SnapshotFileException.Reason.MALFORMED);
        assertThat(twice.block()).isEqualTo("ROWS");
        assertThat(twice.getMessage()).contains("a value of 'interests' holds a tag twice");

        // an ASCII tag of the large file turned into a lone continuation byte, after equal tags were read intact
        // (the blocks end with a MEMB per segment, one of the live customers, and END)
        int lastRowsIndex = SnapshotFiles.blocks(large).size() - 3 - SEGMENTS.size();
        SnapshotFiles.Block lastRows = SnapshotFiles.blocks(large).get(lastRowsIndex);
        assertThat(lastRows.tag()).isEqualTo("ROWS");
        int tag = indexOf(lastRows.payload(), "t4");
        SnapshotFileException tagMalformed = refused(SnapshotFiles.withBlock(large, lastRowsIndex, payload -> {
            payload[tag + 1] = (byte) 0x80;
            return payload;
        }));
        assertThat(tagMalformed.reason()).isEqualTo(SnapshotFileException.Reason.MALFORMED);
        assertThat(tagMalformed.block()).isEqualTo("ROWS");
        assertThat(tagMalformed.offset()).isEqualTo(lastRows.offset() + 8L + tag - 5);
        assertThat(tagMalformed.getMessage()).contains("a value of 'interests' is not valid UTF-8");
    }

    @Test
    void should_refuse_claimed_sizes_the_file_cannot_hold_without_allocating_them() {
        SnapshotFileException billions = refused(SnapshotFiles.withBlock(small, 0, customerCount(Integer.MAX_VALUE)));
        assertThat(billions.reason()).isEqualTo(SnapshotFileException.Reason.TRUNCATED);
        assertThat(billions.block()).isEqualTo("HEAD");
        assertThat(billions.getMessage()).contains("2147483647 customers");
        assertThat(refused(SnapshotFiles.withBlock(small, 0, customerCount(-1))).reason())
                .isEqualTo(SnapshotFileException.Reason.MALFORMED);

        // the last block claiming nearly 2 GiB in a file of a few hundred bytes
        byte[] longBlock = small.clone();
        int end = SnapshotFiles.blocks(small).get(SnapshotFiles.blocks(small).size() - 1).offset();
        ByteBuffer.wrap(longBlock, end + 4, 4).putInt(Integer.MAX_VALUE - 100);
        SnapshotFileException truncated = refused(longBlock);
        assertThat(truncated.reason()).isEqualTo(SnapshotFileException.Reason.TRUNCATED);
        assertThat(truncated.offset()).isEqualTo(end);

        // a members block claiming 65536 containers for 3 customers
        int alive = SnapshotFiles.blocks(small).size() - 2;
        byte[] containers = SnapshotFiles.withBlock(small, alive, payload -> {
            ByteBuffer claim = ByteBuffer.allocate(12).putInt(SEGMENTS.size());
            claim.order(ByteOrder.LITTLE_ENDIAN).putInt(12346).putInt(65536);
            return claim.array();
        });
        assertThat(refused(containers).getMessage()).contains("65536 containers");
    }

    @Test
    void should_refuse_checksummed_content_that_makes_no_snapshot() {
        // bytes after the END block
        byte[] trailing = Arrays.copyOf(small, small.length + 3);
        SnapshotFileException after = refused(trailing);
        assertThat(after.reason()).isEqualTo(SnapshotFileException.Reason.MALFORMED);
        assertThat(after.offset()).isEqualTo(small.length);

        // the second customer stored with the first one's id
        byte[] twice = SnapshotFiles.withBlock(small, 1, payload -> {
            ByteBuffer rows = ByteBuffer.wrap(payload);
            rows.putLong(16, rows.getLong(8));
            return payload;
        });
        assertThat(refused(twice).getMessage()).contains("stored twice");

        // a segment member that is not a live customer: delete one, then put it back in 'adults'
        byte[] ghost = SnapshotFiles.withBlock(small, SnapshotFiles.blocks(small).size() - 2, payload -> {
            RoaringBitmap alive = new RoaringBitmap();
            alive.add(1);
            ByteBuffer out = ByteBuffer.allocate(4 + alive.serializedSizeInBytes()).putInt(SEGMENTS.size());
            alive.serialize(out);
            return out.array();
        });
        assertThat(refused(ghost).getMessage()).contains("segment 'adults' has members that are not live customers");

        // a block out of order: END where the first members should be
        List<SnapshotFiles.Block> blocks = SnapshotFiles.blocks(small);
        byte[] reordered = small.clone();
        int members = blocks.get(blocks.size() - 4).offset();
        reordered[members] = 'E';
        reordered[members + 3] = '!';
        SnapshotFileException order = refused(SnapshotFiles.withBlock(reordered, 0, UnaryOperator.identity()));
        assertThat(order.reason()).isEqualTo(SnapshotFileException.Reason.MALFORMED);
        assertThat(order.getMessage()).contains("expected MEMB");
    }
}
