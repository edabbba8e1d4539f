package io.github.segmentkit.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link StoredStrings} against the JDK: what {@code String.getBytes(UTF_8)} encodes decodes back, at any offset and
 * through the shared table; bytes are refused exactly when they are not well-formed UTF-8, which is told apart
 * independently of the decoder under test by whether they survive the JDK's replacing decoder and encoder unchanged.
 */
class StoredStringsTest {
    /** One table across the tries of a property, so that later tries meet strings and collisions of earlier ones. */
    private final StoredStrings strings = new StoredStrings();

    @Property(tries = 2_000)
    void should_decode_what_the_jdk_encodes_at_any_offset(@ForAll("texts") String text,
            @ForAll @IntRange(max = 9) int before, @ForAll @IntRange(max = 9) int after) {
        byte[] encoded = text.getBytes(StandardCharsets.UTF_8);
        byte[] within = new byte[before + encoded.length + after];
        Arrays.fill(within, (byte) 0xFF);   // not UTF-8: a read outside the range would be refused or show
        System.arraycopy(encoded, 0, within, before, encoded.length);

        String first = strings.utf8(within, before, encoded.length);
        String again = strings.utf8(encoded.clone(), 0, encoded.length);

        assertThat(first).isEqualTo(text);
        assertThat(again).isEqualTo(text);
        assertThat(StoredStrings.decode(within, before, encoded.length)).isEqualTo(text);
        if (encoded.length <= StoredStrings.MAX_SHARED_BYTES) {
            assertThat(again).isSameAs(first);
        }
    }

    @Property(tries = 5_000)
    void should_refuse_exactly_the_bytes_that_are_not_utf8(@ForAll("bytes") byte[] bytes) {
        String replaced = new String(bytes, StandardCharsets.UTF_8);
        boolean wellFormed = Arrays.equals(replaced.getBytes(StandardCharsets.UTF_8), bytes);

        String decoded = strings.utf8(bytes, 0, bytes.length);
        String again = strings.utf8(bytes.clone(), 0, bytes.length);

        if (wellFormed) {
            assertThat(decoded).isEqualTo(replaced);
            assertThat(again).isEqualTo(replaced);
        } else {
            assertThat(decoded).as("%s", Arrays.toString(bytes)).isNull();
            assertThat(again).isNull();
        }
        assertThat(StoredStrings.decode(bytes, 0, bytes.length)).isEqualTo(wellFormed ? replaced : null);
    }

    @Example
    void should_keep_strings_apart_when_more_of_them_than_the_table_holds_meet() {
        // far more distinct strings than the table's entries, in Latin, Urdu and Telugu, twice over: every entry is
        // taken by many strings in turn, and each must still come back as itself
        List<String> stems = List.of("customer-", "کراچی-", "హైదరాబాద్-");
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < 40_000; i++) {
                String text = stems.get(i % 3) + i;
                byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                assertThat(strings.utf8(bytes, 0, bytes.length)).isEqualTo(text);
            }
        }
    }

    @Example
    void should_share_one_string_among_equal_ones_read_from_different_places() {
        byte[] file = "..US..FR..US..".getBytes(StandardCharsets.US_ASCII);
        String first = strings.utf8(file, 2, 2);
        String france = strings.utf8(file, 6, 2);
        String second = strings.utf8(file, 10, 2);
        assertThat(first).isEqualTo("US").isSameAs(second);
        assertThat(france).isEqualTo("FR");
        byte[] urdu = "پاکستان".getBytes(StandardCharsets.UTF_8);
        assertThat(strings.utf8(urdu, 0, urdu.length)).isEqualTo("پاکستان")
                .isSameAs(strings.utf8(urdu.clone(), 0, urdu.length));
        assertThat(strings.utf8(file, 0, 0)).isEmpty();
    }

    @Provide
    Arbitrary<String> texts() {
        // up to 40 code points: long enough to pass the table's 64-byte limit in every script
        return TextArbitraries.codePointsOfEveryWidth(40);
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        // ASCII, continuation bytes, the leads of two-, three- and four-byte sequences (0xED: surrogates; 0xF4 and
        // over: beyond U+10FFFF) and the bytes UTF-8 never uses, so that well-formed and malformed inputs both occur
        Arbitrary<Byte> any = Arbitraries.oneOf(
                Arbitraries.bytes().between((byte) 0x20, (byte) 0x7e),
                Arbitraries.integers().between(0x80, 0xbf).map(Integer::byteValue),
                Arbitraries.integers().between(0xc0, 0xff).map(Integer::byteValue),
                Arbitraries.of((byte) 0xe0, (byte) 0xed, (byte) 0xf0, (byte) 0xf4));
        return any.list().ofMaxSize(12).map(list -> {
            byte[] bytes = new byte[list.size()];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = list.get(i);
            }
            return bytes;
        });
    }
}
