package io.github.segmentkit.definitions;

import io.github.segmentkit.api.DefinitionException;
import io.github.segmentkit.api.Problem;
import java.util.Optional;

/**
 * What a hostile definitions document may do, shared by the corpus test and the long fuzz run: parse, or be refused
 * with a {@link DefinitionException} whose every problem is placed (a line and column, or a JSON pointer) and whose
 * message has no raw control character and no parser internals or absolute paths.
 */
final class HostileDocumentRule {
    private HostileDocumentRule() {
    }

    /** What is wrong with a refusal, if anything. */
    static Optional<String> violation(DefinitionException refused, String forbiddenPath) {
        if (refused.problems().isEmpty()) {
            return Optional.of("refused without a problem");
        }
        for (Problem problem : refused.problems()) {
            boolean placed = problem.position() != null || problem.message().contains("at /");
            if (!placed) {
                return Optional.of("problem without a place: " + problem);
            }
        }
        String message = refused.getMessage();
        if (message.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t' || c >= 0x7F && c <= 0x9F)) {
            return Optional.of("raw control characters in " + message);
        }
        for (String internal : new String[] {"StreamReadConstraints", "REDACTED", forbiddenPath}) {
            if (message.contains(internal)) {
                return Optional.of("'" + internal + "' in " + message);
            }
        }
        return Optional.empty();
    }
}
