package io.github.segmentkit.definitions.json;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * JSON escapes that write every UTF-16 surrogate as {@code \}{@code uXXXX}, leaving the rest of the standard escapes
 * unchanged.
 *
 * <p>Why: a name or value may hold an unpaired surrogate (Java strings allow it). Written raw, it cannot be encoded
 * as UTF-8 and comes back as {@code ?}, silently changing the definition. Escaped, it reads back exactly. Jackson
 * offers one character at a time, so paired surrogates (emoji and other supplementary characters) are escaped
 * too; that is still valid, lossless JSON.
 *
 * <pre>{@code
 * String json = JsonFormat.MAPPER.writer().with(new SurrogateEscapes()).writeValueAsString(node);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
final class SurrogateEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private static final int[] ASCII = standardAsciiEscapesForJSON();

    @Override
    public int[] getEscapeCodesForAscii() {
        return ASCII.clone();
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        return Character.isSurrogate((char) ch) ? new SerializedString(String.format("\\u%04x", ch)) : null;
    }
}
