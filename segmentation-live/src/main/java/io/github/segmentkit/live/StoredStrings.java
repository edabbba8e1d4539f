package io.github.segmentkit.live;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Decodes the UTF-8 strings of a snapshot file's values, strictly (malformed bytes are refused, never replaced), and
 * hands out one {@code String} for equal short strings.
 *
 * <p>Why share: a CRM's categorical values and tags come from small vocabularies (a country, a channel, a handful of
 * interests), so a file of a million customers holds the same few hundred strings millions of times. Decoded one by
 * one, each value became its own {@code String}, so a restored population held a copy per customer and value where
 * the saved one had shared them: on the benchmarks' population, 979 bytes retained per restored customer against 636
 * with sharing, and the restore took twice as long. A direct-mapped table of recent strings, keyed by their bytes,
 * keeps the sharing bounded: a string longer than {@value #MAX_SHARED_BYTES} bytes, or one whose entry another
 * string took, is decoded on its own; the result is an equal string either way.
 *
 * <p>Not thread-safe: one reader, one instance.
 */
final class StoredStrings {
    /** The longest string, in bytes, that is looked up in the table; longer ones are rarely repeated. */
    static final int MAX_SHARED_BYTES = 64;
    /** Entries in the table: enough for the vocabularies of a schema's categorical and tag attributes together. */
    private static final int ENTRIES = 1 << 13;

    private final byte[][] keys = new byte[ENTRIES][];
    private final String[] values = new String[ENTRIES];
    private CharsetDecoder decoder;

    /**
     * The string whose UTF-8 encoding is {@code bytes[offset, offset + length)}, shared with equal ones decoded
     * before, or {@code null} when those bytes are not well-formed UTF-8.
     */
    String utf8(byte[] bytes, int offset, int length) {
        if (length > MAX_SHARED_BYTES) {
            return decodeReusing(bytes, offset, length);
        }
        int entry = hash(bytes, offset, length) & (ENTRIES - 1);
        byte[] key = keys[entry];
        if (key != null && Arrays.equals(key, 0, key.length, bytes, offset, offset + length)) {
            return values[entry];
        }
        String text = decodeReusing(bytes, offset, length);
        if (text != null) {
            keys[entry] = Arrays.copyOfRange(bytes, offset, offset + length);
            values[entry] = text;
        }
        return text;
    }

    /** Decodes without sharing; {@code null} when the bytes are not well-formed UTF-8. */
    static String decode(byte[] bytes, int offset, int length) {
        return decode(bytes, offset, length, null);
    }

    private String decodeReusing(byte[] bytes, int offset, int length) {
        if (decoder == null) {
            decoder = strictDecoder();
        }
        return decode(bytes, offset, length, decoder);
    }

    private static String decode(byte[] bytes, int offset, int length, CharsetDecoder reused) {
        if (isAscii(bytes, offset, length)) {
            // ASCII is the same bytes in Latin-1, which the String constructor copies without decoding
            return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
        }
        CharsetDecoder decoder = reused == null ? strictDecoder() : reused.reset();
        try {
            return decoder.decode(ByteBuffer.wrap(bytes, offset, length)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static CharsetDecoder strictDecoder() {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean isAscii(byte[] bytes, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            if (bytes[i] < 0) {
                return false;
            }
        }
        return true;
    }

    private static int hash(byte[] bytes, int offset, int length) {
        int hash = length;
        for (int i = offset; i < offset + length; i++) {
            hash = 31 * hash + bytes[i];
        }
        return hash ^ (hash >>> 13);
    }
}
