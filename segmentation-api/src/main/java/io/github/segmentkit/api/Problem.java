package io.github.segmentkit.api;

import io.github.segmentkit.api.internal.SafeText;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing wrong with a segment definition: which segment, which attribute, what is wrong and, for definitions
 * read from a document, where.
 *
 * <pre>{@code
 * Problem p = Problem.of("lapsed", "age", "between(10, 5): low is greater than high");
 * p.toString();   // "segment 'lapsed', attribute 'age': between(10, 5): low is greater than high"
 * }</pre>
 *
 * @param segment   the segment the problem was found in, or {@code null} when it concerns no single segment
 * @param attribute the attribute involved, or {@code null}
 * @param message   what is wrong, naming the offending value
 * @param position  where in a source document, or {@code null} for definitions built in code
 */
public record Problem(String segment, String attribute, String message, SourcePosition position) {
    public Problem {
        Objects.requireNonNull(message, "message");
    }

    /** A problem found in code-built definitions (no source position). */
    public static Problem of(String segment, String attribute, String message) {
        return new Problem(segment, attribute, message, null);
    }

    /** The segment, if the problem belongs to one. */
    public Optional<String> segmentName() {
        return Optional.ofNullable(segment);
    }

    /** The source position, if the definition came from a document. */
    public Optional<SourcePosition> sourcePosition() {
        return Optional.ofNullable(position);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        if (position != null) {
            text.append(position).append(": ");
        }
        if (segment != null) {
            text.append("segment '").append(segment).append("'");
        }
        if (attribute != null) {
            text.append(segment != null ? ", " : "").append("attribute '").append(attribute).append("'");
        }
        if (segment != null || attribute != null) {
            text.append(": ");
        }
        // segment names and values quoted in the message are user text: no raw control character is printed
        return SafeText.escapeControls(text.append(message).toString());
    }
}
