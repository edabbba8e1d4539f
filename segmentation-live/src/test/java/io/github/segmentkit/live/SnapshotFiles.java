package io.github.segmentkit.live;

import io.github.segmentkit.api.attribute.GeoPoint;
import io.github.segmentkit.api.classify.AttributeValues;
import io.github.segmentkit.testing.generators.TestCustomer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * Test helpers for snapshot files: the factory that rebuilds a {@link TestCustomer} from stored values, and a
 * block-level editor that changes a block's payload and writes a valid checksum for it, so that tests can reach the
 * checks behind the checksums. The editor reads the layout from docs/live-snapshot-format.md by hand, independently
 * of the reader.
 */
final class SnapshotFiles {
    private SnapshotFiles() {
    }

    /** Rebuilds a test customer; its tags come back as a set (the schema reads them as one). */
    @SuppressWarnings("unchecked")
    static TestCustomer testCustomer(AttributeValues values) {
        Double income = (Double) values.get("income");
        Set<String> interests = (Set<String>) values.get("interests");
        return new TestCustomer(values.id(), (Long) values.get("age"), income == null ? Double.NaN : income,
                (String) values.get("country"), (Boolean) values.get("opted_in"), (LocalDate) values.get("last_order"),
                (Instant) values.get("last_login"), interests == null ? null : List.copyOf(interests),
                (GeoPoint) values.get("home"));
    }

    /** One block of a file: its offset, tag and payload. */
    record Block(int offset, String tag, byte[] payload) {
    }

    /** The blocks of a snapshot file, parsed by hand: 12 bytes of preamble, then tag, length, payload, CRC. */
    static List<Block> blocks(byte[] file) {
        List<Block> blocks = new ArrayList<>();
        int at = 12;
        while (at < file.length) {
            String tag = new String(file, at, 4, StandardCharsets.US_ASCII);
            int length = ByteBuffer.wrap(file, at + 4, 4).getInt();
            byte[] payload = new byte[length];
            System.arraycopy(file, at + 8, payload, 0, length);
            blocks.add(new Block(at, tag, payload));
            at += 8 + length + 4;
        }
        return blocks;
    }

    /** The file with block {@code index}'s payload replaced by {@code edit} of it, with a valid CRC32C. */
    static byte[] withBlock(byte[] file, int index, UnaryOperator<byte[]> edit) {
        List<Block> blocks = blocks(file);
        ByteBuffer out = ByteBuffer.allocate(file.length + (1 << 16));
        out.put(file, 0, 12);
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            byte[] payload = i == index ? edit.apply(block.payload().clone()) : block.payload();
            ByteBuffer header = ByteBuffer.allocate(8).put(block.tag().getBytes(StandardCharsets.US_ASCII))
                    .putInt(payload.length);
            CRC32C crc = new CRC32C();
            crc.update(header.array());
            crc.update(payload);
            out.put(header.array()).put(payload).putInt((int) crc.getValue());
        }
        byte[] result = new byte[out.position()];
        out.flip().get(result);
        return result;
    }

    static Path write(Path directory, String name, byte[] bytes) {
        try {
            return Files.write(directory.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
