package io.github.segmentkit.api;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Segment definitions that cannot be used: every {@link Problem} found is reported at once, so a user fixes them all
 * in one round.
 *
 * <pre>{@code
 * try {
 *     Segmenter.builder(schema).add(segment).build();
 * } catch (DefinitionException e) {
 *     for (Problem p : e.problems()) {
 *         log.warn("{}", p);   // e.g. "segment 'lapsed', attribute 'age': age.between(10, 5): low is greater than high…"
 *     }
 * }
 * }</pre>
 */
public class DefinitionException extends SegmentKitException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public DefinitionException(List<Problem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    public DefinitionException(Problem problem) {
        this(List.of(problem));
    }

    /** The problems found, in the order they were found; never empty. */
    public List<Problem> problems() {
        return problems;
    }

    private static String describe(List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a DefinitionException needs at least one problem");
        }
        if (problems.size() == 1) {
            return problems.get(0).toString();
        }
        return problems.size() + " problems:\n" + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
    }
}
