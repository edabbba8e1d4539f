package io.github.segmentkit.api.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.Problem;
import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.criteria.Criteria;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * "Did you mean" answers exactly as a plain edit distance against every candidate would, and the work of a whole
 * validation stays within the budget, counted in table cells, even on the worst document the limits allow.
 */
class SuggestionsTest {

    /** The plain search the bounded one must equal: full Levenshtein against every candidate, first minimum wins. */
    private static Optional<String> plainClosest(String name, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = levenshtein(name.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        boolean typo = bestDistance <= Math.max(1, name.length() / 3) && bestDistance < name.length();
        return best != null && typo ? Optional.of(best) : Optional.empty();
    }

    private static int levenshtein(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                d[i][j] = i == 0 ? j : j == 0 ? i : Math.min(d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1)
                        ? 0 : 1), Math.min(d[i - 1][j], d[i][j - 1]) + 1);
            }
        }
        return d[a.length()][b.length()];
    }

    @Provide
    Arbitrary<String> names() {
        // a small alphabet makes near misses, ties and exact matches common
        return Arbitraries.strings().withChars("abcAB").ofMinLength(0).ofMaxLength(12);
    }

    @Property(tries = 2000)
    void should_suggest_what_a_plain_search_suggests(@ForAll("names") String name,
            @ForAll("candidateLists") List<String> candidates) {
        assertThat(Suggestions.closest(name, candidates)).isEqualTo(plainClosest(name, candidates));
    }

    @Provide
    Arbitrary<List<String>> candidateLists() {
        return names().list().ofMaxSize(8);
    }

    @Test
    void should_suggest_the_nearest_name() {
        assertThat(Suggestions.closest("agee", List.of("age", "income"))).contains("age");
        assertThat(Suggestions.closest("lapsd", List.of("lapsed", "lapsing"))).contains("lapsed");
        assertThat(Suggestions.closest("xyz", List.of("age", "income"))).isEmpty();
    }

    @Test
    void should_bound_the_work_of_validating_the_worst_document_the_limits_allow() {
        // 10,000 segment names of 200 characters that share a long prefix, so that no length or prefix shortcut
        // helps, and 10,000 references to near misses of them: plain search would compute 10,000 × 10,000 × 200²
        // = 4 × 10^12 cells
        Random random = new Random(7);
        List<Segment> segments = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            names.add("s".repeat(180) + String.format(Locale.ROOT, "%020d", random.nextLong() & Long.MAX_VALUE));
        }
        for (int i = 0; i < 10_000; i++) {
            String missing = names.get((i * 7919) % names.size()).substring(0, 199) + "#";
            String name = i == 0 ? names.get(0) : names.get(i);
            segments.add(Segment.named(name).where(i == 0 ? Criteria.all() : Criteria.inSegment(missing)));
        }
        Suggestions suggestions = Suggestions.withBudget(Suggestions.DEFAULT_BUDGET);

        List<Problem> problems = DefinitionValidator.validate(List.of(), segments, false, suggestions);

        assertThat(problems).hasSize(9_999);
        assertThat(suggestions.cellsComputed()).isLessThanOrEqualTo(Suggestions.DEFAULT_BUDGET);
        // the first references still get their hint before the budget runs out
        assertThat(problems.get(0).message()).contains("did you mean '" + names.get(7919 % names.size()) + "'");
    }
}
