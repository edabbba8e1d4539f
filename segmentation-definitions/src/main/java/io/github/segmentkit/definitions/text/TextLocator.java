package io.github.segmentkit.definitions.text;

import io.github.segmentkit.api.Problem;
import io.github.segmentkit.api.SourcePosition;
import io.github.segmentkit.definitions.source.ParsedSegment;
import io.github.segmentkit.definitions.source.SourceLocator;
import java.util.Comparator;
import java.util.Optional;

/**
 * Places problems found after parsing (by validation) at the attribute they name in their segment declaration,
 * else at the declaration, and quotes the source line with a caret, as for syntax errors.
 *
 * <pre>{@code
 * TextLocator.of(source).at(declaration, problem).toString();
 * // line 8, column 9: segment 'lapsed', attribute 'age': age.between(10, 5): low is greater than high, …
 * //     where age between 10 and 5
 * //           ^
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class TextLocator implements SourceLocator {
    private static final Comparator<Problem> BY_POSITION = Comparator.comparing(Problem::position,
            Comparator.nullsFirst(Comparator.comparingInt(SourcePosition::line)
                    .thenComparingInt(SourcePosition::column)));

    private final SourceLines lines;

    private TextLocator(SourceLines lines) {
        this.lines = lines;
    }

    /** A locator for problems of {@code source}. */
    public static TextLocator of(String source) {
        return new TextLocator(new SourceLines(source));
    }

    @Override
    public Problem at(ParsedSegment declaration, Problem problem) {
        if (problem.position() != null) {
            return problem;
        }
        return placed(problem, declaration.positionOf(problem.attribute()));
    }

    @Override
    public Problem atValue(ParsedSegment declaration, Problem problem, String value) {
        return placed(problem, declaration.positionOfValue(problem.attribute(), value));
    }

    private Problem placed(Problem problem, Optional<SourcePosition> position) {
        return position.map(at -> new Problem(problem.segment(), problem.attribute(),
                problem.message() + lines.excerpt(at), at)).orElse(problem);
    }

    @Override
    public String describe(ParsedSegment declaration) {
        return String.valueOf(declaration.start());
    }

    /** By line, then column; a sort is stable, so problems at the same place keep the order they were found in. */
    @Override
    public Comparator<Problem> documentOrder() {
        return BY_POSITION;
    }
}
