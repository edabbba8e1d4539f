package io.github.segmentkit.api;

import io.github.segmentkit.api.internal.SafeText;
import java.util.List;

/**
 * A document (a mapping, a playbook) that cannot be used: every {@link Problem} found is reported at once, each with
 * its line, column and the JSON pointer of the offending value, after the document's name, e.g.
 * {@code customers.mapping.json: line 6, column 15: at /columns/1/kind: unknown kind 'integer' (did you mean
 * 'long'?)}. Each document format has its own subtype; catch this type to handle them all alike.
 *
 * <pre>{@code
 * try {
 *     MappingJson.read(file);
 * } catch (InvalidDocumentException e) {
 *     log.error("{}: {} problems", e.source(), e.problems().size());
 * }
 * }</pre>
 */
public abstract class InvalidDocumentException extends DefinitionException {
    private static final long serialVersionUID = 1L;

    private final String source;

    /**
     * The problems of the document {@code source}.
     *
     * @param source   the document's name, or {@code null}
     * @param problems what is wrong; not empty
     */
    protected InvalidDocumentException(String source, List<Problem> problems) {
        super(problems);
        this.source = source;
    }

    /** The document's name, or {@code null}. */
    public String source() {
        return source;
    }

    /** The problems, after the document's name (its control characters escaped) when it has one. */
    @Override
    public String getMessage() {
        return source == null ? super.getMessage() : SafeText.escapeControls(source) + ": " + super.getMessage();
    }
}
