package io.github.segmentkit.io.mapping;

import io.github.segmentkit.api.DefinitionException;
import io.github.segmentkit.api.Problem;
import io.github.segmentkit.api.internal.SafeText;
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
public class InvalidMappingException extends DefinitionException {
    private static final long serialVersionUID = 1L;

    private final String source;

    /**
     * The problems of the document {@code source}.
     *
     * @param source   the document's name, or {@code null}
     * @param problems what is wrong; not empty
     */
    public InvalidMappingException(String source, List<Problem> problems) {
        super(problems);
        this.source = source;
    }

    /** The document's name, or {@code null}. */
    public String source() {
        return source;
    }

    @Override
    public String getMessage() {
        return source == null ? super.getMessage() : SafeText.escapeControls(source) + ": " + super.getMessage();
    }
}
