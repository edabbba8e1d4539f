package io.github.segmentkit.definitions;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.DefinitionException;
import io.github.segmentkit.testing.generators.TestCustomers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The long fuzz run: random and mutated documents through both parsers for a fixed time budget, each held to the
 * corpus rule ({@link HostileDocumentRule}). It runs only with the {@code fuzz} profile:
 *
 * <pre>
 * ./mvnw -B -pl segmentation-definitions -am verify -Pfuzz -Dfuzz.seconds=600 [-Dfuzz.seed=42]
 * </pre>
 *
 * Seeds are the corpus and the example documents; mutations flip, insert, delete, duplicate and splice bytes, and
 * insert deep nesting, control characters, Urdu and Telugu text, huge numbers and broken UTF-8. Every finding is
 * written to {@code target/fuzz-findings/} with the seed and counter in its name; move it into
 * {@code src/test/resources/fuzz-corpus/} so that every build reads it from then on.
 */
@Tag("fuzz")
class LongFuzzRunTest {
    private static final Path CORPUS = Path.of("src/test/resources/fuzz-corpus");
    private static final Path EXAMPLES = Path.of("src/test/resources/examples");
    private static final Path FINDINGS = Path.of("target/fuzz-findings");
    private static final String[] FRAGMENTS = {"segment \"", "\" where ", " and ", " or ", " not ", "(", ")",
        " in (", "age > ", "income between ", "interests has any of (\"", "home within 5 km of (51.5, -0.12)",
        "last_order within last 30 days", " is missing", "classifier \"rfm\" settings {", "{\"segments\": [",
        "{\"name\": \"", "\"criterion\": {", "\"and\": [", "]", "}", "\"", "\\u0000", "\\", "1e999999", "-0",
        "9223372036854775808", "NaN", "پاکستان", "తెలంగాణ", "\u202E", "\u0000", "\u001b[31m", "\uFEFF", "#", "\n"};

    @Test
    void should_refuse_random_and_mutated_documents_only_with_placed_printable_problems() throws IOException {
        Duration budget = Duration.ofSeconds(Long.getLong("fuzz.seconds", 60));
        long seed = Long.getLong("fuzz.seed", System.nanoTime());
        Random random = new Random(seed);
        List<byte[]> seeds = seeds();
        List<String> findings = new ArrayList<>();
        long deadline = System.nanoTime() + budget.toNanos();
        long tried = 0;
        while (System.nanoTime() < deadline && findings.size() < 20) {
            byte[] input = next(random, seeds);
            for (DefinitionsFormat format : DefinitionsFormat.values()) {
                tried++;
                check(input, format).ifPresent(problem -> findings.add(save(input, format, seed, findings.size(),
                        problem)));
            }
        }
        System.out.printf("fuzz run: %d documents in %s, seed %d, %d findings%n", tried, budget, seed,
                findings.size());
        assertThat(tried).as("documents tried").isPositive();
        assertThat(findings).as("findings (seed %d), written to %s", seed, FINDINGS.toAbsolutePath()).isEmpty();
    }

    private static Optional<String> check(byte[] input, DefinitionsFormat format) {
        try {
            Definitions.parse(input, format, TestCustomers.SCHEMA.attributes());
            return Optional.empty();
        } catch (DefinitionException e) {
            return HostileDocumentRule.violation(e, CORPUS.toAbsolutePath().toString());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return Optional.of("escaped as " + e);
        }
    }

    private static byte[] next(Random random, List<byte[]> seeds) {
        byte[] base = seeds.get(random.nextInt(seeds.size()));
        int mutations = 1 + random.nextInt(8);
        byte[] current = random.nextInt(10) == 0 ? randomBytes(random) : base;
        for (int i = 0; i < mutations; i++) {
            current = mutate(random, current, seeds);
        }
        return current;
    }

    private static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[random.nextInt(512)];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] mutate(Random random, byte[] input, List<byte[]> seeds) {
        int at = input.length == 0 ? 0 : random.nextInt(input.length + 1);
        switch (random.nextInt(7)) {
            case 0:   // flip a byte
                if (input.length > 0) {
                    byte[] flipped = input.clone();
                    flipped[Math.min(at, input.length - 1)] ^= (byte) (1 << random.nextInt(8));
                    return flipped;
                }
                return input;
            case 1:   // delete a range
                int end = Math.min(input.length, at + random.nextInt(64));
                return concat(Arrays.copyOfRange(input, 0, at), Arrays.copyOfRange(input, end, input.length));
            case 2:   // duplicate a range
                int to = Math.min(input.length, at + random.nextInt(256));
                return concat(Arrays.copyOfRange(input, 0, to), Arrays.copyOfRange(input, at, input.length));
            case 3:   // splice another seed in
                byte[] other = seeds.get(random.nextInt(seeds.size()));
                int from = other.length == 0 ? 0 : random.nextInt(other.length);
                return insert(input, at, Arrays.copyOfRange(other, from, other.length));
            case 4:   // deep nesting
                String open = random.nextBoolean() ? "(" : random.nextBoolean() ? "[" : "{\"not\": ";
                return insert(input, at, open.repeat(1 + random.nextInt(20_000)).getBytes(StandardCharsets.UTF_8));
            case 5:   // broken UTF-8
                return insert(input, at, new byte[] {(byte) 0xC0, (byte) 0x80, (byte) 0xED, (byte) 0xA0,
                    (byte) 0x80, (byte) 0xFF});
            default:  // a token of either language, or hostile text
                return insert(input, at, FRAGMENTS[random.nextInt(FRAGMENTS.length)].getBytes(StandardCharsets.UTF_8));
        }
    }

    private static byte[] insert(byte[] input, int at, byte[] piece) {
        return concat(concat(Arrays.copyOfRange(input, 0, at), piece), Arrays.copyOfRange(input, at, input.length));
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] joined = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, joined, first.length, second.length);
        return joined;
    }

    private static List<byte[]> seeds() throws IOException {
        List<byte[]> seeds = new ArrayList<>();
        for (Path directory : List.of(CORPUS, EXAMPLES)) {
            try (Stream<Path> files = Files.list(directory)) {
                for (Path file : files.filter(f -> !f.toString().endsWith(".md")).sorted().toList()) {
                    seeds.add(Files.readAllBytes(file));
                }
            }
        }
        return seeds;
    }

    private static String save(byte[] input, DefinitionsFormat format, long seed, int number, String problem) {
        try {
            Files.createDirectories(FINDINGS);
            Path file = FINDINGS.resolve("finding-" + seed + "-" + number
                    + (format == DefinitionsFormat.JSON ? ".json" : ".seg"));
            Files.write(file, input);
            return file.getFileName() + ": " + problem;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
