package io.github.segmentkit.benchmarks.peers.duckdb;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * How the SQL formulation tests interest tags: on the {@code VARCHAR[]} column with {@code list_contains}, or on the
 * {@code BIGINT} mask with bit operations. Both give {@code NULL} (not a member) for missing interests.
 *
 * <pre>{@code
 * SqlCondition outdoor = TagEncoding.MASK.any(List.of("hiking", "camping"));
 * }</pre>
 */
public enum TagEncoding {
    /** {@code list_contains(interests, ?)}, once per tag. */
    LIST {
        @Override
        public SqlCondition any(List<String> tags) {
            return new SqlCondition(repeat("list_contains(interests, ?)", " OR ", tags.size()), new ArrayList<>(tags));
        }

        @Override
        public SqlCondition all(List<String> tags) {
            return new SqlCondition(repeat("list_contains(interests, ?)", " AND ", tags.size()), new ArrayList<>(tags));
        }

        @Override
        public SqlCondition none(List<String> tags) {
            return new SqlCondition("NOT (" + any(tags).sql() + ")", new ArrayList<>(tags));
        }
    },
    /** {@code interest_mask & ?}, with the mask of the tags bound. */
    MASK {
        @Override
        public SqlCondition any(List<String> tags) {
            return new SqlCondition("(interest_mask & ?) <> 0", List.of(TagMask.of(tags)));
        }

        @Override
        public SqlCondition all(List<String> tags) {
            long mask = TagMask.of(tags);
            return new SqlCondition("(interest_mask & ?) = ?", List.of(mask, mask));
        }

        @Override
        public SqlCondition none(List<String> tags) {
            return new SqlCondition("(interest_mask & ?) = 0", List.of(TagMask.of(tags)));
        }
    };

    /** Holds at least one of {@code tags}. */
    public abstract SqlCondition any(List<String> tags);

    /** Holds every one of {@code tags}. */
    public abstract SqlCondition all(List<String> tags);

    /** Holds none of {@code tags}. */
    public abstract SqlCondition none(List<String> tags);

    private static String repeat(String test, String connective, int times) {
        return "(" + String.join(connective, Collections.nCopies(times, test)) + ")";
    }
}
