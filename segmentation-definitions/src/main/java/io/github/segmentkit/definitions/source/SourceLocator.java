package io.github.segmentkit.definitions.source;

import io.github.segmentkit.api.Problem;
import java.util.Comparator;

/**
 * How one format places problems in its source: text by line and column, JSON by pointer.
 *
 * <pre>{@code
 * SourceLocator locator = TextLocator.of(source);
 * locator.at(declaration, Problem.of("lapsed", "age", "age.between(10, 5): …"));   // at line 8, column 9
 * }</pre>
 */
public interface SourceLocator {
    /** {@code problem}, found in {@code declaration}, placed at the attribute it names, else at the declaration. */
    Problem at(ParsedSegment declaration, Problem problem);

    /**
     * {@code problem}, found in {@code declaration} about {@code value} compared with the attribute it names, placed
     * at the value's first comparison with that attribute, else as {@link #at}.
     */
    Problem atValue(ParsedSegment declaration, Problem problem, String value);

    /** Where {@code declaration} is, as a message says it: "line 3, column 1" or "/segments/2". */
    String describe(ParsedSegment declaration);

    /**
     * Document order of problems placed by this locator and by the reader of its format; problems about no place
     * in particular come first.
     */
    Comparator<Problem> documentOrder();
}
