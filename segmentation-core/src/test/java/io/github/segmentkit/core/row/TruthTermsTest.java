package io.github.segmentkit.core.row;

import static io.github.segmentkit.core.row.RowCompiler.AND;
import static io.github.segmentkit.core.row.RowCompiler.CONSTANT;
import static io.github.segmentkit.core.row.RowCompiler.LEAF;
import static io.github.segmentkit.core.row.RowCompiler.MEMBER;
import static io.github.segmentkit.core.row.RowCompiler.NOT;
import static io.github.segmentkit.core.row.RowCompiler.OPCODE_BITS;
import static io.github.segmentkit.core.row.RowCompiler.OR;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The normal forms of {@link TruthTerms} against Kleene logic evaluated on a tree, the textbook way (FALSE &lt;
 * UNKNOWN &lt; TRUE, {@code and} the least, {@code or} the greatest, {@code not} the mirror), on random formulas
 * and every kind of truth assignment, including atoms past the first 64-bit word.
 */
class TruthTermsTest {
    private static final int FALSE = 0;
    private static final int TRUE = 2;

    /** A formula node: an atom (leaf or segment), a constant, or a connective over children. */
    private record Node(int opcode, int argument, List<Node> children) {
        int truth(int[] leafTruths, boolean[] memberships) {
            return switch (opcode) {
                case LEAF -> leafTruths[argument];
                case MEMBER -> memberships[argument] ? TRUE : FALSE;
                case CONSTANT -> argument;
                case NOT -> TRUE - children.get(0).truth(leafTruths, memberships);
                case AND -> children.stream().mapToInt(c -> c.truth(leafTruths, memberships)).min().orElseThrow();
                default -> children.stream().mapToInt(c -> c.truth(leafTruths, memberships)).max().orElseThrow();
            };
        }

        void emit(List<Integer> code) {
            children.forEach(child -> child.emit(code));
            int count = opcode == AND || opcode == OR ? children.size() : argument;
            code.add(count << OPCODE_BITS | opcode);
        }
    }

    private static Node randomNode(Random random, int depth, int leaves, int segmentsBefore) {
        int pick = random.nextInt(depth <= 0 ? 4 : 8);
        return switch (pick) {
            case 0, 1 -> new Node(LEAF, random.nextInt(leaves), List.of());
            case 2 -> segmentsBefore > 0 ? new Node(MEMBER, random.nextInt(segmentsBefore), List.of())
                    : new Node(LEAF, random.nextInt(leaves), List.of());
            case 3 -> new Node(CONSTANT, random.nextBoolean() ? TRUE : FALSE, List.of());
            case 4 -> new Node(NOT, 0, List.of(randomNode(random, depth - 1, leaves, segmentsBefore)));
            default -> {
                List<Node> children = new ArrayList<>();
                for (int i = 1 + random.nextInt(4); i > 0; i--) {
                    children.add(randomNode(random, depth - 1, leaves, segmentsBefore));
                }
                yield new Node(pick == 5 || pick == 6 ? AND : OR, 0, children);
            }
        };
    }

    private static int[] program(Node node) {
        List<Integer> code = new ArrayList<>();
        node.emit(code);
        return code.stream().mapToInt(Integer::intValue).toArray();
    }

    @Property(tries = 300)
    void should_be_true_exactly_when_kleene_logic_says_true(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 150) int leaves, @ForAll @IntRange(min = 1, max = 12) int segments) {
        Random random = new Random(seed);
        Node[] formulas = new Node[segments];
        int[][] programs = new int[segments][];
        for (int s = 0; s < segments; s++) {
            // a segment refers only to earlier ones, as the evaluation order guarantees
            formulas[s] = randomNode(random, 4, leaves, s);
            programs[s] = program(formulas[s]);
        }
        TruthTerms terms = TruthTerms.of(programs, leaves);
        for (int assignment = 0; assignment < 50; assignment++) {
            int[] leafTruths = new int[leaves];
            long[] trueAtoms = new long[terms.atomWords()];
            long[] falseAtoms = new long[terms.atomWords()];
            for (int leaf = 0; leaf < leaves; leaf++) {
                leafTruths[leaf] = random.nextInt(3);
                if (leafTruths[leaf] == TRUE) {
                    trueAtoms[leaf >>> 6] |= 1L << leaf;
                } else if (leafTruths[leaf] == FALSE) {
                    falseAtoms[leaf >>> 6] |= 1L << leaf;
                }
            }
            boolean[] memberships = new boolean[segments];
            for (int s = 0; s < segments; s++) {
                boolean expected = formulas[s].truth(leafTruths, memberships) == TRUE;
                if (!terms.interpreted(s)) {
                    assertThat(terms.isTrue(s, trueAtoms, falseAtoms))
                            .as("segment %d of %s, leaves %s", s, formulas[s], java.util.Arrays.toString(leafTruths))
                            .isEqualTo(expected);
                }
                memberships[s] = expected;
                int atom = leaves + s;
                if (expected) {
                    trueAtoms[atom >>> 6] |= 1L << atom;
                } else {
                    falseAtoms[atom >>> 6] |= 1L << atom;
                }
            }
        }
    }

    @Test
    void should_keep_the_program_of_a_formula_whose_normal_form_is_too_large() {
        // and of 7 ors of 2 leaves each: 2^7 = 128 terms
        List<Node> ors = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            ors.add(new Node(OR, 0, List.of(new Node(LEAF, 2 * i, List.of()), new Node(LEAF, 2 * i + 1, List.of()))));
        }
        int[] wide = program(new Node(AND, 0, ors));
        int[] small = program(new Node(AND, 0, ors.subList(0, 3)));
        TruthTerms terms = TruthTerms.of(new int[][] {wide, small}, 14);
        assertThat(terms.interpreted(0)).isTrue();
        assertThat(terms.interpreted(1)).isFalse();
    }

    @Test
    void should_drop_terms_that_ask_an_atom_to_be_true_and_false() {
        // leaf 0 and not(leaf 0): never TRUE, whatever the truth of leaf 0
        Node contradiction = new Node(AND, 0, List.of(new Node(LEAF, 0, List.of()),
                new Node(NOT, 0, List.of(new Node(LEAF, 0, List.of())))));
        TruthTerms terms = TruthTerms.of(new int[][] {program(contradiction)}, 1);
        assertThat(terms.isTrue(0, new long[] {1}, new long[] {0})).isFalse();
        assertThat(terms.isTrue(0, new long[] {0}, new long[] {1})).isFalse();
        assertThat(terms.isTrue(0, new long[] {0}, new long[] {0})).isFalse();
    }
}
