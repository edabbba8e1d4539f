package io.github.segmentkit.io.mapping;

import io.github.segmentkit.api.InvalidDocumentException;
import io.github.segmentkit.api.Problem;
import java.util.List;

/**
 * A mapping document that cannot be used: every {@link Problem} found is reported at once, each with its line and
 * column and the JSON pointer of the offending value, e.g. {@code customers.mapping.json: line 6, column 15:
 * attribute 'age': at /columns/1/kind: unknown kind 'integer' (did you mean 'long'?)}.
 *
 * <pre>{@code
 * try {
 *     MappingJson.read(file);
 * } catch (InvalidMappingException e) {
 *     e.problems().forEach(p -> log.error("{}", p));
 *     reported.addAll(e.problems());
 * }
 * }</pre>
 */
public class InvalidMappingException extends InvalidDocumentException {
    private static final long serialVersionUID = 1L;

    /**
     * The problems of the document {@code source}.
     *
     * @param source   the document's name, or {@code null}
     * @param problems what is wrong; not empty
     */
    public InvalidMappingException(String source, List<Problem> problems) {
        super(source, problems);
    }
}
