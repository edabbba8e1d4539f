package io.github.segmentkit.api.internal;

import io.github.segmentkit.api.InvalidDocumentException;
import io.github.segmentkit.api.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;

/**
 * Reads a whole document (a mapping, a playbook) into memory, but never more than its format's limit: a larger
 * document is refused before it is parsed, with one problem naming the limit.
 *
 * <pre>{@code
 * byte[] json = BoundedDocument.read(in, MAX_DOCUMENT_BYTES, "MappingJson.MAX_DOCUMENT_BYTES",
 *         problems -> new InvalidMappingException(source, problems));
 * }</pre>
 */
public final class BoundedDocument {
    private BoundedDocument() {
    }

    /**
     * The bytes of {@code in} (not closed), at most {@code maxBytes} of them.
     *
     * @param limitName where the limit is declared, named in the problem (e.g. {@code MappingJson.MAX_DOCUMENT_BYTES})
     * @param refusal   the format's exception, given the problem
     * @throws InvalidDocumentException (through {@code refusal}) when the document is larger than {@code maxBytes}
     * @throws UncheckedIOException     when {@code in} cannot be read
     */
    public static byte[] read(InputStream in, int maxBytes, String limitName,
            Function<List<Problem>, ? extends InvalidDocumentException> refusal) {
        byte[] document;
        try {
            // one byte more than allowed tells a document exactly at the limit from a larger one
            document = in.readNBytes(maxBytes + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (document.length > maxBytes) {
            throw refusal.apply(List.of(new Problem(null, null, "the document is larger than " + maxBytes
                    + " bytes (" + limitName + ")", null)));
        }
        return document;
    }
}
